import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeServices } from '../../../tests/support/services';
import type { Document } from '../../shared/document/document';
import { contract } from '../../shared/ipc/contract';
import { dispatch } from './dispatch';
import type { HandlerContext, SaveFileFilter } from './handlers';

interface SaveCall {
  suggestedName: string;
  bytes: Uint8Array;
  filters: SaveFileFilter[];
}

let env: ReturnType<typeof makeServices>;
let saves: SaveCall[];
/** What the fake dialog answers: a path, or null for "Hủy". */
let answer: string | null;
let ctx: HandlerContext;

beforeEach(() => {
  env = makeServices();
  saves = [];
  answer = '/home/van-thu/Documents/chosen.file';
  ctx = {
    services: env.services,
    door: 'electron',
    version: 'test',
    saveFile: async (suggestedName, bytes, filters) => {
      saves.push({ suggestedName, bytes, filters });
      return answer;
    },
  };
});
afterEach(() => env.cleanup());

async function call<T>(name: string, input: unknown, context = ctx): Promise<T> {
  const result = await dispatch(name, input, context);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.data as T;
}

async function article(): Promise<Document> {
  const doc = await call<Document>('documents.create', { templateId: 'tin-bai-hoi-nghi' });
  const body = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Đoạn một của bài viết.' }] }] };
  await call('documents.save', { id: doc.id, content: { title: 'Hội nghị: tổng kết?', frame: doc.frame, body, portal: doc.portal } });
  return doc;
}

const exportRevisions = async (id: string) => (await call<Array<{ reason: string }>>('revisions.list', { id })).filter((r) => r.reason === 'export').length;

describe('export.saveDocx / export.saveHtml with the door’s save dialog', () => {
  it('hands the .docx bytes to saveFile and keeps a revision when saved', async () => {
    const doc = await article();
    const result = await call<{ savedTo: string | null; problems: string[] }>('export.saveDocx', { id: doc.id });
    expect(contract['export.saveDocx'].output.safeParse(result).success).toBe(true);
    expect(result.savedTo).toBe(answer);
    expect(saves).toHaveLength(1);
    const [save] = saves;
    expect(save!.suggestedName).toMatch(/\.docx$/);
    expect(save!.filters[0]!.extensions).toEqual(['docx']);
    // A .docx is a zip: "PK\x03\x04".
    expect([...save!.bytes.slice(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    expect(await exportRevisions(doc.id)).toBe(1);
  });

  it('writes a standalone UTF-8 page for HTML, named from the title', async () => {
    const doc = await article();
    const result = await call<{ savedTo: string | null; problems: string[] }>('export.saveHtml', { id: doc.id });
    expect(result).toEqual({ savedTo: answer, problems: [] });
    const save = saves[0]!;
    expect(save.suggestedName).toBe('Hội nghị tổng kết.html');
    expect(save.filters[0]!.extensions).toContain('html');
    const page = new TextDecoder().decode(save.bytes);
    expect(page).toMatch(/^<!DOCTYPE html>/);
    expect(page).toContain('<html lang="vi">');
    expect(page).toContain('<meta charset="utf-8">');
    expect(page).toContain('<title>Hội nghị: tổng kết?</title>');
    expect(page).toContain('Đoạn một của bài viết.');
    expect(await exportRevisions(doc.id)).toBe(1);
  });

  it('gives the browser door the very page Electron saves, without a dialog and without a revision', async () => {
    const doc = await article();
    await call('export.saveHtml', { id: doc.id });
    const saved = new TextDecoder().decode(saves[0]!.bytes);
    const page = await call<{ fileName: string; html: string }>('export.htmlPage', { id: doc.id }, { services: env.services, door: 'web', version: 'test' });
    expect(page).toEqual({ fileName: 'Hội nghị tổng kết.html', html: saved });
    expect(await exportRevisions(doc.id)).toBe(1); // only the saved one; the renderer records the download's
  });

  it('records nothing when the user cancels the dialog', async () => {
    const doc = await article();
    answer = null;
    expect(await call('export.saveDocx', { id: doc.id })).toMatchObject({ savedTo: null });
    expect(await call('export.saveHtml', { id: doc.id })).toMatchObject({ savedTo: null, problems: [] });
    expect(saves).toHaveLength(2);
    expect(await exportRevisions(doc.id)).toBe(0);
  });

  it('refuses in a door without a save dialog (the web harness downloads instead)', async () => {
    const doc = await article();
    const result = await dispatch('export.saveDocx', { id: doc.id }, { services: env.services, door: 'web', version: 'test' });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('not_found');
      expect(result.error.message).toMatch(/ứng dụng Thư ký trên máy tính/);
    }
    expect(await exportRevisions(doc.id)).toBe(0);
  });
});

describe('backup.openFolder', () => {
  it('asks the door to open the backup folder', async () => {
    const opened: string[] = [];
    const result = await call<{ path: string; opened: boolean }>('backup.openFolder', {}, {
      ...ctx,
      openPath: async (folder) => {
        opened.push(folder);
        return true;
      },
    });
    expect(result).toEqual({ path: env.services.backup.folder(), opened: true });
    expect(opened).toEqual([env.services.backup.folder()]);
  });

  it('reports opened:false with the path when the door cannot open folders', async () => {
    const result = await call<{ path: string; opened: boolean }>('backup.openFolder', {}, { services: env.services, door: 'web', version: 'test' });
    expect(result).toEqual({ path: env.services.backup.folder(), opened: false });
    const failing = await call<{ opened: boolean }>('backup.openFolder', {}, { ...ctx, openPath: async () => false });
    expect(failing.opened).toBe(false);
  });
});
