/** The signing authority prefix prints once, however the clerk typed it; contradictions are named. */
import { describe, expect, it } from 'vitest';
import { signerHeadingLines, type Signer } from './signer';
import { authorityLineOnce, authorityLineProblem, signerAuthorityProblem } from './signing-authority';

const signer = (authority: Signer['authority'], authorityOf: string): Signer => ({ authority, authorityOf, title: 'Chủ tịch', name: 'Nguyễn Thị Thu' });

describe('the authority prefix, once', () => {
  it.each<[string, Signer, string]>([
    ['chosen and typed again', signer('TM.', 'TM. Ban Thường trực'), 'TM. BAN THƯỜNG TRỰC'],
    ['typed in lower case, without a space, with extra spaces', signer('TM.', '  tm.ban   thường  trực '), 'TM. BAN THƯỜNG TRỰC'],
    ['typed twice with nothing chosen', signer('', 'TM. TM. Ủy ban MTTQ Việt Nam phường Thanh Xuân'), 'TM. ỦY BAN MTTQ VIỆT NAM PHƯỜNG THANH XUÂN'],
    ['typed in decomposed Unicode (NFD)', signer('TM.', 'TM. Ban Thường trực'.normalize('NFD')), 'TM. BAN THƯỜNG TRỰC'],
    ['KT.', signer('KT.', 'kt. Chủ tịch'), 'KT. CHỦ TỊCH'],
    ['Q.', signer('Q.', 'Q. Q. Chủ tịch'), 'Q. CHỦ TỊCH'],
    ['TL.', signer('TL.', 'TL. Chủ tịch'), 'TL. CHỦ TỊCH'],
    ['TUQ.', signer('TUQ.', 'tuq . Chủ tịch'), 'TUQ. CHỦ TỊCH'],
    ['only chosen', signer('TM.', 'Ban Thường trực'), 'TM. BAN THƯỜNG TRỰC'],
    ['a word that merely starts with Q is no prefix', signer('TM.', 'Quận ủy'), 'TM. QUẬN ỦY'],
  ])('%s', (_name, input, first) => {
    const [line] = signerHeadingLines(input);
    expect(line).toBe(first);
    expect(line?.normalize('NFC')).toBe(line);
  });

  it('keeps the lines the clerk broke', () => {
    expect(authorityLineOnce('TM. Ban Thường trực\nỦy ban MTTQ Việt Nam phường A')).toBe('TM. BAN THƯỜNG TRỰC\nỦY BAN MTTQ VIỆT NAM PHƯỜNG A');
  });
});

describe('contradictory input is named, with its field', () => {
  it('a typed prefix other than the chosen one', () => {
    const problem = signerAuthorityProblem(signer('KT.', 'TM. Ban Thường trực'));
    expect(problem?.field).toBe('authorityOf');
    expect(problem?.message).toMatch(/^Tập thể\/chức danh bắt đầu bằng "TM\." nhưng Quyền hạn ký đã chọn là "KT\."/);
  });
  it('two different prefixes on one line', () => {
    expect(authorityLineProblem('TM. KT. Ban Thường trực')).toMatch(/^Dòng ký có hai quyền hạn ký khác nhau \(TM\. và KT\.\)/);
    expect(signerAuthorityProblem(signer('', 'TM. KT. Chủ tịch'))?.message).toMatch(/^Tập thể\/chức danh có hai quyền hạn ký/);
  });
  it('says nothing of a repeated or matching prefix', () => {
    expect(signerAuthorityProblem(signer('TM.', 'tm. TM. Ban Thường trực'))).toBeNull();
    expect(authorityLineProblem('TM. TM. Ban Thường trực')).toBeNull();
  });
});
