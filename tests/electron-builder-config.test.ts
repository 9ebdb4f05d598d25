/**
 * The installer configuration (electron-builder.yml), loaded and validated by electron-builder's
 * own code, then checked for what a clerk's installer needs, and snapshotted so that any change
 * to it is seen in review. Packaging itself runs in .github/workflows/release.yml.
 */
import fs from 'node:fs';
import path from 'node:path';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config.js';
import { DebugLogger } from 'builder-util';
import { describe, expect, it } from 'vitest';
import { makeTempDir } from './support/temp-dir';

const root = path.resolve(__dirname, '..');
type Config = Awaited<ReturnType<typeof getConfig>>;

async function load(projectDir = root): Promise<Config> {
  const config = await getConfig(projectDir, null, null);
  await validateConfiguration(config, new DebugLogger(false));
  return config;
}

describe('electron-builder configuration', () => {
  it('passes electron-builder validation and describes the installers a clerk needs', async () => {
    const config = await load();
    expect(config.appId).toBe('vn.org.mttq.thuky');
    expect(config.productName).toBe('Thư ký');
    expect(config.publish).toBeNull(); // no auto-update
    expect(config.npmRebuild).toBe(false);
    expect(config.asar).toBe(true);

    const win = config.win!;
    expect((win.target as { target: string }[]).map((t) => t.target)).toEqual(['nsis', 'portable']);
    expect(fs.existsSync(path.join(root, win.icon as string))).toBe(true);
    const nsis = config.nsis!;
    expect(nsis).toMatchObject({ oneClick: false, perMachine: false, allowElevation: false, installerLanguages: ['vi_VN'], language: '1066', createDesktopShortcut: 'always', createStartMenuShortcut: true, deleteAppDataOnUninstall: false });
    expect(fs.readFileSync(path.join(root, nsis.include as string), 'utf8')).toContain('RMDir /r "$APPDATA\\thuky"');

    const linux = config.linux!;
    expect((linux.target as { target: string }[]).map((t) => t.target)).toEqual(['AppImage', 'deb']);
    for (const size of [16, 32, 48, 64, 128, 256, 512]) expect(fs.existsSync(path.join(root, 'build', 'icons', `${size}x${size}.png`))).toBe(true);

    expect(config.fileAssociations).toEqual([expect.objectContaining({ ext: 'thuky', role: 'Editor' })]);
    // Only the Electron build of the addon ships, outside the archive.
    expect(JSON.stringify(config.files)).toContain('!node_modules/better-sqlite3/build');
    expect(config.asarUnpack).toContain('build/native/electron/**');
    expect(config).toMatchSnapshot();
  });

  it('the validator is real: a misspelt option is refused', async () => {
    const tmp = makeTempDir('thuky-builder-');
    try {
      fs.writeFileSync(path.join(tmp.dir, 'package.json'), JSON.stringify({ name: 'x', version: '1.0.0' }));
      fs.writeFileSync(path.join(tmp.dir, 'electron-builder.yml'), fs.readFileSync(path.join(root, 'electron-builder.yml'), 'utf8').replace('perMachine:', 'perMachin:'));
      await expect(load(tmp.dir)).rejects.toThrow(/Invalid configuration object[\s\S]*nsis/);
    } finally {
      tmp.cleanup();
    }
  });

  it('the Windows icon is a real .ico with a 256 px image', () => {
    const ico = fs.readFileSync(path.join(root, 'build', 'icon.ico'));
    expect(ico.readUInt16LE(2)).toBe(1);
    const count = ico.readUInt16LE(4);
    const sizes = Array.from({ length: count }, (_, i) => ico.readUInt8(6 + i * 16) || 256);
    expect(sizes).toEqual([16, 24, 32, 48, 64, 128, 256]);
  });
});
