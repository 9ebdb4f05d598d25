/** RGBA pixel buffers: area-average downscaling and EXIF orientation, for web-image.ts. */

export interface Pixels {
  width: number;
  height: number;
  /** RGBA, 4 bytes per pixel, rows top to bottom. */
  data: Uint8Array;
}

/** Source ranges [from, to) that each of `target` output cells averages over. */
function spans(source: number, target: number): Int32Array {
  const edges = new Int32Array(target + 1);
  for (let index = 0; index <= target; index += 1) edges[index] = Math.min(source, Math.round((index * source) / target));
  for (let index = 1; index <= target; index += 1) if ((edges[index] as number) <= (edges[index - 1] as number)) edges[index] = Math.min(source, (edges[index - 1] as number) + 1);
  return edges;
}

/**
 * Box-filter (area average) downscale, one pass per axis: every source pixel counts once, so thin
 * lines and text in a photo stay readable, unlike nearest-neighbour sampling.
 */
export function scaleDownPixels(pixels: Pixels, width: number, height: number): Pixels {
  if (width >= pixels.width && height >= pixels.height) return pixels;
  const xs = spans(pixels.width, width);
  const ys = spans(pixels.height, height);
  const rows = new Float32Array(width * pixels.height * 4);
  for (let y = 0; y < pixels.height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const from = xs[x] as number;
      const to = Math.max(from + 1, xs[x + 1] as number);
      const out = (y * width + x) * 4;
      for (let sx = from; sx < to; sx += 1) {
        const at = (y * pixels.width + sx) * 4;
        for (let channel = 0; channel < 4; channel += 1) rows[out + channel] = (rows[out + channel] as number) + (pixels.data[at + channel] as number);
      }
      for (let channel = 0; channel < 4; channel += 1) rows[out + channel] = (rows[out + channel] as number) / (to - from);
    }
  }
  const data = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y += 1) {
    const from = ys[y] as number;
    const to = Math.max(from + 1, ys[y + 1] as number);
    for (let x = 0; x < width; x += 1) {
      const out = (y * width + x) * 4;
      for (let channel = 0; channel < 4; channel += 1) {
        let sum = 0;
        for (let sy = from; sy < to; sy += 1) sum += rows[(sy * width + x) * 4 + channel] as number;
        data[out + channel] = Math.round(sum / (to - from));
      }
    }
  }
  return { width, height, data };
}

/**
 * Applies EXIF orientation (2–8: mirror and/or rotate) so the pixels stand the way the camera meant.
 * Orientation 6 is the common "phone held upright": rotate 90° clockwise.
 */
export function orientPixels(pixels: Pixels, orientation: number): Pixels {
  if (orientation < 2 || orientation > 8) return pixels;
  const swap = orientation >= 5;
  const width = swap ? pixels.height : pixels.width;
  const height = swap ? pixels.width : pixels.height;
  const data = new Uint8Array(pixels.data.length);
  const w = pixels.width - 1;
  const h = pixels.height - 1;
  for (let y = 0; y < pixels.height; y += 1) {
    for (let x = 0; x < pixels.width; x += 1) {
      let nx = x;
      let ny = y;
      switch (orientation) {
        case 2: nx = w - x; break;
        case 3: nx = w - x; ny = h - y; break;
        case 4: ny = h - y; break;
        case 5: nx = y; ny = x; break;
        case 6: nx = h - y; ny = x; break;
        case 7: nx = h - y; ny = w - x; break;
        case 8: nx = y; ny = w - x; break;
      }
      const from = (y * pixels.width + x) * 4;
      const to = (ny * width + nx) * 4;
      data[to] = pixels.data[from] as number;
      data[to + 1] = pixels.data[from + 1] as number;
      data[to + 2] = pixels.data[from + 2] as number;
      data[to + 3] = pixels.data[from + 3] as number;
    }
  }
  return { width, height, data };
}
