/** The seed conference (tests/fixtures/seed-conference.event.json): 10 attendees, 12 pledge parties, 8 programme parties. */
import fs from 'node:fs';
import path from 'node:path';
import { EventFile, type EventInput } from '../../src/shared/event/event';

export const SEED_EVENT_FILE = path.resolve(__dirname, '../fixtures/seed-conference.event.json');

export function seedEventJson(): Record<string, unknown> {
  return JSON.parse(fs.readFileSync(SEED_EVENT_FILE, 'utf8')) as Record<string, unknown>;
}

export function seedEventInput(): EventInput {
  const file = EventFile.parse(seedEventJson());
  return { ...file, photos: [] };
}
