/** The real readers of an exported DOCX: LibreOffice (to PDF), pdfinfo/pdftotext/pdftoppm, pandoc, python-docx. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export const PYTHON = '/usr/bin/python3';

export function hasCommand(name: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).status === 0;
}

export function hasPythonDocx(): boolean {
  return fs.existsSync(PYTHON) && spawnSync(PYTHON, ['-c', 'import docx'], { encoding: 'utf8' }).status === 0;
}

function run(command: string, args: string[], timeoutMs = 120_000): string {
  const result = spawnSync(command, args, { encoding: 'utf8', timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${result.status}): ${result.stderr}`);
  return result.stdout;
}

/** LibreOffice → PDF, one conversion at a time with its own profile. */
export function convertToPdf(docxPath: string, workDir: string): string {
  const profile = path.join(workDir, 'lo-profile');
  run('soffice', ['--headless', '--norestore', `-env:UserInstallation=file://${profile}`, '--convert-to', 'pdf', docxPath, '--outdir', workDir], 180_000);
  const pdf = path.join(workDir, `${path.basename(docxPath, '.docx')}.pdf`);
  if (!fs.existsSync(pdf)) throw new Error(`LibreOffice wrote no PDF for ${docxPath}`);
  return pdf;
}

export interface PdfPage {
  widthPt: number;
  heightPt: number;
}

export function pdfPages(pdf: string): PdfPage[] {
  const count = Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', [pdf]))?.[1] ?? 0);
  const info = run('pdfinfo', ['-f', '1', '-l', String(count), pdf]);
  return [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/g)].map((match) => ({ widthPt: Number(match[1]), heightPt: Number(match[2]) }));
}

export function pdfPageText(pdf: string, page: number): string {
  return run('pdftotext', ['-f', String(page), '-l', String(page), '-layout', pdf, '-']);
}

/** Renders one page to PNG at `dpi`; returns the file written. */
export function renderPage(pdf: string, page: number, outPrefix: string, dpi = 80): string {
  run('pdftoppm', ['-png', '-r', String(dpi), '-f', String(page), '-l', String(page), '-singlefile', pdf, outPrefix]);
  return `${outPrefix}.png`;
}

export function pandocPlain(docxPath: string): string {
  return run('pandoc', ['-f', 'docx', '-t', 'plain', '--wrap=none', docxPath]);
}

export interface PythonDocxReading {
  sections: Array<{ orientation: number; widthTwips: number; heightTwips: number; top: number; bottom: number; left: number; right: number; titlePage: boolean }>;
  paragraphs: string[];
  tables: string[][][];
}

const READ_SCRIPT = `
import json, sys, docx
d = docx.Document(sys.argv[1])
tw = lambda length: int(round(length / 635))
out = {
  "sections": [{"orientation": int(s.orientation), "widthTwips": tw(s.page_width), "heightTwips": tw(s.page_height),
                "top": tw(s.top_margin), "bottom": tw(s.bottom_margin), "left": tw(s.left_margin), "right": tw(s.right_margin),
                "titlePage": bool(s.different_first_page_header_footer)} for s in d.sections],
  "paragraphs": [p.text for p in d.paragraphs],
  "tables": [[[c.text for c in r.cells] for r in t.rows] for t in d.tables],
}
print(json.dumps(out, ensure_ascii=False))
`;

export function readWithPythonDocx(docxPath: string): PythonDocxReading {
  return JSON.parse(run(PYTHON, ['-c', READ_SCRIPT, docxPath])) as PythonDocxReading;
}

/** Whether `needles` occur in `haystack` in this order (each after the previous one). */
export function inOrder(haystack: string, needles: readonly string[]): { ok: boolean; missing?: string } {
  let at = 0;
  for (const needle of needles) {
    const found = haystack.indexOf(needle, at);
    if (found < 0) return { ok: false, missing: needle };
    at = found + needle.length;
  }
  return { ok: true };
}
