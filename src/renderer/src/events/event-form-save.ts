/**
 * What "Lưu" of the event form sends: a new event whole (events.create, its photos already stored),
 * or of an existing one only what changed — the facts (events.update: the drafts follow) and the
 * photos (events.setPhotos). A route that is not needed is not called, so saving the facts never
 * touches the photos, nor the photos the facts.
 */
import { EVENT_FORMAT, type EventFactsPatch, type EventPhoto, type EventView } from '../../../shared/event/event';
import { api } from '../api/client';

type Facts = Required<EventFactsPatch>;

export async function createEvent(facts: Facts, photos: EventPhoto[]): Promise<string> {
  const { id } = await api['events.create']({ format: EVENT_FORMAT, ...facts, attendees: [], pledgeParties: [], programmeParties: [], photos });
  return id;
}

export interface EventChangesSaved {
  event: EventView;
  /** Set when the facts were saved: drafts rewritten, issued documents kept. */
  facts: { updated: number; kept: number } | null;
  photosSaved: boolean;
}

export async function saveEventChanges(id: string, facts: Facts | null, photos: EventPhoto[] | null): Promise<EventChangesSaved | null> {
  let event: EventView | null = null;
  let factsSaved: EventChangesSaved['facts'] = null;
  if (facts) {
    const result = await api['events.update']({ id, facts });
    event = result.event;
    factsSaved = { updated: result.updated.length, kept: result.kept.length };
  }
  if (photos) event = (await api['events.setPhotos']({ id, photos })).event;
  return event ? { event, facts: factsSaved, photosSaved: photos !== null } : null;
}
