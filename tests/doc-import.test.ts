// Old Word 97–2003 files (issue 15): a real .doc — made by LibreOffice from a .docx with .VnTimeH,
// .VnTime and VNI-Times runs — is converted to .docx through the PDF export's converter discovery
// and imported as Unicode. Without Word or LibreOffice: one Vietnamese line, nothing written.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bodyText } from '../src/shared/document/body';
import type { Document } from '../src/shared/document/document';
import { NO_DOC_CONVERTER_MESSAGE } from '../src/main/import/doc-to-docx';
import { runThuky } from './support/cli-runner';
import { makeTempDir } from './support/temp-dir';

const hasPythonDocx = spawnSync('/usr/bin/python3', ['-c', 'import docx'], { encoding: 'utf8' }).status === 0;
const hasSoffice = spawnSync('sh', ['-c', 'command -v soffice'], { encoding: 'utf8' }).status === 0;
const skipReason = !hasSoffice ? 'soffice (LibreOffice) is not installed: no converter to make or read a .doc' : !hasPythonDocx ? 'python-docx is not installed for /usr/bin/python3' : '';
if (skipReason) console.log(`[doc-import] skipped: ${skipReason}`);

/** Characters of TCVN3/VNI that Unicode Vietnamese never uses. */
const LEGACY_ONLY = /[µ¸¶·¹¨»¾¼½Æ©ÇË®ÐÑª×ØÜÞß«åæçëîïñö÷øûüþ¡¢§£¤¥¦\u00AD]/u;

let tmp: ReturnType<typeof makeTempDir>;
let doc: string;

beforeAll(() => {
  tmp = makeTempDir('thuky-doc-import-');
  if (skipReason) return;
  const docx = path.join(tmp.dir, 'van-ban-cu.docx');
  const made = spawnSync('/usr/bin/python3', [path.join(__dirname, 'fixtures/make-legacy-word.py'), docx], { encoding: 'utf8' });
  if (made.status !== 0) throw new Error(made.stderr);
  // Word 97–2003 as LibreOffice writes it (the filter offices exchange).
  const profile = pathToFileURL(path.join(tmp.dir, 'lo-profile')).href;
  const converted = spawnSync('soffice', ['--headless', '--norestore', `-env:UserInstallation=${profile}`, '--convert-to', 'doc:MS Word 97', '--outdir', tmp.dir, docx], { encoding: 'utf8', timeout: 120_000 });
  doc = path.join(tmp.dir, 'van-ban-cu.doc');
  if (!fs.existsSync(doc)) throw new Error(`soffice made no .doc: ${converted.stderr}`);
}, 180_000);
afterAll(() => tmp.cleanup());

describe.skipIf(skipReason !== '')('thuky import of a .doc (Word 97–2003)', () => {
  it('is a real OLE2 .doc, and imports as Unicode text with no legacy characters left', () => {
    expect([...fs.readFileSync(doc).subarray(0, 4)]).toEqual([0xd0, 0xcf, 0x11, 0xe0]);
    const db = path.join(tmp.dir, 'thuky.db');
    const imported = runThuky(['import', doc, '--db', db]);
    expect(imported.code, imported.stderr).toBe(0);
    const shown = runThuky(['show', imported.stdout.trim(), '--json', '--db', db]);
    const stored = JSON.parse(shown.stdout) as Document;
    const text = [...stored.frame.parentBody, ...stored.frame.issuingBody, stored.title, bodyText(stored.body)].join('\n');
    expect(text).toMatch(/MẶT TRẬN TỔ QUỐC VIỆT NAM/u);
    expect(text).toContain('xã hội chủ nghĩa Việt Nam');
    expect(text).toContain('Hội nghị đại biểu nhân dân phường năm 2024 đã thành công tốt đẹp.');
    expect(text).not.toMatch(LEGACY_ONLY);
  }, 180_000);

  it('without Word or LibreOffice: exit 1, one Vietnamese line saying what to install, nothing written', () => {
    const db = path.join(tmp.dir, 'none.db');
    const bare = path.join(tmp.dir, 'bin');
    fs.mkdirSync(bare, { recursive: true });
    const run = runThuky(['import', doc, '--db', db], { PATH: bare, THUKY_SOFFICE: '' });
    expect(run.code).toBe(1);
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toBe(`Lỗi: van-ban-cu.doc: ${NO_DOC_CONVERTER_MESSAGE}`);
    expect(JSON.parse(runThuky(['list', '--json', '--db', db]).stdout)).toEqual([]);
  });
});

describe('a file named .doc that is not one', () => {
  it('is refused by name before any converter runs, nothing written', () => {
    const dir = makeTempDir('thuky-doc-fake-');
    try {
      const fake = path.join(dir.dir, 'gia.doc');
      fs.writeFileSync(fake, 'Đây là văn bản thường, không phải Word 97–2003');
      const db = path.join(dir.dir, 'thuky.db');
      const run = runThuky(['import', fake, '--db', db]);
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(/không phải tệp Word 97–2003 \(\.doc\) thật/u);
      expect(run.stderr).toContain('gia.doc');
      expect(JSON.parse(runThuky(['list', '--json', '--db', db]).stdout)).toEqual([]);
    } finally {
      dir.cleanup();
    }
  });
});
