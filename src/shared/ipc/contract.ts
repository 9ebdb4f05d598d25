/**
 * The one contract. Main registers a handler per route, the preload exposes one function per route
 * as window.api, the web harness serves the same table over HTTP. Adding a route touches this file
 * and one handler (src/main/ipc/handlers.ts).
 */
import { z } from 'zod';
import { nfcString } from '../text/nfc';
import { Document, DocumentContent, DocumentId, DocumentSummary, DocumentTitle } from '../document/document';
import { Profile } from '../profile/profile';
import { TemplateId, TemplateSummary } from '../template/template';
import { route, type RouteSpec } from './route';

const Empty = z.object({}).strict();
const IdInput = z.object({ id: DocumentId }).strict();
const Ok = z.object({ ok: z.literal(true) });

export const ImageId = z.string().regex(/^[0-9a-f]{64}$/, 'Mã ảnh phải là SHA-256');
export const IMAGE_MIME_TYPES = ['image/png', 'image/jpeg', 'image/gif', 'image/webp'] as const;

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
    z.object({ id: DocumentId, content: DocumentContent }).strict(),
    z.object({ updatedAt: z.string() }),
    'Lưu nội dung văn bản',
  ),
  'documents.delete': route(IdInput, Ok, 'Xóa văn bản (có thể khôi phục)'),
  'documents.restore': route(IdInput, Ok, 'Khôi phục văn bản đã xóa'),

  'templates.list': route(Empty, z.array(TemplateSummary), 'Các mẫu văn bản'),
  'templates.saveFromDocument': route(
    z.object({ documentId: DocumentId, name: nfcString().trim().min(1, 'Tên mẫu không được để trống').max(200) }).strict(),
    TemplateSummary,
    'Lưu văn bản thành mẫu của tôi',
  ),

  'profile.get': route(Empty, Profile, 'Thông tin cơ quan'),
  'profile.save': route(Profile, Profile, 'Lưu thông tin cơ quan'),

  'images.put': route(
    z.object({ mime: z.enum(IMAGE_MIME_TYPES, { message: 'Chỉ nhận ảnh PNG, JPEG, GIF hoặc WebP' }), dataBase64: z.string().min(1).max(40_000_000) }).strict(),
    z.object({ id: ImageId }),
    'Lưu ảnh (theo nội dung)',
  ),
  'images.get': route(z.object({ id: ImageId }).strict(), z.object({ mime: z.string(), dataBase64: z.string() }), 'Đọc ảnh'),
} satisfies Record<string, RouteSpec>;

export type Contract = typeof contract;
export type RouteName = keyof Contract;
export type RouteInput<N extends RouteName> = z.input<Contract[N]['input']>;
export type RouteOutput<N extends RouteName> = z.output<Contract[N]['output']>;
/** The input after parsing (defaults applied, strings NFC): what a handler receives. */
export type RouteParsedInput<N extends RouteName> = z.output<Contract[N]['input']>;

export const ROUTE_NAMES = Object.keys(contract) as RouteName[];

/** window.api: one async function per route. */
export type Api = { [N in RouteName]: (input: RouteInput<N>) => Promise<RouteOutput<N>> };
