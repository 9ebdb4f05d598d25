/**
 * Writes docs/sample-report-page1.png and docs/sample-report-last.png: the sample report (the Thanh
 * Xuân conference of 2024, laid out as docs/nd30-rules.md §13) exported, converted by LibreOffice, and
 * rendered by pdftoppm. Run: npx tsx scripts/render-sample-pages.ts
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { toDocx } from '../src/main/export/docx/to-docx';
import { ImageShelf, SAMPLE_PROFILE, sampleReport } from '../tests/support/docx-samples';
import { convertToPdf, pdfPages, renderPage } from '../tests/support/docx-readers';

const DOCS = path.resolve(import.meta.dirname, '../docs');
const DPI = 80;

async function main(): Promise<void> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'thuky-sample-pages-'));
  try {
    const shelf = new ImageShelf();
    const { document } = sampleReport(shelf);
    const docx = path.join(work, 'sample-report.docx');
    // The report without its appendix, so that the last page is the closing block of §13.2.
    fs.writeFileSync(docx, await toDocx(document, SAMPLE_PROFILE, shelf.resolve));
    const pdf = convertToPdf(docx, work);
    const last = pdfPages(pdf).length;
    fs.copyFileSync(renderPage(pdf, 1, path.join(work, 'first'), DPI), path.join(DOCS, 'sample-report-page1.png'));
    fs.copyFileSync(renderPage(pdf, last, path.join(work, 'last'), DPI), path.join(DOCS, 'sample-report-last.png'));
    console.log(`docs/sample-report-page1.png, docs/sample-report-last.png (page ${last} of ${last})`);
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

await main();
