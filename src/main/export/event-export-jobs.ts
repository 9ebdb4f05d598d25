/**
 * "Xuất tất cả" as a job the window polls: started by one route, its progress read by another and
 * cancelled by a third, so the window (Electron or browser) never waits on one long request and a
 * clerk can stop it. One job at a time per process; the last few finished ones are kept for their result.
 */
import crypto from 'node:crypto';
import type { EventExportStatus } from '../../shared/event/event-export';
import { AppError } from '../../shared/errors/app-error';
import { toAppError } from '../ipc/to-app-error';
import { exportableEvent, exportEventFolder, type EventExportOptions, type EventExportSources } from './event-export';

interface Job {
  status: EventExportStatus;
  controller: AbortController;
}

const KEEP_FINISHED = 10;
const jobs = new Map<string, Job>();

export function startEventExport(sources: EventExportSources, eventId: string, parentDir: string, options: Pick<EventExportOptions, 'converter'> = {}): string {
  const busy = [...jobs.values()].find((job) => job.status.state === 'running');
  if (busy) throw new AppError('conflict', 'Đang xuất tất cả cho một hội nghị: hãy chờ xong hoặc bấm Hủy', { where: 'xuất tất cả' });
  // Checked before the job starts, so a wrong id or an event without documents is an error at once.
  exportableEvent(sources, eventId);
  const jobId = crypto.randomUUID();
  const controller = new AbortController();
  const status: EventExportStatus = { jobId, state: 'running', progress: { done: 0, total: 0, current: '' }, result: null, error: null };
  void exportEventFolder(sources, eventId, parentDir, {
    ...options,
    signal: controller.signal,
    onProgress: (progress) => {
      status.progress = progress;
    },
  }).then(
    (result) => {
      status.state = 'done';
      status.result = result;
    },
    (error: unknown) => {
      const appError = toAppError(error);
      status.state = appError.code === 'cancelled' ? 'cancelled' : 'failed';
      status.error = appError.where && appError.code !== 'cancelled' ? `${appError.where}: ${appError.message}` : appError.message;
    },
  );
  jobs.set(jobId, { status, controller });
  for (const [id, job] of jobs) {
    if (jobs.size <= KEEP_FINISHED) break;
    if (job.status.state !== 'running') jobs.delete(id);
  }
  return jobId;
}

function jobOf(jobId: string): Job {
  const job = jobs.get(jobId);
  if (!job) throw new AppError('not_found', 'Không tìm thấy lượt xuất này (có thể ứng dụng đã khởi động lại)', { where: jobId });
  return job;
}

export function eventExportStatus(jobId: string): EventExportStatus {
  const { status } = jobOf(jobId);
  return { ...status, progress: { ...status.progress } };
}

/** Stops the job; its half-made folder is removed. True when it was still running. */
export function cancelEventExport(jobId: string): boolean {
  const job = jobOf(jobId);
  if (job.status.state !== 'running') return false;
  job.controller.abort();
  return true;
}
