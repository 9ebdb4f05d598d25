/**
 * The worker side of import-worker-host.ts: parses one file's bytes into plain data (no database,
 * no files) and posts the result or the AppError's shape back. Runs in a node:worker_threads Worker
 * with memory limits, so a hostile or huge file can exhaust only this thread, never the app's.
 */
import { parentPort } from 'node:worker_threads';
import { isAppError } from '../../shared/errors/app-error';
import { runImportTask, type ImportTask } from './import-task';

parentPort?.on('message', (task: ImportTask) => {
  runImportTask(task).then(
    (value) => parentPort?.postMessage({ ok: true, value }),
    (error: unknown) =>
      parentPort?.postMessage({
        ok: false,
        error: isAppError(error) ? error.toShape() : { code: 'internal', message: 'Lỗi khi đọc tệp', where: task.fileName, detail: String(error) },
      }),
  );
});
