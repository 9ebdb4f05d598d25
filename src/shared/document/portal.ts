/** Fields a news article carries for the portal (docs/nd30-rules.md §14): byline and publication time. */
import { z } from 'zod';
import { nfcString } from '../text/nfc';

export const PortalInfo = z.object({
  /** Byline, e.g. "Quốc Định" or "Ủy ban MTTQ Việt Nam phường Thanh Xuân". */
  author: nfcString().max(200),
  /** Local date-time "YYYY-MM-DDTHH:mm", or null. */
  publishedAt: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'Thời gian đăng phải có dạng YYYY-MM-DDTHH:mm').nullable(),
});
export type PortalInfo = z.infer<typeof PortalInfo>;

export const EMPTY_PORTAL: PortalInfo = { author: '', publishedAt: null };
