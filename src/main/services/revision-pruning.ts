/**
 * Which revisions to let go: keep every revision of today, the newest of each hour for a week,
 * the newest of each day before that, and always the newest one. Days and hours are the user's
 * local ones (utcOffsetMinutes), so "today" means what the secretary means.
 */
export interface DatedRevision {
  revisionId: number;
  createdAt: string;
}

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
const WEEK_MS = 7 * DAY_MS;

export function revisionsToPrune(revisions: readonly DatedRevision[], now: Date, utcOffsetMinutes = -now.getTimezoneOffset()): number[] {
  const offsetMs = utcOffsetMinutes * 60_000;
  const localDay = (ms: number) => Math.floor((ms + offsetMs) / DAY_MS);
  const localHour = (ms: number) => Math.floor((ms + offsetMs) / HOUR_MS);
  const nowMs = now.getTime();
  const today = localDay(nowMs);
  const newestFirst = [...revisions].sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.revisionId - a.revisionId);
  const seenBuckets = new Set<string>();
  const prune: number[] = [];
  newestFirst.forEach((revision, index) => {
    const ms = Date.parse(revision.createdAt);
    if (index === 0 || localDay(ms) >= today) return;
    const bucket = nowMs - ms < WEEK_MS ? `h${localHour(ms)}` : `d${localDay(ms)}`;
    if (seenBuckets.has(bucket)) prune.push(revision.revisionId);
    else seenBuckets.add(bucket);
  });
  return prune;
}
