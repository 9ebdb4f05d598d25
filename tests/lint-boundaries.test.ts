/** The process boundaries are enforced by lint, not by hope: these imports must be reported. */
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: path.resolve(__dirname, '..') });

async function ruleIds(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.resolve(__dirname, '..', file) });
  return (result?.messages ?? []).map((message) => message.ruleId ?? message.message);
}

describe('lint boundaries', () => {
  it.each([
    ['src/shared/document/x.ts', "import fs from 'node:fs';\nexport const a = fs;\n"],
    ['src/shared/document/x.ts', "import { app } from 'electron';\nexport const a = app;\n"],
    ['src/shared/document/x.ts', "import React from 'react';\nexport const a = React;\n"],
    ['src/shared/document/x.ts', "import { x } from '../../main/db/open';\nexport const a = x;\n"],
    ['src/renderer/src/x.ts', "import fs from 'fs';\nexport const a = fs;\n"],
    ['src/renderer/src/x.ts', "import { createServices } from '../../main/services/services';\nexport const a = createServices;\n"],
    ['src/main/services/x.ts', "import { app } from 'electron';\nexport const a = app;\n"],
  ])('%s: %s is refused', async (file, code) => {
    expect(await ruleIds(file, code)).toContain('no-restricted-imports');
  });

  it('refuses DOM globals in src/shared', async () => {
    expect(await ruleIds('src/shared/document/x.ts', 'export const a = () => document.title;\n')).toContain('no-restricted-globals');
  });

  it('allows electron inside src/main/electron', async () => {
    expect(await ruleIds('src/main/electron/x.ts', "import { app } from 'electron';\nexport const a = app;\n")).not.toContain('no-restricted-imports');
  });
});
