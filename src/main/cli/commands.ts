/** The CLI's commands; each calls the services directly and prints text or JSON. */
import { bodyText } from '../../shared/document/body';
import { DocumentId, type Document } from '../../shared/document/document';
import { KIND_LABELS_VI } from '../../shared/document/kind';
import { frameTextLines, frameView, type FrameProfile } from '../../shared/frame/frame-view';
import { AppError } from '../../shared/errors/app-error';
import { appErrorFromZod } from '../../shared/errors/from-zod';
import { formatShortDate } from '../../shared/text/nd30-date';
import { importFile } from '../import/document-import';
import { checkStoredDocument } from '../export/document-check';
import type { Services } from '../services/services';
import type { CliArgs } from './args';
import { importAttendeesCommand, isAttendeeImport } from './attendee-import-command';
import { archiveCommand, backupCommand, backupsCommand, restoreCommand, searchCommand } from './store-commands';
import { exportHtmlCommand } from './export-html-command';
import { exportDocxCommand } from './export-docx-command';
import { withAttendanceSentences } from '../export/attendees/attendance-sentences';

import type { Print } from './print';

function requireId(args: CliArgs, usage: string): string {
  const id = args.positionals[0];
  if (!id) throw new AppError('invalid_input', `Thiếu mã văn bản. Cách dùng: ${usage}`, { where: 'tham số' });
  const parsed = DocumentId.safeParse(id);
  if (!parsed.success) throw appErrorFromZod(parsed.error, `mã "${id}"`);
  return parsed.data;
}

export function templatesCommand(services: Services, args: CliArgs, print: Print): void {
  const list = services.templates.list();
  if (args.values.json) return print(JSON.stringify(list.map(({ id, kind, name }) => ({ id, kind, name }))));
  for (const template of list) print(`${template.id.padEnd(28)} ${KIND_LABELS_VI[template.kind].padEnd(22)} ${template.name}`);
}

export function newCommand(services: Services, args: CliArgs, print: Print): void {
  const templateId = args.values.template;
  if (!templateId) throw new AppError('invalid_input', 'Thiếu --template ID (xem "thuky templates")', { where: 'tham số' });
  const doc = services.documents.create(templateId, args.values.title);
  print(args.values.json ? JSON.stringify({ id: doc.id }) : doc.id);
}

export function listCommand(services: Services, args: CliArgs, print: Print): void {
  const list = services.documents.list();
  if (args.values.json) return print(JSON.stringify(list.map(({ id, kind, title, updatedAt }) => ({ id, kind, title, updatedAt }))));
  if (list.length === 0) return print('Chưa có văn bản nào.');
  for (const doc of list) print(`${doc.id}  ${formatShortDate(doc.updatedAt)}  ${KIND_LABELS_VI[doc.kind].padEnd(22)} ${doc.title}`);
}

export function showCommand(services: Services, args: CliArgs, print: Print): void {
  const doc = services.documents.get(requireId(args, 'thuky show ID [--json]'));
  if (args.values.json) return print(JSON.stringify(doc, null, 2));
  print(describeDocument(withAttendanceSentences(services.attendees, doc), services.profile.get()));
}

/** A plain-text reading of the document, frame first, as a văn thư would check it. */
function describeDocument(doc: Document, profile: FrameProfile): string {
  const { head, closing } = frameTextLines(frameView(doc.frame, profile));
  const lines = [`${doc.title}  [${KIND_LABELS_VI[doc.kind]}]  ${doc.id}`, ...head, '', bodyText(doc.body), '', ...closing];
  return lines.filter((line, index) => line !== '' || index > 0).join('\n');
}

export async function importCommand(services: Services, args: CliArgs, print: Print): Promise<void> {
  if (isAttendeeImport(args)) return importAttendeesCommand(services, args, print);
  const file = args.positionals[0];
  if (!file) throw new AppError('invalid_input', 'Thiếu tên tệp. Cách dùng: thuky import FILE (.txt, .json, .html hoặc .docx)', { where: 'tham số' });
  const notices: string[] = [];
  const input = await importFile(file, {
    putImage: (mime, bytes) => services.images.put(mime, bytes),
    onNotice: (message) => notices.push(message),
    // A script's import keeps the words as written unless asked; the check reports mixed styles.
    toneStyle: args.values['normalise-tones'] ? services.profile.get().toneStyle : undefined,
  });
  const doc = services.documents.importDocument(input);
  if (args.values.json) return print(JSON.stringify({ id: doc.id, notices }));
  print(doc.id);
  // stdout stays the id alone (scripts read it); the remark goes beside it.
  for (const notice of notices) process.stderr.write(`Lưu ý: ${notice}\n`);
}

