/** What every part builder needs: sizes, page geometry, body spacing, the image resolver and counters. */
import type { Profile } from '../../../shared/profile/profile';
import { nd30Sizes, type Nd30SizesHalfPt } from './nd30-sizes';
import { pageGeometry, type PageGeometry } from './page-setup';

/** An image's bytes by its id (sha-256); undefined when the store has no such image. */
export type ImageResolver = (imageId: string) => { mime: string; bytes: Uint8Array } | undefined;

export interface BodySpacing {
  /** ND30 PL I §II.6.a: 1 cm (567) or 1.27 cm (720). */
  firstLineTwips: number;
  /** ND30 PL I §II.6.a: at least 6 pt (120). */
  afterTwips: number;
  /** 240 = single; ND30 PL I §II.6.a allows up to 1.5 lines (360), rule "auto". */
  lineTwips: number;
}

export interface DocxContext {
  profile: Profile;
  sizes: Nd30SizesHalfPt;
  geometry: PageGeometry;
  spacing: BodySpacing;
  resolveImage: ImageResolver;
  /** Counters that make ids depend on the document only (never on earlier exports in the process). */
  counters: { image: number; listInstance: number };
  /** Ordered-list start values that need a numbering definition of their own. */
  orderedStarts: Set<number>;
  /** Table markup by placeholder index (raw-tables.ts). */
  rawTables: string[];
  /** While true, body paragraphs are made with w:keepNext (the end of the body, body.ts). */
  keepWithNext: boolean;
}

export function createContext(profile: Profile, resolveImage: ImageResolver): DocxContext {
  return {
    profile,
    sizes: nd30Sizes(profile.page.sizePreset),
    geometry: pageGeometry(profile.page),
    spacing: {
      firstLineTwips: Math.round(profile.page.firstLineIndentCm * 567),
      afterTwips: Math.round(profile.page.paragraphAfterPt * 20),
      lineTwips: Math.round(profile.page.lineSpacing * 240),
    },
    resolveImage,
    counters: { image: 0, listInstance: 0 },
    orderedStarts: new Set([1]),
    rawTables: [],
    keepWithNext: false,
  };
}
