/**
 * `thuky event new FILE.json | show ID | generate ID | set ID --date … [--time] [--venue]
 * [--chair] [--chair-title] | export ID --out … | delete ID | undelete ID`: one conference, all its paperwork (docs/event-format.md).
 */
import fs from 'node:fs';
import { EntityId } from '../../shared/attendee/person';
import { DOCUMENT_STATE_LABELS_VI, type EventFactsPatch } from '../../shared/event/event';
import { kindOf } from '../../shared/document/kinds';
import { AppError } from '../../shared/errors/app-error';
import { appErrorFromZod } from '../../shared/errors/from-zod';
import { formatNd30Date } from '../../shared/text/nd30-date';
import { readEventFile } from '../import/event-file';
import type { Services } from '../services/services';
import type { CliArgs } from './args';
import type { Print } from './print';

export const EVENT_USAGE = 'thuky event new TỆP.json | show ID | generate ID | set ID --date YYYY-MM-DD [--time HH:mm] [--venue …] | export ID --out THƯ-MỤC | delete ID | undelete ID';

function eventId(args: CliArgs, usage: string): string {
  const id = args.positionals[1];
  if (!id) throw new AppError('invalid_input', `Thiếu mã hội nghị. Cách dùng: ${usage}`, { where: 'tham số' });
  const parsed = EntityId.safeParse(id);
  if (!parsed.success) throw appErrorFromZod(parsed.error, `mã "${id}"`);
  return parsed.data;
}

function newEvent(services: Services, args: CliArgs, print: Print): void {
  const file = args.positionals[1];
  if (!file) throw new AppError('invalid_input', 'Thiếu tệp hội nghị. Cách dùng: thuky event new TỆP.json [--json]', { where: 'tham số' });
  const { id } = services.events.create(readEventFile(file, (mime, bytes) => services.images.put(mime, bytes)));
  print(args.values.json ? JSON.stringify({ id }) : id);
}

function showEvent(services: Services, args: CliArgs, print: Print): void {
  const event = services.events.view(eventId(args, 'thuky event show ID [--json]'));
  if (args.values.json) return print(JSON.stringify(event, null, 2));
  print(`${event.title}  ${event.id}`);
  print(`Thời gian: ${event.time ? `${event.time}, ` : ''}${formatNd30Date(event.date)}`);
  print(`Địa điểm: ${event.venue || '(chưa có)'}`);
  if (event.chair.name) print(`Chủ trì: ${[event.chair.name, event.chair.title].filter(Boolean).join(', ')}`);
  print(`Đại biểu: ${event.attendees.length}; các bên giao ước: ${event.pledgeParties.length}; các bên chương trình phối hợp: ${event.programmeParties.length}`);
  if (event.documents.length === 0) return print('Chưa tạo văn bản nào (thuky event generate ID).');
  print('Văn bản:');
  for (const doc of event.documents) print(`  ${doc.id}  ${kindOf(doc.kind).label.vi.padEnd(22)} ${DOCUMENT_STATE_LABELS_VI[doc.state].padEnd(12)} ${doc.title}`);
}

function generateEvent(services: Services, args: CliArgs, print: Print): void {
  const id = eventId(args, 'thuky event generate ID [--json]');
  const before = new Set(services.events.view(id).documents.map((doc) => doc.id));
  const documents = services.events.generate(id);
  if (args.values.json) return print(JSON.stringify(documents.map(({ id: docId, kind, title }) => ({ id: docId, kind, title }))));
  for (const doc of documents) print(`${doc.id}  ${kindOf(doc.kind).label.vi.padEnd(22)} ${before.has(doc.id) ? 'đã có' : 'mới  '}  ${doc.title}`);
}

