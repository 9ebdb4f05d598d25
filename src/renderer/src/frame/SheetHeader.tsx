/**
 * The first-page header drawn as it prints (docs/nd30-rules.md §3, §13.1): ô 2 / ô 1 side by side,
 * ô 3 / ô 4 on one line, then tên loại, trích yếu and its short rule, then the căn cứ, then Kính gửi
 * (ô 9a, §16: one addressee on the "Kính gửi:" line, several each under the colon).
 */
import { Fragment } from 'react';
import { ADDRESSEE_LABEL } from '../../../shared/frame/addressees';
import type { FrameView } from '../../../shared/frame/frame-view';
import { useLocale } from '../i18n/locale';
import type { FrameFieldKey } from './frame-fields';
import { FramePart } from './FramePart';

interface SheetHeaderProps {
  view: FrameView;
  onFocusField(field: FrameFieldKey): void;
}

export function SheetHeader({ view, onFocusField }: SheetHeaderProps) {
  const { t } = useLocale();
  const bases = view.legalBases;
  return (
    <header className="sheet-header">
      <div className="nd30-head">
        <div className="nd30-issuer">
          <FramePart field="parentBody" onFocusField={onFocusField} className="nd30-parent">
            {view.parentBody.length ? view.parentBody.map((line, index) => <div key={index}>{line}</div>) : <div className="sheet-empty">{t.parentBody}</div>}
          </FramePart>
          <FramePart field="issuingBody" onFocusField={onFocusField} className="nd30-issuing">
            <span className="nd30-issuing-lines">
              {view.issuingBody.length ? view.issuingBody.map((line, index) => <span key={index}>{line}</span>) : <span className="sheet-empty">{t.issuingBody}</span>}
              {/* ND30 PL I §II.2.b: a rule 1/3–1/2 of the issuing body's line, centred. */}
              <span className="nd30-rule nd30-rule-issuer" />
            </span>
          </FramePart>
        </div>
        <div className="nd30-nation">
          <div className="nd30-national-title">{t.nationalTitle}</div>
          {/* ND30 PL I §II.1.b: the rule under the motto is as long as the motto. */}
          <div>
            <span className="nd30-motto">{t.motto}</span>
          </div>
        </div>
        <FramePart field="number" onFocusField={onFocusField} className="nd30-number">
          {view.numberLine}
          {view.congVanSummary && <div className="nd30-cong-van-summary">{view.congVanSummary}</div>}
        </FramePart>
        <FramePart field="date" onFocusField={onFocusField} className="nd30-date">
          {view.placeDateLine}
        </FramePart>
      </div>

      {view.documentType && (
        <div className="nd30-title">
          <FramePart field="documentType" onFocusField={onFocusField} className="nd30-type">
            {view.documentType}
          </FramePart>
          <div className="nd30-summary-wrap">
            <FramePart field="summary" onFocusField={onFocusField} className="nd30-summary">
              {view.summaryLines.length ? view.summaryLines.map((line, index) => <div key={index}>{line}</div>) : <span className="sheet-empty">{t.summary}</span>}
            </FramePart>
            {/* ND30 PL I §II.5.b: a rule 1/3–1/2 of the trích yếu line under it. */}
            <div className="nd30-rule nd30-rule-summary" />
          </div>
        </div>
      )}

      {bases.length > 0 && (
        <FramePart field="legalBases" onFocusField={onFocusField} className="nd30-bases">
          {bases.map((line, index) => (
            <p key={index}>{line}</p>
          ))}
        </FramePart>
      )}

      {view.addressees && (
        <FramePart field="addressees" onFocusField={onFocusField} className="nd30-addressees">
          {view.addressees.items.length === 0 ? (
            <div>{view.addressees.lead}</div>
          ) : (
            <div className="nd30-addressee-list">
              <span>{ADDRESSEE_LABEL}</span>
              <span>:</span>
              {view.addressees.items.map((item, index) => (
                <Fragment key={index}>
                  <span />
                  <span>{item}</span>
                </Fragment>
              ))}
            </div>
          )}
        </FramePart>
      )}
    </header>
  );
}
