/** Routes for events (one conference, all its paperwork); spread into the one contract (src/shared/ipc/contract.ts). */
import { z } from 'zod';
import { EntityId } from '../attendee/person';
import { route } from '../ipc/route';
import { EventDocument, EventFactsPatch, EventFile, EventView } from './event';

const Ok = z.object({ ok: z.literal(true) });

export const EventSummary = z.object({ id: EntityId, title: z.string(), date: z.string(), updatedAt: z.string() });

export const eventRoutes = {
  'events.list': route(z.object({}).strict(), z.array(EventSummary), 'Các hội nghị, mới sửa trước'),
  'events.get': route(z.object({ id: EntityId }).strict(), EventView, 'Mở một hội nghị cùng các văn bản của nó'),
  // Photos come as images already stored (images.put): a renderer never names a file path.
  'events.create': route(EventFile, z.object({ id: EntityId }), 'Tạo hội nghị từ dạng thuky.event/1'),
  'events.generate': route(z.object({ id: EntityId }).strict(), z.array(EventDocument), 'Tạo các văn bản còn thiếu của hội nghị (không ghi đè văn bản đã có)'),
  'events.update': route(
    z.object({ id: EntityId, facts: EventFactsPatch }).strict(),
    z.object({ event: EventView, updated: z.array(EntityId), kept: z.array(EntityId) }),
    'Đổi ngày, giờ, địa điểm, chủ trì: các văn bản nháp sửa theo, văn bản đã ban hành giữ nguyên',
  ),
  'events.setChecked': route(z.object({ documentId: EntityId, checked: z.boolean() }).strict(), Ok, 'Đánh dấu văn bản đã kiểm tra (hoặc bỏ dấu)'),
};
