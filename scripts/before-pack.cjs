// electron-builder beforePack hook: refuse to package an addon built for another system. The Electron
// build of better-sqlite3 (build/native/electron) is made for the machine that ran
// `npm run rebuild:electron`; a Windows installer built on Linux would otherwise ship a Linux addon.
const fs = require('node:fs');
const path = require('node:path');
const { Arch } = require('builder-util');

exports.default = async function beforePack(context) {
  const dir = path.join(context.packager.projectDir, 'build', 'native', 'electron');
  const stampFile = path.join(dir, 'stamp.json');
  const want = { platform: context.electronPlatformName, arch: Arch[context.arch] };
  if (!fs.existsSync(path.join(dir, 'better_sqlite3.node')) || !fs.existsSync(stampFile)) {
    throw new Error(`build/native/electron has no better_sqlite3.node for Electron: run "npm run rebuild:electron" on ${want.platform}-${want.arch} first`);
  }
  const stamp = JSON.parse(fs.readFileSync(stampFile, 'utf8'));
  if (stamp.platform !== want.platform || stamp.arch !== want.arch) {
    throw new Error(`build/native/electron holds better_sqlite3.node for ${stamp.platform}-${stamp.arch}, not ${want.platform}-${want.arch}: build the installer on ${want.platform} (the release workflow does)`);
  }
};
