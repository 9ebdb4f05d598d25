import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isAppError } from '../../shared/errors/app-error';
import { makeTempDir } from '../../../tests/support/temp-dir';
import { writeFileAtomic } from './atomic-write';

let tmp: ReturnType<typeof makeTempDir>;
beforeEach(() => {
  tmp = makeTempDir('thuky-atomic-');
});
afterEach(() => tmp.cleanup());

describe('atomic write', () => {
  it('writes the bytes and leaves no temporary file', () => {
    const target = path.join(tmp.dir, 'bao-cao.docx');
    writeFileAtomic(target, new Uint8Array([1, 2, 3]));
    expect([...fs.readFileSync(target)]).toEqual([1, 2, 3]);
    expect(fs.readdirSync(tmp.dir)).toEqual(['bao-cao.docx']);
  });

  it('replaces an existing file whole', () => {
    const target = path.join(tmp.dir, 'bao-cao.docx');
    fs.writeFileSync(target, 'cũ');
    writeFileAtomic(target, new TextEncoder().encode('mới'));
    expect(fs.readFileSync(target, 'utf8')).toBe('mới');
  });

  it('fails with an io error naming the file, leaving nothing behind', () => {
    const target = path.join(tmp.dir, 'khong-co-thu-muc', 'bao-cao.docx');
    let caught: unknown;
    try {
      writeFileAtomic(target, new Uint8Array([1]));
    } catch (error) {
      caught = error;
    }
    expect(isAppError(caught) && caught.code).toBe('io');
    expect(isAppError(caught) && caught.message).toContain(target);
    expect(fs.readdirSync(tmp.dir)).toEqual([]);
  });

  it('keeps the old file when the rename cannot happen', () => {
    // A directory in the target's place: the temp file is written, the rename fails, the temp goes.
    const target = path.join(tmp.dir, 'la-thu-muc');
    fs.mkdirSync(target);
    fs.writeFileSync(path.join(target, 'x'), 'giữ');
    expect(() => writeFileAtomic(target, new Uint8Array([1]))).toThrow(/Không ghi được tệp/);
    expect(fs.readdirSync(tmp.dir)).toEqual(['la-thu-muc']);
    expect(fs.readFileSync(path.join(target, 'x'), 'utf8')).toBe('giữ');
  });
});
