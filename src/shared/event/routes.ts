/** Routes for events (one conference, all its paperwork); spread into the one contract (src/shared/ipc/contract.ts). */
import { z } from 'zod';
import { EntityId } from '../attendee/person';
import { route } from '../ipc/route';
import { PartyId } from '../pledge/pledge';
import { EventDocument, EventFactsPatch, EventFile, EventParty, EventView, MAX_EVENT_PARTIES } from './event';
import { EventExportStatus } from './event-export';
import { EditedPhotos } from './event-photos';

const Ok = z.object({ ok: z.literal(true) });

export const EventSummary = z.object({ id: EntityId, title: z.string(), date: z.string(), updatedAt: z.string() });

/** A party as the event form edits it: with its id once stored (per-party targets of the pledge follow the id). */
export const EditedParty = EventParty.extend({ id: PartyId.optional() }).strict();

const FactsUpdated = z.object({ event: EventView, updated: z.array(EntityId), kept: z.array(EntityId) });
const JobInput = z.object({ jobId: z.string().uuid() }).strict();

export const eventRoutes = {
  'events.list': route(z.object({}).strict(), z.array(EventSummary), 'Các hội nghị, mới sửa trước'),
  'events.get': route(z.object({ id: EntityId }).strict(), EventView, 'Mở một hội nghị cùng các văn bản của nó'),
  // Photos come as images already stored (images.put): a renderer never names a file path.
  'events.create': route(EventFile, z.object({ id: EntityId }), 'Tạo hội nghị từ dạng thuky.event/1'),
  'events.generate': route(z.object({ id: EntityId }).strict(), z.array(EventDocument), 'Tạo các văn bản còn thiếu của hội nghị (không ghi đè văn bản đã có)'),
  'events.update': route(
    z.object({ id: EntityId, facts: EventFactsPatch }).strict(),
    FactsUpdated,
    'Đổi ngày, giờ, địa điểm, chủ trì: các văn bản nháp sửa theo, văn bản đã ban hành giữ nguyên',
  ),
  'events.delete': route(
    z.object({ id: EntityId }).strict(),
    z.object({ unlinked: z.array(EntityId) }),
    'Xóa hội nghị: các văn bản đã tạo (kể cả bản nháp) giữ nguyên trong danh sách văn bản, chỉ không còn gắn với hội nghị',
  ),
  'events.restore': route(z.object({ id: EntityId }).strict(), Ok, 'Khôi phục hội nghị vừa xóa, cùng các văn bản của nó'),
  'events.setChecked': route(z.object({ documentId: EntityId, checked: z.boolean() }).strict(), Ok, 'Đánh dấu văn bản đã kiểm tra (hoặc bỏ dấu)'),
  'events.setParties': route(
    z.object({ id: EntityId, which: z.enum(['pledge', 'programme']), parties: z.array(EditedParty).max(MAX_EVENT_PARTIES, `Tối đa ${MAX_EVENT_PARTIES} bên`) }).strict(),
    FactsUpdated,
    'Sửa các bên giao ước hoặc các bên chương trình phối hợp: văn bản nháp sửa theo, văn bản đã ban hành giữ nguyên',
  ),
  // Images stored first (images.put, as the editor's pictures): a renderer never names a file path.
  'events.setPhotos': route(
    z.object({ id: EntityId, photos: EditedPhotos }).strict(),
    z.object({ event: EventView }),
    'Đặt ảnh của tin bài (mỗi ảnh một chú thích, tối đa 20); tin bài tạo sau sẽ có các ảnh này',
  ),
  // The folder is chosen by main (Electron's dialog) or is the harness's own: a renderer never names a path.
  'events.exportAll': route(
    z.object({ id: EntityId }).strict(),
    z.object({ jobId: z.string().nullable(), folder: z.string().nullable() }),
    'Xuất tất cả văn bản của hội nghị (Word, HTML, PDF) vào một thư mục; jobId null khi người dùng hủy chọn thư mục',
  ),
  'events.exportStatus': route(JobInput, EventExportStatus, 'Tiến độ của lượt «Xuất tất cả»'),
  'events.cancelExport': route(JobInput, z.object({ cancelled: z.boolean() }), 'Hủy lượt «Xuất tất cả» (thư mục dở dang bị xóa)'),
  'events.openExportFolder': route(JobInput, z.object({ opened: z.boolean() }), 'Mở thư mục vừa xuất trong trình quản lý tệp (chỉ trong ứng dụng trên máy tính)'),
};
