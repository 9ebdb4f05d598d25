import jpeg from 'jpeg-js';
import { describe, expect, it } from 'vitest';
import { makePng } from '../../../../tests/support/png-image';
import { AppError } from '../../../shared/errors/app-error';
import { imagePixelSize, jpegOrientation } from '../../images/image-header';
import { storeImageResolver, WebImageCache } from './portal-export';
import { scaleForWeb } from './web-image';

/** A JPEG whose left half is red and right half blue. */
function halfAndHalfJpeg(width: number, height: number): Buffer {
  const data = Buffer.alloc(width * height * 4);
  for (let y = 0; y < height; y += 1)
    for (let x = 0; x < width; x += 1) {
      const at = (y * width + x) * 4;
      data[at] = x < width / 2 ? 230 : 20;
      data[at + 1] = 20;
      data[at + 2] = x < width / 2 ? 20 : 230;
      data[at + 3] = 255;
    }
  return jpeg.encode({ width, height, data }, 95).data;
}

/** Inserts an APP1 EXIF segment (big-endian TIFF, one IFD entry: Orientation) after SOI. */
function withOrientation(jpegBytes: Buffer, orientation: number): Buffer {
  const tiff = Buffer.from([0x4d, 0x4d, 0x00, 0x2a, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, orientation, 0, 0, 0, 0, 0, 0, 0, 0]);
  const payload = Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), tiff]);
  const header = Buffer.from([0xff, 0xe1, 0, 0]);
  header.writeUInt16BE(payload.length + 2, 2);
  return Buffer.concat([jpegBytes.subarray(0, 2), header, payload, jpegBytes.subarray(2)]);
}

function pixelAt(bytes: Uint8Array, x: number, y: number): number[] {
  const decoded = jpeg.decode(Buffer.from(bytes), { useTArray: true });
  const at = (y * decoded.width + x) * 4;
  return [decoded.data[at] as number, decoded.data[at + 1] as number, decoded.data[at + 2] as number];
}

describe('scaleForWeb', () => {
  it('scales a large PNG down to the longest side as JPEG', () => {
    const png = makePng(3200, 1800, 2);
    const out = scaleForWeb({ mime: 'image/png', bytes: png }, 1600);
    expect(out.mime).toBe('image/jpeg');
    expect(imagePixelSize(out.bytes)).toEqual({ width: 1600, height: 900 });
    expect(out.bytes.length).toBeLessThan(png.length);
  });

  it('scales a tall JPEG by its height and keeps its colours where they were', () => {
    const out = scaleForWeb({ mime: 'image/jpeg', bytes: halfAndHalfJpeg(400, 800) }, 200);
    expect(imagePixelSize(out.bytes)).toEqual({ width: 100, height: 200 });
    const [red] = pixelAt(out.bytes, 10, 100);
    const [, , blue] = pixelAt(out.bytes, 90, 100);
    expect(red).toBeGreaterThan(180);
    expect(blue).toBeGreaterThan(180);
  });

  it('leaves a picture that is small enough exactly as stored', () => {
    const png = makePng(800, 600, 3);
    const out = scaleForWeb({ mime: 'image/png', bytes: png }, 1600);
    expect(out.mime).toBe('image/png');
    expect(Buffer.from(out.bytes).equals(png)).toBe(true);
  });

  it('turns a phone photo upright from its EXIF orientation (6: 90° clockwise)', () => {
    const rotated = withOrientation(halfAndHalfJpeg(80, 40), 6);
    expect(jpegOrientation(rotated)).toBe(6);
    const out = scaleForWeb({ mime: 'image/jpeg', bytes: rotated }, 1600);
    expect(imagePixelSize(out.bytes)).toEqual({ width: 40, height: 80 });
    expect(pixelAt(out.bytes, 20, 10)[0]).toBeGreaterThan(180); // the left (red) half is now on top
    expect(pixelAt(out.bytes, 20, 70)[2]).toBeGreaterThan(180);
    expect(jpegOrientation(out.bytes)).toBe(1);
  });

  it('passes GIF and undecodable data through unchanged', () => {
    const gif = Buffer.from('GIF89a\x40\x1f\x40\x1f', 'latin1');
    expect(scaleForWeb({ mime: 'image/gif', bytes: gif }, 100).bytes).toBe(gif);
    const broken = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xc0, 0, 11, 8, 0x40, 0, 0x40, 0]), Buffer.alloc(20)]);
    expect(scaleForWeb({ mime: 'image/jpeg', bytes: broken }, 100).bytes).toBe(broken);
  });
});

describe('storeImageResolver', () => {
  it('reads each image once per export and returns null for a missing one', () => {
    let reads = 0;
    const png = makePng(20, 10);
    const resolve = storeImageResolver(
      {
        get: (id) => {
          reads += 1;
          if (id !== 'a') throw new AppError('not_found', 'Không tìm thấy ảnh', { where: id });
          return { mime: 'image/png', bytes: png };
        },
      },
      1600,
      new WebImageCache(),
    );
    expect(resolve('a')?.mime).toBe('image/png');
    expect(resolve('a')?.mime).toBe('image/png');
    expect(reads).toBe(1);
    expect(resolve('b')).toBeNull();
    expect(resolve('b')).toBeNull();
    expect(reads).toBe(2);
  });
});

describe('WebImageCache', () => {
  it('forgets the least recently used entries past its byte budget', () => {
    const cache = new WebImageCache(10);
    const image = (size: number) => ({ mime: 'image/jpeg', bytes: new Uint8Array(size) });
    cache.set('a', image(4));
    cache.set('b', image(4));
    cache.get('a');
    cache.set('c', image(4));
    expect([cache.get('a') !== undefined, cache.get('b') !== undefined, cache.get('c') !== undefined]).toEqual([true, false, true]);
    cache.set('huge', image(11));
    expect(cache.get('huge')).toBeUndefined();
  });
});
