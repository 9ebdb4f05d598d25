import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { useRouteHarness } from '../../../tests/support/route-caller';
import { seedEventJson } from '../../../tests/support/event-fixtures';
import { NO_PDF_NOTE } from '../export/event-export';
import type { EventExportStatus } from '../../shared/event/event-export';

// The harness's own export folder (the page never names one).
const exportDir = fs.mkdtempSync(path.join(os.tmpdir(), 'thuky-event-routes-'));
afterAll(() => fs.rmSync(exportDir, { recursive: true, force: true }));
const harness = useRouteHarness({ exportDir });

describe('event routes', () => {
  it('create → generate → update → setChecked through the contract', async () => {
    const { id } = await harness.call<{ id: string }>('events.create', seedEventJson());
    const docs = await harness.call<Array<{ id: string; kind: string; state: string }>>('events.generate', { id });
    expect(docs.map((doc) => doc.kind)).toEqual(['report', 'article', 'attendees', 'pledge', 'program', 'invitation']);
    const update = await harness.call<{ updated: string[]; kept: string[]; event: { venue: string } }>('events.update', { id, facts: { venue: 'Nhà văn hóa' } });
    expect(update.event.venue).toBe('Nhà văn hóa');
    expect(update.updated).toHaveLength(6);
    await harness.call('events.setChecked', { documentId: docs[0]!.id, checked: true });
    const view = await harness.call<{ documents: Array<{ state: string }> }>('events.get', { id });
    expect(view.documents[0]!.state).toBe('checked');
    expect(await harness.call<unknown[]>('events.list', {})).toHaveLength(1);
  });

  it('refuses a photo given as a file path from a renderer, and a bad row, writing nothing', async () => {
    const withPath = { ...seedEventJson(), photos: [{ file: '/etc/passwd', caption: 'x' }] };
    const refused = await harness.raw('events.create', withPath);
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_input', where: 'photos, ảnh 1' } });
    const json = seedEventJson() as { pledgeParties: Array<Record<string, unknown>> };
    json.pledgeParties[11] = { ...json.pledgeParties[11], name: '' };
    const bad = await harness.raw('events.create', json);
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_input', message: 'Thiếu tên đơn vị' } });
    expect(bad.ok ? '' : bad.error.where).toContain('Tên đơn vị (giao ước), dòng 12');
    expect(await harness.call<unknown[]>('events.list', {})).toEqual([]);
  });
});

