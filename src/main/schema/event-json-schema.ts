/** The JSON Schema of the event file, generated from the zod model (docs/event.schema.json). */
import { z } from 'zod';
import { EventFile } from '../../shared/event/event';

export function eventJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(EventFile, { io: 'input', target: 'draft-2020-12', unrepresentable: 'any' }) as Record<string, unknown>;
  return {
    $id: 'https://thuky.invalid/schema/event-1.json',
    title: 'Thư ký event (thuky.event/1)',
    description: 'One conference entered once: facts, attendees and signing parties, from which thuky generates its paperwork. See docs/event-format.md.',
    ...schema,
  };
}

export function eventJsonSchemaText(): string {
  return JSON.stringify(eventJsonSchema(), null, 2) + '\n';
}
