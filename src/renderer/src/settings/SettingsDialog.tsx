/** "Thông tin cơ quan": the organisation profile (header lines, symbol suffix, default signer, page setup) and the UI language. */
import { useState, type ReactNode } from 'react';
import { SIGNING_AUTHORITIES, type Signer } from '../../../shared/document/signer';
import { isCommuneLevel, UNIT_KINDS, type Organisation, type UnitKind } from '../../../shared/profile/organisation';
import { withOrganisation } from '../../../shared/profile/organisation-change';
import type { PageSetup, Profile } from '../../../shared/profile/profile';
import { signerWithAuthority } from '../../../shared/profile/signing-forms';
import { api } from '../api/client';
import { Dialog, DialogActions } from '../app/Dialog';
import { LinesField } from '../frame/LinesField';
import { LOCALE_NAMES, LOCALES, useLocale, type Locale } from '../i18n/locale';
import { BackupSection } from './BackupSection';
import { DictionarySection } from './DictionarySection';
import { profileProblems } from './profile-validation';
import './settings-dialog.css';

interface SettingsDialogProps {
  profile: Profile;
  onClose(): void;
  onSaved(profile: Profile): void;
  onError(error: unknown): void;
}

export function SettingsDialog({ profile, onClose, onSaved, onError }: SettingsDialogProps) {
  const { t, locale, setLocale } = useLocale();
  const [draft, setDraft] = useState<Profile>(profile);
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const problems = profileProblems(draft, t);
  const problemFor = (field: string) => (tried ? problems.find((problem) => problem.field === field) : undefined);

  const set = (patch: Partial<Profile>) => setDraft((d) => ({ ...d, ...patch }));
  const setSigner = (patch: Partial<Signer>) => setDraft((d) => ({ ...d, signer: { ...d.signer, ...patch } }));
  // A profile saved before the level was asked shows an empty one; it is stored once the clerk fills it.
  const organisation: Organisation = draft.organisation ?? { unitKind: 'phường', unitName: '', province: '' };
  const commune = isCommuneLevel(organisation.unitKind);
  const setOrganisation = (patch: Partial<Organisation>) => setDraft((d) => withOrganisation(d, { ...(d.organisation ?? organisation), ...patch }));
  const setPage = (patch: Partial<PageSetup>) => setDraft((d) => ({ ...d, page: { ...d.page, ...patch } }));

  const field = (path: string, label: string, control: ReactNode) => {
    const problem = problemFor(path);
    return (
      <div className={`form-field${problem ? ' has-error' : ''}`}>
        <label htmlFor={`profile-${path}`}>{label}</label>
        {control}
        {problem && <div className="field-error">{problem.message}</div>}
      </div>
    );
  };
  const text = (path: string, label: string, value: string, onChange: (value: string) => void) =>
    field(path, label, <input id={`profile-${path}`} type="text" value={value} onChange={(event) => onChange(event.target.value)} />);
  const number = (path: keyof PageSetup, label: string, step = 1) =>
    field(
      `page.${path}`,
      label,
      <input
        id={`profile-page.${path}`}
        type="number"
        step={step}
        value={Number.isNaN(draft.page[path] as number) ? '' : String(draft.page[path])}
        onChange={(event) => setPage({ [path]: event.target.value === '' ? Number.NaN : Number(event.target.value) })}
      />,
    );

  const save = () => {
    setTried(true);
    if (problems.length > 0 || busy) return;
    setBusy(true);
    api['profile.save'](draft)
      .then(onSaved)
      .catch(onError)
      .finally(() => setBusy(false));
  };

  // Esc, the backdrop or Đóng with changes not saved asks first (they were dropped without a word);
  // the footer's Hủy is the clerk's own choice to drop them.
  const dirty = JSON.stringify(draft) !== JSON.stringify(profile);
  const dismiss = () => {
    if (!dirty || window.confirm(t.settingsDiscard)) onClose();
  };

  return (
    <Dialog
      title={t.settingsTitle}
      onClose={dismiss}
      wide
      footer={
        <>
          {tried && problems.length > 0 && (
            <div className="form-summary-error" role="alert">
              {problems.map((problem) => `${problem.label}: ${problem.message}`).join(' · ')}
            </div>
          )}
          <DialogActions cancelLabel={t.cancel} onCancel={onClose} confirmLabel={t.save} onConfirm={save} confirmDisabled={busy} />
        </>
      }
    >
      <form className="settings-form" onSubmit={(event) => event.preventDefault()}>
        <div className="settings-columns">
          <fieldset>
            <legend>{t.settingsTitle}</legend>
            <div className="form-row">
              {field(
                'organisation.unitKind',
                t.firstRunLevel,
                <select id="profile-organisation.unitKind" value={organisation.unitKind} onChange={(event) => setOrganisation({ unitKind: event.target.value as UnitKind })}>
                  {UNIT_KINDS.map((kind) => (
                    <option key={kind} value={kind}>
                      {t[`unitKind_${kind}`]}
                    </option>
                  ))}
                </select>,
              )}
              {text('organisation.unitName', commune ? t.firstRunCommuneName : t.firstRunProvinceName, organisation.unitName, (unitName) => setOrganisation({ unitName }))}
            </div>
            <div className="form-row">
              {commune && text('organisation.province', t.firstRunProvince, organisation.province, (province) => setOrganisation({ province }))}
              {text('place', t.place, draft.place, (place) => set({ place }))}
            </div>
            {text('name', t.profileName, draft.name, (name) => set({ name }))}
            {text('orgName', t.orgName, draft.orgName, (orgName) => set({ orgName }))}
            {field('parentBody', t.parentBody, <LinesField id="profile-parentBody" className="upper" value={draft.parentBody} rows={2} onChange={(parentBody) => set({ parentBody })} />)}
            {field('issuingBody', t.issuingBody, <LinesField id="profile-issuingBody" className="upper" value={draft.issuingBody} rows={2} onChange={(issuingBody) => set({ issuingBody })} />)}
            {text('symbolSuffix', t.symbolSuffix, draft.symbolSuffix, (symbolSuffix) => set({ symbolSuffix }))}
            {text('archiveLine', t.archiveLine, draft.archiveLine, (archiveLine) => set({ archiveLine }))}
            {field(
              'toneStyle',
              t.toneStyle,
              <select id="profile-toneStyle" value={draft.toneStyle} onChange={(event) => set({ toneStyle: event.target.value === 'new' ? 'new' : 'old' })}>
                <option value="old">{t.toneStyleOld}</option>
                <option value="new">{t.toneStyleNew}</option>
              </select>,
            )}
          </fieldset>
          <div>
            <fieldset>
              <legend>{t.defaultSigner}</legend>
              <div className="form-row">
                {field(
                  'signer.authority',
                  t.authority,
                  <select id="profile-signer.authority" value={draft.signer.authority} onChange={(event) => setDraft((d) => ({ ...d, signer: signerWithAuthority(d.signer, event.target.value as Signer['authority']) }))}>
                    {SIGNING_AUTHORITIES.map((authority) => (
                      <option key={authority} value={authority}>
                        {authority || t.authorityNone}
                      </option>
                    ))}
                  </select>,
                )}
                {text('signer.authorityOf', t.authorityOf, draft.signer.authorityOf, (authorityOf) => setSigner({ authorityOf }))}
              </div>
              <div className="form-row">
                {text('signer.title', t.signerTitle, draft.signer.title, (title) => setSigner({ title }))}
                {text('signer.name', t.signerName, draft.signer.name, (name) => setSigner({ name }))}
              </div>
            </fieldset>
            <fieldset>
              <legend>{t.pageSetup}</legend>
              <div className="form-row form-row-4">
                {number('marginTopMm', t.marginTop)}
                {number('marginBottomMm', t.marginBottom)}
                {number('marginLeftMm', t.marginLeft)}
                {number('marginRightMm', t.marginRight)}
              </div>
              {field(
                'page.sizePreset',
                t.sizePreset,
                <select id="profile-page.sizePreset" value={draft.page.sizePreset} onChange={(event) => setPage({ sizePreset: event.target.value as PageSetup['sizePreset'] })}>
                  <option value="A">{t.sizePresetA}</option>
                  <option value="B">{t.sizePresetB}</option>
                </select>,
              )}
              <div className="form-row">
                {number('lineSpacing', t.lineSpacing, 0.05)}
                {field(
                  'page.firstLineIndentCm',
                  t.firstLineIndent,
                  <select id="profile-page.firstLineIndentCm" value={String(draft.page.firstLineIndentCm)} onChange={(event) => setPage({ firstLineIndentCm: event.target.value === '1.27' ? 1.27 : 1 })}>
                    <option value="1">1</option>
                    <option value="1.27">1,27</option>
                  </select>,
                )}
                {number('paragraphAfterPt', t.paragraphAfter)}
              </div>
              <label className="checkbox">
                <input type="checkbox" checked={draft.page.appendEndMark} onChange={(event) => setPage({ appendEndMark: event.target.checked })} />
                {t.appendEndMark}
              </label>
            </fieldset>
            <fieldset>
              <legend>{t.language}</legend>
              <select aria-label={t.language} value={locale} onChange={(event) => setLocale(event.target.value as Locale)}>
                {LOCALES.map((code) => (
                  <option key={code} value={code}>
                    {LOCALE_NAMES[code]}
                  </option>
                ))}
              </select>
            </fieldset>
            <DictionarySection onError={onError} />
            <BackupSection onError={onError} />
          </div>
        </div>
      </form>
    </Dialog>
  );
}
