import { describe, expect, it } from 'vitest';
import { SAMPLE_PROFILE, sampleReport, ImageShelf } from '../../../tests/support/docx-samples';
import { preflight } from './preflight';

const complete = () => {
  const { document } = sampleReport(new ImageShelf());
  return { ...document, frame: { ...document.frame, recipients: ['Các tổ chức thành viên'] } };
};

describe('pre-export check', () => {
  it('finds nothing missing in a complete report', () => {
    expect(preflight(complete(), SAMPLE_PROFILE)).toEqual([]);
  });

  it('lists each missing part of an official document, in Vietnamese, by field', () => {
    const doc = complete();
    const draft = { ...doc, frame: { ...doc.frame, number: '', date: null, summary: ' ', recipients: [], signer: { ...doc.frame.signer, name: '' } } };
    const problems = preflight(draft, SAMPLE_PROFILE);
    expect(problems.map((problem) => problem.field)).toEqual(['frame.number', 'frame.date', 'frame.summary', 'frame.recipients', 'frame.signer.name']);
    expect(problems.map((problem) => problem.message)).toEqual([
      'Chưa có số văn bản (Số): văn thư sẽ phải điền tay',
      'Chưa có ngày tháng ban hành',
      'Chưa có trích yếu nội dung',
      'Chưa có nơi nhận',
      'Chưa có họ tên người ký',
    ]);
  });

  it('takes the signer from the profile when the frame has none', () => {
    const doc = complete();
    const unsigned = { ...doc, frame: { ...doc.frame, signer: { authority: '' as const, authorityOf: '', title: '', name: '' } } };
    expect(preflight(unsigned, { ...SAMPLE_PROFILE, signer: { ...SAMPLE_PROFILE.signer, name: 'Nguyễn Văn A' } })).toEqual([]);
    expect(preflight(unsigned, SAMPLE_PROFILE).map((problem) => problem.field)).toEqual(['frame.signer.name']);
  });

  it('does not check a news article', () => {
    const doc = complete();
    expect(preflight({ ...doc, kind: 'article', frame: { ...doc.frame, number: '', date: null } }, SAMPLE_PROFILE)).toEqual([]);
  });
});
