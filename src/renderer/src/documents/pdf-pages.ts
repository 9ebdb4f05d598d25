/**
 * The pages of a PDF as PNG images, drawn by pdf.js (pdfjs-dist). The worker file is bundled with the
 * app and loaded from it (CSP worker-src 'self'); no eval, no font or network fetches.
 */
import { getDocument, GlobalWorkerOptions } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

GlobalWorkerOptions.workerSrc = workerUrl;

export interface PdfPageImage {
  /** PNG data URL. */
  src: string;
  widthPt: number;
  heightPt: number;
}

/** 150 dpi: sharp on screen and on paper without holding megabytes per page. */
const SCALE = 150 / 72;

export async function renderPdfPages(bytes: Uint8Array, onPage?: (done: number, total: number) => void): Promise<PdfPageImage[]> {
  const pdf = await getDocument({ data: bytes, isEvalSupported: false, disableFontFace: false, useSystemFonts: false }).promise;
  try {
    const pages: PdfPageImage[] = [];
    for (let number = 1; number <= pdf.numPages; number++) {
      const page = await pdf.getPage(number);
      const viewport = page.getViewport({ scale: SCALE });
      const canvas = document.createElement('canvas');
      canvas.width = Math.ceil(viewport.width);
      canvas.height = Math.ceil(viewport.height);
      await page.render({ canvas, viewport }).promise;
      const base = page.getViewport({ scale: 1 });
      pages.push({ src: canvas.toDataURL('image/png'), widthPt: base.width, heightPt: base.height });
      page.cleanup();
      onPage?.(number, pdf.numPages);
    }
    return pages;
  } finally {
    await pdf.destroy();
  }
}
