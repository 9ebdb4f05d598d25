/**
 * Sample documents for the Word export: a realistic report built from the Thanh Xuân conference
 * article (tests/fixtures, copied into the text below) laid out as docs/nd30-rules.md §13, a
 * pledge, and a large report for the benchmark. Images are real PNGs made in memory.
 */
import crypto from 'node:crypto';
import type { BodyNode } from '../../src/shared/document/body';
import { Document } from '../../src/shared/document/document';
import { DEFAULT_PROFILE, type Profile } from '../../src/shared/profile/profile';
import type { AppendixInput, ImageResolver } from '../../src/main/export/docx/to-docx';
import { makePng } from './png-image';

const text = (value: string, marks?: Array<'bold' | 'italic' | 'underline'>): BodyNode => ({ type: 'text', text: value, ...(marks ? { marks: marks.map((type) => ({ type })) } : {}) });
export const p = (...content: Array<string | BodyNode>): BodyNode => ({ type: 'paragraph', content: content.map((item) => (typeof item === 'string' ? text(item) : item)) });
export const h = (level: number, value: string): BodyNode => ({ type: 'heading', attrs: { level }, content: [text(value)] });
const item = (value: string): BodyNode => ({ type: 'listItem', content: [p(value)] });
export const bullets = (...values: string[]): BodyNode => ({ type: 'bulletList', content: values.map(item) });
export const ordered = (start: number, ...values: string[]): BodyNode => ({ type: 'orderedList', attrs: { start }, content: values.map(item) });
const cell = (value: string, header = false, attrs: BodyNode['attrs'] = {}): BodyNode => ({ type: header ? 'tableHeader' : 'tableCell', attrs: { colspan: 1, rowspan: 1, colwidth: null, ...attrs }, content: [p(value)] });
export const table = (header: string[], rows: string[][], widthsPx?: number[]): BodyNode => ({
  type: 'table',
  content: [
    { type: 'tableRow', content: header.map((value, index) => cell(value, true, widthsPx ? { colwidth: [widthsPx[index] ?? 100] } : {})) },
    ...rows.map((row) => ({ type: 'tableRow' as const, content: row.map((value) => cell(value)) })),
  ],
});
export const figure = (imageId: string, caption: string, alt = caption): BodyNode => ({ type: 'figure', attrs: { imageId, alt }, content: [text(caption)] });

export const SAMPLE_PROFILE: Profile = {
  ...DEFAULT_PROFILE,
  name: 'Ủy ban MTTQ Việt Nam quận Thanh Xuân',
  orgName: 'Ủy ban MTTQ Việt Nam quận Thanh Xuân',
  parentBody: ['ỦY BAN MTTQ VIỆT NAM', 'QUẬN THANH XUÂN'],
  place: 'Thanh Xuân',
};

/** Images by id, like the store; ids are the sha-256 of the bytes. */
export class ImageShelf {
  private readonly images = new Map<string, { mime: string; bytes: Uint8Array }>();
  add(bytes: Uint8Array, mime = 'image/png'): string {
    const id = crypto.createHash('sha256').update(bytes).digest('hex');
    this.images.set(id, { mime, bytes });
    return id;
  }
  readonly resolve: ImageResolver = (id) => this.images.get(id);
}

const STAMP = '2024-01-31T09:30:00.000Z';

function makeDocument(kind: Document['kind'], title: string, frame: Partial<Document['frame']>, body: BodyNode[], id: string): Document {
  return Document.parse({
    id,
    kind,
    title,
    frame: {
      parentBody: SAMPLE_PROFILE.parentBody,
      issuingBody: ['BAN THƯỜNG TRỰC'],
      number: '12',
      symbol: 'BC-MTTQ-BTT',
      place: 'Thanh Xuân',
      date: '2024-01-31',
      documentType: 'BÁO CÁO',
      summary: '',
      legalBases: [],
      recipients: [],
      signer: { authority: 'TM.', authorityOf: 'BAN THƯỜNG TRỰC', title: 'CHỦ TỊCH', name: 'Khổng Minh Thảo' },
      ...frame,
    },
    body: { type: 'doc', content: body },
    portal: { author: '', publishedAt: null },
    templateId: null,
    createdAt: STAMP,
    updatedAt: STAMP,
  });
}

export const SAMPLE_SUMMARY =
  'Kết quả Hội nghị phát động thi đua, ký kết chương trình phối hợp công tác giữa Ủy ban MTTQ Việt Nam quận với các tổ chức thành viên và ký kết giao ước thi đua năm 2024';

export const SAMPLE_LAST_SENTENCE =
  'Trên đây là báo cáo kết quả Hội nghị phát động thi đua, ký kết chương trình phối hợp công tác năm 2024 của Ban Thường trực Ủy ban MTTQ Việt Nam quận Thanh Xuân.';

