/**
 * The tests' own organisation: a ward committee as a clerk would fill Thông tin cơ quan at first run.
 * The app has no built-in ward (src/shared/profile/profile.ts); suites seed this one into their store.
 */
import { DEFAULT_PROFILE, type Profile } from '../../src/shared/profile/profile';
import { profileFromOrganisation } from '../../src/shared/profile/organisation';

export const SAMPLE_PROFILE: Profile = profileFromOrganisation(
  DEFAULT_PROFILE,
  { unitKind: 'phường', unitName: 'Thanh Xuân', province: 'thành phố Hà Nội' },
  DEFAULT_PROFILE.signer,
);

/** Saves the sample organisation into a store that has none yet (what the first-run dialog does). */
export function seedSampleProfile(services: { profile: { isSet(): boolean; save(profile: Profile): Profile } }): void {
  if (!services.profile.isSet()) services.profile.save(SAMPLE_PROFILE);
}
