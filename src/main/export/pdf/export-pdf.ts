/** The PDF export as the doors use it: the export service's Word bytes, converted (pdf-converter.ts). */
import type { Services } from '../../services/services';
import { writeFileAtomic } from '../atomic-write';
import { convertDocxToPdf, requirePdfConverter, type ConvertOptions } from './pdf-converter';

export interface PdfExport {
  fileName: string;
  bytes: Uint8Array;
  problems: string[];
  /** "Microsoft Word" or "LibreOffice": who laid out the pages. */
  convertedBy: string;
}

export async function exportPdf(services: Services, id: string, options: ConvertOptions = {}): Promise<PdfExport> {
  // Asked first: without a converter nothing is exported and the clerk learns what to install.
  const converter = options.converter ?? requirePdfConverter();
  const docx = await services.exports.word(id);
  const bytes = await convertDocxToPdf(docx.bytes, { ...options, converter });
  return { fileName: docx.fileName.replace(/\.docx$/i, '.pdf'), bytes, problems: docx.problems, convertedBy: converter.label };
}

/** Export to a file: written whole after a successful conversion, or not at all. */
export async function exportPdfToFile(services: Services, id: string, target: string, options: ConvertOptions = {}): Promise<PdfExport> {
  const result = await exportPdf(services, id, options);
  writeFileAtomic(target, result.bytes);
  return result;
}
