import { describe, expect, it } from 'vitest';
import { ImageShelf, SAMPLE_PROFILE, sampleReport } from '../../../../tests/support/docx-samples';
import { paragraphWith, readDocx } from '../../../../tests/support/docx-xml';
import { toDocx } from './to-docx';

describe('heading styles', () => {
  it('gives Mục, Khoản and Điểm headings Word heading styles restyled to ND30', async () => {
    const shelf = new ImageShelf();
    const { document } = sampleReport(shelf);
    const parts = readDocx(await toDocx(document, SAMPLE_PROFILE, shelf.resolve));
    expect(paragraphWith(parts.document, 'I. KẾT QUẢ TỔ CHỨC HỘI NGHỊ')).toContain('<w:pStyle w:val="Heading2"/>');
    expect(paragraphWith(parts.document, '1. Thành phần tham dự')).toContain('<w:pStyle w:val="Heading3"/>');
    expect(paragraphWith(parts.document, 'a) Phát động thi đua')).toContain('<w:pStyle w:val="Heading4"/>');
    // The styles themselves: Times New Roman at the body size (14 pt = 28 half-points), black.
    const heading2 = /<w:style [^>]*w:styleId="Heading2"[\s\S]*?<\/w:style>/.exec(parts.xml('word/styles.xml'))?.[0] ?? '';
    expect(heading2).toContain('w:ascii="Times New Roman"');
    expect(heading2).toContain('<w:sz w:val="28"/>');
    expect(heading2).toContain('<w:color w:val="000000"/>');
    expect(heading2).toContain('<w:b/>');
  });
});
