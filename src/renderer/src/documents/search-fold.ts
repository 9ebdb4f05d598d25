/** Title filter in the sidebar: case- and tone-mark-insensitive, with đ folded to d (FTS does not fold it). */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLocaleLowerCase('vi');
}
