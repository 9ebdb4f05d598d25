/**
 * `npm run rebuild:electron`: builds better-sqlite3's addon for the installed Electron's ABI with
 * @electron/rebuild, in a staging copy, and puts the result in build/native/electron/ with a stamp.
 * node_modules keeps its Node build for the tests, the CLI and the harness. Needs the Electron
 * headers (or a prebuilt addon) from the internet; without them it says so and exits 1.
 * Options: --force (rebuild even when current), --arch ARCH.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { rebuild } from '@electron/rebuild';
import { BINDING_FILE, SOURCE_NATIVE_DIR, betterSqlite3Version, checkNativeBuild, writeStamp, type NativeTarget } from '../src/main/native/electron-native';

const root = path.resolve(import.meta.dirname, '..');

const HEADERS_URL = 'https://www.electronjs.org/headers';

function cannotBuild(electron: string, why: string): string {
  return [
    `Không dựng được better-sqlite3 cho Electron ${electron}: ${why}.`,
    'Bước này cần tải tiêu đề Electron (headers) hoặc bản dựng sẵn từ Internet, và một trình biên dịch C++ (Windows: Visual Studio Build Tools; Linux: build-essential, python3).',
    'Trên máy không ra được Internet, hãy dùng "npm run web" (cùng ứng dụng trong trình duyệt) hoặc bộ cài do quy trình phát hành dựng.',
    `(Could not build better-sqlite3 for Electron ${electron}: it needs Electron headers or a prebuilt addon from the internet.)`,
  ].join('\n');
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { force: { type: 'boolean' }, arch: { type: 'string' } }, strict: true });
  const electronDir = path.join(root, 'node_modules', 'electron');
  const electron = (JSON.parse(fs.readFileSync(path.join(electronDir, 'package.json'), 'utf8')) as { version: string }).version;
  const target: NativeTarget = { electron, betterSqlite3: betterSqlite3Version(root), platform: process.platform, arch: values.arch ?? process.arch };
  const outDir = path.join(root, SOURCE_NATIVE_DIR);
  const existing = checkNativeBuild(outDir, target);
  if (existing.current && !values.force) {
    console.log(`better-sqlite3 ${target.betterSqlite3} cho Electron ${electron} (${target.platform}-${target.arch}) đã có: ${existing.binding}`);
    return 0;
  }

  // Offline, @electron/rebuild can wait for minutes on retries: ask once, quickly, whether the headers' host answers.
  const headers = `${HEADERS_URL}/v${electron}/node-v${electron}-headers.tar.gz`;
  const reachable = await fetch(headers, { method: 'HEAD', signal: AbortSignal.timeout(15_000) }).then(
    () => '', // any answer means the network is there; node-gyp reports a real download error itself
    (error: Error) => String((error.cause as { code?: string } | undefined)?.code ?? error.message),
  );
  if (reachable) {
    console.error(cannotBuild(electron, `không tải được tiêu đề Electron ${headers} (${reachable})`));
    return 1;
  }

  // A copy of the package without its Node build, inside the checkout so that prebuild-install
  // and node-gyp resolve from the project's node_modules.
  const staging = path.join(outDir, '.staging');
  fs.rmSync(staging, { recursive: true, force: true });
  const stagedModule = path.join(staging, 'node_modules', 'better-sqlite3');
  fs.cpSync(path.join(root, 'node_modules', 'better-sqlite3'), stagedModule, { recursive: true, filter: (source) => path.basename(source) !== 'build' });
  fs.writeFileSync(path.join(staging, 'package.json'), JSON.stringify({ name: 'thuky-native-staging', private: true, dependencies: { 'better-sqlite3': target.betterSqlite3 } }));

  console.log(`Đang dựng better-sqlite3 ${target.betterSqlite3} cho Electron ${electron} (${target.platform}-${target.arch})…`);
  try {
    await rebuild({ buildPath: staging, electronVersion: electron, arch: target.arch, onlyModules: ['better-sqlite3'], force: true, headerURL: HEADERS_URL });
    const built = path.join(stagedModule, 'build', 'Release', BINDING_FILE);
    if (!fs.existsSync(built)) throw new Error(`không thấy ${built} sau khi dựng`);
    fs.mkdirSync(outDir, { recursive: true });
    fs.copyFileSync(built, path.join(outDir, BINDING_FILE));
    const abi = fs.existsSync(path.join(electronDir, 'abi_version')) ? fs.readFileSync(path.join(electronDir, 'abi_version'), 'utf8').trim() : '';
    writeStamp(outDir, { ...target, abi, builtAt: new Date().toISOString() });
  } catch (error) {
    console.error(cannotBuild(electron, String((error as Error).message ?? error).split('\n')[0] ?? ''));
    return 1;
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
  console.log(`Xong: ${path.join(outDir, BINDING_FILE)}`);
  return 0;
}

process.exitCode = await main();
