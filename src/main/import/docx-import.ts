/**
 * .docx → document: mammoth turns the Word file into plain semantic HTML (headings, paragraphs,
 * lists, tables, images as data: URIs, no styling), which goes through the same HTML importer as a
 * paste. An official header at the top fills the frame instead of the body (official-header.ts).
 */
import mammoth from 'mammoth';
import type { DocumentImport } from '../../shared/document/document';
import { AppError } from '../../shared/errors/app-error';
import { toNfc } from '../../shared/text/nfc';
import type { PutImage } from './html-image';
import { htmlToBody } from './html-import';
import { importedDocument } from './imported-document';
import { guardPackage } from './package/package-guard';
import { docxWithUnicodeText } from './docx-legacy-fonts';

/** Word's headings and titles as model headings; everything else as mammoth's defaults. */
const STYLE_MAP = ["p[style-name='Title'] => h1:fresh", "p[style-name='Subtitle'] => h2:fresh"];

/**
 * Embedded pictures become data: URIs; a linked one (r:link, a picture "inserted as link" from a
 * web address or a path) is never fetched — mammoth refuses it with the address in its message, and
 * that address becomes the src, which the HTML importer turns into the same visible placeholder as
 * a remote picture in a web page.
 */
const convertImage = mammoth.images.imgElement(async (image) => {
  try {
    return { src: `data:${image.contentType};base64,${await image.readAsBase64String()}` };
  } catch (error) {
    return { src: /external image '(.*)'/.exec(String((error as Error).message))?.[1] ?? '' };
  }
});

export async function docxToHtml(bytes: Buffer, where: string): Promise<string> {
  if (bytes.subarray(0, 2).toString('latin1') !== 'PK') {
    throw new AppError('invalid_input', 'Tệp không phải Word .docx (có thể là .doc cũ: hãy lưu lại dưới dạng .docx)', { where });
  }
  // Limits first: mammoth unpacks the whole package in memory (package/package-limits.ts).
  guardPackage(bytes, where, 'docx');
  try {
    // Runs typed in TCVN3/VNI fonts become Unicode before mammoth (which drops fonts) reads them.
    const unicode = Buffer.from(docxWithUnicodeText(bytes));
    // externalFileAccess stays off: a .docx may link to files on the machine or the network.
    const result = await mammoth.convertToHtml({ buffer: unicode }, { styleMap: STYLE_MAP, externalFileAccess: false, convertImage });
    return result.value;
  } catch (error) {
    throw new AppError('invalid_input', 'Không đọc được tệp Word .docx (tệp hỏng hoặc không đúng định dạng)', { where, detail: String(error) });
  }
}

export async function parseDocx(bytes: Buffer, fileLabel: string, putImage: PutImage | undefined): Promise<DocumentImport> {
  const html = await docxToHtml(bytes, fileLabel);
  const { body } = htmlToBody(html, { putImage }, fileLabel);
  const stem = toNfc(fileLabel.replace(/\.[^.]*$/, '')).trim() || 'Văn bản nhập từ Word';
  return importedDocument(body, { title: stem, kind: 'other' });
}
