/**
 * The closing block as it prints (docs/nd30-rules.md §3, §13.2): Nơi nhận on the left, level with the
 * first quyền hạn line (ND30 PL I §II.9.d), the signature block on the right. A pledge's only party
 * signs there in place of the frame's signer, as in the Word file (§9.6).
 */
import type { FrameView } from '../../../shared/frame/frame-view';
import type { PartySignature } from '../../../shared/pledge/signature-layout';
import { useLocale } from '../i18n/locale';
import type { FrameFieldKey } from './frame-fields';
import { FramePart } from './FramePart';

interface SheetClosingProps {
  view: FrameView;
  /** The only signing party of a pledge/programme, signing instead of the frame's signer. */
  party?: PartySignature | null;
  onFocusField(field: FrameFieldKey): void;
}

/** Nơi nhận, as the frame prints it. */
export function SheetRecipients({ view, onFocusField }: Pick<SheetClosingProps, 'view' | 'onFocusField'>) {
  const { t } = useLocale();
  return (
    <FramePart field="recipients" onFocusField={onFocusField} className="nd30-recipients">
      {view.recipients.length > 0 && (
        <>
          <div className="nd30-recipients-heading">{t.recipientsHeading}</div>
          {view.recipients.map((line, index) => (
            <div key={index}>{line}</div>
          ))}
        </>
      )}
    </FramePart>
  );
}

export function SheetClosing({ view, party, onFocusField }: SheetClosingProps) {
  const { t } = useLocale();
  const heading = party ? [...party.authorityLine.split('\n'), party.title].filter(Boolean) : view.signer.heading;
  const name = party ? party.name : view.signer.name;
  return (
    <footer className="sheet-closing">
      <SheetRecipients view={view} onFocusField={onFocusField} />
      <div className="nd30-signature">
        <FramePart field="authority" onFocusField={onFocusField} className="nd30-signer-heading">
          {heading.length ? heading.map((line, index) => <div key={index}>{line}</div>) : <div className="sheet-empty">{t.signer}</div>}
        </FramePart>
        <div className="nd30-sign-space" aria-hidden="true">
          {t.signatureSpace}
        </div>
        <FramePart field="signerName" onFocusField={onFocusField} className="nd30-signer-name">
          {name || <span className="sheet-empty">{t.signerName}</span>}
        </FramePart>
      </div>
    </footer>
  );
}
