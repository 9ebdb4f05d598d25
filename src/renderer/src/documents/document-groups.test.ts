import { describe, expect, it } from 'vitest';
import type { DocumentSummary } from '../../../shared/document/document';
import { formatClockTime, formatEditTime, groupDocuments } from './document-groups';
import { foldVietnamese } from '../../../shared/text/vietnamese-fold';

function doc(title: string, kind: DocumentSummary['kind'], updatedAt: string): DocumentSummary {
  return { id: `0190c3f0-0000-7000-8000-${String(title.length).padStart(12, '0')}`, title, kind, updatedAt, createdAt: updatedAt };
}

describe('groupDocuments', () => {
  const docs = [
    doc('Báo cáo cũ', 'report', '2024-01-01T08:00:00.000Z'),
    doc('Tin hội nghị', 'article', '2024-01-05T08:00:00.000Z'),
    doc('Báo cáo mới', 'report', '2024-01-31T03:42:00.000Z'),
    doc('Giao ước', 'pledge', '2024-01-02T08:00:00.000Z'),
  ];

  it('groups by kind in the sidebar order, newest first', () => {
    const groups = groupDocuments(docs);
    expect(groups.map((group) => group.kind)).toEqual(['report', 'article', 'pledge']);
    expect(groups[0]!.documents.map((d) => d.title)).toEqual(['Báo cáo mới', 'Báo cáo cũ']);
  });

  it('filters by title without tone marks or đ', () => {
    expect(groupDocuments(docs, 'bao cao moi').flatMap((g) => g.documents.map((d) => d.title))).toEqual(['Báo cáo mới']);
    expect(groupDocuments(docs, 'GIAO UOC')[0]!.kind).toBe('pledge');
    expect(groupDocuments(docs, 'không có')).toEqual([]);
  });
});

describe('time wording', () => {
  it('shows the edit time as dd/mm/yyyy HH:mm in local time', () => {
    const local = new Date(2024, 0, 31, 10, 42);
    expect(formatEditTime(local.toISOString())).toBe('31/01/2024 10:42');
    expect(formatClockTime(new Date(2024, 0, 31, 9, 5))).toBe('09:05');
  });

  it('folds Vietnamese for search', () => {
    expect(foldVietnamese('Đội Ủy ban Thanh Xuân')).toBe('doi uy ban thanh xuan');
  });
});
