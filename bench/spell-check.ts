// Spell check while typing (issue 15): the cost of one keystroke in the editor's spell-check plugin —
// the transaction's decorations mapped, and the touched paragraph checked again — on the real
// article repeated to a long document. Target: under 1 ms per paragraph typed.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { getSchema } from '@tiptap/core';
import { Node as PmNode } from '@tiptap/pm/model';
import { EditorState, Plugin } from '@tiptap/pm/state';
import type { DecorationSet } from '@tiptap/pm/view';
import { bodySchemaExtensions } from '../src/renderer/src/editor/body-schema';
import { spellCheckKey, spellDecorations, updateSpellDecorations } from '../src/renderer/src/editor/spell-check';
import { unknownWords } from '../src/shared/text/spelling/spell-check';

const here = path.dirname(fileURLToPath(import.meta.url));
const lines = fs
  .readFileSync(path.join(here, '../tests/fixtures/thanh-xuan-2024-conference-article.txt'), 'utf8')
  .split('\n')
  .filter((line) => line.trim());
const paragraphs = Array.from({ length: 20 }, () => lines).flat();
const schema = getSchema(bodySchemaExtensions());
const doc = PmNode.fromJSON(schema, { type: 'doc', content: paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })) });
const plugin = new Plugin<DecorationSet>({
  key: spellCheckKey,
  state: { init: (_c, s) => spellDecorations(s.doc), apply: (tr, set) => updateSpellDecorations(set, tr) },
});

let t0 = performance.now();
unknownWords('khởi động');
console.log(`syllable table built on first use: ${(performance.now() - t0).toFixed(1)} ms`);

t0 = performance.now();
let state = EditorState.create({ doc, plugins: [plugin] });
console.log(`whole document checked (${paragraphs.length} paragraphs, ${doc.textContent.length} characters): ${(performance.now() - t0).toFixed(1)} ms`);

// Type into the middle of a long paragraph, one character per transaction.
const target = Math.floor(paragraphs.length / 2);
let pos = 0;
doc.forEach((node, offset, index) => {
  if (index === target) pos = offset + 1 + Math.floor(node.content.size / 2);
});
const typed = ' tổng kết công tác năm ';
const keystrokes = 2000;
const times: number[] = [];
for (let i = 0; i < keystrokes; i++) {
  const ch = typed[i % typed.length] ?? ' ';
  const start = performance.now();
  state = state.apply(state.tr.insertText(ch, pos));
  times.push(performance.now() - start);
  pos += ch.length;
}
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)] ?? 0;
const p95 = times[Math.floor(times.length * 0.95)] ?? 0;
console.log(`per keystroke (${keystrokes}, paragraph grows to ${state.doc.child(target).textContent.length} characters): median ${median.toFixed(3)} ms, p95 ${p95.toFixed(3)} ms — target < 1 ms per paragraph typed`);
process.exitCode = median < 1 ? 0 : 1;
