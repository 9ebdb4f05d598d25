/** Images are stored once per content (SHA-256), whatever document uses them. */
import crypto from 'node:crypto';
import { AppError } from '../../shared/errors/app-error';
import { isoNow, type Clock } from '../db/clock';
import type { ImageRepo } from '../db/image-repo';

const SIGNATURES: Array<{ mime: string; test: (bytes: Buffer) => boolean }> = [
  { mime: 'image/png', test: (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) },
  { mime: 'image/jpeg', test: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  { mime: 'image/gif', test: (b) => b.subarray(0, 4).toString('latin1') === 'GIF8' },
  { mime: 'image/webp', test: (b) => b.subarray(0, 4).toString('latin1') === 'RIFF' && b.subarray(8, 12).toString('latin1') === 'WEBP' },
];

export class ImageService {
  constructor(
    private readonly repo: ImageRepo,
    private readonly clock: Clock,
  ) {}

  /** Checks the bytes really are the declared image type before storing them. */
  put(mime: string, bytes: Buffer): { id: string } {
    const actual = SIGNATURES.find((signature) => signature.test(bytes));
    if (!actual) throw new AppError('invalid_input', 'Tệp không phải ảnh PNG, JPEG, GIF hay WebP', { where: 'images.put' });
    if (actual.mime !== mime) throw new AppError('invalid_input', `Ảnh khai báo là ${mime} nhưng nội dung là ${actual.mime}`, { where: 'images.put' });
    const id = crypto.createHash('sha256').update(bytes).digest('hex');
    this.repo.put(id, mime, bytes, isoNow(this.clock));
    return { id };
  }

  /** The image, or undefined when the store does not have it (exports show a placeholder then). */
  find(id: string): { mime: string; bytes: Uint8Array } | undefined {
    const image = this.repo.get(id);
    return image ? { mime: image.mime, bytes: new Uint8Array(image.bytes) } : undefined;
  }

  get(id: string): { mime: string; bytes: Buffer } {
    const image = this.repo.get(id);
    if (!image) throw new AppError('not_found', 'Không tìm thấy ảnh', { where: id });
    return image;
  }
}