/** The report of §13, with the fixture's content, one table, one figure and an attendee appendix. */
export function sampleReport(shelf: ImageShelf): { document: Document; appendices: AppendixInput[] } {
  const photo = shelf.add(makePng(960, 540, 1));
  const body: BodyNode[] = [
    p('Thực hiện Chương trình công tác năm 2024, ngày 30/01/2024, Ban Thường trực Ủy ban MTTQ Việt Nam quận Thanh Xuân tổ chức Hội nghị phát động thi đua, ký kết chương trình phối hợp công tác năm 2024. Ban Thường trực báo cáo kết quả như sau:'),
    h(2, 'I. Kết quả tổ chức Hội nghị'),
    h(3, '1. Thành phần tham dự'),
    p('Dự Hội nghị có: đồng chí Nguyễn Minh Tiến - Phó Bí thư Thường trực Quận ủy; đồng chí Khổng Minh Thảo - UVTV, Chủ tịch Ủy ban MTTQ Việt Nam quận; đồng chí Trần Thị Thu Hà - UVTV, Phó Chủ tịch HĐND quận; các đồng chí trong Ban Thường trực Ủy ban MTTQ Việt Nam quận; Trưởng các tổ chức thành viên; Chủ tịch Ủy ban MTTQ Việt Nam 11 phường (danh sách chi tiết tại Phụ lục kèm theo).'),
    h(3, '2. Nội dung Hội nghị'),
    h(4, 'a) Phát động thi đua'),
    p('Thay mặt Ban Thường trực Ủy ban MTTQ Việt Nam quận, đồng chí Khổng Minh Thảo - UVTV, Chủ tịch Ủy ban MTTQ Việt Nam quận đã phát động thi đua trong hệ thống Mặt trận Tổ quốc và các tổ chức thành viên từ quận đến cơ sở. Trong năm 2024, Mặt trận Tổ quốc và các tổ chức thành viên cần chú trọng ', text('đổi mới, nâng cao chất lượng hoạt động', ['bold']), ', tập trung vào các nội dung sau:'),
    bullets(
      'Thực hiện tốt chủ đề hành động năm 2024 của Thành phố “Kỷ cương, trách nhiệm, hành động, sáng tạo, phát triển”;',
      'Tiếp tục thực hiện cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh” năm 2024;',
      'Nâng cao chất lượng và tổ chức hiệu quả “Ngày hội đại đoàn kết toàn dân tộc” ở khu dân cư;',
      'Tích cực tham gia xây dựng Đảng, xây dựng chính quyền; đổi mới hình thức tiếp nhận ý kiến, kiến nghị của cử tri.',
    ),
    figure(photo, 'Đồng chí Khổng Minh Thảo - Chủ tịch Ủy ban MTTQ Việt Nam quận phát động thi đua năm 2024'),
    h(4, 'b) Ký kết chương trình phối hợp và giao ước thi đua'),
    p('Hưởng ứng phát động đã có 2 ý kiến phát biểu; tiếp đó đại diện lãnh đạo 16 tổ chức thành viên của Ủy ban MTTQ Việt Nam quận đã ký kết chương trình phối hợp công tác và Chủ tịch Ủy ban MTTQ Việt Nam 11 phường đã ký giao ước thi đua năm 2024, cụ thể:'),
    table(
      ['STT', 'Nội dung ký kết', 'Số đơn vị', 'Ghi chú'],
      [
        ['1', 'Chương trình phối hợp công tác giữa Ủy ban MTTQ Việt Nam quận với các tổ chức thành viên', '16', ''],
        ['2', 'Giao ước thi đua giữa Ủy ban MTTQ Việt Nam các phường', '11', ''],
      ],
      [50, 330, 90, 90],
    ),
    h(2, 'II. Đánh giá chung'),
    p('Hội nghị được tổ chức trang trọng, đúng thành phần và thời gian. Kết thúc Hội nghị, đồng chí Chủ tịch Ủy ban MTTQ Việt Nam quận đã ghi nhận và đánh giá cao những kết quả, thành tích mà Ủy ban MTTQ Việt Nam quận, phường đạt được trong năm 2023, đồng thời đề nghị:'),
    ordered(
      1,
      'Mặt trận Tổ quốc và các tổ chức thành viên từ quận đến cơ sở khẩn trương xây dựng và triển khai ngay các chương trình, kế hoạch công tác năm 2024;',
      'Quyết tâm cao nhất để hoàn thành xuất sắc mọi chỉ tiêu và nhiệm vụ trọng tâm được giao;',
      'Góp phần vào sự phát triển kinh tế - xã hội, xây dựng Đảng, xây dựng chính quyền quận Thanh Xuân năm 2024.',
    ),
    p(SAMPLE_LAST_SENTENCE),
  ];
  const document = makeDocument(
    'report',
    'Báo cáo kết quả Hội nghị phát động thi đua năm 2024',
    {
      summary: SAMPLE_SUMMARY,
      recipients: [
        'Ban Thường trực UB MTTQ Việt Nam TP (để b/c)',
        'Thường trực Quận ủy, HĐND, UBND quận (để b/c)',
        'Các tổ chức thành viên',
        'Ủy ban MTTQ Việt Nam 11 phường',
      ],
    },
    body,
    '01900000-0000-7000-8000-000000000012',
  );
  return { document, appendices: [attendeeAppendix(24)] };
}

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Ngô'];
const MIDDLE = ['Văn', 'Thị', 'Minh', 'Thu', 'Đức', 'Hồng', 'Quang', 'Thanh'];
const GIVEN = ['An', 'Bình', 'Chi', 'Dũng', 'Hà', 'Hải', 'Hương', 'Lan', 'Long', 'Mai', 'Nam', 'Thảo', 'Tiến', 'Trung'];
const ROLES = ['Chủ tịch', 'Phó Chủ tịch', 'Ủy viên Ban Thường trực', 'Trưởng ban', 'Ủy viên'];
const UNITS = ['Ủy ban MTTQ Việt Nam phường Thanh Xuân Trung', 'Hội Cựu chiến binh quận', 'Hội Liên hiệp Phụ nữ quận', 'Quận đoàn Thanh Xuân', 'Hội Nông dân quận', 'Liên đoàn Lao động quận'];

