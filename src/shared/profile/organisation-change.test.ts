import { describe, expect, it } from 'vitest';
import { withOrganisation } from './organisation-change';
import { profileFromOrganisation } from './organisation';
import { DEFAULT_PROFILE, Profile } from './profile';
import { signerWithAuthority } from './signing-forms';

const ward = profileFromOrganisation(DEFAULT_PROFILE, { unitKind: 'phường', unitName: 'Khương Đình', province: 'thành phố Hà Nội' }, DEFAULT_PROFILE.signer);

describe('editing the level and place later', () => {
  it('moves the name, the header and địa danh that still read the old organisation', () => {
    const commune = withOrganisation(ward, { unitKind: 'xã', unitName: 'Ba Vì', province: 'thành phố Hà Nội' });
    expect(commune).toMatchObject({
      orgName: 'Ủy ban MTTQ Việt Nam xã Ba Vì',
      name: 'Ủy ban MTTQ Việt Nam xã Ba Vì',
      parentBody: ['ỦY BAN MTTQ VIỆT NAM', 'XÃ BA VÌ'],
      place: 'Ba Vì',
      organisation: { unitKind: 'xã', unitName: 'Ba Vì' },
    });
    expect(Profile.parse(commune)).toEqual(commune);
  });

  it('keeps a line the clerk wrote differently', () => {
    const own = { ...ward, place: 'Hà Nội', parentBody: ['ỦY BAN MTTQ VIỆT NAM', 'PHƯỜNG KHƯƠNG ĐÌNH (HÀ NỘI)'] };
    const moved = withOrganisation(own, { unitKind: 'phường', unitName: 'Thanh Xuân', province: 'thành phố Hà Nội' });
    expect(moved.place).toBe('Hà Nội');
    expect(moved.parentBody).toEqual(own.parentBody);
    expect(moved.orgName).toBe('Ủy ban MTTQ Việt Nam phường Thanh Xuân');
  });

  it('gives a profile saved before the organisation existed its lines, when they are still the generic ones', () => {
    const { organisation: _none, ...old } = ward;
    const generic = { ...old, name: DEFAULT_PROFILE.name, orgName: DEFAULT_PROFILE.orgName, parentBody: DEFAULT_PROFILE.parentBody, place: '' };
    expect(withOrganisation(generic, { unitKind: 'tỉnh', unitName: 'Nghệ An', province: '' })).toMatchObject({ orgName: 'Ủy ban MTTQ Việt Nam tỉnh Nghệ An', place: 'Nghệ An' });
  });

  it('refuses, naming the field in Vietnamese: a commune without its province, an organisation without địa danh', () => {
    const noProvince = Profile.safeParse({ ...ward, organisation: { ...ward.organisation!, province: ' ' } });
    expect(noProvince.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([['organisation.province', 'Hãy ghi tỉnh, thành phố mà phường, xã, đặc khu trực thuộc']]);
    const noPlace = Profile.safeParse({ ...ward, place: '  ' });
    expect(noPlace.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([['place', 'Hãy ghi địa danh (dùng ở dòng «…, ngày … tháng … năm …»)']]);
    // The province's own committee needs no province line; a profile from before needs no place yet.
    expect(Profile.safeParse(withOrganisation(ward, { unitKind: 'thành phố', unitName: 'Hà Nội', province: '' })).success).toBe(true);
    expect(Profile.safeParse(DEFAULT_PROFILE).success).toBe(true);
  });
});

describe('signing authorities', () => {
  it('fills the usual lines for TM. and KT., keeping what the clerk typed', () => {
    const chair = DEFAULT_PROFILE.signer;
    expect(signerWithAuthority(chair, 'KT.')).toMatchObject({ authority: 'KT.', authorityOf: 'CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH' });
    expect(signerWithAuthority(signerWithAuthority(chair, 'KT.'), 'TM.')).toMatchObject({ authority: 'TM.', authorityOf: 'BAN THƯỜNG TRỰC', title: 'CHỦ TỊCH' });
    expect(signerWithAuthority({ ...chair, title: 'PHÓ CHỦ TỊCH THƯỜNG TRỰC' }, 'KT.').title).toBe('PHÓ CHỦ TỊCH THƯỜNG TRỰC');
  });
});
