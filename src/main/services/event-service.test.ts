import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bodyText, type BodyNode } from '../../shared/document/body';
import { resolveAttendanceSentences } from '../../shared/attendee/attendance-sentence-node';
import { EVENT_DOCUMENT_KINDS, EventFile } from '../../shared/event/event';
import { appErrorFromZod } from '../../shared/errors/from-zod';
import { checkDocument } from '../../shared/check/check-document';
import { makeServices } from '../../../tests/support/services';
import { seedEventInput, seedEventJson } from '../../../tests/support/event-fixtures';
import type { Services } from './services';

let ctx: ReturnType<typeof makeServices>;
let services: Services;
beforeEach(() => {
  ctx = makeServices();
  services = ctx.services;
});
afterEach(() => ctx.cleanup());

function reportText(id: string): string {
  const doc = services.documents.get(id);
  return bodyText(resolveAttendanceSentences(doc.body, (listId) => services.attendees.find(listId)));
}

function docOf(eventId: string, kind: string) {
  const found = services.events.view(eventId).documents.find((doc) => doc.kind === kind);
  if (!found) throw new Error(`no ${kind}`);
  return services.documents.get(found.id);
}

describe('events: one conference, all its paperwork', () => {
  it('stores the event with its attendee list and parties, and shows it back in the interchange form', () => {
    const { id } = services.events.create(seedEventInput());
    const view = services.events.view(id);
    expect(view.format).toBe('thuky.event/1');
    expect(view.attendees).toHaveLength(10);
    expect(view.attendees[0]).toMatchObject({ honorific: 'Đồng chí', fullName: 'Nguyễn Văn Hùng', group: 'A. ĐẠI BIỂU THÀNH PHỐ' });
    expect(view.pledgeParties).toHaveLength(12);
    expect(view.programmeParties).toHaveLength(8);
    expect(view.documents).toEqual([]);
    // The view is itself a valid event file (round trip).
    const { id: _id, documents: _docs, attendeeListId: _list, partyIds: _ids, createdAt: _c, updatedAt: _u, ...file } = view;
    expect(EventFile.safeParse(file).success).toBe(true);
  });

  it('generates exactly one document of each of the six kinds, and generating again adds nothing', () => {
    const { id } = services.events.create(seedEventInput());
    const first = services.events.generate(id);
    expect(first.map((doc) => doc.kind)).toEqual([...EVENT_DOCUMENT_KINDS]);
    const second = services.events.generate(id);
    expect(second).toEqual(first);
    expect(services.documents.list()).toHaveLength(6);
    expect(services.events.view(id).documents.map((doc) => doc.state)).toEqual(Array(6).fill('draft'));
  });

  it('lists the event’s documents in the order of their kinds, a tin bài made again still second', () => {
    const { id } = services.events.create(seedEventInput());
    services.events.generate(id);
    services.documents.delete(docOf(id, 'article').id);
    expect(services.events.view(id).documents.map((doc) => doc.kind)).not.toContain('article');
    const again = services.events.generate(id);
    expect(again.map((doc) => doc.kind)).toEqual([...EVENT_DOCUMENT_KINDS]);
    expect(services.events.view(id).documents.map((doc) => doc.kind)).toEqual([...EVENT_DOCUMENT_KINDS]);
  });

  it('fills the report from the event: frame date, opening sentence, live attendance, chair, list as Phụ lục', () => {
    const { id } = services.events.create(seedEventInput());
    services.events.generate(id);
    const report = docOf(id, 'report');
    expect(report.frame.date).toBe('2024-01-31');
    expect(report.frame.summary).toBe('Kết quả Hội nghị phát động thi đua và ký kết giao ước thi đua năm 2024');
    const text = reportText(report.id);
    expect(text).toContain('vào lúc 08 giờ 00, ngày 31 tháng 01 năm 2024, tại Hội trường Ủy ban nhân dân phường Thanh Xuân');
    expect(text).toContain('Dự hội nghị có: đồng chí Nguyễn Văn Hùng - Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố Hà Nội;');
    expect(text).toContain('ông Vũ Đức Thắng');
    expect(text).toContain('Đồng chí Nguyễn Thị Thu, Chủ tịch Ủy ban MTTQ Việt Nam phường chủ trì Hội nghị.');
    const attachments = services.attendees.attachmentsFor(report.id);
    expect(attachments).toHaveLength(1);
    expect(attachments[0]!.list.rows).toHaveLength(10);
    // The attendees document owns the same list: an edit in its grid shows in the report's sentence.
    const listDoc = docOf(id, 'attendees');
    const list = services.attendees.getForDocument(listDoc.id);
    expect(list.id).toBe(services.events.get(id).attendeeListId);
    services.attendees.save({ ...list, rows: list.rows.map((row, index) => (index === 1 ? { ...row, fullName: 'Trần Thị Lan Anh' } : row)) });
    expect(reportText(report.id)).toContain('Trần Thị Lan Anh');
  });

  it('gives the pledge its 12 parties (host signs first) and the programme its 8', () => {
    const { id } = services.events.create(seedEventInput());
    services.events.generate(id);
    const pledge = services.pledges.get(docOf(id, 'pledge').id);
    expect(pledge.parties).toHaveLength(12);
    expect(pledge.parties.map((party) => party.authorityLine).every((line) => line.startsWith('TM. '))).toBe(true);
    expect(pledge.signatureOrder[0]).toBe(pledge.parties.find((party) => party.isHost)!.id);
    expect(services.pledges.get(docOf(id, 'program').id).parties).toHaveLength(8);
  });

  it('addresses one invitation to each attendee, and the article carries the date line and attendance', () => {
    const { id } = services.events.create(seedEventInput());
    services.events.generate(id);
    const invitation = docOf(id, 'invitation');
    const addressees = services.events.addresseesFor(invitation.id);
    expect(addressees).toHaveLength(10);
    expect(bodyText(invitation.body)).toContain('Thời gian: 08 giờ 00, ngày 31 tháng 01 năm 2024.');
    const article = docOf(id, 'article');
    expect(article.portal.publishedAt).toBe('2024-01-31T08:00');
    expect(reportText(article.id)).toContain('Dự hội nghị có: đồng chí Nguyễn Văn Hùng');
  });

  it('keeps facts in step: drafts follow a new date, time, venue and chair; an issued document keeps its text', () => {
    const { id } = services.events.create(seedEventInput());
    services.events.generate(id);
    const report = docOf(id, 'report');
    // The clerk edits the report (kept) and issues the programme (a số).
    const edited = { ...report, body: { ...report.body, content: [...report.body.content, { type: 'paragraph' as const, content: [{ type: 'text' as const, text: 'Đoạn thư ký tự viết.' }] }] } };
    services.documents.save(report.id, edited);
    const program = docOf(id, 'program');
    services.documents.save(program.id, { ...program, frame: { ...program.frame, number: '07' } });

    const result = services.events.updateFacts(id, { date: '2024-02-02', time: '14:00', venue: 'Nhà văn hóa phường Thanh Xuân', chair: { name: 'Lê Văn Bình', title: 'Phó Chủ tịch Ủy ban MTTQ Việt Nam phường' } });
    expect(result.kept).toEqual([program.id]);
    expect(result.updated).toHaveLength(5);
    const after = services.documents.get(report.id);
    expect(after.frame.date).toBe('2024-02-02');
    const text = reportText(report.id);
    expect(text).toContain('vào lúc 14 giờ 00, ngày 02 tháng 02 năm 2024, tại Nhà văn hóa phường Thanh Xuân');
    expect(text).toContain('Đồng chí Lê Văn Bình, Phó Chủ tịch Ủy ban MTTQ Việt Nam phường chủ trì Hội nghị.');
    expect(text).not.toContain('31 tháng 01');
    expect(text).toContain('Đoạn thư ký tự viết.');
    expect(docOf(id, 'article').portal.publishedAt).toBe('2024-02-02T14:00');
    expect(bodyText(docOf(id, 'invitation').body)).toContain('Thời gian: 14 giờ 00, ngày 02 tháng 02 năm 2024.');
    // The issued programme is untouched and listed as issued.
    expect(services.documents.get(program.id).body).toEqual(program.body);
    expect(services.events.view(id).documents.find((doc) => doc.id === program.id)?.state).toBe('issued');
    // Regenerating never overwrites an edited document.
    services.events.generate(id);
    expect(reportText(report.id)).toContain('Đoạn thư ký tự viết.');
  });

  it('marks a document checked and back', () => {
    const { id } = services.events.create(seedEventInput());
    const [report] = services.events.generate(id);
    services.events.setChecked(report!.id, true);
    expect(services.events.view(id).documents[0]!.state).toBe('checked');
    services.events.setChecked(report!.id, false);
    expect(services.events.view(id).documents[0]!.state).toBe('draft');
  });

  it('refuses a party whose Dòng ký has two different authorities, naming the field and row', () => {
    const json = seedEventJson() as { pledgeParties: Array<Record<string, unknown>> };
    json.pledgeParties[1] = { ...json.pledgeParties[1], authorityLine: 'TM. KT. Ban Chấp hành Hội Cựu chiến binh phường' };
    const parsed = EventFile.safeParse(json);
    expect(parsed.success).toBe(false);
    const error = appErrorFromZod(parsed.error!, 'hoi-nghi.json');
    expect(error.message).toMatch(/^Dòng ký có hai quyền hạn ký khác nhau \(TM\. và KT\.\)/);
    expect(error.where).toBe('hoi-nghi.json › Dòng ký (giao ước), dòng 2 (pledgeParties.1.authorityLine)');
  });

  it('refuses a bad file with a Vietnamese message naming the field and row, and writes nothing', () => {
    const json = seedEventJson() as { attendees: Array<Record<string, unknown>>; date: string };
    json.attendees[3] = { ...json.attendees[3], fullName: '' };
    const parsed = EventFile.safeParse(json);
    expect(parsed.success).toBe(false);
    expect(() => services.events.updateFacts('01a23ca3-e3b3-743e-847e-d9556884d7c8', { date: '2024-02-30' })).toThrow(/Ngày phải có dạng YYYY-MM-DD/);
    expect(services.events.list()).toEqual([]);
    expect(services.attendees.list()).toEqual([]);
  });
});