/** "Danh sách đại biểu" appendix with `rows` attendees (docs/nd30-rules.md §10). */
export function attendeeAppendix(rows: number): AppendixInput {
  const people = Array.from({ length: rows }, (_, index) => [
    String(index + 1),
    `${FAMILY[index % FAMILY.length]} ${MIDDLE[(index * 3) % MIDDLE.length]} ${GIVEN[(index * 7) % GIVEN.length]}`,
    ROLES[index % ROLES.length] ?? '',
    UNITS[(index * 5) % UNITS.length] ?? '',
    '',
  ]);
  return {
    label: 'Phụ lục',
    title: 'Danh sách đại biểu dự Hội nghị phát động thi đua năm 2024',
    attachedTo: 'Kèm theo Báo cáo số 12/BC-MTTQ-BTT ngày 31 tháng 01 năm 2024 của Ban Thường trực Ủy ban MTTQ Việt Nam quận Thanh Xuân',
    content: [table(['STT', 'Họ và tên', 'Chức vụ', 'Đơn vị', 'Ghi chú'], people, [50, 150, 150, 190, 70])],
  };
}

/** A pledge (giao ước) whose frame signer signs alone unless parties are given. */
export function samplePledge(): Document {
  return makeDocument(
    'pledge',
    'Giao ước thi đua năm 2024',
    { documentType: 'GIAO ƯỚC THI ĐUA NĂM 2024', summary: 'Giữa Ủy ban MTTQ Việt Nam các phường quận Thanh Xuân', symbol: 'GƯTĐ-MTTQ-BTT', number: '1' },
    [h(2, 'I. Mục đích, yêu cầu'), p('Các bên thống nhất ký kết giao ước thi đua năm 2024 với các nội dung sau:'), ordered(1, 'Hoàn thành 100% chỉ tiêu được giao.', 'Tổ chức tốt Ngày hội đại đoàn kết toàn dân tộc.')],
    '01900000-0000-7000-8000-000000000013',
  );
}

/** The benchmark's report: 300 paragraphs, 10 tables, 10 images (about 60 pages), plus `appendixRows`. */
export function largeReport(shelf: ImageShelf, appendixRows = 2000): { document: Document; appendices: AppendixInput[] } {
  const base = sampleReport(shelf).document;
  const body: BodyNode[] = [];
  const long =
    'Mặt trận Tổ quốc và các tổ chức thành viên từ quận đến cơ sở cần chú trọng đổi mới, nâng cao chất lượng hoạt động, tăng cường phối hợp hoạt động giữa MTTQ, các tổ chức thành viên với chính quyền; phát động phong trào thi đua thực hiện tốt chủ đề hành động năm 2024 của Thành phố; nắm chắc tình hình trên địa bàn, chủ động tham mưu cho cấp ủy, chính quyền kịp thời giải quyết những vấn đề phát sinh. Các khu dân cư tiếp tục thực hiện cuộc vận động toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh; phát huy vai trò của Ban công tác Mặt trận và tổ trưởng tổ dân phố.';
  for (let section = 0; section < 10; section++) {
    body.push(h(2, `${['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'][section]}. Nội dung công tác thứ ${section + 1}`));
    for (let index = 0; index < 30; index++) body.push(p(`${section * 30 + index + 1}. ${long}`));
    body.push(table(['STT', 'Chỉ tiêu', 'Kết quả', 'Ghi chú'], Array.from({ length: 12 }, (_, row) => [String(row + 1), `Chỉ tiêu ${row + 1} của nội dung ${section + 1}`, `${90 + (row % 10)}%`, '']), [50, 330, 90, 90]));
    body.push(figure(shelf.add(makePng(800, 450, section + 2)), `Hình ${section + 1}. Hoạt động của nội dung công tác thứ ${section + 1}`));
  }
  body.push(p(SAMPLE_LAST_SENTENCE));
  return { document: { ...base, body: { type: 'doc', content: body } }, appendices: [attendeeAppendix(appendixRows)] };
}
