/**
 * The closing block as it prints (docs/nd30-rules.md §3, §13.2): Nơi nhận on the left, level with the
 * first quyền hạn line (ND30 PL I §II.9.d), the signature block on the right.
 */
import type { FrameView } from '../../../shared/frame/frame-view';
import { useLocale } from '../i18n/locale';
import type { FrameFieldKey } from './frame-fields';
import { FramePart } from './FramePart';

interface SheetClosingProps {
  view: FrameView;
  onFocusField(field: FrameFieldKey): void;
}

export function SheetClosing({ view, onFocusField }: SheetClosingProps) {
  const { t } = useLocale();
  const recipients = view.recipients;
  const heading = view.signer.heading;
  return (
    <footer className="sheet-closing">
      <FramePart field="recipients" onFocusField={onFocusField} className="nd30-recipients">
        {recipients.length > 0 && (
          <>
            <div className="nd30-recipients-heading">{t.recipientsHeading}</div>
            {recipients.map((line, index) => (
              <div key={index}>{line}</div>
            ))}
          </>
        )}
      </FramePart>
      <div className="nd30-signature">
        <FramePart field="authority" onFocusField={onFocusField} className="nd30-signer-heading">
          {heading.length ? heading.map((line, index) => <div key={index}>{line}</div>) : <div className="sheet-empty">{t.signer}</div>}
        </FramePart>
        <div className="nd30-sign-space" aria-hidden="true">
          {t.signatureSpace}
        </div>
        <FramePart field="signerName" onFocusField={onFocusField} className="nd30-signer-name">
          {view.signer.name || <span className="sheet-empty">{t.signerName}</span>}
        </FramePart>
      </div>
    </footer>
  );
}
