import { describe, expect, it } from 'vitest';
import type { Document } from '../../document/document';
import { DEFAULT_PROFILE } from '../../profile/profile';
import { checkDocument } from '../check-document';
import type { CheckRule } from '../check-input';
import { abbreviationRule } from './abbreviation';
import { capitalisationRule } from './capitalisation';
import { articleWith } from './check-fixture';
import { confusionRule } from './confusion';
import { dashRule } from './dash';
import { dateFormatRule } from './date-format';
import { spacingRule } from './spacing';
import { spellingRule } from './spelling';

const run = (rule: CheckRule, document: Document) => checkDocument({ document }, [rule]).map(({ kind, text, from, to, fix }) => ({ kind, text, from, to, fix }));
const report = (...paragraphs: string[]): Document => ({ ...articleWith(...paragraphs), kind: 'report' });

describe('writing rules', () => {
  it('spelling: unknown syllables with suggestions; acronyms, names, units and NFD text pass', () => {
    const document = articleWith('Hội nghị tổng kêt năm 2024 của MTTQ, HĐND tại Hà Nội, dài 5 km, Facebook.', 'người được nghiã'.normalize('NFD'));
    const findings = checkDocument({ document }, [spellingRule]);
    expect(findings.map((f) => f.text.normalize('NFC'))).toEqual(['kêt', 'nghiã']);
    expect(findings[0]?.message).toContain('kết');
    expect(findings[0]).toMatchObject({ from: 1 + 'Hội nghị tổng '.length });
    expect(checkDocument({ document, userWords: new Set(['kêt']) }, [spellingRule]).map((f) => f.text.normalize('NFC'))).toEqual(['nghiã']);
  });

  it('confusion: real words in the wrong place, with a sure fix', () => {
    expect(run(confusionRule, articleWith('Kịp thời sử lý, Tranh dành giải thưởng, chẩn đoán đúng.'))).toEqual([
      { kind: 'confusion', text: 'sử lý', from: 10, to: 15, fix: 'xử lý' },
      { kind: 'confusion', text: 'Tranh dành', from: 17, to: 27, fix: 'Tranh giành' },
    ]);
  });

  it('dash: one-sided spacing and a mix of – and -', () => {
    expect(run(dashRule, articleWith('Nhiệm kỳ 2024- 2029 và 2019 -2024.'))).toEqual([
      { kind: 'dash', text: '- ', from: 14, to: 16, fix: ' - ' },
      { kind: 'dash', text: ' -', from: 28, to: 30, fix: ' - ' },
    ]);
    const mixed = run(dashRule, articleWith('A - B, C - D', 'E – F'));
    expect(mixed).toEqual([{ kind: 'dash', text: ' – ', from: 16, to: 19, fix: ' - ' }]);
  });

  it('spacing: doubled spaces, a space before punctuation, none after a comma; leftovers and ./. alone', () => {
    expect(run(spacingRule, articleWith('Hội  nghị , đại biểu,nhân dân ./. và ...'))).toEqual([
      { kind: 'spacing', text: '  ', from: 4, to: 6, fix: ' ' },
      { kind: 'spacing', text: ' ,', from: 10, to: 12, fix: ',' },
      { kind: 'spacing', text: ',', from: 21, to: 22, fix: ', ' },
    ]);
  });

  it('date-format: numeric dates and missing leading zeros in official text, not in news', () => {
    expect(run(dateFormatRule, report('Sáng ngày 31/01/2024 và ngày 5 tháng 2 năm 2024, ngày 15 tháng 11 năm 2024.'))).toEqual([
      { kind: 'date-format', text: 'ngày 31/01/2024', from: 6, to: 21, fix: 'ngày 31 tháng 01 năm 2024' },
      { kind: 'date-format', text: 'ngày 5 tháng 2 năm 2024', from: 25, to: 48, fix: 'ngày 05 tháng 02 năm 2024' },
    ]);
    expect(run(dateFormatRule, articleWith('Sáng ngày 31/01/2024'))).toEqual([]);
  });

  it('capitalisation: names of organisations and titles as Decree 30 writes them', () => {
    const findings = run(capitalisationRule, articleWith('Ủy Ban Mặt Trận Tổ Quốc việt nam; CHỦ TỊCH; Phó Chủ Tịch; ủy ban các cấp; Uỷ Ban'));
    expect(findings.map((f) => [f.text, f.fix])).toEqual([
      ['Ủy Ban', 'Ủy ban'],
      ['Mặt Trận Tổ Quốc việt nam', 'Mặt trận Tổ quốc Việt Nam'],
      ['Phó Chủ Tịch', 'Phó Chủ tịch'],
      ['Uỷ Ban', 'Uỷ ban'],
    ]);
  });

  it('abbreviation: the first use must follow its full name in brackets; news articles are exempt', () => {
    const findings = run(abbreviationRule, report('Ủy ban nhân dân (UBND) phường và MTTQ phường; UBND, MTTQ, HĐND.', 'I. KẾT QUẢ'));
    expect(findings.map((f) => f.text)).toEqual(['MTTQ', 'HĐND']);
    expect(run(abbreviationRule, articleWith('MTTQ phường'))).toEqual([]);
  });

  it("abbreviation: the committee's own registered name is not a use to explain; MTTQ alone still is", () => {
    const profile = { ...DEFAULT_PROFILE, orgName: 'Ủy ban MTTQ Việt Nam phường Khương Đình' };
    const document = report('Ủy ban MTTQ Việt Nam phường Khương Đình tổ chức hội nghị.', 'Ủy ban MTTQ Việt Nam phường Khương Đình chủ trì.');
    expect(checkDocument({ document, profile }, [abbreviationRule])).toEqual([]);
    const later = report('Ủy ban MTTQ Việt Nam phường Khương Đình tổ chức.', 'Các tổ chức thành viên MTTQ tham dự.');
    expect(checkDocument({ document: later, profile }, [abbreviationRule]).map((f) => f.text)).toEqual(['MTTQ']);
    // The same committee named without its place (a chair's title typed into the event form).
    const chair = report('Đồng chí Trần Thị Bình, Phó Chủ tịch Ủy ban MTTQ Việt Nam phường chủ trì.', 'Ủy ban MTTQ Việt Nam quận cũ.');
    expect(checkDocument({ document: chair, profile }, [abbreviationRule])).toEqual([]);
  });
});