describe('events: who signs, in which order, and under which subtitle', () => {
  it('keeps the clerk’s Thứ tự ký when the parties are edited, and a new host goes first', () => {
    const { id } = services.events.create(seedEventInput());
    services.events.generate(id);
    const pledgeId = docOf(id, 'pledge').id;
    const pledge = services.pledges.get(pledgeId);
    // The clerk moves the host to the end of the signing order in the pledge editor.
    const moved = [...pledge.signatureOrder.slice(1), pledge.signatureOrder[0]!];
    services.pledges.save(pledgeId, { parties: pledge.parties, commitments: pledge.commitments, signatureOrder: moved });
    const view = services.events.view(id);
    const edited = view.pledgeParties.map((party, index) => ({ ...party, id: view.partyIds.pledge[index], representative: index === 2 ? 'Hoàng Thị Mai Anh' : party.representative }));
    services.events.setParties(id, 'pledge', edited);
    expect(services.pledges.get(pledgeId).signatureOrder).toEqual(moved);
    // Choosing another host in the event form puts it first, the others keep their order.
    const newHost = edited.map((party, index) => ({ ...party, isHost: index === 3 }));
    services.events.setParties(id, 'pledge', newHost);
    const hostId = view.partyIds.pledge[3]!;
    expect(services.pledges.get(pledgeId).signatureOrder).toEqual([hostId, ...moved.filter((partyId) => partyId !== hostId)]);
  });

  it('names the pledge’s parties in its subtitle, and the subtitle follows the event form until the clerk rewrites it', () => {
    const { id } = services.events.create(seedEventInput());
    services.events.generate(id);
    const pledge = docOf(id, 'pledge');
    // The seed's twelve parties would not fit three lines: the host named, the others counted.
    expect(services.events.view(id).pledgeParties).toHaveLength(12);
    expect(pledge.frame.summary).toBe('Giữa Ủy ban MTTQ Việt Nam phường Thanh Xuân và 11 cơ quan, tổ chức');
    const view = services.events.view(id);
    const withIds = view.pledgeParties.map((party, index) => ({ ...party, id: view.partyIds.pledge[index] }));
    services.events.setParties(id, 'pledge', withIds.slice(0, 3));
    expect(docOf(id, 'pledge').frame.summary).toBe('Giữa Ủy ban MTTQ Việt Nam phường Thanh Xuân và Hội Cựu chiến binh phường Thanh Xuân, Hội Liên hiệp Phụ nữ phường Thanh Xuân');
    const rewritten = 'Giữa Ủy ban MTTQ Việt Nam phường Thanh Xuân và các tổ chức thành viên';
    const current = docOf(id, 'pledge');
    services.documents.save(current.id, { ...current, frame: { ...current.frame, summary: rewritten } });
    services.events.setParties(id, 'pledge', withIds.slice(0, 2));
    expect(docOf(id, 'pledge').frame.summary).toBe(rewritten);
  });

  it('names the programme’s parties in its subtitle, in the event’s year, and follows the event form until the clerk rewrites it', () => {
    const host = { name: 'Ủy ban MTTQ Việt Nam phường Thanh Xuân', representative: 'Nguyễn Văn An', title: 'Chủ tịch', authorityLine: 'TM. BAN THƯỜNG TRỰC', isHost: true };
    const police = { name: 'Công an phường Thanh Xuân', representative: 'Trần Văn Bình', title: 'Trưởng Công an phường', authorityLine: '', isHost: false };
    const input = seedEventInput();
    const { id } = services.events.create({ ...input, programmeParties: [host, police] });
    services.events.generate(id);
    const year = input.date.slice(0, 4);
    expect(docOf(id, 'program').frame.summary).toBe(`Công tác giữa Ủy ban MTTQ Việt Nam phường Thanh Xuân và Công an phường Thanh Xuân năm ${year}`);
    const view = services.events.view(id);
    const withIds = view.programmeParties.map((party, index) => ({ ...party, id: view.partyIds.programme[index] }));
    const youth = { name: 'Đoàn Thanh niên phường Thanh Xuân', representative: 'Lê Thị Cúc', title: 'Bí thư', authorityLine: '', isHost: false };
    services.events.setParties(id, 'programme', [...withIds, youth]);
    expect(docOf(id, 'program').frame.summary).toBe(`Công tác giữa Ủy ban MTTQ Việt Nam phường Thanh Xuân và Công an phường Thanh Xuân, Đoàn Thanh niên phường Thanh Xuân năm ${year}`);
    const rewritten = `Phối hợp bảo đảm an ninh trật tự năm ${year}`;
    const current = docOf(id, 'program');
    services.documents.save(current.id, { ...current, frame: { ...current.frame, summary: rewritten } });
    services.events.setParties(id, 'programme', withIds);
    expect(docOf(id, 'program').frame.summary).toBe(rewritten);
  });

  it('a programme generated with no parties yet takes their names when the event form adds them', () => {
    const { id } = services.events.create({ ...seedEventInput(), programmeParties: [] });
    services.events.generate(id);
    const template = docOf(id, 'program').frame.summary;
    expect(template).toMatch(/^Công tác giữa .+ và các tổ chức thành viên năm \d{4}$/);
    const year = template.slice(-4);
    services.events.setParties(id, 'programme', [
      { name: 'Ủy ban MTTQ Việt Nam phường Thanh Xuân', representative: 'Nguyễn Văn An', title: 'Chủ tịch', authorityLine: 'TM. BAN THƯỜNG TRỰC', isHost: true },
      { name: 'Công an phường Thanh Xuân', representative: 'Trần Văn Bình', title: 'Trưởng Công an phường', authorityLine: '', isHost: false },
    ]);
    expect(docOf(id, 'program').frame.summary).toBe(`Công tác giữa Ủy ban MTTQ Việt Nam phường Thanh Xuân và Công an phường Thanh Xuân năm ${year}`);
  });
});

