/**
 * The CLI's commands by name. Each loads its module when it runs, so `thuky list` never pays for
 * the Word, HTML or spreadsheet libraries (issue 16: a command costs only what it uses).
 */
import type Database from 'better-sqlite3';
import type { Services } from '../services/services';
import type { CliArgs } from './args';

import type { Print } from './print';

export type Command = (services: Services, args: CliArgs, print: Print) => void | Promise<void>;

/** A reading command that needs the database alone: run without the services when it may open beside the app. */
export type DbCommand = (db: Database.Database, args: CliArgs, print: Print) => void;

export const DB_COMMANDS: Record<string, () => Promise<DbCommand>> = {
  list: async () => (await import('./list-command')).listCommand,
};

export const COMMANDS: Record<string, () => Promise<Command>> = {
  templates: async () => (await import('./document-commands')).templatesCommand,
  new: async () => (await import('./document-commands')).newCommand,
  show: async () => (await import('./document-commands')).showCommand,
  delete: async () => (await import('./document-commands')).deleteCommand,
  deleted: async () => (await import('./document-commands')).deletedCommand,
  undelete: async () => (await import('./document-commands')).undeleteCommand,
  purge: async () => (await import('./document-commands')).purgeCommand,
  check: async () => (await import('./check-command')).checkCommand,
  import: async () => (await import('./import-command')).importCommand,
  export: async () => (await import('./export-command')).exportCommand,
  search: async () => (await import('./store-commands')).searchCommand,
  backup: async () => (await import('./store-commands')).backupCommand,
  backups: async () => (await import('./store-commands')).backupsCommand,
  restore: async () => (await import('./store-commands')).restoreCommand,
  archive: async () => (await import('./store-commands')).archiveCommand,
  dictionary: async () => (await import('./dictionary-command')).dictionaryCommand,
  event: async () => (await import('./event-command')).eventCommand,
  profile: async () => (await import('./profile-command')).profileCommand,
};

export const USAGE = `Thư ký (thuky) — soạn văn bản theo Nghị định 30/2020/NĐ-CP

Cách dùng: thuky <lệnh> [--db TỆP] [--json]
  templates [--json]                      các mẫu văn bản
  new --template ID [--title T] [--json]  tạo văn bản, in mã văn bản
  list [--json]                           danh sách văn bản
  show ID [--json]                        xem văn bản (--json: dạng trao đổi JSON)
  import FILE [--json]                    nhập .txt (dòng đầu là tiêu đề), .json, .html, .docx hoặc .doc
                                          (.doc Word 97–2003: chuyển qua Word hoặc LibreOffice)
                                          (viết theo kiểu bỏ dấu của hồ sơ, hòa/hoà; --keep-tones: giữ
                                          nguyên như trong tệp; --normalise-tones: như mặc định)
  import DS.xlsx|DS.csv --kind attendees [--title T] [--json]
                                          nhập danh sách đại biểu (lỗi theo dòng: không nhập gì)
  export ID --format html --out TỆP.html [--embed-images]
                                          trang HTML cho cổng thông tin (ảnh trong TỆP_files/, hoặc nhúng)
  export ID --format docx --out TỆP.docx  tệp Word theo thể thức Nghị định 30
  export ID --format pdf --out TỆP.pdf    PDF từ chính tệp Word đó (qua Microsoft Word hoặc LibreOffice)
  export ID --format docx --separate --out THƯ-MỤC
                                          giấy mời: mỗi đại biểu một tệp Word riêng
  event new TỆP.json [--json]             nhập hội nghị (thuky.event/1), in mã hội nghị
  event show ID [--json]                  xem hội nghị và các văn bản của nó
  event generate ID [--json]              tạo các văn bản còn thiếu (báo cáo, tin bài, danh sách,
                                          giao ước, chương trình phối hợp, giấy mời)
  event set ID --date YYYY-MM-DD [--issue-date YYYY-MM-DD] [--time HH:mm] [--venue …] [--chair …] [--chair-title …]
                                          đổi ngày/ngày ban hành/giờ/địa điểm/chủ trì; các bản nháp sửa theo
                                          (ngày ban hành giấy mời; "" = để trống, văn thư ghi tay)
  event export ID --out THƯ-MỤC [--json]  xuất tất cả văn bản của hội nghị (Word, HTML, PDF) vào
                                          một thư mục mới trong THƯ-MỤC; không có Word/LibreOffice
                                          thì bỏ PDF và báo một dòng
  event delete ID [--json]                xóa hội nghị; các văn bản của nó (cả bản nháp) vẫn giữ
                                          nguyên, chỉ không còn gắn với hội nghị
  event undelete ID                       khôi phục hội nghị vừa xóa, cùng các văn bản của nó
  profile show [--json]                   Thông tin cơ quan (tên cơ quan, cấp, địa danh, người ký)
  profile set TỆP.json                    nạp Thông tin cơ quan từ tệp (cần có trước khi tạo, xuất văn bản)
  delete ID                               xóa văn bản (vào mục "Đã xóa", có thể khôi phục)
  deleted [--json]                        các văn bản trong mục "Đã xóa"
  undelete ID                             khôi phục văn bản từ mục "Đã xóa"
  purge ID                                xóa vĩnh viễn một văn bản đã ở mục "Đã xóa"
  check ID [--json]                       kiểm tra cách viết (chính tả, kiểu bỏ dấu, gạch nối, khoảng trắng…)
  dictionary [list|add TỪ|remove TỪ] [--json]
                                          từ điển của bạn: từ mà kiểm tra chính tả bỏ qua
  search TỪ KHÓA [--json]                 tìm văn bản (không cần gõ dấu), tốt nhất trước
  backup                                  sao lưu ngay (có kiểm tra) vào thư mục backups/ cạnh dữ liệu
  backups [--json]                        các bản sao lưu, mới trước
  restore TÊN|TỆP                         khôi phục từ bản sao lưu (tên trong "thuky backups", hoặc đường dẫn;
                                          dữ liệu hiện tại được sao lưu trước; cần khóa: đóng ứng dụng trước)
  archive export TỆP.jsonl                xuất mọi văn bản (kèm ảnh) ra một tệp để chuyển sang máy khác
  archive import TỆP.jsonl                nhập tệp đó (giữ mã văn bản, bỏ qua văn bản trùng)
  --start-empty                           khi tệp dữ liệu đã bị cách ly hoặc mất: bắt đầu với dữ liệu trống

Cơ sở dữ liệu: --db TỆP, hoặc biến THUKY_DB, mặc định trong thư mục dữ liệu người dùng.`;
