/** Right panel "Thông tin văn bản": the official frame (ND30 PL I §II, ô 1–9) as a form. */
import { kindOf } from '../../../shared/document/kinds';
import type { ReactNode } from 'react';
import type { DocumentContent } from '../../../shared/document/document';
import type { DocumentKind } from '../../../shared/document/kind';
import { SIGNING_AUTHORITIES, type Signer } from '../../../shared/document/signer';
import type { Frame } from '../../../shared/document/frame';
import { useLocale } from '../i18n/locale';
import { frameFieldId, type FrameFieldKey } from './frame-fields';
import { DateField } from './DateField';
import { LinesField } from './LinesField';
import { PublishedAtField } from './PublishedAtField';

type ContentMeta = Omit<DocumentContent, 'body'>;

interface FrameFormProps {
  kind: DocumentKind;
  content: ContentMeta;
  onChange(update: (content: ContentMeta) => ContentMeta): void;
}

function Field({ field, label, hint, children }: { field: FrameFieldKey; label: string; hint?: string; children: ReactNode }) {
  return (
    <div className="form-field">
      <label htmlFor={frameFieldId(field)}>
        {label}
        {hint && <span className="form-hint"> ({hint})</span>}
      </label>
      {children}
    </div>
  );
}

export function FrameForm({ kind, content, onChange }: FrameFormProps) {
  const { t } = useLocale();
  const frame = content.frame;
  const setFrame = (patch: Partial<Frame>) => onChange((c) => ({ ...c, frame: { ...c.frame, ...patch } }));
  const setSigner = (patch: Partial<Signer>) => onChange((c) => ({ ...c, frame: { ...c.frame, signer: { ...c.frame.signer, ...patch } } }));
  const text = (field: FrameFieldKey, value: string, set: (value: string) => void, extra: { inputMode?: 'numeric'; placeholder?: string } = {}) => (
    <input id={frameFieldId(field)} type="text" value={value} onChange={(event) => set(event.target.value)} {...extra} />
  );

  const isArticle = kindOf(kind).frame === 'article';
  return (
    <form className="frame-form" onSubmit={(event) => event.preventDefault()}>
      <Field field="title" label={t.docTitle}>
        {text('title', content.title, (title) => onChange((c) => ({ ...c, title })))}
      </Field>

      {isArticle ? (
        <fieldset>
          <Field field="author" label={t.author}>
            {text('author', content.portal.author, (author) => onChange((c) => ({ ...c, portal: { ...c.portal, author } })))}
          </Field>
          <PublishedAtField
            value={content.portal.publishedAt}
            onChange={(publishedAt) => onChange((c) => ({ ...c, portal: { ...c.portal, publishedAt } }))}
          />
        </fieldset>
      ) : (
        <>
          <fieldset>
            <Field field="parentBody" label={t.parentBody} hint={t.multiLine}>
              <LinesField id={frameFieldId('parentBody')} value={frame.parentBody} rows={2} className="upper" onChange={(parentBody) => setFrame({ parentBody })} />
            </Field>
            <Field field="issuingBody" label={t.issuingBody} hint={t.multiLine}>
              <LinesField id={frameFieldId('issuingBody')} value={frame.issuingBody} rows={2} className="upper" onChange={(issuingBody) => setFrame({ issuingBody })} />
            </Field>
            <div className="form-row">
              <Field field="number" label={t.number}>
                {/* ND30 PL I §II.3.a: the số is digits only. */}
                {text('number', frame.number, (value) => setFrame({ number: value.replace(/\D/g, '').slice(0, 6) }), { inputMode: 'numeric', placeholder: '05' })}
              </Field>
              <Field field="symbol" label={t.symbol}>
                {text('symbol', frame.symbol, (value) => setFrame({ symbol: value.replace(/[\s/]/g, '') }))}
              </Field>
            </div>
            <div className="form-row">
              <Field field="place" label={t.place}>
                {text('place', frame.place, (place) => setFrame({ place }))}
              </Field>
              <Field field="date" label={t.date}>
                <DateField id={frameFieldId('date')} value={frame.date} onChange={(date) => setFrame({ date })} />
              </Field>
            </div>
          </fieldset>
          <fieldset>
            <Field field="documentType" label={t.documentType}>
              {text('documentType', frame.documentType, (documentType) => setFrame({ documentType }))}
            </Field>
            <Field field="summary" label={t.summary}>
              <textarea id={frameFieldId('summary')} rows={2} value={frame.summary} onChange={(event) => setFrame({ summary: event.target.value })} />
            </Field>
            <Field field="legalBases" label={t.legalBases} hint={t.onePerLine}>
              <LinesField id={frameFieldId('legalBases')} value={frame.legalBases} rows={2} onChange={(legalBases) => setFrame({ legalBases })} />
            </Field>
          </fieldset>
          <fieldset>
            {/* ô 9a: a công văn (or a report sent upward) names whom it is sent to (docs/nd30-rules.md §16). */}
            <Field field="addressees" label={t.addressees} hint={t.onePerLine}>
              <LinesField id={frameFieldId('addressees')} value={frame.addressees ?? []} rows={2} onChange={(addressees) => setFrame({ addressees })} />
            </Field>
            <Field field="recipients" label={t.recipients} hint={t.onePerLine}>
              <LinesField id={frameFieldId('recipients')} value={frame.recipients} rows={4} onChange={(recipients) => setFrame({ recipients })} />
            </Field>
          </fieldset>
          <fieldset>
            <legend>{t.signer}</legend>
            <div className="form-row">
              <Field field="authority" label={t.authority}>
                <select id={frameFieldId('authority')} value={frame.signer.authority} onChange={(event) => setSigner({ authority: event.target.value as Signer['authority'] })}>
                  {SIGNING_AUTHORITIES.map((authority) => (
                    <option key={authority} value={authority}>
                      {authority || t.authorityNone}
                    </option>
                  ))}
                </select>
              </Field>
              <Field field="authorityOf" label={t.authorityOf}>
                {text('authorityOf', frame.signer.authorityOf, (authorityOf) => setSigner({ authorityOf }))}
              </Field>
            </div>
            <Field field="signerTitle" label={t.signerTitle}>
              {text('signerTitle', frame.signer.title, (title) => setSigner({ title }))}
            </Field>
            <Field field="signerName" label={t.signerName}>
              {text('signerName', frame.signer.name, (name) => setSigner({ name }))}
            </Field>
          </fieldset>
        </>
      )}
    </form>
  );
}
