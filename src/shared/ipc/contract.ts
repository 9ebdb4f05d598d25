/**
 * The one contract. Main registers a handler per route, the preload exposes one function per route
 * as window.api, the web harness serves the same table over HTTP. Adding a route touches this file
 * and one handler (src/main/ipc/handlers.ts).
 */
import { z } from 'zod';
import { nfcString } from '../text/nfc';
import { BodyDoc } from '../document/body';
import { DeletedDocumentSummary, Document, DocumentContent, DocumentId, DocumentSummary, DocumentTitle } from '../document/document';
import { DocumentKind } from '../document/kind';
import { PortalHtmlOptions } from '../export/portal-html-options';
import { Profile } from '../profile/profile';
import { Finding } from '../check/finding';
import { MarkedText } from '../search/marked-text';
import { UserWord } from '../text/spelling/user-word';
import { TemplateId, TemplateSummary } from '../template/template';
import { route, type RouteSpec } from './route';
import type { RouteName } from './route-names';

export { ROUTE_NAMES, type RouteName } from './route-names';
import { attendeeRoutes } from '../attendee/routes';
import { pledgeRoutes } from '../pledge/routes';
import { eventRoutes } from '../event/routes';

const Empty = z.object({}).strict();
const IdInput = z.object({ id: DocumentId }).strict();
const Ok = z.object({ ok: z.literal(true) });

export const ImageId = z.string().regex(/^[0-9a-f]{64}$/, 'Mã ảnh phải là SHA-256');
export const IMAGE_MIME_TYPES = ['image/png', 'image/jpeg', 'image/gif', 'image/webp'] as const;

const RevisionId = z.number().int().positive();
export const REVISION_REASONS = ['create', 'import', 'save', 'autosave', 'export', 'restore', 'before-restore'] as const;
export const RevisionSummary = z.object({
  revisionId: RevisionId,
  createdAt: z.string(),
  reason: z.enum(REVISION_REASONS),
  title: z.string(),
  sizeBytes: z.number().int(),
  /** The start of the body text, for the history panel. */
  preview: z.string(),
});
export const SearchHit = z.object({
  id: DocumentId,
  title: z.string(),
  kind: DocumentKind,
  /** About 160 characters around the first match, matched words marked (data, never HTML). */
  snippet: MarkedText,
  /** The title, matched words marked. */
  titleParts: MarkedText,
});
export const BackupInfo = z.object({
  file: z.string(),
  name: z.string(),
  createdAt: z.string(),
  tag: z.enum(['thu-cong', 'tu-dong', 'truoc-nang-cap', 'truoc-khoi-phuc']),
  sizeBytes: z.number().int(),
});

const SavedExport = z.object({ savedTo: z.string().nullable(), problems: z.array(z.string()) });

