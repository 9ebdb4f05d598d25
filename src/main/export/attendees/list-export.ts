/** Word export of one list from the store: the standalone Danh sách around its own document's frame. */
import { AppError } from '../../../shared/errors/app-error';
import type { Services } from '../../services/services';
import { asciiSlug } from '../docx/file-name';
import type { ImageResolver } from '../docx/to-docx';
import { standaloneListDocx } from './list-docx';

/** Word export reads pictures straight from the image store; a missing one becomes a placeholder. */
export function storeImageResolver(services: Pick<Services, 'images'>): ImageResolver {
  return (imageId) => services.images.find(imageId);
}

export async function exportListDocx(services: Pick<Services, 'attendees' | 'documents' | 'profile' | 'images'>, listId: string): Promise<{ fileName: string; bytes: Uint8Array }> {
  const list = services.attendees.get(listId);
  if (!list.documentId) throw new AppError('invalid_input', 'Danh sách chưa thuộc văn bản nào; hãy đính kèm vào báo cáo để xuất làm Phụ lục', { where: list.name });
  const document = services.documents.get(list.documentId);
  const bytes = await standaloneListDocx(document, list, services.profile.get(), storeImageResolver(services));
  return { fileName: `${asciiSlug(list.name) || 'danh-sach'}.docx`, bytes };
}
