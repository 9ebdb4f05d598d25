import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { bodyText } from '../../shared/document/body';
import { parseDocx } from './docx-import';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PNG_1PX = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==';

function picture(attribute: string): string {
  return `<w:p><w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"><wp:extent cx="9525" cy="9525"/><wp:docPr id="1" name="Ảnh"/>
    <a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">
    <pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:nvPicPr><pic:cNvPr id="1" name="a"/><pic:cNvPicPr/></pic:nvPicPr>
    <pic:blipFill><a:blip ${attribute}/></pic:blipFill><pic:spPr/></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>`;
}

/** A Word package with one embedded picture and two linked ones (a web address and a local path). */
function wordWithPictures(): Buffer {
  const document = `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W}" xmlns:r="${R}"><w:body>
    <w:p><w:r><w:t>Trước ảnh</w:t></w:r></w:p>${picture('r:embed="rId1"')}${picture('r:link="rId2"')}${picture('r:link="rId3"')}<w:p><w:r><w:t>Sau ảnh</w:t></w:r></w:p></w:body></w:document>`;
  const rels = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
    <Relationship Id="rId1" Type="${R}/image" Target="media/image1.png"/>
    <Relationship Id="rId2" Type="${R}/image" Target="https://example.org/hoi-nghi.png" TargetMode="External"/>
    <Relationship Id="rId3" Type="${R}/image" Target="file:///C:/Anh/le-ky-niem.jpg" TargetMode="External"/></Relationships>`;
  return Buffer.from(zipSync({
    '[Content_Types].xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`),
    '_rels/.rels': strToU8(`<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/officeDocument" Target="word/document.xml"/></Relationships>`),
    'word/document.xml': strToU8(document),
    'word/_rels/document.xml.rels': strToU8(rels),
    'word/media/image1.png': Buffer.from(PNG_1PX, 'base64'),
  }));
}

describe('Word import of pictures', () => {
  it('keeps embedded pictures and leaves a visible placeholder naming each linked one, never fetched', async () => {
    const stored: string[] = [];
    const imported = await parseDocx(wordWithPictures(), 'anh.docx', (mime) => {
      stored.push(mime);
      return { id: `img-${stored.length}` };
    });
    expect(stored).toEqual(['image/png']);
    const text = bodyText(imported.body);
    expect(text).toContain('[Ảnh chưa được đưa vào, địa chỉ gốc: https://example.org/hoi-nghi.png]');
    expect(text).toContain('[Ảnh chưa được đưa vào, địa chỉ gốc: file:///C:/Anh/le-ky-niem.jpg]');
    expect(text.indexOf('Trước ảnh')).toBeLessThan(text.indexOf('hoi-nghi.png'));
    expect(text.indexOf('le-ky-niem.jpg')).toBeLessThan(text.indexOf('Sau ảnh'));
  });
});
