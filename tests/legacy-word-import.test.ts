// Acceptance (issue 15): a Word file with .VnTimeH, .VnTime and VNI-Times runs (direct and inherited
// from a style) imports as Unicode — "…MẶT TRẬN TỔ QUỐC VIỆT NAM", "…xã hội chủ nghĩa Việt Nam" —
// with no legacy bytes left. The file is written by python-docx, as Word's format, not by us.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bodyText } from '../src/shared/document/body';
import type { Document } from '../src/shared/document/document';
import { detectLegacyEncoding } from '../src/shared/text/legacy';
import { docxWithUnicodeText } from '../src/main/import/docx-legacy-fonts';
import { runThuky } from './support/cli-runner';
import { makeTempDir } from './support/temp-dir';

const hasPythonDocx = spawnSync('/usr/bin/python3', ['-c', 'import docx'], { encoding: 'utf8' }).status === 0;
let tmp: ReturnType<typeof makeTempDir>;
let file: string;

beforeAll(() => {
  tmp = makeTempDir('thuky-legacy-word-');
  file = path.join(tmp.dir, 'van-ban-cu.docx');
  if (!hasPythonDocx) return;
  const made = spawnSync('/usr/bin/python3', [path.join(__dirname, 'fixtures/make-legacy-word.py'), file], { encoding: 'utf8' });
  if (made.status !== 0) throw new Error(made.stderr);
});
afterAll(() => tmp.cleanup());

/** Characters of TCVN3/VNI that Unicode Vietnamese never uses. */
const LEGACY_ONLY = /[µ¸¶·¹¨»¾¼½Æ©ÇË®ÐÑª×ØÜÞß«åæçëîïñö÷øûüþ¡¢§£¤¥¦\u00AD]/u;

describe.skipIf(!hasPythonDocx)('a Word file typed in TCVN3 and VNI fonts (python-docx not installed: skipped)', () => {
  it('rewrites the runs to Unicode and Times New Roman, fonts from styles.xml included', () => {
    const parts = unzipSync(docxWithUnicodeText(fs.readFileSync(file)));
    const xml = new TextDecoder().decode(parts['word/document.xml']);
    expect(xml).not.toMatch(/\.VnTime|VNI-Times/u);
    expect(xml).toContain('ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM');
    expect(xml).toContain('Cộng hòa xã hội chủ nghĩa Việt Nam');
    expect(xml).toContain('Hội nghị đại biểu nhân dân phường năm 2024 đã thành công tốt đẹp.');
    expect(xml).toContain('Đoạn này gõ bằng Unicode: Ủy ban Mặt trận Tổ quốc.');
  });

  it('imports through thuky import as Unicode text with no legacy characters left', () => {
    const db = path.join(tmp.dir, 'thuky.db');
    const imported = runThuky(['import', file, '--db', db]);
    expect(imported.code, imported.stderr).toBe(0);
    const shown = runThuky(['show', imported.stdout.trim(), '--json', '--db', db]);
    const doc = JSON.parse(shown.stdout) as Document;
    const text = [...doc.frame.parentBody, ...doc.frame.issuingBody, bodyText(doc.body)].join('\n');
    expect(text).toMatch(/MẶT TRẬN TỔ QUỐC VIỆT NAM/u);
    expect(text).toMatch(/xã hội chủ nghĩa Việt Nam/u);
    expect(text).toContain('Hội nghị đại biểu nhân dân phường năm 2024 đã thành công tốt đẹp.');
    expect(text).not.toMatch(LEGACY_ONLY);
    expect(detectLegacyEncoding(text)).toBeNull();
  });
});
