/**
 * Every Markdown file a source comment cites is in the repository, so a reader of the code can
 * follow it (the Decree 30 rule book and the UI conventions live in docs/).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '..');
const SOURCE_DIRS = ['src', 'tests', 'bench', 'scripts', 'bin'];
const SOURCE_FILE = /\.(?:ts|tsx|js|mjs|cjs|css)$/;
const CITATION = /[\w./-]+\.md\b/g;

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(full);
    return SOURCE_FILE.test(entry.name) ? [full] : [];
  });
}

/** A citation names a file from the repository root (as docs/ files are cited) or beside the citing file. */
function exists(citation: string, from: string): boolean {
  return [path.join(ROOT, citation), path.join(path.dirname(from), citation)].some((candidate) => fs.existsSync(candidate));
}

describe('cited Markdown files', () => {
  const files = SOURCE_DIRS.flatMap((dir) => sourceFiles(path.join(ROOT, dir)));

  it('finds the sources and the citations it checks', () => {
    expect(files.length).toBeGreaterThan(100);
    const cited = files.flatMap((file) => fs.readFileSync(file, 'utf8').match(CITATION) ?? []);
    expect(cited).toContain('docs/nd30-rules.md');
    expect(cited).toContain('docs/ui-conventions.md');
  });

  it('every .md a source file cites exists in the repository', () => {
    const missing = files.flatMap((file) =>
      (fs.readFileSync(file, 'utf8').match(CITATION) ?? []).filter((citation) => !exists(citation, file)).map((citation) => `${path.relative(ROOT, file)}: ${citation}`),
    );
    expect(missing).toEqual([]);
  });
});