function setEvent(services: Services, args: CliArgs, print: Print): void {
  const id = eventId(args, 'thuky event set ID --date YYYY-MM-DD [--time HH:mm] [--venue …]');
  const { date, 'issue-date': issueDate, time, venue, chair, 'chair-title': chairTitle } = args.values;
  const patch: EventFactsPatch = {
    ...(date !== undefined ? { date } : {}),
    // --issue-date "" clears it: the giấy mời goes back to a blank date for hand dating.
    ...(issueDate !== undefined ? { issueDate } : {}),
    ...(time !== undefined ? { time } : {}),
    ...(venue !== undefined ? { venue } : {}),
  };
  if (chair !== undefined || chairTitle !== undefined) {
    const current = services.events.get(id).chair;
    patch.chair = { name: chair ?? current.name, title: chairTitle ?? current.title };
  }
  if (Object.keys(patch).length === 0) throw new AppError('invalid_input', 'Không có gì để đổi: cần ít nhất một trong --date, --issue-date, --time, --venue, --chair, --chair-title', { where: 'tham số' });
  const result = services.events.updateFacts(id, patch);
  if (args.values.json) return print(JSON.stringify({ id, updated: result.updated, kept: result.kept }));
  print(`Đã cập nhật hội nghị; ${result.updated.length} văn bản nháp được sửa theo.`);
  for (const kept of result.kept) print(`Giữ nguyên (đã ban hành): ${kept}`);
}

/** The event goes; its documents stay in the store as they are (docs/event-format.md, "Deleting an event"). */
function deleteEvent(services: Services, args: CliArgs, print: Print): void {
  const id = eventId(args, 'thuky event delete ID [--json]');
  const title = services.events.get(id).title;
  const { unlinked } = services.events.delete(id);
  if (args.values.json) return print(JSON.stringify({ id, unlinked }));
  print(`Đã xóa hội nghị «${title}».${unlinked.length ? ` ${unlinked.length} văn bản của hội nghị vẫn giữ nguyên trong danh sách văn bản (thuky list).` : ''}`);
}

function undeleteEvent(services: Services, args: CliArgs, print: Print): void {
  const id = eventId(args, 'thuky event undelete ID');
  services.events.restore(id);
  print(`Đã khôi phục hội nghị «${services.events.get(id).title}».`);
}

/** Every document of the event as Word, HTML and PDF in a new folder inside --out; Ctrl+C cancels and leaves nothing. */
async function exportEvent(services: Services, args: CliArgs, print: Print): Promise<void> {
  const id = eventId(args, 'thuky event export ID --out THƯ-MỤC [--json]');
  const out = args.values.out;
  if (!out) throw new AppError('invalid_input', 'Thiếu --out THƯ-MỤC (thư mục sẽ chứa thư mục xuất của hội nghị)', { where: '--out' });
  fs.mkdirSync(out, { recursive: true });
  const controller = new AbortController();
  const abort = () => controller.abort();
  process.once('SIGINT', abort);
  try {
    const { exportEventFolder } = await import('../export/event-export');
    const result = await exportEventFolder(services, id, out, {
      signal: controller.signal,
      onProgress: ({ done, total, current }) => {
        if (!args.values.json && current) process.stderr.write(`[${done + 1}/${total}] ${current}\n`);
      },
    });
    if (args.values.json) return print(JSON.stringify(result));
    print(`Đã xuất ${result.files.length} tệp của ${result.documents} văn bản vào ${result.folder}${result.pdf ? ` (PDF dàn trang bởi ${result.pdf})` : ''}.`);
    for (const note of result.notes) print(`Lưu ý: ${note}`);
    for (const problem of result.problems) print(`Còn thiếu: ${problem}`);
  } finally {
    process.removeListener('SIGINT', abort);
  }
}

const SUBCOMMANDS: Record<string, (services: Services, args: CliArgs, print: Print) => void | Promise<void>> = {
  new: newEvent,
  show: showEvent,
  generate: generateEvent,
  set: setEvent,
  export: exportEvent,
  delete: deleteEvent,
  undelete: undeleteEvent,
};

export async function eventCommand(services: Services, args: CliArgs, print: Print): Promise<void> {
  const sub = args.positionals[0];
  const run = sub ? SUBCOMMANDS[sub] : undefined;
  if (!run) throw new AppError('invalid_input', `Lệnh event không hợp lệ${sub ? `: "${sub}"` : ''}. Cách dùng: ${EVENT_USAGE}`, { where: 'tham số' });
  await run(services, args, print);
}
