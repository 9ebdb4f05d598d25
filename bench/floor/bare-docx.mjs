// The bare-library floor of bench/whole-process.ts: the same content (body, images, the attendee
// table) built with nothing but the `docx` library, in a process of its own, as plain JavaScript.
// Usage: node bench/floor/bare-docx.mjs CONTENT_DIR OUT.docx
// CONTENT_DIR holds content.json ({ body, rows }) and the images as <id>.png, written by the bench.
import fs from 'node:fs';
import path from 'node:path';
import { AlignmentType, Document, HeadingLevel, ImageRun, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';

const [dir, out] = process.argv.slice(2);
const { body, rows } = JSON.parse(fs.readFileSync(path.join(dir, 'content.json'), 'utf8'));
const FONT = 'Times New Roman';
const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4];

const runs = (nodes = []) =>
  nodes.map((node) =>
    node.type === 'hardBreak'
      ? new TextRun({ break: 1 })
      : new TextRun({ text: node.text ?? '', font: FONT, size: 28, bold: node.marks?.some((mark) => mark.type === 'bold'), italics: node.marks?.some((mark) => mark.type === 'italic') }),
  );
const cellOf = (texts) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text: texts, font: FONT, size: 26 })] })] });
const tableOf = (table) =>
  new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: table.map((row) => new TableRow({ children: row.map(cellOf) })),
  });
const cellText = (cell) => (cell.content ?? []).flatMap((paragraph) => (paragraph.content ?? []).map((child) => child.text ?? '')).join(' ');

const children = [];
for (const node of body) {
  if (node.type === 'heading') children.push(new Paragraph({ heading: HEADINGS[Math.min(3, (node.attrs?.level ?? 2) - 1)], children: runs(node.content) }));
  else if (node.type === 'paragraph') children.push(new Paragraph({ alignment: AlignmentType.JUSTIFIED, indent: { firstLine: 567 }, children: runs(node.content) }));
  else if (node.type === 'table') children.push(tableOf((node.content ?? []).map((row) => (row.content ?? []).map(cellText))), new Paragraph({ children: [] }));
  else if (node.type === 'figure') {
    const data = fs.readFileSync(path.join(dir, `${node.attrs.imageId}.png`));
    children.push(
      new Paragraph({ alignment: AlignmentType.CENTER, children: [new ImageRun({ type: 'png', data, transformation: { width: 604, height: 340 } })] }),
      new Paragraph({ alignment: AlignmentType.CENTER, children: runs(node.content) }),
    );
  }
}
children.push(new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: 'DANH SÁCH ĐẠI BIỂU', font: FONT, size: 28, bold: true })] }), tableOf(rows));

const document = new Document({
  creator: 'bench',
  styles: { default: { document: { run: { font: FONT, size: 28 } } } },
  sections: [{ properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1134, bottom: 1134, left: 1701, right: 851 } } }, children }],
});
fs.writeFileSync(out, await Packer.toBuffer(document));
