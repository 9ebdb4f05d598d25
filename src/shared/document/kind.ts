/** The kinds of document thuky drafts. */
import { z } from 'zod';

export const DOCUMENT_KINDS = ['report', 'article', 'attendees', 'pledge', 'program', 'other'] as const;
export const DocumentKind = z.enum(DOCUMENT_KINDS, { message: 'Loại văn bản phải là một trong: report, article, attendees, pledge, program, other' });
export type DocumentKind = z.infer<typeof DocumentKind>;

/** Sidebar group names (UI.md). */
export const KIND_LABELS_VI: Record<DocumentKind, string> = {
  report: 'Báo cáo',
  article: 'Tin bài',
  attendees: 'Danh sách đại biểu',
  pledge: 'Giao ước thi đua',
  program: 'Chương trình phối hợp',
  other: 'Văn bản khác',
};

export const KIND_LABELS_EN: Record<DocumentKind, string> = {
  report: 'Reports',
  article: 'News articles',
  attendees: 'Attendee lists',
  pledge: 'Emulation pledges',
  program: 'Coordination programmes',
  other: 'Other documents',
};
