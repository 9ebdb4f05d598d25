/**
 * The CLI and Thông tin cơ quan (issue 11): on a store without it, a command that would write a
 * document refuses in one Vietnamese line saying what to do; `thuky profile set TỆP.json` saves it
 * (a script, a new machine), `thuky profile show` reads it, and documents then carry it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_PROFILE } from './support/sample-profile';
import { runThuky } from './support/cli-runner';
import { makeTempDir } from './support/temp-dir';

let tmp: ReturnType<typeof makeTempDir>;
let db: string;
beforeAll(() => {
  tmp = makeTempDir('thuky-cli-profile-');
  db = path.join(tmp.dir, 'thuky.db');
});
afterAll(() => tmp.cleanup());
const thuky = (...args: string[]) => runThuky([...args, '--db', db]);

describe('thuky without Thông tin cơ quan', () => {
  it('refuses to write a document, in Vietnamese, saying what to do; reading still works', () => {
    const run = thuky('new', '--template', 'bao-cao-ket-qua-hoi-nghi');
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Chưa có Thông tin cơ quan (tên cơ quan, cấp, địa danh, người ký)');
    expect(run.stderr).toContain('thuky profile set TỆP.json');
    expect(run.stderr).not.toMatch(/^\s+at /mu);
    expect(thuky('templates').code).toBe(0);
    expect(thuky('profile', 'show').code).toBe(1);
  });

  it('takes it from a file, then documents carry it', () => {
    const file = path.join(tmp.dir, 'co-quan.json');
    fs.writeFileSync(file, JSON.stringify({ ...SAMPLE_PROFILE, orgName: 'Ủy ban MTTQ Việt Nam phường Khương Đình', parentBody: ['ỦY BAN MTTQ VIỆT NAM', 'PHƯỜNG KHƯƠNG ĐÌNH'], place: 'Khương Đình' }));
    const set = thuky('profile', 'set', file);
    expect(set.code, set.stderr).toBe(0);
    expect(set.stdout).toContain('Đã lưu Thông tin cơ quan: Ủy ban MTTQ Việt Nam phường Khương Đình');
    expect(thuky('profile', 'show').stdout).toContain('Địa danh: Khương Đình');
    const created = thuky('new', '--template', 'bao-cao-ket-qua-hoi-nghi');
    expect(created.code, created.stderr).toBe(0);
    const shown = thuky('show', created.stdout.trim());
    expect(shown.stdout).toContain('PHƯỜNG KHƯƠNG ĐÌNH');
    expect(shown.stdout).toMatch(/Khương Đình, ngày/u);
  });

  it('names a bad profile file', () => {
    const file = path.join(tmp.dir, 'hong.json');
    fs.writeFileSync(file, '{ "name": ');
    const run = thuky('profile', 'set', file);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Không đọc được tệp JSON');
  });

  it('refuses a level without its province, or a place left empty, naming the field in Vietnamese; nothing is saved', () => {
    const file = path.join(tmp.dir, 'thieu.json');
    const before = thuky('profile', 'show', '--json').stdout;
    fs.writeFileSync(file, JSON.stringify({ ...SAMPLE_PROFILE, organisation: { unitKind: 'xã', unitName: 'Ba Vì', province: '' } }));
    const noProvince = thuky('profile', 'set', file);
    expect(noProvince.code).toBe(1);
    expect(noProvince.stderr).toContain('Thuộc tỉnh, thành phố (organisation.province)');
    expect(noProvince.stderr).toContain('Hãy ghi tỉnh, thành phố mà phường, xã, đặc khu trực thuộc');
    fs.writeFileSync(file, JSON.stringify({ ...SAMPLE_PROFILE, place: ' ' }));
    const noPlace = thuky('profile', 'set', file);
    expect(noPlace.code).toBe(1);
    expect(noPlace.stderr).toContain('Địa danh (place): Hãy ghi địa danh');
    expect(noPlace.stderr).not.toMatch(/^\s+at /mu);
    expect(thuky('profile', 'show', '--json').stdout).toBe(before);
  });
});
