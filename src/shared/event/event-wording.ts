/**
 * How an event's facts read in the documents. Each fact has one wording, so when the event changes
 * the drafts can find the old wording and put the new one in its place (event-sync.ts). A fact not
 * known yet reads as a bracketed blank, distinct enough to be replaced later.
 */
import { joinTitleAndUnit } from '../attendee/attendance-sentence';
import { formatNd30Date } from '../text/nd30-date';
import type { EventFacts } from './event';

export const TIME_BLANK = '… giờ …';
export const VENUE_BLANK = '[địa điểm]';
export const CHAIR_BLANK = '[người chủ trì]';

/** "08 giờ 00"; the blank while the time is not settled. */
export function timeWords(time: string): string {
  const match = /^(\d{2}):(\d{2})$/.exec(time);
  return match ? `${match[1]} giờ ${match[2]}` : TIME_BLANK;
}

export function venueWords(venue: string): string {
  return venue.trim() || VENUE_BLANK;
}

export function chairNameWords(chair: EventFacts['chair']): string {
  return chair.name.trim() || CHAIR_BLANK;
}

/** The texts by which each fact appears in a generated document. */
export interface FactWords {
  title: string;
  date: string;
  time: string;
  venue: string;
  chairName: string;
  chairTitle: string;
}

export function factWords(facts: Pick<EventFacts, 'title' | 'date' | 'time' | 'venue' | 'chair'>): FactWords {
  return {
    title: facts.title,
    date: formatNd30Date(facts.date),
    time: timeWords(facts.time),
    venue: venueWords(facts.venue),
    chairName: chairNameWords(facts.chair),
    chairTitle: facts.chair.title.trim(),
  };
}

/** "08 giờ 00, ngày 31 tháng 01 năm 2024" (the time first, as invitations write it). */
export function whenWords(words: FactWords): string {
  return `${words.time}, ${words.date}`;
}

export interface Addressee {
  honorific: string;
  fullName: string;
  title: string;
  unit: string;
}

/** "Đồng chí Nguyễn Văn An, Chủ tịch Ủy ban nhân dân phường" ("Ông/Bà" when no honorific is given): the Kính gửi of a giấy mời page. */
export function addresseeLine(person: Addressee): string {
  const honorific = person.honorific.trim() || 'Ông/Bà';
  const role = joinTitleAndUnit(person.title, person.unit);
  return `${honorific} ${person.fullName.trim()}${role ? `, ${role}` : ''}`;
}
