/** Through the web door: while a large spreadsheet is parsed in the import worker, other routes answer. */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { bundleImportWorker } from '../../../tests/support/import-worker-bundle';
import { makeServices } from '../../../tests/support/services';
import { activeImportWorkers } from '../import/import-worker-host';
import { startHarness, type Harness } from './server';

let env: ReturnType<typeof makeServices>;
let harness: Harness;

beforeAll(async () => {
  process.env.THUKY_IMPORT_WORKER = await bundleImportWorker();
  env = makeServices();
  const rendererDir = path.join(env.dir, 'renderer');
  fs.mkdirSync(rendererDir);
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Thư ký</title>');
  harness = await startHarness({ services: env.services, rendererDir, version: 'test' });
}, 60_000);
afterAll(async () => {
  delete process.env.THUKY_IMPORT_WORKER;
  await harness.close();
  env.cleanup();
});

function post(route: string, body: unknown): Promise<Response> {
  return fetch(new URL(`/api/${route}`, harness.url), {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-thuky-token': harness.token },
    body: JSON.stringify(body),
  });
}

async function until(condition: () => boolean, limitMs: number): Promise<void> {
  for (const started = Date.now(); !condition(); ) {
    if (Date.now() - started > limitMs) throw new Error('the import worker never started');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

it('answers another route while a large attendee sheet is parsed off the thread', async () => {
  const lines = ['Họ và tên,Chức vụ,Đơn vị'];
  for (let index = 0; index < 60_000; index++) lines.push(`Nguyễn Văn An ${index},Ủy viên Ban Thường trực,"Tổ dân phố ${index % 40}, Phường Bến Thành"`);
  const dataBase64 = Buffer.from(lines.join('\n'), 'utf8').toString('base64');
  expect(dataBase64.length).toBeLessThan(30_000_000); // under the route's limit, so the sheet reaches the worker
  const importing = post('attendees.import', { fileName: 'danh-sach-lon.csv', dataBase64, commit: false });
  await until(() => activeImportWorkers() > 0, 20_000);

  const listed = await post('attendees.list', {});
  expect(listed.status).toBe(200);
  // The answer came while the sheet was still being parsed: the harness's thread was free.
  expect(activeImportWorkers()).toBeGreaterThan(0);

  const imported = await importing;
  expect(imported.status).toBe(200);
  const { data } = (await imported.json()) as { data: { preview: { rows: unknown[] } } };
  expect(data.preview.rows).toHaveLength(60_000);
  expect(activeImportWorkers()).toBe(0);
}, 120_000);
