/**
 * Editing the committee's level and place later, in Thông tin cơ quan (the first run writes them
 * whole, organisation.ts): which profile lines follow the change.
 */
import { profileFromOrganisation, type Organisation } from './organisation';
import { DEFAULT_PROFILE } from './default-profile';
import type { Profile } from './profile';

/** The lines the organisation writes into the profile (profileFromOrganisation, without the signer). */
function derivedLines(base: Profile, organisation: Organisation | undefined): Pick<Profile, 'name' | 'orgName' | 'parentBody' | 'place'> {
  if (!organisation) return { name: DEFAULT_PROFILE.name, orgName: DEFAULT_PROFILE.orgName, parentBody: DEFAULT_PROFILE.parentBody, place: DEFAULT_PROFILE.place };
  const { name, orgName, parentBody, place } = profileFromOrganisation(base, organisation, base.signer);
  return { name, orgName, parentBody, place };
}

/**
 * A change of level or place in Thông tin cơ quan: the name, the header and địa danh follow it when
 * they still read what the old organisation gave (or the generic lines of a profile from before
 * it); a line the clerk wrote differently ("Thanh Xuân" as địa danh of "phường Thanh Xuân Trung")
 * is theirs and stays.
 */
export function withOrganisation(profile: Profile, organisation: Organisation): Profile {
  const before = derivedLines(profile, profile.organisation);
  const after = derivedLines(profile, organisation);
  const same = (a: string | readonly string[], b: string | readonly string[]) => JSON.stringify(a) === JSON.stringify(b);
  return {
    ...profile,
    organisation,
    name: same(profile.name, before.name) ? after.name : profile.name,
    orgName: same(profile.orgName, before.orgName) ? after.orgName : profile.orgName,
    parentBody: same(profile.parentBody, before.parentBody) ? after.parentBody : profile.parentBody,
    place: same(profile.place, before.place) ? after.place : profile.place,
  };
}
