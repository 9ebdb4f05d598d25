/**
 * Estimated printed width of a line in Times New Roman, for the rules that must match a text's
 * length (ND30 PL I §II.1.b: the line under the Tiêu ngữ is as long as the Tiêu ngữ; §II.2.b and
 * §II.5.b: 1/3–1/2 of the line above). Main has no canvas, so widths come from the Times advance
 * widths (1/1000 em, Adobe Times-Roman/Times-Bold AFM) of the base letter; Vietnamese marks sit
 * above or below the letter and do not widen it. Liberation Serif shares these metrics.
 */
const REGULAR: Record<string, number> = {
  a: 444, b: 500, c: 444, d: 500, e: 444, f: 333, g: 500, h: 500, i: 278, j: 278, k: 500, l: 278, m: 778,
  n: 500, o: 500, p: 500, q: 500, r: 333, s: 389, t: 278, u: 500, v: 500, w: 722, x: 500, y: 500, z: 444,
  A: 722, B: 667, C: 667, D: 722, E: 611, F: 556, G: 722, H: 722, I: 333, J: 389, K: 722, L: 611, M: 889,
  N: 722, O: 722, P: 556, Q: 722, R: 667, S: 556, T: 611, U: 722, V: 722, W: 944, X: 722, Y: 722, Z: 611,
};
const BOLD: Record<string, number> = {
  a: 500, b: 556, c: 444, d: 556, e: 444, f: 333, g: 500, h: 556, i: 278, j: 333, k: 556, l: 278, m: 833,
  n: 556, o: 500, p: 556, q: 556, r: 444, s: 389, t: 333, u: 556, v: 500, w: 722, x: 500, y: 500, z: 444,
  A: 722, B: 667, C: 722, D: 722, E: 667, F: 611, G: 778, H: 778, I: 389, J: 500, K: 778, L: 667, M: 944,
  N: 722, O: 778, P: 611, Q: 778, R: 722, S: 556, T: 667, U: 722, V: 722, W: 1000, X: 722, Y: 722, Z: 667,
};
const PUNCTUATION: Record<string, number> = { ' ': 250, '-': 333, '.': 250, ',': 250, ':': 333, ';': 333, '/': 278, '(': 333, ')': 333 };
const DIGIT = 500;
const FALLBACK = 500;

/** Letter without Vietnamese marks: "Độ" → "Do"; đ/Đ map to d/D (their widths in Times). */
function baseLetter(char: string): string {
  if (char === 'đ') return 'd';
  if (char === 'Đ') return 'D';
  return char.normalize('NFD').charAt(0);
}

/** Width in twips of `text` set in Times New Roman at `sizeHalfPt`. */
export function estimateTextWidthTwips(text: string, sizeHalfPt: number, bold: boolean): number {
  const table = bold ? BOLD : REGULAR;
  let units = 0;
  for (const char of text.normalize('NFC')) {
    const base = baseLetter(char);
    units += table[base] ?? PUNCTUATION[base] ?? (/\d/.test(base) ? DIGIT : FALLBACK);
  }
  // units/1000 em × size pt × 20 twips/pt; size in half-points is 2 × pt.
  return Math.round((units / 1000) * (sizeHalfPt / 2) * 20);
}
