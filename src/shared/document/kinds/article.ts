/** Tin bài: a news article for the portal, not an official document (no frame, writing checks only, a byline). */
import type { KindDescriptor } from '../kinds';

export const articleKind: KindDescriptor = {
  id: 'article',
  label: { vi: 'Tin bài', en: 'News articles' },
  templateId: 'tin-bai-hoi-nghi',
  frame: 'article',
  closing: 'byline',
  endMark: false,
  data: 'none',
  attachesLists: false,
  importTypes: [],
  checks: 'writing',
  workspace: 'sheet',
};