describe('deleting an event', () => {
  it('takes the event away and leaves every document it made in the store as it was, drafts included, unlinked', () => {
    const { id } = services.events.create(seedEventInput());
    const made = services.events.generate(id);
    const report = docOf(id, 'report');
    // A draft the clerk has been writing in: it must come out of the delete word for word.
    const edited = { ...report.body, content: [...report.body.content, { type: 'paragraph', content: [{ type: 'text', text: 'Đoạn thư ký tự viết thêm.' }] } satisfies BodyNode] };
    services.documents.save(report.id, { title: report.title, frame: report.frame, body: edited, portal: report.portal });
    const before = made.map((doc) => services.documents.get(doc.id));

    expect(services.events.delete(id).unlinked.sort()).toEqual(made.map((doc) => doc.id).sort());

    expect(services.events.list()).toEqual([]);
    expect(() => services.events.view(id)).toThrow('Không tìm thấy hội nghị');
    expect(services.documents.list().map((doc) => doc.id).sort()).toEqual(made.map((doc) => doc.id).sort());
    expect(services.documents.listDeleted()).toEqual([]);
    for (const doc of before) expect(services.documents.get(doc.id)).toEqual(doc);
    expect(bodyText(services.documents.get(report.id).body)).toContain('Đoạn thư ký tự viết thêm.');
    // No longer an event's document; the list document still holds the event's rows.
    expect(() => services.events.setChecked(report.id, true)).toThrow('không thuộc hội nghị nào');
    expect(services.attendees.findForDocument(docOf_(made, 'attendees'))?.rows).toHaveLength(10);
    expect(reportText(report.id)).toContain('Nguyễn Văn Hùng');
    // The giấy mời still addresses everyone on the list, one page each.
    expect(services.events.addresseesFor(docOf_(made, 'invitation'))).toHaveLength(10);
  });

  it('undoes a delete: the event is back with its documents, in step again', () => {
    const { id } = services.events.create(seedEventInput());
    const made = services.events.generate(id).map((doc) => doc.id);
    services.events.delete(id);
    services.events.restore(id);
    expect(services.events.view(id).documents.map((doc) => doc.id)).toEqual(made);
    services.events.updateFacts(id, { venue: 'Hội trường Nhà văn hóa' });
    expect(reportText(docOf(id, 'report').id)).toContain('Hội trường Nhà văn hóa');
    expect(() => services.events.restore(id)).toThrow('Không có hội nghị đã xóa với mã này');
  });

  it('refuses an unknown or already deleted event, and a deleted event takes no more changes', () => {
    const { id } = services.events.create(seedEventInput());
    services.events.delete(id);
    expect(() => services.events.delete(id)).toThrow('Không tìm thấy hội nghị');
    expect(() => services.events.updateFacts(id, { venue: 'Hội trường mới' })).toThrow('Không tìm thấy hội nghị');
    expect(() => services.events.generate(id)).toThrow('Không tìm thấy hội nghị');
    expect(services.documents.list()).toEqual([]);
  });
});

