/**
 * The release workflow (.github/workflows/release.yml) runs on GitHub, where Electron can be
 * downloaded; here its shape is checked: both systems, the steps in the order that makes the
 * packaged app real, the app started (never skipped) before installers are uploaded.
 */
import fs from 'node:fs';
import path from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '..');

interface Step {
  name?: string;
  run?: string;
  uses?: string;
  if?: string;
  env?: Record<string, string>;
  with?: Record<string, unknown>;
}
interface Workflow {
  on: Record<string, unknown>;
  jobs: Record<string, { strategy: { matrix: { include: { os: string; app: string; installers: string }[] } }; steps: Step[] }>;
}

const workflow = load(fs.readFileSync(path.join(root, '.github', 'workflows', 'release.yml'), 'utf8')) as Workflow;
const job = Object.values(workflow.jobs)[0]!;
const runs = job.steps.map((step) => step.run ?? step.uses ?? '');
const indexOf = (fragment: string) => runs.findIndex((run) => run.includes(fragment));

describe('release workflow', () => {
  it('runs on tags and by hand, on Windows and Ubuntu', () => {
    expect(Object.keys(workflow.on).sort()).toEqual(['push', 'workflow_dispatch']);
    expect(job.strategy.matrix.include.map((entry) => entry.os)).toEqual(['windows-latest', 'ubuntu-latest']);
    expect(job.strategy.matrix.include.map((entry) => entry.app)).toEqual(['dist/win-unpacked/ThuKy.exe', 'dist/linux-unpacked/thuky']);
  });

  it('installs, rebuilds for Electron, tests, builds installers, then starts the packaged app before uploading', () => {
    const order = ['npm ci', 'npx install-electron', 'npm run rebuild:electron', 'npx vitest run src', 'npx electron-vite build', 'npx electron-builder', 'xvfb-run -a npx vitest run tests/electron-smoke.test.ts tests/electron-e2e.test.ts', 'actions/upload-artifact'];
    const positions = order.map(indexOf);
    expect(positions.every((position) => position >= 0), JSON.stringify(positions)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    const starts = job.steps.filter((step) => step.run?.includes('tests/electron-e2e.test.ts'));
    expect(starts.map((step) => step.if)).toEqual(["runner.os == 'Linux'", "runner.os == 'Windows'"]);
    for (const step of starts) expect(step.env).toMatchObject({ THUKY_ELECTRON_APP: '${{ matrix.app }}', THUKY_REQUIRE_ELECTRON: '1' });
    expect(job.steps.at(-1)?.with).toMatchObject({ 'if-no-files-found': 'error' });
  });

  it('uploads exactly the artifact names electron-builder.yml produces', () => {
    const config = fs.readFileSync(path.join(root, 'electron-builder.yml'), 'utf8');
    for (const name of ['ThuKy-Setup-${version}.${ext}', 'ThuKy-${version}-portable.${ext}', 'ThuKy-${version}-${arch}.${ext}', 'thuky_${version}_${arch}.${ext}']) expect(config).toContain(name);
    const uploads = job.strategy.matrix.include.flatMap((entry) => entry.installers.trim().split('\n'));
    expect(uploads).toEqual(['dist/ThuKy-Setup-*.exe', 'dist/ThuKy-*-portable.exe', 'dist/ThuKy-*.AppImage', 'dist/thuky_*.deb']);
  });
});
