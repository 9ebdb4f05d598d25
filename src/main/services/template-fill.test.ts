/**
 * The built-in templates as a clerk gets them: every placeholder filled, the year from the
 * document's date (docs/nd30-rules.md §8.5), the committee's level with its place (§8.4), group
 * headings in capitals (§10.3).
 */
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bodyText } from '../../shared/document/body';
import type { Document } from '../../shared/document/document';
import { checkDocument } from '../../shared/check/check-document';
import { createServices, type Services } from './services';
import { seedEventInput } from '../../../tests/support/event-fixtures';
import { makeTempDir } from '../../../tests/support/temp-dir';
import { seedSampleProfile } from '../../../tests/support/sample-profile';

let services: Services;
let cleanup: () => void;
beforeEach(() => {
  const tmp = makeTempDir('thuky-tpl-');
  // Today is in 2026; the documents are for 2024.
  services = createServices(path.join(tmp.dir, 'thuky.db'), { clock: { now: () => new Date('2026-06-01T08:00:00Z') } });
  seedSampleProfile(services);
  cleanup = () => {
    services.close();
    tmp.cleanup();
  };
});
afterEach(() => cleanup());

function allText(doc: Document): string {
  const { frame } = doc;
  return [doc.title, frame.documentType, frame.summary, ...frame.legalBases, ...frame.recipients, bodyText(doc.body), doc.portal.author].join('\n');
}

describe('built-in templates', () => {
  it('fill every placeholder and write the level with the place', () => {
    const builtins = services.templates.list().filter((template) => template.source === 'builtin');
    expect(builtins.length).toBeGreaterThanOrEqual(6);
    for (const template of builtins) {
      const text = allText(services.documents.create(template.id));
      expect(text, template.id).not.toMatch(/\{[a-z.]+\}/iu);
      // "HĐND, UBND Thanh Xuân" lacks the level.
      expect(text, template.id).not.toMatch(/UBND Thanh Xuân/u);
    }
    const report = services.documents.create('bao-cao-ket-qua-hoi-nghi');
    expect(report.frame.recipients).toContain('Thường trực Đảng ủy, HĐND, UBND phường Thanh Xuân (để b/c)');
    // Nơi nhận names the committee one level up whole: its level and its name, from Thông tin cơ quan.
    for (const id of ['bao-cao-ket-qua-hoi-nghi', 'chuong-trinh-phoi-hop']) {
      const recipients = services.documents.create(id).frame.recipients;
      expect(recipients, id).toContain(`Ban Thường trực Ủy ban MTTQ Việt Nam ${services.profile.get().organisation!.province} (để b/c)`);
      for (const line of recipients) expect(line, id).not.toMatch(/Việt Nam (thành phố|tỉnh)\s*(\(|$)/iu);
    }
    const list = services.documents.create('danh-sach-dai-bieu');
    expect(bodyText(list.body)).toContain('B. ĐẠI BIỂU PHƯỜNG THANH XUÂN');
    expect(bodyText(list.body)).not.toMatch(/ĐẠI BIỂU [^\n]*\p{Ll}/u);
  });

  it('without a date stamp the year the draft is made in', () => {
    const pledge = services.documents.create('giao-uoc-thi-dua');
    expect(pledge.frame.documentType).toBe('GIAO ƯỚC THI ĐUA NĂM 2026');
  });

  it("stamp the event's year, not today's, into every generated document", () => {
    const { id } = services.events.create(seedEventInput());
    const documents = services.events.generate(id).map((generated) => services.documents.get(generated.id));
    expect(documents.length).toBeGreaterThanOrEqual(6);
    for (const doc of documents) {
      expect(allText(doc), doc.kind).not.toContain('2026');
      const dated = { ...doc, frame: { ...doc.frame, date: '2024-01-31' } };
      const profile = services.profile.get();
      expect(checkDocument({ document: dated, profile, attendeeLists: (listId) => services.attendees.find(listId) }).filter((finding) => finding.kind === 'year'), doc.kind).toEqual([]);
    }
    const pledge = documents.find((doc) => doc.kind === 'pledge');
    expect(pledge?.frame.documentType).toBe('GIAO ƯỚC THI ĐUA NĂM 2024');
    expect(pledge?.frame.legalBases.join('\n')).toContain('Chương trình công tác năm 2024');
  });
});
