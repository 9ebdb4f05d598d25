import { describe, expect, it } from 'vitest';
import { DocumentKind } from './kind';
import { documentKinds, isKnownKind, kindForDocumentType, kindOf, registerKind } from './kinds';

describe('the registry of document kinds', () => {
  it('holds the built-in kinds in sidebar order, each with a Vietnamese and an English label', () => {
    expect(documentKinds().map((kind) => kind.id)).toEqual(['report', 'article', 'attendees', 'pledge', 'program', 'invitation', 'other']);
    for (const kind of documentKinds()) expect(kind.label.vi && kind.label.en).toBeTruthy();
  });

  it('says what each kind does instead of the code testing names', () => {
    expect(kindOf('article')).toMatchObject({ frame: 'article', closing: 'byline', endMark: false, checks: 'writing' });
    expect(kindOf('pledge')).toMatchObject({ closing: 'signature-grid', data: 'pledge', workspace: 'pledge' });
    expect(kindOf('program')).toMatchObject({ closing: 'signature-grid', data: 'pledge' });
    expect(kindOf('attendees')).toMatchObject({ data: 'attendee-list', workspace: 'attendees' });
    expect(kindOf('report')).toMatchObject({ attachesLists: true, checks: 'official' });
    // A row written by a newer version with a kind this one lacks still opens, as "other".
    expect(kindOf('from-the-future')).toBe(kindOf('other'));
  });

  it('recognises an imported document by its tên loại', () => {
    expect(kindForDocumentType('BÁO CÁO')).toBe('report');
    expect(kindForDocumentType('GIAO ƯỚC THI ĐUA NĂM 2024')).toBe('pledge');
    expect(kindForDocumentType('CHƯƠNG TRÌNH PHỐI HỢP')).toBe('program');
    expect(kindForDocumentType('QUYẾT ĐỊNH')).toBe('other');
    expect(kindForDocumentType('')).toBe('other');
  });

  it('validates a kind with a Vietnamese message naming the known ones', () => {
    expect(DocumentKind.parse('report')).toBe('report');
    const result = DocumentKind.safeParse('invoice');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('Loại văn bản phải là một trong: report, article, attendees, pledge, program, invitation, other');
  });

  it('refuses an id twice or an id that is not lower-case letters and dashes', () => {
    expect(() => registerKind({ ...kindOf('report') })).toThrow(/twice/);
    expect(() => registerKind({ ...kindOf('report'), id: 'Bad Id' })).toThrow(/Invalid/);
    expect(isKnownKind('Bad Id')).toBe(false);
  });
});