export const contract = {
  'app.info': route(Empty, z.object({ version: z.string(), dbPath: z.string(), door: z.enum(['electron', 'web']) }), 'Phiên bản và nơi lưu dữ liệu'),

  'documents.list': route(Empty, z.array(DocumentSummary), 'Danh sách văn bản, mới sửa trước'),
  'documents.get': route(IdInput, Document, 'Mở một văn bản'),
  'documents.create': route(
    z.object({ templateId: TemplateId, title: DocumentTitle.optional() }).strict(),
    Document,
    'Tạo văn bản từ mẫu',
  ),
  'documents.save': route(
    // explicit: the user pressed Ctrl+S (a revision is kept); autosave sends false or nothing.
    z.object({ id: DocumentId, content: DocumentContent, explicit: z.boolean().optional() }).strict(),
    z.object({ updatedAt: z.string() }),
    'Lưu nội dung văn bản',
  ),
  'documents.delete': route(IdInput, Ok, 'Xóa văn bản (có thể khôi phục)'),
  'documents.restore': route(IdInput, Ok, 'Khôi phục văn bản đã xóa'),
  // The app's "Nhập từ tệp…": a name and the bytes (never a path); .docx, .doc, .txt, .html, .json.
  'documents.importFile': route(
    z.object({ fileName: nfcString().min(1).max(255), dataBase64: z.string().min(1).max(70_000_000, 'Tệp lớn hơn 50 MB') }).strict(),
    z.object({ document: Document, notices: z.array(z.string()) }),
    'Nhập văn bản từ tệp (.docx, .doc Word 97–2003, .txt, .html, .json)',
  ),
  'documents.listDeleted': route(Empty, z.array(DeletedDocumentSummary), 'Mục "Đã xóa": văn bản đã xóa còn khôi phục được, mới xóa trước'),
  'documents.purge': route(IdInput, Ok, 'Xóa vĩnh viễn một văn bản đã ở mục "Đã xóa" (cả lịch sử của nó)'),

  'templates.list': route(Empty, z.array(TemplateSummary), 'Các mẫu văn bản'),
  'templates.saveFromDocument': route(
    z.object({ documentId: DocumentId, name: nfcString().trim().min(1, 'Tên mẫu không được để trống').max(200) }).strict(),
    TemplateSummary,
    'Lưu văn bản thành mẫu của tôi',
  ),

  'profile.get': route(Empty, Profile, 'Thông tin cơ quan'),
  'profile.save': route(Profile, Profile, 'Lưu thông tin cơ quan'),
  'profile.status': route(Empty, z.object({ set: z.boolean() }), 'Đã có thông tin cơ quan chưa'),

  'images.put': route(
    z.object({ mime: z.enum(IMAGE_MIME_TYPES, { message: 'Chỉ nhận ảnh PNG, JPEG, GIF hoặc WebP' }), dataBase64: z.string().min(1).max(40_000_000) }).strict(),
    z.object({ id: ImageId }),
    'Lưu ảnh (theo nội dung)',
  ),
  'revisions.list': route(IdInput, z.array(RevisionSummary), 'Lịch sử phiên bản của văn bản, mới trước'),
  'revisions.get': route(z.object({ revisionId: RevisionId }).strict(), RevisionSummary.extend({ content: DocumentContent }), 'Xem một phiên bản cũ'),
  'revisions.restore': route(
    z.object({ id: DocumentId, revisionId: RevisionId }).strict(),
    z.object({ updatedAt: z.string(), revisionId: RevisionId }),
    'Khôi phục phiên bản cũ (tạo phiên bản mới, không ghi đè)',
  ),
  // For exports the renderer finishes itself (portal HTML saved or copied): export.portalHtml also
  // feeds the live preview, so it cannot keep a revision on every call.
  'revisions.snapshot': route(IdInput, RevisionSummary, 'Ghi một phiên bản khi xuất văn bản'),

  'search.query': route(
    z.object({ query: nfcString().max(500), limit: z.number().int().min(1).max(200).default(20) }).strict(),
    z.array(SearchHit),
    'Tìm văn bản (không phân biệt dấu, khớp đúng dấu xếp trước)',
  ),

  'backup.now': route(Empty, BackupInfo, 'Sao lưu ngay'),
  'backup.list': route(Empty, z.array(BackupInfo), 'Các bản sao lưu, mới trước'),
  // A name from backup.list, never a path: main resolves it inside the backups folder.
  'backup.restore': route(z.object({ name: z.string().min(1).max(255) }).strict(), z.object({ restoredFrom: z.string(), safetyBackup: BackupInfo }), 'Khôi phục từ bản sao lưu'),
  'backup.folder': route(Empty, z.object({ path: z.string() }), 'Thư mục sao lưu'),
  // opened is false where the door cannot open folders (the web harness): the UI then shows the path to copy.
  'backup.openFolder': route(Empty, z.object({ path: z.string(), opened: z.boolean() }), 'Mở thư mục sao lưu'),

  'images.get': route(z.object({ id: ImageId }).strict(), z.object({ mime: z.string(), dataBase64: z.string() }), 'Đọc ảnh'),

  'export.portalHtml': route(
    z.object({ id: DocumentId, options: PortalHtmlOptions.default(PortalHtmlOptions.parse({})) }).strict(),
    // text: the faithful text/plain flavour for the clipboard (paragraphs separated by blank lines).
    z.object({ html: z.string(), text: z.string() }),
    'HTML sạch để dán vào cổng thông tin, kèm bản chữ thuần',
  ),
  'export.docx': route(
    IdInput,
    z.object({ fileName: z.string(), dataBase64: z.string(), problems: z.array(z.string()) }),
    'Xuất Word theo thể thức Nghị định 30 (kèm các điều còn thiếu)',
  ),
  // Electron only (a save dialog in main): savedTo is null when the user cancelled the dialog.
  'export.saveDocx': route(IdInput, SavedExport, 'Xuất Word và lưu vào nơi người dùng chọn'),
  'export.saveHtml': route(IdInput, SavedExport, 'Xuất HTML (trang đứng riêng) và lưu vào nơi người dùng chọn'),
  'export.htmlPage': route(IdInput, z.object({ fileName: z.string(), html: z.string() }), 'Trang HTML đứng riêng của văn bản (trình duyệt tải về)'),
  // The Word file converted by Microsoft Word or LibreOffice (never a layout of our own).
  'export.pdf': route(
    IdInput,
    z.object({ fileName: z.string(), dataBase64: z.string(), problems: z.array(z.string()), convertedBy: z.string() }),
    'PDF từ chính tệp Word (xem trước bản in, in)',
  ),
  'export.savePdf': route(IdInput, SavedExport, 'Xuất PDF và lưu vào nơi người dùng chọn'),
  'export.cancelPdf': route(Empty, z.object({ cancelled: z.boolean() }), 'Hủy việc tạo PDF đang chạy'),
  'export.check': route(
    IdInput,
    z.object({ findings: z.array(Finding) }),
    'Kiểm tra văn bản: còn thiếu gì, còn sót gì của mẫu (shared/check)',
  ),
  // The user dictionary ("Thêm vào từ điển"): the spell check and the writing check skip these words.
  'dictionary.list': route(Empty, z.array(z.string()), 'Các từ trong từ điển của bạn (thứ tự tiếng Việt)'),
  'dictionary.add': route(z.object({ word: UserWord }).strict(), z.array(z.string()), 'Thêm một từ vào từ điển của bạn'),
  'dictionary.remove': route(z.object({ word: UserWord }).strict(), z.array(z.string()), 'Bỏ một từ khỏi từ điển của bạn'),
  'import.html': route(
    z.object({ html: z.string().max(30_000_000, 'Nội dung dán quá lớn') }).strict(),
    z.object({ body: BodyDoc }),
    'Chuyển HTML dán vào (Word, trang web) thành nội dung sạch',
  ),

  ...attendeeRoutes,
  ...pledgeRoutes,
  ...eventRoutes,
} satisfies Record<RouteName, RouteSpec>;

// The plain list the preload uses names exactly these routes (no route missing from it, none extra).
const _everyRouteListed: Exclude<keyof typeof contract, RouteName> extends never ? true : false = true;

export type Contract = typeof contract;
export type RouteInput<N extends RouteName> = z.input<Contract[N]['input']>;
export type RouteOutput<N extends RouteName> = z.output<Contract[N]['output']>;
/** The input after parsing (defaults applied, strings NFC): what a handler receives. */
export type RouteParsedInput<N extends RouteName> = z.output<Contract[N]['input']>;

/** window.api: one async function per route. */
export type Api = { [N in RouteName]: (input: RouteInput<N>) => Promise<RouteOutput<N>> };
