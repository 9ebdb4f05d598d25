/**
 * A report's attendance sentence is a live reference to a list: every door (Word, portal HTML and
 * text, the CLI page, search, `thuky show`) shows the list as it reads now, or the frozen text.
 */
import fs from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeServices } from '../../../../tests/support/services';
import { attendanceSentenceNode, MISSING_LIST_TEXT } from '../../../shared/attendee/attendance-sentence-node';
import { emptyRow, type AttendeeList } from '../../../shared/attendee/attendee-list';
import type { BodyNode } from '../../../shared/document/body';
import { DEFAULT_PORTAL_HTML_OPTIONS } from '../../../shared/export/portal-html-options';
import { showCommand } from '../../cli/document-commands';
import { exportHtmlCommand } from '../../cli/export-html-command';

let env: ReturnType<typeof makeServices>;
beforeEach(() => {
  env = makeServices();
});
afterEach(() => env.cleanup());

/** An attendees document with two ranked guests and one other; returns the saved list. */
function makeList(): AttendeeList {
  const owner = env.services.documents.create('danh-sach-dai-bieu', 'Danh sách đại biểu Hội nghị thi đua');
  const list = env.services.attendees.getForDocument(owner.id);
  env.services.attendees.save({
    ...list,
    rows: [
      { ...emptyRow('a', 0), honorific: 'Đồng chí', fullName: 'Nguyễn Văn Khải', title: 'Chủ tịch', unit: 'Ủy ban MTTQ Việt Nam quận Thanh Xuân', protocolRank: 1 },
      { ...emptyRow('b', 1), honorific: 'Bà', fullName: 'Trần Thị Quyên', title: 'Giám đốc', unit: 'Công ty X', protocolRank: 2 },
      { ...emptyRow('c', 2), fullName: 'Lê Văn Cường' },
    ],
  });
  return env.services.attendees.get(list.id);
}

function renameGuest(list: AttendeeList, rowId: string, fullName: string): void {
  const current = env.services.attendees.get(list.id);
  const { updatedAt: _ignored, ...content } = current;
  env.services.attendees.save({ ...content, rows: current.rows.map((row) => (row.id === rowId ? { ...row, fullName } : row)) });
}

/** A report whose body holds the sentence node between two paragraphs. */
function makeReport(sentence: BodyNode): string {
  const report = env.services.documents.create('bao-cao-ket-qua-hoi-nghi', 'Báo cáo kết quả Hội nghị thi đua');
  setSentence(report.id, sentence);
  return report.id;
}

function setSentence(reportId: string, sentence: BodyNode): void {
  const doc = env.services.documents.get(reportId);
  const body = { type: 'doc' as const, content: [{ type: 'paragraph' as const, content: [{ type: 'text', text: 'Sáng ngày 15/3, Hội nghị đã diễn ra.' } as BodyNode] }, sentence] };
  env.services.documents.save(reportId, { title: doc.title, frame: doc.frame, body, portal: doc.portal });
}

async function wordText(reportId: string): Promise<string> {
  const xml = strFromU8(unzipSync((await env.services.exports.word(reportId)).bytes)['word/document.xml']!);
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1]).join('');
}

function portal(reportId: string): { html: string; text: string } {
  return env.services.exports.portal(reportId, DEFAULT_PORTAL_HTML_OPTIONS);
}

function show(reportId: string): string {
  const lines: string[] = [];
  showCommand(env.services, { command: 'show', positionals: [reportId], values: {} }, (line) => lines.push(line));
  return lines.join('\n');
}

describe('attendance sentence as a live reference', () => {
  it('Word, portal, CLI page, show and search follow edits to the list', async () => {
    const list = makeList();
    const reportId = makeReport(attendanceSentenceNode({ listId: list.id, leadingRowIds: null, frozenText: null }));
    const before = 'Dự hội nghị có: đồng chí Nguyễn Văn Khải - Chủ tịch Ủy ban MTTQ Việt Nam quận Thanh Xuân; bà Trần Thị Quyên - Giám đốc Công ty X và 1 đại biểu khác.';
    expect(await wordText(reportId)).toContain(before);
    expect(portal(reportId).text).toContain(before);
    expect(show(reportId)).toContain(before);
    expect(env.services.search.query('Quyên').map((hit) => hit.id)).toContain(reportId);

    renameGuest(list, 'b', 'Trần Thị Diệp');
    const word = await wordText(reportId);
    expect(word).toContain('bà Trần Thị Diệp - Giám đốc Công ty X');
    expect(word).not.toContain('Quyên');
    const { html, text } = portal(reportId);
    expect(html).toContain('<p>Dự hội nghị có: đồng chí Nguyễn Văn Khải');
    expect(html).toContain('Trần Thị Diệp');
    expect(text).not.toContain('Quyên');
    expect(show(reportId)).toContain('Trần Thị Diệp');
    // The list's save re-indexes the report quoting it.
    expect(env.services.search.query('Diệp').map((hit) => hit.id)).toContain(reportId);
    expect(env.services.search.query('Quyên').map((hit) => hit.id)).not.toContain(reportId);

    const out = path.join(env.dir, 'bao-cao.html');
    exportHtmlCommand(env.services, { command: 'export', positionals: [reportId], values: { out, format: 'html' } }, () => {}, reportId);
    expect(fs.readFileSync(out, 'utf8')).toContain('bà Trần Thị Diệp - Giám đốc Công ty X');
  });

  it('names only the chosen guests', async () => {
    const list = makeList();
    const reportId = makeReport(attendanceSentenceNode({ listId: list.id, leadingRowIds: ['b'], frozenText: null }));
    const word = await wordText(reportId);
    // The chosen guest first; the one chair not chosen is still named, not hidden among "đại biểu khác".
    expect(word).toContain('Dự hội nghị có: bà Trần Thị Quyên - Giám đốc Công ty X; đồng chí Nguyễn Văn Khải - Chủ tịch Ủy ban MTTQ Việt Nam quận Thanh Xuân và 1 đại biểu khác.');
  });

  it('keeps the frozen text after the list changes, and shows a placeholder for a deleted list', async () => {
    const list = makeList();
    const frozenText = 'Dự hội nghị có: đồng chí Nguyễn Văn Khải - Chủ tịch Ủy ban MTTQ Việt Nam quận Thanh Xuân; bà Trần Thị Quyên - Giám đốc Công ty X và 1 đại biểu khác.';
    const reportId = makeReport(attendanceSentenceNode({ listId: list.id, leadingRowIds: null, frozenText }));
    renameGuest(list, 'b', 'Trần Thị Diệp');
    const word = await wordText(reportId);
    expect(word).toContain(frozenText);
    expect(word).not.toContain('Diệp');
    expect(portal(reportId).html).toContain('Trần Thị Quyên');
    expect(portal(reportId).html).not.toContain('Diệp');

    setSentence(reportId, attendanceSentenceNode({ listId: '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b', leadingRowIds: null, frozenText: null }));
    expect(await wordText(reportId)).toContain(MISSING_LIST_TEXT);
    expect(portal(reportId).text).toContain(MISSING_LIST_TEXT);
  });
});
