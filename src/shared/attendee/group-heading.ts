/**
 * A group's sub-heading as every copy of a list prints it (Word, the Văn bản tab, HTML): upper case,
 * as "A. ĐẠI BIỂU THÀNH PHỐ" (docs/nd30-rules.md §10.3), whatever case the clerk typed the group in.
 */
export function groupHeading(group: string): string {
  return group.normalize('NFC').trim().toLocaleUpperCase('vi');
}
