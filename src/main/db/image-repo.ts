/** SQL for images, keyed by the SHA-256 of their bytes: the same photo is stored once. */
import type { Db } from './open';

export class ImageRepo {
  constructor(private readonly db: Db) {}

  put(id: string, mime: string, bytes: Buffer, createdAt: string): void {
    this.db
      .prepare('INSERT OR IGNORE INTO images (id, mime, bytes, size, created_at) VALUES (?, ?, ?, ?, ?)')
      .run(id, mime, bytes, bytes.length, createdAt);
  }

  get(id: string): { mime: string; bytes: Buffer } | undefined {
    return this.db.prepare('SELECT mime, bytes FROM images WHERE id = ?').get(id) as { mime: string; bytes: Buffer } | undefined;
  }
}
