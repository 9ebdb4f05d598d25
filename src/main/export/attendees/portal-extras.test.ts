import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyRow } from '../../../shared/attendee/attendee-list';
import { makeServices } from '../../../../tests/support/services';
import { DEFAULT_PORTAL_HTML_OPTIONS } from '../../../shared/export/portal-html-options';
import { storeImageResolver } from '../html/portal-export';
import { toPortalHtml } from '../html/to-portal-html';
import { portalDocumentFor } from './portal-extras';

let env: ReturnType<typeof makeServices>;
beforeEach(() => {
  env = makeServices();
});
afterEach(() => env.cleanup());

describe('portalDocumentFor', () => {
  it('puts the list in an attendees document and a report (when wanted), through the portal exporter', () => {
    const doc = env.services.documents.create('danh-sach-dai-bieu', 'Danh sách đại biểu Hội nghị');
    const list = env.services.attendees.getForDocument(doc.id);
    env.services.attendees.save({
      ...list,
      groups: ['A. ĐẠI BIỂU THÀNH PHỐ'],
      rows: [
        { ...emptyRow('a', 0, 'A. ĐẠI BIỂU THÀNH PHỐ'), fullName: 'Nguyễn Văn A', title: 'Chủ tịch' },
        { ...emptyRow('b', 1, 'A. ĐẠI BIỂU THÀNH PHỐ'), fullName: 'Vắng Mặt', present: false },
      ],
    });
    const shaped = portalDocumentFor(env.services, env.services.documents.get(doc.id));
    const tables = shaped.body.content.filter((node) => node.type === 'table');
    expect(tables).toHaveLength(1);
    const text = JSON.stringify(shaped.body);
    expect(text).toContain('Nguyễn Văn A');
    expect(text).toContain('Tổng số: 2 đại biểu');
    expect(text).not.toContain('Tổng số: …');

    const report = env.services.documents.create('bao-cao-ket-qua-hoi-nghi');
    env.services.attendees.attach(report.id, list.id);
    expect(portalDocumentFor(env.services, env.services.documents.get(report.id))).toEqual(env.services.documents.get(report.id));
    const withLists = portalDocumentFor(env.services, env.services.documents.get(report.id), { includeLists: true });
    const html = toPortalHtml(withLists, DEFAULT_PORTAL_HTML_OPTIONS, storeImageResolver(env.services.images, DEFAULT_PORTAL_HTML_OPTIONS.maxImageSidePx));
    expect(html).toMatch(/<td colspan="5">(<p>)?<strong>A\. ĐẠI BIỂU THÀNH PHỐ<\/strong>/);
    expect(html).toContain('Nguyễn Văn A');
    expect(html).not.toContain('Vắng Mặt');
  });
});
