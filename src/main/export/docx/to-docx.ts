/**
 * toDocx(document, profile, resolveImage) → DOCX bytes: a pure function of its inputs (images come
 * through the resolver, no store access; the package timestamp is the document's updatedAt).
 * The spec is docs/nd30-rules.md; each part of the page has its own module, assembled here into sections:
 * the first section carries w:titlePg (no number on page 1), wide tables get landscape sections with
 * numbering carrying on, and each appendix starts a section numbered from 1.
 */
import { kindOf } from '../../../shared/document/kinds';
import { closingLayout, type ClosingLayout } from '../../../shared/document/closing-layout';
import type { Frame } from '../../../shared/document/frame';
import { formatPortalDateTime } from '../../../shared/export/portal-html-options';
import { AlignmentType, Document as DocxDocument, Paragraph, SectionType, type ISectionOptions, type Table } from 'docx';
import type { Document } from '../../../shared/document/document';
import type { Profile } from '../../../shared/profile/profile';
import { addresseeBlock } from '../../../shared/frame/addressees';
import { addresseeParagraphs } from './addressee-block';
import { appendixBlocks, type AppendixInput } from './appendix';
import { convertBody, type BodyBlock, type BodyChild } from './body';
import { closingBlock } from './closing-block';
import { createContext, type DocxContext, type ImageResolver } from './context';
import { packDeterministic } from './deterministic-package';
import { withEndMark } from './end-mark';
import { frameLine } from './frame-table';
import { headerBlock } from './header-block';
import { headingStyles } from './heading-styles';
import { numberingConfig } from './lists';
import { pageNumberHeaders } from './page-numbers';
import { isTableLike, spliceTables } from './raw-tables';
import { sectionPage, type Orientation } from './page-setup';
import { FONT_SLOTS, TEXT_COLOR, styledRun } from './run-style';
import { signatureGridBlock, type SignatureParty } from './signature-grid';
import { rewriteStyles } from './styles-part';
import { isWideTable } from './tables';
import { titleBlock } from './title-block';

export type { AppendixInput } from './appendix';
export type { ImageResolver } from './context';
export type { SignatureParty } from './signature-grid';

export interface DocxExtras {
  /** Appendices (Phụ lục) after the document, each a section numbered on its own. */
  appendices?: readonly AppendixInput[];
  /** Signing parties of a pledge or programme; without them the frame's signer signs alone. */
  parties?: readonly SignatureParty[];
  /** Last rewrite of word/document.xml before zipping: the rows of big lists (attendees/list-rows-xml.ts). */
  finishDocumentXml?: (xml: string) => string;
  /**
   * One copy of the document per addressee (giấy mời), each starting on its own page with that
   * addressee as its Kính gửi (in place of the frame's). Absent or empty: the document once, as it is.
   */
  addressees?: readonly string[];
}

interface SectionPlan {
  orientation: Orientation;
  children: BodyChild[];
  /** True for the document's first section and each appendix's: numbered from 1, no number on its first page. */
  restartNumbering: boolean;
}

function flag(children: readonly BodyChild[], landscape = false): BodyBlock[] {
  return children.map((child) => ({ child, landscape }));
}

/** Runs of blocks with one orientation → sections; the first keeps `restartNumbering`. */
function planSections(blocks: readonly BodyBlock[], restartNumbering: boolean): SectionPlan[] {
  const plans: SectionPlan[] = [];
  for (const block of blocks) {
    const orientation: Orientation = block.landscape ? 'landscape' : 'portrait';
    const current = plans[plans.length - 1];
    if (current && current.orientation === orientation) current.children.push(block.child);
    else plans.push({ orientation, children: [block.child], restartNumbering: plans.length === 0 && restartNumbering });
  }
  return plans;
}

/** Word merges tables that touch; an empty paragraph keeps them apart. */
function separateTables(children: readonly BodyChild[]): BodyChild[] {
  const out: BodyChild[] = [];
  for (const child of children) {
    const previous = out[out.length - 1];
    if (previous && isTableLike(previous) && isTableLike(child)) out.push(new Paragraph({ children: [] }));
    out.push(child);
  }
  return out;
}

function toSection(plan: SectionPlan, ctx: DocxContext, index: number): ISectionOptions {
  const headers = pageNumberHeaders(ctx);
  const page = sectionPage(ctx.geometry, plan.orientation);
  return {
    properties: {
      ...(index > 0 ? { type: SectionType.NEXT_PAGE } : {}),
      page: plan.restartNumbering ? { ...page, pageNumbers: { start: 1 } } : page,
      titlePage: plan.restartNumbering,
    },
    headers: plan.restartNumbering ? headers : { default: headers.default },
    children: separateTables(plan.children),
  };
}

/**
 * A list too wide for a portrait page is landscape from its first page, header and title included
 * (a portrait page 1 holding only the header would be wasted and reads as a different document).
 */
function isLandscapeDocument(document: Document, ctx: DocxContext): boolean {
  return kindOf(document.kind).data === 'attendee-list' && document.body.content.some((node) => node.type === 'table' && isWideTable(node, ctx));
}

