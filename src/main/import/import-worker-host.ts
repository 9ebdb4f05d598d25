/**
 * Runs an import's parse step (import-task.ts) in a node:worker_threads Worker with a memory cap
 * and a wall-clock limit, so a bad file never freezes the window (Electron main) or the web
 * harness: while it parses, every other route still answers. A worker that runs out of memory,
 * overruns the time or dies becomes a Vietnamese AppError naming the file and the limit.
 *
 * The worker script: the built app has out/main/import-worker.js (its own entry in
 * electron.vite.config.ts) beside index.js/web.js/cli.js, while this code may sit in
 * out/main/chunks/. Run from sources (vitest) there is no built worker and Node cannot load the .ts
 * in a Worker (tsx's loader does not reach worker entries on Node 20), so the parse runs in-thread —
 * unless THUKY_IMPORT_WORKER names a bundled worker, as the tests do (tests/support/import-worker-bundle.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { AppError } from '../../shared/errors/app-error';
import { AppErrorShape } from '../../shared/errors/app-error-shape';
import { runImportTask, type ImportTask, type ImportTaskResult } from './import-task';

export interface ImportWorkerLimits {
  /** Wall-clock limit; the worker is terminated when it passes. */
  timeoutMs: number;
  maxOldGenerationSizeMb: number;
  /** Tests point this at a misbehaving worker; otherwise the bundled or source import-worker. */
  script?: string;
}

const DEFAULT_LIMITS: ImportWorkerLimits = { timeoutMs: 60_000, maxOldGenerationSizeMb: 512 };

let active = 0;

/** How many import workers are running now (the responsiveness test watches it). */
export function activeImportWorkers(): number {
  return active;
}

function workerScript(): string | null {
  const here = path.dirname(fileURLToPath(import.meta.url));
  for (const dir of [here, path.dirname(here)]) {
    const built = path.join(dir, 'import-worker.js');
    if (fs.existsSync(built)) return built;
  }
  return process.env.THUKY_IMPORT_WORKER || null;
}

export function parseInWorker<K extends ImportTask['kind']>(task: ImportTask & { kind: K }, limits: Partial<ImportWorkerLimits> = {}): Promise<ImportTaskResult[K]> {
  const { timeoutMs, maxOldGenerationSizeMb, script } = { ...DEFAULT_LIMITS, ...limits };
  const file = script ?? workerScript();
  if (file === null) return runImportTask(task) as Promise<ImportTaskResult[K]>;
  const name = task.fileName;
  return new Promise((resolve, reject) => {
    const worker = new Worker(file, { resourceLimits: { maxOldGenerationSizeMb }, stdout: false, stderr: false });
    active++;
    let settled = false;
    const finish = (outcome: () => void): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      active--;
      void worker.terminate();
      outcome();
    };
    const timer = setTimeout(() => {
      const seconds = Math.round(timeoutMs / 1000);
      finish(() => reject(new AppError('invalid_input', `Đọc tệp "${name}" quá ${seconds} giây nên đã dừng (giới hạn ${seconds} giây). Tệp có thể quá lớn hoặc bị hỏng: hãy chia nhỏ hoặc lưu lại rồi nhập lại.`, { where: name })));
    }, timeoutMs);
    worker.on('message', (message: { ok: true; value: ImportTaskResult[K] } | { ok: false; error: unknown }) => {
      if (message.ok) return finish(() => resolve(message.value));
      const shape = AppErrorShape.safeParse(message.error);
      const error = shape.success
        ? new AppError(shape.data.code, shape.data.message, { where: shape.data.where ?? name, ...(shape.data.detail ? { detail: shape.data.detail } : {}) })
        : new AppError('internal', `Không đọc được tệp "${name}"`, { where: name });
      finish(() => reject(error));
    });
    worker.on('error', (error: Error & { code?: string }) => {
      const message = error.code === 'ERR_WORKER_OUT_OF_MEMORY'
        ? `Tệp "${name}" cần quá ${maxOldGenerationSizeMb} MB bộ nhớ khi đọc nên đã dừng (giới hạn ${maxOldGenerationSizeMb} MB). Tệp có thể bị hỏng hoặc quá lớn: hãy chia nhỏ rồi nhập lại.`
        : `Bộ đọc tệp "${name}" gặp lỗi và đã dừng; ứng dụng vẫn chạy bình thường.`;
      finish(() => reject(new AppError('invalid_input', message, { where: name, detail: String(error.message) })));
    });
    worker.on('exit', (code) => {
      finish(() => reject(new AppError('invalid_input', `Bộ đọc tệp "${name}" dừng bất thường (mã ${code}); ứng dụng vẫn chạy bình thường.`, { where: name })));
    });
    worker.postMessage(task);
  });
}
