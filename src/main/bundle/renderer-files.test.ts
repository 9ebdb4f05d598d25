import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../../tests/support/temp-dir';
import { mimeTypeOf, resolveRendererFile } from './renderer-files';

let tmp: ReturnType<typeof makeTempDir>;
let renderer: string;
beforeAll(() => {
  tmp = makeTempDir();
  renderer = path.join(tmp.dir, 'renderer');
  fs.mkdirSync(path.join(renderer, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(renderer, 'index.html'), '<!doctype html>');
  fs.writeFileSync(path.join(renderer, 'assets', 'app.js'), '');
  fs.writeFileSync(path.join(tmp.dir, 'secret.txt'), 'x');
});
afterAll(() => tmp.cleanup());

describe('renderer files', () => {
  it('finds files inside the bundle', () => {
    expect(resolveRendererFile(renderer, '/')).toBe(path.join(renderer, 'index.html'));
    expect(resolveRendererFile(renderer, '/assets/app.js?v=1')).toBe(path.join(renderer, 'assets', 'app.js'));
    expect(mimeTypeOf('a/b.JS')).toBe('text/javascript; charset=utf-8');
  });
  it.each(['/../secret.txt', '/..%2Fsecret.txt', '/%2e%2e/secret.txt', '/assets/../../secret.txt', '/%E0%A4%A', '/missing.js'])('refuses %s', (urlPath) => {
    expect(resolveRendererFile(renderer, urlPath)).toBeNull();
  });
});
