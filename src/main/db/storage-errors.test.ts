import { describe, expect, it } from 'vitest';
import { makeServices } from '../../../tests/support/services';
import { dispatch } from '../ipc/dispatch';
import type { Document } from '../../shared/document/document';
import { STORAGE_MESSAGES, storageError, storageErrorAtOpen } from './storage-errors';

describe('storage errors in Vietnamese', () => {
  it('a full disk (a real SQLITE_FULL) says so, keeps the English in detail, and the next save works once there is room', async () => {
    const env = makeServices();
    try {
      const ctx = { services: env.services, door: 'web' as const, version: 'test' };
      const created = await dispatch('documents.create', { templateId: 'bao-cao-ket-qua-hoi-nghi' }, ctx);
      const doc = (created as { ok: true; data: Document }).data;
      const pages = env.services.db.pragma('page_count', { simple: true }) as number;
      env.services.db.pragma(`max_page_count = ${pages}`); // the database may not grow: as if the disk were full
      const big = { title: doc.title, frame: doc.frame, body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Hội nghị '.repeat(20_000) }] }] }, portal: doc.portal };
      const full = await dispatch('documents.save', { id: doc.id, content: big }, ctx);
      expect(full).toEqual({ ok: false, error: { code: 'io', message: STORAGE_MESSAGES.full, detail: expect.stringMatching(/^SQLITE_FULL: database or disk is full/) } });
      env.services.db.pragma('max_page_count = 1073741823');
      expect((await dispatch('documents.save', { id: doc.id, content: big }, ctx)).ok).toBe(true);
    } finally {
      env.cleanup();
    }
  });

  it.each([
    ['SQLITE_FULL', 'full'],
    ['ENOSPC', 'full'],
    ['SQLITE_READONLY', 'readOnly'],
    ['SQLITE_READONLY_RECOVERY', 'readOnly'],
    ['SQLITE_CANTOPEN', 'readOnly'],
    ['EACCES', 'readOnly'],
    ['EROFS', 'readOnly'],
    ['SQLITE_READONLY_DBMOVED', 'gone'],
    ['ENOENT', 'gone'],
  ] as const)('%s → the %s message', (code, reason) => {
    const error = Object.assign(new Error('english text'), { code });
    expect(storageError(error)?.message).toBe(STORAGE_MESSAGES[reason]);
    expect(storageError(error)?.detail).toBe(`${code}: english text`);
  });

  it('leaves other errors alone, and at open time names the file without promising a draft', () => {
    expect(storageError(Object.assign(new Error('x'), { code: 'SQLITE_CONSTRAINT' }))).toBeNull();
    expect(storageError(new Error('x'))).toBeNull();
    expect(storageErrorAtOpen(Object.assign(new Error('attempt to write a readonly database'), { code: 'SQLITE_READONLY' }), 'thuky.db')?.message).toBe(
      'Không mở được tệp dữ liệu «thuky.db» để ghi: tệp hoặc thư mục chứa nó đang ở chế độ chỉ đọc hoặc không có quyền ghi. Hãy bỏ thuộc tính "Chỉ đọc" (hoặc đặt dữ liệu ở thư mục có quyền ghi) rồi mở lại; tệp không bị thay đổi.',
    );
  });
});
