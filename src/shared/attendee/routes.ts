/**
 * Routes for attendee lists, the people directory and the report's attendance sentence; spread into
 * the one contract (src/shared/ipc/contract.ts) so the table stays the single source.
 */
import { z } from 'zod';
import { nfcString } from '../text/nfc';
import { route } from '../ipc/route';
import { AttendeeList, AttendeeListContent } from './attendee-list';
import { AttendeeRowChanges } from './row-diff';
import { ColumnMapping, ImportIssue, ImportPreview } from './import-preview';
import { EntityId, Person, PersonInput } from './person';

const Ok = z.object({ ok: z.literal(true) });
const FileBytes = { fileName: nfcString().trim().min(1, 'Thiếu tên tệp').max(260), dataBase64: z.string().min(1, 'Tệp rỗng').max(30_000_000, 'Tệp quá lớn (tối đa 20 MB)') };

export const AttendeeListSummary = z.object({ id: EntityId, documentId: EntityId.nullable(), name: z.string(), rowCount: z.number().int(), updatedAt: z.string() });

export const ATTENDEE_EXPORT_FORMATS = ['xlsx', 'csv', 'docx', 'html'] as const;

export const attendeeRoutes = {
  'attendees.list': route(z.object({}).strict(), z.array(AttendeeListSummary), 'Các danh sách đại biểu'),
  'attendees.get': route(
    z.union([z.object({ listId: EntityId }).strict(), z.object({ documentId: EntityId }).strict()]),
    AttendeeList,
    'Mở danh sách đại biểu (theo mã danh sách hoặc mã văn bản)',
  ),
  'attendees.save': route(AttendeeListContent, z.object({ updatedAt: z.string() }), 'Lưu danh sách đại biểu (toàn bộ các dòng)'),
  'attendees.saveRows': route(
    AttendeeRowChanges,
    z.object({ updatedAt: z.string() }),
    'Lưu danh sách đại biểu: chỉ các dòng thêm, sửa, xóa và thứ tự mới (từ lần lưu trước; danh sách đã đổi ở nơi khác → xung đột)',
  ),
  'attendees.import': route(
    z.object({ ...FileBytes, mapping: ColumnMapping.optional(), commit: z.boolean().default(false), title: nfcString().trim().max(300).optional() }).strict(),
    z.object({
      preview: ImportPreview,
      committed: z.object({ documentId: EntityId, listId: EntityId, rowCount: z.number().int(), warnings: z.array(ImportIssue) }).nullable(),
    }),
    'Nhập từ Excel/CSV: xem trước (lỗi theo dòng), rồi nhập tất cả hoặc không nhập gì',
  ),
  'attendees.export': route(
    z.object({ listId: EntityId, format: z.enum(ATTENDEE_EXPORT_FORMATS, { message: 'Chỉ xuất được xlsx, csv, docx hoặc html' }) }).strict(),
    z.object({ fileName: z.string(), dataBase64: z.string() }),
    'Xuất danh sách ra Excel, CSV, Word (Danh sách độc lập; làm Phụ lục thì xuất văn bản đính kèm) hoặc bảng HTML cho cổng thông tin',
  ),
  'attendees.attachments': route(
    z.object({ documentId: EntityId }).strict(),
    z.array(z.object({ listId: EntityId, name: z.string(), rowCount: z.number().int(), frozen: z.boolean() })),
    'Các danh sách đính kèm văn bản (phụ lục)',
  ),
  'attendees.attach': route(
    z.object({ documentId: EntityId, listId: EntityId, action: z.enum(['attach', 'detach', 'freeze', 'unfreeze']) }).strict(),
    Ok,
    'Đính kèm danh sách làm phụ lục, bỏ đính kèm, cố định hoặc bỏ cố định bản sao',
  ),
  'people.list': route(z.object({}).strict(), z.array(Person), 'Danh bạ đại biểu'),
  'people.save': route(PersonInput, z.object({ person: Person, possibleDuplicates: z.array(Person) }), 'Lưu một người trong danh bạ'),
  'people.addFromList': route(
    z.object({ listId: EntityId }).strict(),
    z.object({ added: z.number().int(), linked: z.number().int(), updatedAt: z.string() }),
    'Đưa những người trong danh sách vào danh bạ (trùng tên không dấu và đơn vị thì nối với người đã có)',
  ),
  'people.delete': route(z.object({ id: EntityId }).strict(), Ok, 'Xóa một người khỏi danh bạ'),
  'reports.attendanceSentence': route(
    z.object({ listId: EntityId, leadingRowIds: z.array(z.string().max(64)).max(500).optional() }).strict(),
    z.object({ text: z.string(), html: z.string(), namedCount: z.number().int(), countedCount: z.number().int(), presentCount: z.number().int() }),
    'Câu "Dự hội nghị có: …" từ danh sách đại biểu',
  ),
};
