/**
 * The renderer's index.html carries the CSP as a meta tag too (for any door that forgets the header);
 * it must say what src/shared/ipc/csp.ts says. frame-ancestors is header-only (ignored in a meta tag).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RENDERER_CSP } from '../src/shared/ipc/csp';

const HEADER_ONLY = new Set(['frame-ancestors', 'report-uri', 'sandbox']);

function directives(policy: string): string[] {
  return policy
    .split(';')
    .map((part) => part.trim().replace(/\s+/g, ' '))
    .filter((part) => part && !HEADER_ONLY.has(part.split(' ')[0]!))
    .sort();
}

describe('renderer CSP meta tag', () => {
  it('matches RENDERER_CSP', () => {
    const html = fs.readFileSync(path.resolve(__dirname, '../src/renderer/index.html'), 'utf8');
    const match = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html);
    expect(match, 'index.html has no CSP meta tag').not.toBeNull();
    expect(directives(match![1]!)).toEqual(directives(RENDERER_CSP));
  });
});
