/**
 * Honorifics split off the name ("Đ/c Nguyễn Văn A" → "Đồng chí" + "Nguyễn Văn A"): the list's name
 * column holds only the name (ND30 PL I §II.7.c keeps titles out of names); the honorific comes back
 * in the attendance sentence.
 */
import { toNfc } from '../text/nfc';

/** Spelled forms (lower case, NFC) → canonical honorific. Longest first so "thượng tọa" beats shorter ones. */
const HONORIFICS: ReadonlyArray<readonly [string, string]> = [
  ['hòa thượng', 'Hòa thượng'],
  ['hoà thượng', 'Hòa thượng'],
  ['thượng tọa', 'Thượng tọa'],
  ['thượng toạ', 'Thượng tọa'],
  ['đại đức', 'Đại đức'],
  ['linh mục', 'Linh mục'],
  ['mục sư', 'Mục sư'],
  ['ni sư', 'Ni sư'],
  ['đồng chí', 'Đồng chí'],
  ['đ/c', 'Đồng chí'],
  ['đ.c', 'Đồng chí'],
  ['đc.', 'Đồng chí'],
  ['ông', 'Ông'],
  ['bà', 'Bà'],
  ['anh', 'Anh'],
  ['chị', 'Chị'],
  ['cụ', 'Cụ'],
];

export interface SplitName {
  honorific: string;
  fullName: string;
}

/**
 * Splits a leading honorific off a name cell. Only when at least two words of name remain, so a
 * one-word cell or a name that is only an honorific stays as typed.
 */
export function splitHonorific(cell: string): SplitName {
  const text = toNfc(cell).replace(/\s+/g, ' ').trim();
  const lower = text.toLocaleLowerCase('vi');
  for (const [spelled, canonical] of HONORIFICS) {
    if (!lower.startsWith(spelled)) continue;
    const rest = text.slice(spelled.length);
    // The honorific must end at a word boundary ("Anh" must not eat "Anhđào").
    if (rest !== '' && !/^[\s.:,]/.test(rest)) continue;
    const name = rest.replace(/^[\s.:,]+/, '').trim();
    if (name.split(' ').length < 2) continue;
    return { honorific: canonical, fullName: name };
  }
  return { honorific: '', fullName: text };
}

/** How the honorific reads inside a sentence ("đồng chí Nguyễn Văn A"); default is "đồng chí" (MTTQ usage). */
export function honorificInSentence(honorific: string): string {
  const value = honorific.trim() || 'đồng chí';
  return value.charAt(0).toLocaleLowerCase('vi') + value.slice(1);
}
