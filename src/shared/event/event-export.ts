/** "Xuất tất cả" of an event: its progress and result as every door reports them. */
import { z } from 'zod';

export const EventExportProgress = z.object({ done: z.number().int(), total: z.number().int(), current: z.string() });
export type EventExportProgress = z.infer<typeof EventExportProgress>;

export const EventExportResult = z.object({
  /** The folder written (new, named after the event and its date). */
  folder: z.string(),
  /** The file names in it, in order. */
  files: z.array(z.string()),
  documents: z.number().int(),
  /** Who laid out the PDFs ("Microsoft Word", "LibreOffice"), or null when none were made. */
  pdf: z.string().nullable(),
  /** Vietnamese lines about what was left out (no PDF converter, one PDF that failed). */
  notes: z.array(z.string()),
  /** What the documents still lack, by document (the check's messages; the export happened anyway). */
  problems: z.array(z.string()),
});
export type EventExportResult = z.infer<typeof EventExportResult>;

export const EXPORT_JOB_STATES = ['running', 'done', 'cancelled', 'failed'] as const;

/** A running or finished "Xuất tất cả", asked for by its job id (the doors poll it). */
export const EventExportStatus = z.object({
  jobId: z.string(),
  state: z.enum(EXPORT_JOB_STATES),
  progress: EventExportProgress,
  result: EventExportResult.nullable(),
  /** The Vietnamese message when it failed or was cancelled. */
  error: z.string().nullable(),
});
export type EventExportStatus = z.infer<typeof EventExportStatus>;
