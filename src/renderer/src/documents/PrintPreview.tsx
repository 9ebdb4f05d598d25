/**
 * "Xem trước bản in": the pages of the PDF made from the very Word file (Microsoft Word or
 * LibreOffice lays them out), so the clerk sees exactly what will be printed and signed. Printing
 * from here prints those page images; "Xuất PDF" saves the same PDF. A long conversion can be
 * cancelled; nothing is written until it succeeds.
 */
import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { Dialog } from '../app/Dialog';
import { api, isElectron } from '../api/client';
import { useLocale } from '../i18n/locale';
import type { PdfPageImage } from './pdf-pages';
import './print-preview.css';

interface PrintPreviewProps {
  id: string;
  onClose(): void;
  onError(error: unknown): void;
  notify(message: string): void;
}

function base64Bytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

interface Loaded {
  fileName: string;
  bytes: Uint8Array<ArrayBuffer>;
  convertedBy: string;
  pages: PdfPageImage[];
}

export function PrintPreview({ id, onClose, onError, notify }: PrintPreviewProps) {
  const { t } = useLocale();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [progress, setProgress] = useState('');
  useEffect(() => {
    let live = true;
    // pdf.js (700 KB) is fetched only here, while Word or LibreOffice makes the PDF.
    Promise.all([api['export.pdf']({ id }), import('./pdf-pages')])
      .then(async ([result, { renderPdfPages }]) => {
        const bytes = base64Bytes(result.dataBase64);
        // pdf.js takes ownership of the buffer it is given: it reads a copy.
        const pages = await renderPdfPages(bytes.slice(), (done, total) => live && setProgress(`${done}/${total} ${t.pdfPages}`));
        if (live) setLoaded({ fileName: result.fileName, bytes, convertedBy: result.convertedBy, pages });
      })
      .catch((error: unknown) => {
        if (!live) return;
        onError(error);
        onClose();
      });
    return () => {
      live = false;
    };
    // One conversion per opening of the preview.
  }, [id]);

  const cancel = () => {
    if (!loaded) void api['export.cancelPdf']({});
    onClose();
  };
  const print = () => {
    document.body.classList.add('print-pdf');
    const done = () => {
      document.body.classList.remove('print-pdf');
      window.removeEventListener('afterprint', done);
    };
    window.addEventListener('afterprint', done);
    window.print();
  };
  const save = async () => {
    if (!loaded) return;
    try {
      if (isElectron) {
        const result = await api['export.savePdf']({ id });
        if (result.savedTo) notify(t.exported + result.savedTo);
        return;
      }
      const url = URL.createObjectURL(new Blob([loaded.bytes], { type: 'application/pdf' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = loaded.fileName;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      await api['revisions.snapshot']({ id });
      notify(t.exported + loaded.fileName);
    } catch (error) {
      onError(error);
    }
  };

  const footer = loaded ? (
    <>
      <span className="pdf-meta">
        {t.pdfConvertedBy} {loaded.convertedBy} · {loaded.pages.length} {t.pdfPages}
      </span>
      <button type="button" className="button" onClick={() => void save()}>
        {t.exportPdf}
      </button>
      <button type="button" className="button button-primary" onClick={print} data-autofocus>
        {t.print}
      </button>
    </>
  ) : (
    <button type="button" className="button" onClick={cancel} data-autofocus>
      {t.pdfCancel}
    </button>
  );

  return (
    <>
      <Dialog title={t.printPreview} onClose={cancel} footer={footer} wide>
        {loaded ? (
          <div className="pdf-pages" aria-label={t.printPreview}>
            {loaded.pages.map((page, index) => (
              <img key={index} className="pdf-page" src={page.src} alt={`${index + 1}`} style={{ aspectRatio: `${page.widthPt} / ${page.heightPt}` }} />
            ))}
          </div>
        ) : (
          <p className="pdf-progress" role="status">
            {t.pdfConverting}… {progress}
          </p>
        )}
      </Dialog>
      {loaded &&
        createPortal(
          <div className="pdf-print-pages">
            {loaded.pages.map((page, index) => (
              <img key={index} src={page.src} alt="" className={page.widthPt > page.heightPt ? 'landscape' : 'portrait'} />
            ))}
          </div>,
          document.body,
        )}
    </>
  );
}