export function deleteCommand(services: Services, args: CliArgs, print: Print): void {
  const id = requireId(args, 'thuky delete ID');
  services.documents.delete(id);
  print(args.values.json ? JSON.stringify({ id, deleted: true }) : `Đã xóa ${id} (có thể khôi phục).`);
}

export function exportCommand(services: Services, args: CliArgs, print: Print): void | Promise<void> {
  const id = requireId(args, 'thuky export ID --format html --out TỆP [--embed-images]');
  const format = args.values.format ?? 'html';
  if (format === 'html') return exportHtmlCommand(services, args, print, id);
  if (format === 'docx') return exportDocxCommand(services, args, print, id);
  throw new AppError('invalid_input', `Chưa hỗ trợ xuất định dạng "${format}" (nhận: html, docx)`, { where: '--format' });
}

/** `thuky check ID [--json]`: the writing check's findings; exit 0 even with findings (they are advice). */
export function checkCommand(services: Services, args: CliArgs, print: Print): void {
  const id = requireId(args, 'thuky check ID [--json]');
  const findings = checkStoredDocument(services, services.documents.get(id));
  if (args.values.json) {
    return print(JSON.stringify(findings.map(({ kind, message, text, from, to, field, fix }) => ({ kind, message, text, from, to, ...(field ? { field } : {}), ...(fix !== undefined ? { fix } : {}) }))));
  }
  if (findings.length === 0) return print('Không thấy lỗi cách viết nào.');
  for (const finding of findings) print(`${finding.field ?? `vị trí ${finding.from}`}  [${finding.kind}]  ${finding.message}`);
}

export const COMMANDS: Record<string, (services: Services, args: CliArgs, print: Print) => void | Promise<void>> = {
  templates: templatesCommand,
  new: newCommand,
  list: listCommand,
  show: showCommand,
  import: importCommand,
  export: exportCommand,
  delete: deleteCommand,
  check: checkCommand,
  search: searchCommand,
  backup: backupCommand,
  backups: backupsCommand,
  restore: restoreCommand,
  archive: archiveCommand,
};

export const USAGE = `Thư ký (thuky) — soạn văn bản theo Nghị định 30/2020/NĐ-CP

Cách dùng: thuky <lệnh> [--db TỆP] [--json]
  templates [--json]                      các mẫu văn bản
  new --template ID [--title T] [--json]  tạo văn bản, in mã văn bản
  list [--json]                           danh sách văn bản
  show ID [--json]                        xem văn bản (--json: dạng trao đổi JSON)
  import FILE [--json]                    nhập .txt (dòng đầu là tiêu đề), .json, .html hoặc .docx
         [--normalise-tones]              viết lại theo kiểu bỏ dấu của hồ sơ (hòa/hoà)
  import DS.xlsx|DS.csv --kind attendees [--title T] [--json]
                                          nhập danh sách đại biểu (lỗi theo dòng: không nhập gì)
  export ID --format html --out TỆP.html [--embed-images]
                                          trang HTML cho cổng thông tin (ảnh trong TỆP_files/, hoặc nhúng)
  export ID --format docx --out TỆP.docx  tệp Word theo thể thức Nghị định 30
  delete ID                               xóa văn bản (có thể khôi phục)
  check ID [--json]                       kiểm tra cách viết (chính tả, kiểu bỏ dấu, gạch nối, khoảng trắng…)
  search TỪ KHÓA [--json]                 tìm văn bản (không cần gõ dấu), tốt nhất trước
  backup                                  sao lưu ngay (có kiểm tra) vào thư mục backups/ cạnh dữ liệu
  backups [--json]                        các bản sao lưu, mới trước
  restore TÊN|TỆP                         khôi phục từ bản sao lưu (tên trong "thuky backups", hoặc đường dẫn;
                                          dữ liệu hiện tại được sao lưu trước; cần khóa: đóng ứng dụng trước)
  archive export TỆP.jsonl                xuất mọi văn bản (kèm ảnh) ra một tệp để chuyển sang máy khác
  archive import TỆP.jsonl                nhập tệp đó (giữ mã văn bản, bỏ qua văn bản trùng)
  --start-empty                           khi tệp dữ liệu đã bị cách ly hoặc mất: bắt đầu với dữ liệu trống

Cơ sở dữ liệu: --db TỆP, hoặc biến THUKY_DB, mặc định trong thư mục dữ liệu người dùng.`;
