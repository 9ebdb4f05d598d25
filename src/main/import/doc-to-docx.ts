/**
 * Old binary Word files (.doc, Word 97–2003, still common in offices): converted to .docx by the same
 * converter the PDF export finds (Microsoft Word through COM, else LibreOffice headless with its own
 * profile, in a temporary folder removed afterwards), then imported like any .docx — legacy
 * TCVN3/VNI fonts included. Without a converter, one line says what to install; nothing is written.
 */
import { AppError } from '../../shared/errors/app-error';
import { convertOfficeDocument, findPdfConverter, type PdfConverter } from '../export/pdf/pdf-converter';

export const NO_DOC_CONVERTER_MESSAGE =
  'Không đọc được tệp .doc (Word 97–2003) vì máy chưa có Microsoft Word hoặc LibreOffice để chuyển sang .docx: hãy cài LibreOffice (miễn phí, libreoffice.org), hoặc mở tệp bằng Word, lưu thành .docx rồi nhập lại';

/** The OLE2 compound-file signature every real .doc starts with. */
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export async function docToDocx(bytes: Uint8Array, label: string, converter: PdfConverter | undefined = findPdfConverter()): Promise<Uint8Array> {
  if (!OLE2.every((byte, index) => bytes[index] === byte)) {
    throw new AppError('invalid_input', 'Tệp không phải tệp Word 97–2003 (.doc) thật: hãy kiểm tra lại đuôi tệp', { where: label });
  }
  if (!converter) throw new AppError('unavailable', NO_DOC_CONVERTER_MESSAGE, { where: label });
  try {
    return await convertOfficeDocument(bytes, { from: 'doc', to: 'docx' }, { converter, timeoutMs: 120_000 });
  } catch (error) {
    if (error instanceof AppError) throw new AppError(error.code, `Không chuyển được tệp .doc sang .docx: ${error.message}`, { where: label, detail: error.detail });
    throw error;
  }
}
