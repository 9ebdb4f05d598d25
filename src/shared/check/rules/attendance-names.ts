/**
 * An attendance sentence that names nobody ("Dự hội nghị có: 53 đại biểu."): a report names at
 * least the leading guests. Checks the live sentence node (through its list) and the same sentence
 * typed or frozen as text.
 */
import { attendanceSentenceAttrs, attendanceSentenceText } from '../../attendee/attendance-sentence-node';
import { buildAttendanceSentence } from '../../attendee/attendance-sentence';
import { leavesOfType, textBlocks } from '../body-blocks';
import type { CheckRule } from '../check-input';
import type { Finding } from '../finding';

/** "Dự hội nghị có: 53 đại biểu." / "Tham dự hội nghị có … đại biểu" with no one named. */
const NAMELESS = /(?:tham\s+)?dự\s+hội\s+nghị\s+có\s*:?\s*(?:\d+|…|\.{3})\s*đại\s+biểu\s*\.?$/iu;
const MESSAGE = 'Câu thành phần dự hội nghị chưa nêu tên đại biểu nào: chọn người được nêu tên (hoặc ghi thứ tự ưu tiên trong danh sách)';

export const attendanceNamesRule: CheckRule = ({ document, attendeeLists }) => {
  const findings: Finding[] = [];
  for (const { node, pos } of leavesOfType(document.body, 'attendanceSentence')) {
    const attrs = attendanceSentenceAttrs(node);
    const list = attrs.listId && attendeeLists ? attendeeLists(attrs.listId) : undefined;
    const text = attendeeLists ? attendanceSentenceText(attrs, attendeeLists) : (attrs.frozenText ?? '');
    const nameless = attrs.frozenText === null && list ? buildAttendanceSentence(list.rows, attrs.leadingRowIds ? { leadingRowIds: attrs.leadingRowIds } : {}).namedCount === 0 : NAMELESS.test(text.trim());
    if (nameless) findings.push({ kind: 'attendance-names', message: MESSAGE, text, from: pos, to: pos + 1 });
  }
  for (const block of textBlocks(document.body)) {
    const trimmed = block.text.trim();
    if (NAMELESS.test(trimmed)) {
      const index = block.text.indexOf(trimmed);
      findings.push({ kind: 'attendance-names', message: MESSAGE, text: trimmed, from: block.start + index, to: block.start + index + trimmed.length });
    }
  }
  return findings;
};
