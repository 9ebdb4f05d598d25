import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { eventJsonSchemaText } from './event-json-schema';

describe('event JSON Schema', () => {
  it('is the committed docs/event.schema.json (run "npm run schema" after changing the model)', () => {
    const committed = fs.readFileSync(path.resolve(__dirname, '../../../docs/event.schema.json'), 'utf8');
    expect(committed).toBe(eventJsonSchemaText());
  });

  it('names the fields of thuky.event/1 and what is required', () => {
    const schema = JSON.parse(eventJsonSchemaText()) as {
      required: string[];
      properties: Record<string, { const?: string; pattern?: string; items?: { properties?: Record<string, unknown>; required?: string[] } }>;
    };
    expect(schema.properties.format?.const).toBe('thuky.event/1');
    expect(schema.required).toEqual(expect.arrayContaining(['format', 'title', 'date']));
    expect(Object.keys(schema.properties)).toEqual(
      expect.arrayContaining(['title', 'date', 'time', 'venue', 'chair', 'summary', 'attendees', 'pledgeParties', 'programmeParties', 'photos']),
    );
    expect(Object.keys(schema.properties.attendees?.items?.properties ?? {})).toEqual(expect.arrayContaining(['honorific', 'fullName', 'title', 'unit', 'group']));
    expect(schema.properties.attendees?.items?.required).toEqual(['fullName']);
    expect(Object.keys(schema.properties.pledgeParties?.items?.properties ?? {})).toEqual(['name', 'representative', 'title', 'authorityLine', 'isHost']);
    expect(schema.properties.time?.pattern).toBeDefined();
  });
});