function docOf_(made: ReadonlyArray<{ id: string; kind: string }>, kind: string): string {
  return made.find((doc) => doc.kind === kind)!.id;
}

describe('events: the date each document is issued on', () => {
  const ON_THE_DAY = ['report', 'attendees', 'pledge', 'program'] as const;
  const dateWarning = (docId: string) =>
    checkDocument({ document: services.documents.get(docId), profile: services.profile.get() })
      .filter((finding) => finding.field === 'date')
      .map((finding) => finding.message);
  const dates = (id: string) => Object.fromEntries((['report', 'attendees', 'pledge', 'program', 'invitation'] as const).map((kind) => [kind, docOf(id, kind).frame.date]));

  it('dates the report, the attendee list (who attended that day), pledge and programme the day of the event; the giấy mời stays blank without an issuing date, and the check says so', () => {
    const { id } = services.events.create(seedEventInput());
    services.events.generate(id);
    expect(dates(id)).toEqual({ report: '2024-01-31', attendees: '2024-01-31', pledge: '2024-01-31', program: '2024-01-31', invitation: null });
    expect(dateWarning(docOf(id, 'invitation').id)).toEqual(['Chưa có ngày ban hành: văn thư sẽ phải ghi tay ngày ký']);
    for (const kind of ON_THE_DAY) expect([kind, dateWarning(docOf(id, kind).id)]).toEqual([kind, []]);
  });

  it('dates the giấy mời with the event’s issuing date, which then moves it; a date the clerk typed stays', () => {
    const { id } = services.events.create({ ...seedEventInput(), issueDate: '2024-01-24' });
    expect(services.events.view(id).issueDate).toBe('2024-01-24');
    services.events.generate(id);
    expect(dates(id)).toEqual({ report: '2024-01-31', attendees: '2024-01-31', pledge: '2024-01-31', program: '2024-01-31', invitation: '2024-01-24' });
    // The clerk dates the programme by hand: it keeps that date when the event moves.
    const program = docOf(id, 'program');
    services.documents.save(program.id, { ...program, frame: { ...program.frame, date: '2024-01-30' } });
    services.events.updateFacts(id, { issueDate: '2024-01-25', date: '2024-02-01' });
    expect(dates(id)).toEqual({ report: '2024-02-01', attendees: '2024-02-01', pledge: '2024-02-01', program: '2024-01-30', invitation: '2024-01-25' });
    // Cleared again: back to the blank for hand dating.
    services.events.updateFacts(id, { issueDate: '' });
    expect(docOf(id, 'invitation').frame.date).toBeNull();
  });

  it('an issuing date set later by the event form fills a blank giấy mời', () => {
    const { id } = services.events.create(seedEventInput());
    services.events.generate(id);
    services.events.updateFacts(id, { issueDate: '2024-01-24' });
    expect(docOf(id, 'invitation').frame.date).toBe('2024-01-24');
  });

  it('refuses an issuing date that is no real day, naming the field', () => {
    const parsed = EventFile.safeParse({ ...(seedEventJson() as object), issueDate: '2024-02-30' });
    expect(parsed.success).toBe(false);
    expect(appErrorFromZod(parsed.error!).where).toBe('Ngày ban hành giấy mời (issueDate)');
  });
});
