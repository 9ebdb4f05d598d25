/** Choices for the portal HTML export (docs/nd30-rules.md §14), shared by the route and the CLI. */
import { z } from 'zod';

export const PortalHtmlOptions = z
  .object({
    /** Many CMSs take the title in a field of its own, so it can be left out of the body. */
    title: z.enum(['h1', 'omit']).default('h1'),
    /** The `31/01/2024 - 04:20 PM` line from portal.publishedAt; portals usually stamp it themselves. */
    dateLine: z.boolean().default(true),
    /** The byline from portal.author, right-aligned and bold on the last line. */
    byline: z.boolean().default(true),
    /** Images as data: URIs in the HTML, or as files `anh-01.jpg`… written beside it. */
    images: z.enum(['embed', 'files']).default('embed'),
    /** "table" for editors that strip <figure>: image and caption as two rows of a table. */
    captions: z.enum(['figure', 'table']).default('figure'),
    /** Longest side of an image on the web, in pixels (larger ones are scaled down, the original stays). */
    maxImageSidePx: z.number().int().min(200).max(10_000).default(1600),
  })
  .strict();
export type PortalHtmlOptions = z.output<typeof PortalHtmlOptions>;
export type PortalHtmlOptionsInput = z.input<typeof PortalHtmlOptions>;

export const DEFAULT_PORTAL_HTML_OPTIONS: PortalHtmlOptions = PortalHtmlOptions.parse({});

/** "2024-01-31T16:20" → "31/01/2024 - 04:20 PM" (mttqhanoi.org.vn form, 12-hour, zero-padded). */
export function formatPortalDateTime(publishedAt: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(publishedAt);
  if (!match) return publishedAt;
  const [, year, month, day, hourText, minute] = match;
  const hour = Number(hourText);
  const hour12 = hour % 12 === 0 ? 12 : hour % 12;
  return `${day}/${month}/${year} - ${String(hour12).padStart(2, '0')}:${minute} ${hour < 12 ? 'AM' : 'PM'}`;
}

/** The reverse of formatPortalDateTime, for imported portal text; null when the line is not one. */
export function parsePortalDateTime(line: string): string | null {
  const match = /^(\d{2})\/(\d{2})\/(\d{4}) - (\d{2}):(\d{2}) (AM|PM)$/.exec(line.trim());
  if (!match) return null;
  const [, day, month, year, hourText, minute, half] = match;
  const hour12 = Number(hourText);
  if (hour12 < 1 || hour12 > 12 || Number(minute) > 59) return null;
  const hour = (hour12 % 12) + (half === 'PM' ? 12 : 0);
  const iso = `${year}-${month}-${day}`;
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== iso) return null;
  return `${iso}T${String(hour).padStart(2, '0')}:${minute}`;
}