/** The article's date line on the sheet is 12 pt italic (sheet.css `.article-date`). */
const ARTICLE_DATE_HALF_PT = 24;

/** The signature blocks and Nơi nhận in the order the shared rule gives (docs/nd30-rules.md §9.6). */
function closingBlocks(frame: Frame, ctx: DocxContext, layout: ClosingLayout<SignatureParty>): Array<Paragraph | Table> {
  if (layout.layout === 'party-grid') return signatureGridBlock(frame, layout.parties, ctx);
  // 'byline' never reaches here: an article returns before its closing (mainBlocks).
  return closingBlock(frame, ctx, layout.layout === 'signer' ? (layout.party ?? undefined) : undefined);
}

function mainBlocks(document: Document, ctx: DocxContext, extras: DocxExtras, addressee?: string): BodyBlock[] {
  // A giấy mời's copy is addressed to one person: the same Kính gửi rule, one addressee (§15, §16).
  const frame = addressee === undefined ? document.frame : { ...document.frame, addressees: [addressee] };
  const kind = kindOf(document.kind);
  const body = ctx.profile.page.appendEndMark && kind.endMark ? withEndMark(document.body) : document.body;
  if (isLandscapeDocument(document, ctx)) {
    // Every part of the page is laid out on the landscape text width.
    ctx.geometry = { ...ctx.geometry, textWidthTwips: ctx.geometry.landscapeTextWidthTwips };
    const blocks = [headerBlock(frame, ctx), ...titleBlock(frame, ctx), ...addresseeParagraphs(addresseeBlock(frame.addressees), ctx), ...convertBody(body.content, ctx, { keepEnd: true, allLandscape: true }).map((block) => block.child), ...closingBlocks(frame, ctx, closingLayout(kind, extras.parties ?? []))];
    return flag(blocks, true);
  }
  if (kind.frame === 'article') {
    // A news article is not an official document: title, body, byline (docs/nd30-rules.md §14).
    // The date line under the title, as the sheet and the portal HTML show it ("31/01/2024 - 04:20 PM", italic 12 pt).
    const published = document.portal.publishedAt ? formatPortalDateTime(document.portal.publishedAt) : '';
    const title = frameLine([styledRun(document.title, { sizeHalfPt: ctx.sizes.documentType, bold: true })], AlignmentType.CENTER, 0, published ? 0 : ctx.spacing.afterTwips * 2);
    const dateLine = published ? [frameLine([styledRun(published, { sizeHalfPt: ARTICLE_DATE_HALF_PT, italic: true })], AlignmentType.CENTER, ctx.spacing.afterTwips / 2, ctx.spacing.afterTwips * 2)] : [];
    const byline = document.portal.author.trim()
      ? [frameLine([styledRun(document.portal.author.trim(), { sizeHalfPt: ctx.sizes.body, bold: true })], AlignmentType.RIGHT, ctx.spacing.afterTwips)]
      : [];
    return [...flag([title, ...dateLine]), ...convertBody(body.content, ctx), ...flag(byline)];
  }
  const closing = closingBlocks(frame, ctx, closingLayout(kind, extras.parties ?? []));
  const opening = addresseeParagraphs(addresseeBlock(frame.addressees), ctx);
  return [...flag([headerBlock(frame, ctx), ...titleBlock(frame, ctx), ...opening]), ...convertBody(body.content, ctx, { keepEnd: true }), ...flag(closing)];
}

export async function toDocx(document: Document, profile: Profile, resolveImage: ImageResolver, extras: DocxExtras = {}): Promise<Uint8Array> {
  const ctx = createContext(profile, resolveImage);
  const plans = extras.addressees?.length
    ? extras.addressees.flatMap((addressee) => planSections(mainBlocks(document, ctx, extras, addressee), true))
    : planSections(mainBlocks(document, ctx, extras), true);
  for (const appendix of extras.appendices ?? []) plans.push(...planSections(appendixBlocks(appendix, ctx).blocks, true));
  const sections = plans.map((plan, index) => toSection(plan, ctx, index));
  const docx = new DocxDocument({
    creator: profile.orgName || 'thuky',
    lastModifiedBy: profile.orgName || 'thuky',
    title: document.title,
    revision: 1,
    styles: {
      default: {
        document: {
          run: { font: FONT_SLOTS, size: ctx.sizes.body, sizeComplexScript: ctx.sizes.body, color: TEXT_COLOR, language: { value: 'vi-VN' } },
          paragraph: { spacing: { before: 0, after: 0, line: 240 } },
        },
        ...headingStyles(ctx.sizes.body),
      },
    },
    numbering: { config: numberingConfig(ctx) },
    sections,
  });
  const finishXml = extras.finishDocumentXml ?? ((xml: string) => xml);
  return packDeterministic(docx, document.updatedAt, {
    'word/document.xml': (xml) => finishXml(spliceTables(xml, ctx.rawTables)),
    'word/styles.xml': rewriteStyles,
  });
}
