/**
 * The limits as each door meets them, with small generated bombs: the attendees.import route, the
 * paste route and `thuky import` all refuse (or import) quickly with a Vietnamese sentence.
 */
import fs from 'node:fs';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeServices } from '../../../../tests/support/services';
import { runCli } from '../../cli/main';
import { dispatch } from '../../ipc/dispatch';

let env: ReturnType<typeof makeServices>;
beforeAll(() => {
  env = makeServices();
});
afterAll(() => env.cleanup());

/** 6 MB of identical rows packed into a few kilobytes: the shape of the 530 MB sheet bomb, smaller. */
const sheetBomb = () => zipSync({ 'xl/workbook.xml': strToU8('<workbook/>'), 'xl/worksheets/sheet1.xml': strToU8(`<worksheet><sheetData>${'<row><c t="inlineStr"><is><t>Nguyen Van A</t></is></c></row>'.repeat(100_000)}</sheetData></worksheet>`) });

describe('import limits at every door', () => {
  it('attendees.import refuses a spreadsheet bomb with an error value naming the file and the limit', async () => {
    const result = await dispatch('attendees.import', { fileName: 'bom.xlsx', dataBase64: Buffer.from(sheetBomb()).toString('base64') }, { services: env.services, door: 'web', version: 'test' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringMatching(/^Tệp "bom\.xlsx" bị từ chối: .*giới hạn 100:1/) } });
  });

  it('import.html takes 40,000 nested levels as text', async () => {
    const html = `${'<div>'.repeat(40_000)}Đoạn văn sâu${'</div>'.repeat(40_000)}`;
    const result = await dispatch('import.html', { html }, { services: env.services, door: 'web', version: 'test' });
    expect(result.ok).toBe(true);
    expect(JSON.stringify(result)).toContain('Đoạn văn sâu');
  });

  it('thuky import ends a Word bomb with exit 1 and one Vietnamese line', async () => {
    const file = path.join(env.dir, 'bom.docx');
    fs.writeFileSync(file, zipSync({ 'word/document.xml': strToU8(`<w:document><w:body>${' '.repeat(30 * 1024 * 1024)}</w:body></w:document>`) }));
    const errors: string[] = [];
    const code = await runCli(['import', file, '--db', path.join(env.dir, 'cli.db')], () => {}, (line) => errors.push(line));
    expect(code).toBe(1);
    expect(errors).toEqual([expect.stringMatching(/^Lỗi: Tệp "bom\.docx" bị từ chối: phần "word\/document\.xml" giải nén ra 30 MB, vượt giới hạn 25 MB/)]);
  });
});
