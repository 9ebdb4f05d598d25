/**
 * Exports, search and `thuky show` read a report's attendance sentences from the store: each
 * `attendanceSentence` node becomes a paragraph with the sentence of the list as it is now (or its
 * frozen text). Called before any rendering, so the renderers only ever meet plain paragraphs.
 */
import { resolveAttendanceSentences } from '../../../shared/attendee/attendance-sentence-node';
import type { BodyDoc } from '../../../shared/document/body';
import type { AttendeeService } from '../../services/attendee-service';

export function withAttendanceSentences<T extends { body: BodyDoc }>(attendees: Pick<AttendeeService, 'find'>, document: T): T {
  const body = resolveAttendanceSentences(document.body, (listId) => attendees.find(listId));
  return body === document.body ? document : { ...document, body };
}
