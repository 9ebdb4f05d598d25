/** The export as the doors use it: load the document, profile and images from the services, then toDocx. */
import type { Services } from '../../services/services';
import { docxInputsFor } from '../attendees/docx-extras';
import { writeFileAtomic } from '../atomic-write';
import { checkStoredDocument } from '../document-check';
import { WRITING_KINDS } from '../../../shared/check/check-document';
import { docxFileName } from './file-name';
import { toDocx, type ImageResolver } from './to-docx';

export interface DocxExport {
  fileName: string;
  bytes: Uint8Array;
  /** The check's messages (shared/check): what the document still lacks or holds by mistake (the export happens anyway). */
  problems: string[];
}

export async function exportDocx(services: Services, id: string): Promise<DocxExport> {
  const document = services.documents.get(id);
  const profile = services.profile.get();
  const resolveImage: ImageResolver = (imageId) => services.images.find(imageId);
  // Lists and pledges in the store shape the body, appendices and signature grid (attendees/docx-extras.ts).
  const inputs = docxInputsFor(services, document, profile, resolveImage);
  const bytes = inputs.finish(await toDocx(inputs.document, profile, resolveImage, inputs.extras));
  return { fileName: docxFileName(document), bytes, problems: checkStoredDocument(services, document)
      // The export warns about what the document lacks; writing advice stays in the Kiểm tra panel.
      .filter((finding) => !WRITING_KINDS.has(finding.kind))
      .map((finding) => finding.message),
  };
}

/** Export to a file: written whole or not at all. */
export async function exportDocxToFile(services: Services, id: string, target: string): Promise<DocxExport> {
  const result = await exportDocx(services, id);
  writeFileAtomic(target, result.bytes);
  return result;
}
