/**
 * First run: Thông tin cơ quan before the first document (docs/ui-conventions.md, First run). The
 * committee's level and place in the 2025 two-level administration (phường / xã / đặc khu under a
 * tỉnh or thành phố trực thuộc trung ương, or the province's own committee), địa danh and the signer.
 * The header, full name and địa danh follow from them (shared/profile/organisation.ts); everything
 * stays editable later in Thông tin cơ quan. It cannot be dismissed (a Dialog without onClose): no ward is built in.
 */
import { useRef, useState } from 'react';
import { SIGNING_AUTHORITIES, type Signer } from '../../../shared/document/signer';
import { isCommuneLevel, profileFromOrganisation, unitTitle, UNIT_KINDS, type UnitKind } from '../../../shared/profile/organisation';
import type { Profile } from '../../../shared/profile/profile';
import { signerWithAuthority } from '../../../shared/profile/signing-forms';
import { api } from '../api/client';
import { Dialog } from '../app/Dialog';
import { useLocale } from '../i18n/locale';
import { profileProblems } from './profile-validation';
import './settings-dialog.css';

interface FirstRunDialogProps {
  /** The generic starting profile (page setup, tone style) the organisation is written into. */
  base: Profile;
  onSaved(profile: Profile): void;
  onError(error: unknown): void;
}

export function FirstRunDialog({ base, onSaved, onError }: FirstRunDialogProps) {
  const { t } = useLocale();
  const [unitKind, setUnitKind] = useState<UnitKind>('phường');
  const [unitName, setUnitName] = useState('');
  const [province, setProvince] = useState('');
  const [place, setPlace] = useState<string | null>(null);
  const [signer, setSigner] = useState<Signer>({ ...base.signer, name: '' });
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const nameInput = useRef<HTMLInputElement>(null);

  const commune = isCommuneLevel(unitKind);
  const name = unitName.trim();
  const shownPlace = place ?? name;
  const preview = name ? `Ủy ban MTTQ Việt Nam ${unitTitle({ unitKind, unitName: name })}` : '';

  const profile: Profile = {
    ...profileFromOrganisation(base, { unitKind, unitName: name, province: commune ? province.trim() : '' }, { ...signer, name: signer.name.trim() }),
    place: shownPlace.trim(),
  };
  // The profile's own rules (shared/profile): the same words the settings and the CLI give.
  const problems = profileProblems(profile, t).map((problem) => problem.message);

  const save = () => {
    setTried(true);
    if (problems.length > 0 || busy) {
      if (!name) nameInput.current?.focus();
      return;
    }
    setBusy(true);
    api['profile.save'](profile)
      .then(onSaved)
      .catch(onError)
      .finally(() => setBusy(false));
  };

  return (
    <Dialog
      title={t.firstRunTitle}
      className="first-run"
      footer={
        <>
          {tried && problems.length > 0 && (
            <div className="form-summary-error" role="alert">
              {problems.join(' · ')}
            </div>
          )}
          <button type="button" className="button button-primary" disabled={busy} onClick={save}>
            {t.firstRunSave}
          </button>
        </>
      }
    >
      <form
        className="settings-form"
        onSubmit={(event) => {
          event.preventDefault();
          save();
        }}
      >
        <p className="first-run-intro">{t.firstRunIntro}</p>
        <div className="form-row">
          <div className="form-field">
            <label htmlFor="first-unitKind">{t.firstRunLevel}</label>
            <select id="first-unitKind" value={unitKind} onChange={(event) => setUnitKind(event.target.value as UnitKind)}>
              {UNIT_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {t[`unitKind_${kind}`]}
                </option>
              ))}
            </select>
          </div>
          <div className="form-field">
            <label htmlFor="first-unitName">{commune ? t.firstRunCommuneName : t.firstRunProvinceName}</label>
            <input id="first-unitName" ref={nameInput} data-autofocus type="text" value={unitName} placeholder={commune ? 'Khương Đình' : 'Hà Nội'} aria-invalid={tried && !name} onChange={(event) => setUnitName(event.target.value)} />
          </div>
        </div>
        {commune && (
          <div className="form-field">
            <label htmlFor="first-province">{t.firstRunProvince}</label>
            <input id="first-province" type="text" value={province} placeholder="thành phố Hà Nội" aria-invalid={tried && commune && !province.trim()} onChange={(event) => setProvince(event.target.value)} />
          </div>
        )}
        <div className="form-field">
          <span className="field-label">{t.firstRunOrgName}</span>
          <output className="first-run-preview" data-testid="first-run-org">
            {preview || '—'}
          </output>
        </div>
        <div className="form-field">
          <label htmlFor="first-place">{t.place}</label>
          <input id="first-place" type="text" value={shownPlace} aria-invalid={tried && !shownPlace.trim()} onChange={(event) => setPlace(event.target.value)} />
        </div>
        <div className="form-row">
          <div className="form-field">
            <label htmlFor="first-authority">{t.authority}</label>
            <select id="first-authority" value={signer.authority} onChange={(event) => setSigner((current) => signerWithAuthority(current, event.target.value as Signer['authority']))}>
              {SIGNING_AUTHORITIES.map((authority) => (
                <option key={authority} value={authority}>
                  {authority || t.authorityNone}
                </option>
              ))}
            </select>
          </div>
          <div className="form-field">
            <label htmlFor="first-authorityOf">{t.authorityOf}</label>
            <input id="first-authorityOf" type="text" className="upper" value={signer.authorityOf} onChange={(event) => setSigner((current) => ({ ...current, authorityOf: event.target.value }))} />
          </div>
        </div>
        <div className="form-row">
          <div className="form-field">
            <label htmlFor="first-signerTitle">{t.signerTitle}</label>
            <input id="first-signerTitle" type="text" className="upper" value={signer.title} onChange={(event) => setSigner((current) => ({ ...current, title: event.target.value }))} />
          </div>
          <div className="form-field">
            <label htmlFor="first-signerName">{t.signerName}</label>
            <input id="first-signerName" type="text" value={signer.name} placeholder="Nguyễn Văn An" onChange={(event) => setSigner((current) => ({ ...current, name: event.target.value }))} />
          </div>
        </div>
        <button type="submit" hidden />
      </form>
    </Dialog>
  );
}
