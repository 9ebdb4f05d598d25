/**
 * The A4 sheet on the desk: margins, fonts and spacing from the profile's page setup, the header and
 * closing blocks drawn as they print, and the body editor between them.
 */
import { kindOf } from '../../../shared/document/kinds';
import type { Editor } from '@tiptap/core';
import { EditorContent } from '@tiptap/react';
import { useEffect, useRef, useState, type CSSProperties } from 'react';
import type { Document } from '../../../shared/document/document';
import type { Profile } from '../../../shared/profile/profile';
import { ArticleByline, ArticleHeader } from './ArticleHeader';
import type { FrameFieldKey } from './frame-fields';
import { SheetClosing, SheetRecipients } from './SheetClosing';
import { SheetHeader } from './SheetHeader';
import { frameView } from '../../../shared/frame/frame-view';
import type { PrintedBody } from '../attendees/use-printed-body';
import { BodyView } from './BodyView';
import { SignatureGridView } from './SignatureGridView';
import { closingLayout } from '../../../shared/document/closing-layout';
import { signatureParties } from '../../../shared/pledge/signature-layout';

/** A4 width at 96 CSS px per inch (ND30 PL I §I.1: 210 × 297 mm). */
const A4_WIDTH_PX = (210 / 25.4) * 96;
const DESK_PADDING_PX = 48;

interface SheetProps {
  doc: Pick<Document, 'kind' | 'title' | 'frame' | 'portal'>;
  profile: Profile;
  editor: Editor;
  onFocusField(field: FrameFieldKey): void;
  /** The printed body of a list or pledge (read-only, from the store's data) in place of the editor. */
  printed?: PrintedBody | null | undefined;
}

function pageStyle(profile: Profile): CSSProperties {
  const page = profile.page;
  const preset = page.sizePreset === 'B' ? { national: 13, motto: 14, org: 13 } : { national: 12, motto: 13, org: 12 };
  return {
    '--margin-top': `${page.marginTopMm}mm`,
    '--margin-bottom': `${page.marginBottomMm}mm`,
    '--margin-left': `${page.marginLeftMm}mm`,
    '--margin-right': `${page.marginRightMm}mm`,
    '--line-spacing': String(page.lineSpacing),
    '--first-line-indent': `${page.firstLineIndentCm}cm`,
    '--paragraph-after': `${page.paragraphAfterPt}pt`,
    // docs/nd30-rules.md §2.1: header sizes by preset.
    '--national-size': `${preset.national}pt`,
    '--motto-size': `${preset.motto}pt`,
    '--org-size': `${preset.org}pt`,
  } as CSSProperties;
}

/** Scales the sheet down when the desk is narrower than A4 (like Word's "fit page width"). */
function useFitZoom() {
  const deskRef = useRef<HTMLDivElement>(null);
  const [zoom, setZoom] = useState(1);
  useEffect(() => {
    const desk = deskRef.current;
    if (!desk) return;
    const observer = new ResizeObserver(() => {
      const available = desk.clientWidth - DESK_PADDING_PX;
      setZoom(Math.max(0.5, Math.min(1, available / A4_WIDTH_PX)));
    });
    observer.observe(desk);
    return () => observer.disconnect();
  }, []);
  return { deskRef, zoom };
}

export function Sheet({ doc, profile, editor, onFocusField, printed }: SheetProps) {
  const { deskRef, zoom } = useFitZoom();
  const isArticle = kindOf(doc.kind).frame === 'article';
  // The same lines the Word file and the CLI print (shared/frame).
  const view = frameView(doc.frame, profile);
  // Which signature blocks print and where Nơi nhận goes: the Word file's rule (docs/nd30-rules.md §9.6).
  const closing = closingLayout(kindOf(doc.kind), printed?.pledge ? signatureParties(printed.pledge) : []);
  return (
    <div className="desk" ref={deskRef}>
      <div className={`sheet${isArticle ? ' sheet-article' : ''}`} style={{ ...pageStyle(profile), zoom }} data-testid="sheet">
        {isArticle ? <ArticleHeader content={doc} onFocusField={onFocusField} /> : <SheetHeader view={view} onFocusField={onFocusField} />}
        {printed ? <BodyView body={printed.body} /> : <EditorContent editor={editor} className="sheet-body" />}
        {closing.layout === 'byline' ? (
          <ArticleByline content={doc} onFocusField={onFocusField} />
        ) : closing.layout === 'party-grid' ? (
          <footer className="sheet-closing-grid">
            <SignatureGridView parties={closing.parties} />
            <SheetRecipients view={view} onFocusField={onFocusField} />
          </footer>
        ) : (
          <SheetClosing view={view} party={closing.party} onFocusField={onFocusField} />
        )}
      </div>
    </div>
  );
}
