import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../../tests/support/temp-dir';
import { localImageReader } from './local-image';

const tmp = makeTempDir('thuky-local-image-');
afterAll(() => tmp.cleanup());
const PNG = fs.readFileSync(path.resolve(__dirname, '../../../tests/fixtures/tiny.png'));

describe('localImageReader', () => {
  const page = path.join(tmp.dir, 'site', 'trang.html');
  fs.mkdirSync(path.join(tmp.dir, 'site', 'trang_files'), { recursive: true });
  fs.writeFileSync(page, '<p>x</p>');
  fs.writeFileSync(path.join(tmp.dir, 'site', 'trang_files', 'ảnh 1.png'), PNG);
  fs.writeFileSync(path.join(tmp.dir, 'secret.png'), PNG);
  fs.writeFileSync(path.join(tmp.dir, 'site', 'not-image.png'), '<svg onload=alert(1)>');
  fs.symlinkSync(path.join(tmp.dir, 'secret.png'), path.join(tmp.dir, 'site', 'link.png'));
  const read = localImageReader(page);

  it('reads a raster picture in the page folder, percent-encoded names included', () => {
    expect(read('trang_files/%E1%BA%A3nh%201.png')).toEqual({ mime: 'image/png', bytes: PNG });
  });

  it('reads nothing outside the page folder, through links, or that is not a raster image', () => {
    expect(read('../secret.png')).toBeNull();
    expect(read(path.join(tmp.dir, 'secret.png'))).toBeNull();
    expect(read('link.png')).toBeNull();
    expect(read('not-image.png')).toBeNull();
    expect(read('missing.png')).toBeNull();
    expect(read('%E0%A4%A')).toBeNull();
  });
});