describe('event routes: parties and Xuất tất cả', () => {
  it('setParties keeps ids, updates the pledge draft (commitments kept) and refuses a nameless party by row', async () => {
    const { id } = await harness.call<{ id: string }>('events.create', seedEventJson());
    const docs = await harness.call<Array<{ id: string; kind: string }>>('events.generate', { id });
    const pledgeId = docs.find((doc) => doc.kind === 'pledge')!.id;
    const view = await harness.call<{ pledgeParties: Array<Record<string, unknown>>; partyIds: { pledge: string[] } }>('events.get', { id });
    const pledge = await harness.call<{ commitments: unknown[] }>('pledges.get', { documentId: pledgeId });
    const parties: Array<Record<string, unknown>> = view.pledgeParties.map((party, index) => ({ ...party, id: view.partyIds.pledge[index] })).slice(0, 11);
    parties[1] = { ...parties[1], representative: 'Trần Văn Mới' };
    const result = await harness.call<{ updated: string[]; event: { pledgeParties: unknown[]; partyIds: { pledge: string[] } } }>('events.setParties', { id, which: 'pledge', parties });
    expect(result.updated).toEqual([pledgeId]);
    expect(result.event.pledgeParties).toHaveLength(11);
    expect(result.event.partyIds.pledge).toEqual(view.partyIds.pledge.slice(0, 11));
    const after = await harness.call<{ parties: Array<{ id: string; representative: string }>; commitments: unknown[] }>('pledges.get', { documentId: pledgeId });
    expect(after.parties).toHaveLength(11);
    expect(after.parties.find((party) => party.id === view.partyIds.pledge[1])!.representative).toBe('Trần Văn Mới');
    expect(after.commitments).toEqual(pledge.commitments);
    const bad = await harness.raw('events.setParties', { id, which: 'programme', parties: [{ name: '' }] });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_input', message: 'Thiếu tên đơn vị' } });
  });

  it('exportAll writes into the harness folder, reports progress until done, and says one line for the missing PDF', async () => {
    // No Word, no LibreOffice: THUKY_SOFFICE naming a missing program is how a machine without them looks.
    vi.stubEnv('THUKY_SOFFICE', path.join(exportDir, 'no-soffice'));
    try {
      const { id } = await harness.call<{ id: string }>('events.create', seedEventJson());
      const refused = await harness.raw('events.exportAll', { id });
      expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_input', message: 'Hội nghị chưa có văn bản nào: bấm «Tạo văn bản» trước khi xuất' } });
      await harness.call('events.generate', { id });
      const started = await harness.call<{ jobId: string; folder: string }>('events.exportAll', { id });
      expect(started.folder).toBe(exportDir);
      let status: EventExportStatus;
      do {
        await new Promise((resolve) => setTimeout(resolve, 100));
        status = await harness.call<EventExportStatus>('events.exportStatus', { jobId: started.jobId });
      } while (status.state === 'running');
      expect(status.state).toBe('done');
      expect(status.progress).toMatchObject({ done: 12, total: 12 });
      expect(status.result!.notes).toEqual([NO_PDF_NOTE]);
      expect(fs.readdirSync(status.result!.folder)).toHaveLength(12);
      expect(await harness.call('events.cancelExport', { jobId: started.jobId })).toEqual({ cancelled: false });
      // The web door opens no folder; the page shows where it went.
      expect(await harness.call('events.openExportFolder', { jobId: started.jobId })).toEqual({ opened: false });
      const unknown = await harness.raw('events.exportStatus', { jobId: '00000000-0000-4000-8000-000000000000' });
      expect(unknown).toMatchObject({ ok: false, error: { code: 'not_found' } });
      const badId = await harness.raw('events.exportStatus', { jobId: '../../etc' });
      expect(badId).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    } finally {
      vi.unstubAllEnvs();
    }
  });
});

describe('Xuất tất cả in the desktop door: the folder comes from main’s dialog', () => {
  // Inside the describe: its services are made for these tests only.
  const asked: string[] = [];
  let answer: string | null = null;
  const desktop = useRouteHarness({
    door: 'electron',
    chooseFolder: async (title) => {
      asked.push(title);
      return answer;
    },
  });

  it('a closed dialog starts nothing; a chosen folder is where the job writes, and Hủy leaves it empty', async () => {
    vi.stubEnv('THUKY_SOFFICE', path.join(exportDir, 'no-soffice'));
    try {
      const { id } = await desktop.call<{ id: string }>('events.create', seedEventJson());
      await desktop.call('events.generate', { id });
      answer = null;
      expect(await desktop.call('events.exportAll', { id })).toEqual({ jobId: null, folder: null });
      expect(asked).toEqual(['Chọn thư mục để xuất tất cả văn bản của hội nghị']);
      answer = fs.mkdtempSync(path.join(exportDir, 'chon-'));
      const started = await desktop.call<{ jobId: string; folder: string }>('events.exportAll', { id });
      expect(started.folder).toBe(answer);
      expect(await desktop.call('events.cancelExport', { jobId: started.jobId })).toEqual({ cancelled: true });
      let status: EventExportStatus;
      do {
        await new Promise((resolve) => setTimeout(resolve, 50));
        status = await desktop.call<EventExportStatus>('events.exportStatus', { jobId: started.jobId });
      } while (status.state === 'running');
      expect(status).toMatchObject({ state: 'cancelled', error: 'Đã hủy «Xuất tất cả»: không tệp nào được ghi', result: null });
      expect(fs.readdirSync(answer)).toEqual([]);
    } finally {
      vi.unstubAllEnvs();
    }
  });
});
