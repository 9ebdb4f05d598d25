import { describe, expect, it } from 'vitest';
import { Organisation, profileFromOrganisation, type UnitKind } from './organisation';
import { DEFAULT_PROFILE, Profile } from './profile';

describe('Thông tin cơ quan from the organisation (2025 two-level administration)', () => {
  it.each<[UnitKind, string, string, string[], string]>([
    ['phường', 'Khương Đình', 'thành phố Hà Nội', ['ỦY BAN MTTQ VIỆT NAM', 'PHƯỜNG KHƯƠNG ĐÌNH'], 'Ủy ban MTTQ Việt Nam phường Khương Đình'],
    ['xã', 'Ba Vì', 'thành phố Hà Nội', ['ỦY BAN MTTQ VIỆT NAM', 'XÃ BA VÌ'], 'Ủy ban MTTQ Việt Nam xã Ba Vì'],
    ['đặc khu', 'Phú Quốc', 'tỉnh An Giang', ['ỦY BAN MTTQ VIỆT NAM', 'ĐẶC KHU PHÚ QUỐC'], 'Ủy ban MTTQ Việt Nam đặc khu Phú Quốc'],
    ['tỉnh', 'Nghệ An', '', ['ỦY BAN MTTQ VIỆT NAM', 'TỈNH NGHỆ AN'], 'Ủy ban MTTQ Việt Nam tỉnh Nghệ An'],
    ['thành phố', 'Hà Nội', '', ['ỦY BAN MTTQ VIỆT NAM', 'THÀNH PHỐ HÀ NỘI'], 'Ủy ban MTTQ Việt Nam thành phố Hà Nội'],
  ])('%s %s', (unitKind, unitName, province, parentBody, orgName) => {
    const profile = profileFromOrganisation(DEFAULT_PROFILE, { unitKind, unitName, province }, { ...DEFAULT_PROFILE.signer, name: 'Nguyễn Văn An' });
    expect(profile).toMatchObject({ orgName, name: orgName, parentBody, place: unitName, issuingBody: ['BAN THƯỜNG TRỰC'] });
    expect(Profile.parse(profile)).toEqual(profile);
  });

  it('has no ward built in, and refuses an organisation without a name', () => {
    expect(DEFAULT_PROFILE.place).toBe('');
    expect(JSON.stringify(DEFAULT_PROFILE)).not.toMatch(/phường |Thanh Xuân/iu);
    expect(Organisation.safeParse({ unitKind: 'phường', unitName: ' ', province: 'x' }).error?.issues[0]?.message).toBe('Hãy ghi tên phường, xã, đặc khu (hoặc tỉnh, thành phố)');
  });
});
