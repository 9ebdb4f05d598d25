/** The CLI's document commands: templates, new, show, delete (the store only, nothing heavy). */
import { bodyText } from '../../shared/document/body';
import { DocumentId, type Document } from '../../shared/document/document';
import { kindOf } from '../../shared/document/kinds';
import { frameTextLines, frameView, type FrameProfile } from '../../shared/frame/frame-view';
import { AppError } from '../../shared/errors/app-error';
import { appErrorFromZod } from '../../shared/errors/from-zod';
import { withAttendanceSentences } from '../export/attendees/attendance-sentences';
import type { Services } from '../services/services';
import type { CliArgs } from './args';
import type { Print } from './print';

export function requireId(args: CliArgs, usage: string): string {
  const id = args.positionals[0];
  if (!id) throw new AppError('invalid_input', `Thiếu mã văn bản. Cách dùng: ${usage}`, { where: 'tham số' });
  const parsed = DocumentId.safeParse(id);
  if (!parsed.success) throw appErrorFromZod(parsed.error, `mã "${id}"`);
  return parsed.data;
}

export function templatesCommand(services: Services, args: CliArgs, print: Print): void {
  const list = services.templates.list();
  if (args.values.json) return print(JSON.stringify(list.map(({ id, kind, name }) => ({ id, kind, name }))));
  for (const template of list) print(`${template.id.padEnd(28)} ${kindOf(template.kind).label.vi.padEnd(22)} ${template.name}`);
}

export function newCommand(services: Services, args: CliArgs, print: Print): void {
  const templateId = args.values.template;
  if (!templateId) throw new AppError('invalid_input', 'Thiếu --template ID (xem "thuky templates")', { where: 'tham số' });
  const doc = services.documents.create(templateId, args.values.title);
  print(args.values.json ? JSON.stringify({ id: doc.id }) : doc.id);
}

export function showCommand(services: Services, args: CliArgs, print: Print): void {
  const doc = services.documents.get(requireId(args, 'thuky show ID [--json]'));
  if (args.values.json) return print(JSON.stringify(doc, null, 2));
  print(describeDocument(withAttendanceSentences(services.attendees, doc), services.profile.get()));
}

/** A plain-text reading of the document, frame first, as a văn thư would check it. */
function describeDocument(doc: Document, profile: FrameProfile): string {
  const { head, closing } = frameTextLines(frameView(doc.frame, profile));
  const lines = [`${doc.title}  [${kindOf(doc.kind).label.vi}]  ${doc.id}`, ...head, '', bodyText(doc.body), '', ...closing];
  return lines.filter((line, index) => line !== '' || index > 0).join('\n');
}

export function deleteCommand(services: Services, args: CliArgs, print: Print): void {
  const id = requireId(args, 'thuky delete ID');
  services.documents.delete(id);
  print(args.values.json ? JSON.stringify({ id, deleted: true }) : `Đã xóa ${id} (có thể khôi phục).`);
}

/** `thuky deleted [--json]`: the documents in "Đã xóa", the latest deletion first. */
export function deletedCommand(services: Services, args: CliArgs, print: Print): void {
  const list = services.documents.listDeleted();
  if (args.values.json) return print(JSON.stringify(list));
  if (list.length === 0) return print('Mục "Đã xóa" trống.');
  for (const doc of list) print(`${doc.id}  ${doc.deletedAt}  ${doc.title}`);
}

export function undeleteCommand(services: Services, args: CliArgs, print: Print): void {
  const id = requireId(args, 'thuky undelete ID');
  services.documents.restore(id);
  print(args.values.json ? JSON.stringify({ id, restored: true }) : `Đã khôi phục ${id}.`);
}

export function purgeCommand(services: Services, args: CliArgs, print: Print): void {
  const id = requireId(args, 'thuky purge ID');
  services.documents.purge(id);
  print(args.values.json ? JSON.stringify({ id, purged: true }) : `Đã xóa vĩnh viễn ${id}.`);
}
