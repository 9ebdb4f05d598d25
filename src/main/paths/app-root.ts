/** The package root (where templates/ lives), found from this file whether run from src or out. */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

let cached: string | undefined;

export function appRoot(): string {
  if (cached) return cached;
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = path.join(dir, 'package.json');
    if (fs.existsSync(manifest) && fs.existsSync(path.join(dir, 'templates'))) return (cached = dir);
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('thuky: package root with templates/ not found');
    dir = parent;
  }
}

export function templatesDir(): string {
  return path.join(appRoot(), 'templates');
}
