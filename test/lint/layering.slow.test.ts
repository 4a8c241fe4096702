/**
 * The layering is enforced by the tools, not only described: probe files, linted in memory as if they sat in each
 * runtime's folder (nothing is written to the tree), must fail when they import across a boundary or touch a Node
 * global, and pass when they import what their folder may. A shared/ probe using a DOM type must fail the shared
 * tsconfig, which has neither the DOM nor Node's types.
 */
import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));

let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: root });
});

/** The layering problems ESLint finds in `code` placed at `file` (repository-relative). */
async function layering(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${root}${file}` });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'layering/import-patterns' || m.ruleId === 'no-restricted-globals')
    .map((m) => `${m.ruleId}: ${m.message}`);
}

describe('lint allows each folder only what its runtime may import', () => {
  it.each([
    ['renderer/src/__probe__.ts', "import { Low } from 'lowdb';\nexport const x = Low;\n", /renderer\/ may import only the packages/],
    ['renderer/src/__probe__.ts', "import { chromium } from 'playwright-core';\nexport const x = chromium;\n", /"playwright-core" is not one of them/],
    ['renderer/src/__probe__.ts', "import { readFile } from 'node:fs/promises';\nexport const x = readFile;\n", /"node:fs\/promises" is not one of them/],
    [
      'renderer/src/__probe__.ts',
      "import { Library } from '../../main/services/library/library';\nexport const x = Library;\n",
      /renderer\/ may import only from renderer\/\*\*, shared\/\*\*; .* is main\/services\/library\/library/,
    ],
    ['shared/__probe__.ts', "import { Low } from 'lowdb';\nexport const x = Low;\n", /shared\/ may import only the packages/],
    ['shared/__probe__.ts', "export const x = () => import('playwright-core');\n", /"playwright-core" is not one of them/],
    ['shared/__probe__.ts', "import { createElement } from 'react';\nexport const x = createElement;\n", /"react" is not one of them/],
    ['shared/__probe__.ts', "export { api } from '../renderer/src/api';\n", /shared\/ may import only from shared\/\*\*/],
    [
      'main/services/__probe__.ts',
      "import { main } from '../cli/main';\nexport const x = main;\n",
      /main\/services\/ may import only from main\/services\/\*\*, shared\/\*\*; .* is main\/cli\/main/,
    ],
    ['main/services/__probe__.ts', "import { registerIpc } from '../electron/ipc-hub';\nexport const x = registerIpc;\n", /is main\/electron\/ipc-hub/],
    ['main/services/__probe__.ts', "import { app } from 'electron';\nexport const x = app;\n", /"electron" is not one of them/],
    ['main/services/__probe__.ts', "export type X = import('../browser/bridge').BridgeOptions;\n", /is main\/browser\/bridge/],
    ['main/cli/__probe__.ts', "import { app } from 'electron';\nexport const x = app;\n", /"electron" is not one of them/],
    ['main/cli/__probe__.ts', "import { registerIpc } from '../electron/ipc-hub';\nexport const x = registerIpc;\n", /is main\/electron\/ipc-hub/],
    // The layers inside shared/ (eslint.config.js): never upward, never sideways on one level.
    [
      'shared/formats/__probe__.ts',
      "import type { Report } from '../model/report';\nexport type R = Report;\n",
      /shared\/formats\/ \(layer 0\) may import only from shared\/formats\/\*\*, shared\/errors; .* is shared\/model\/report/,
    ],
    [
      'shared/layout/profile.ts',
      "import type { Report } from '../model/report';\nexport type R = Report;\n",
      /the profiles \(layer 1\) may import only from .* is shared\/model\/report/,
    ],
    [
      'shared/model/__probe__.ts',
      "import { checkReport } from '../checks';\nexport const x = checkReport;\n",
      /shared\/model\/ \(layer 2\) .* is shared\/checks/,
    ],
    [
      'shared/checks/__probe__.ts',
      "import { printHtml } from '../layout/print-html';\nexport const x = printHtml;\n",
      /shared\/checks \(layer 3\) .* is shared\/layout\/print-html/,
    ],
    [
      'shared/tally/__probe__.ts',
      "import { compareTexts } from '../text-diff';\nexport const x = compareTexts;\n",
      /shared\/tally \(layer 3\) .* is shared\/text-diff/,
    ],
    [
      'shared/import/__probe__.ts',
      "import { sumReports } from '../review/sum';\nexport const x = sumReports;\n",
      /shared\/import\/ \(layer 4\) .* is shared\/review\/sum/,
    ],
    [
      'shared/review/__probe__.ts',
      "import { webPageHtml } from '../publish/web-page';\nexport const x = webPageHtml;\n",
      /shared\/review\/ \(layer 5\) .* is shared\/publish\/web-page/,
    ],
    [
      'shared/publish/__probe__.ts',
      "import { API_ARGS } from '../api/schemas';\nexport const x = API_ARGS;\n",
      /shared\/publish\/ \(layer 5\) .* is shared\/api\/schemas/,
    ],
  ])('%s refuses: %s', async (file, code, message) => {
    const problems = await layering(file, code);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(message);
  });

  it.each([
    ['shared/__probe__.ts', 'export const n = Buffer.byteLength("x");\n', /Buffer is a Node global/],
    ['shared/__probe__.ts', 'export const env = process.env.HOME;\n', /process is a Node global/],
    ['shared/__probe__.ts', 'export const here = __dirname;\n', /__dirname is a Node global/],
    ['renderer/src/__probe__.ts', 'export const b = Buffer.from("x");\n', /Buffer is a Node global/],
    ['renderer/src/__probe__.ts', 'export const p = process.platform;\n', /process is a Node global/],
  ])('%s refuses the Node global in: %s', async (file, code, message) => {
    const problems = await layering(file, code);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(message);
  });

  it.each([
    [
      'shared/__probe__.ts',
      "import { z } from 'zod';\nimport { getFormat } from './formats';\nimport type { Report } from './model/report';\nexport const x = [z, getFormat] as const;\nexport type R = Report;\n",
    ],
    [
      'shared/import/__probe__.ts',
      "import { checkReport } from '../checks';\nimport { getProfile } from '../profiles';\nimport { parseReport } from '../model';\nexport const x = [checkReport, getProfile, parseReport] as const;\n",
    ],
    [
      'shared/api/__probe__.ts',
      "import { sumReports } from '../review/sum';\nimport { webPageHtml } from '../publish/web-page';\nimport { assembleReport } from '../import';\nexport const x = [sumReports, webPageHtml, assembleReport] as const;\n",
    ],
    [
      'renderer/src/__probe__.ts',
      "import { useState } from 'react';\nimport { Button } from '@mui/material';\nimport { checkReport } from '../../shared/checks';\nexport const x = [useState, Button, checkReport] as const;\n",
    ],
    [
      'main/services/__probe__.ts',
      "import { readFile } from 'node:fs/promises';\nimport { Low } from 'lowdb';\nimport { chromium } from 'playwright-core';\nimport { API_ARGS } from '../../shared/api/schemas';\nexport const x = [readFile, Low, chromium, API_ARGS, Buffer, process] as const;\n",
    ],
    [
      'main/cli/__probe__.ts',
      "import { readFile } from 'node:fs';\nimport { Library } from '../services/library/library';\nimport { FORMAT_IDS } from '../../shared/formats';\nexport const x = [readFile, Library, FORMAT_IDS] as const;\n",
    ],
    [
      'main/electron/__probe__.ts',
      "import { app } from 'electron';\nimport { createServices } from '../services/app-services';\nexport const x = [app, createServices] as const;\n",
    ],
  ])('%s accepts what its runtime may import', async (file, code) => {
    expect(await layering(file, code)).toEqual([]);
  });
});

/** The diagnostics of one probe file compiled in memory under a tsconfig of the repository. */
function compile(config: string, file: string, code: string): string[] {
  const parsed = ts.getParsedCommandLineOfConfigFile(`${root}${config}`, {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined });
  if (!parsed) throw new Error(`cannot read ${config}`);
  const probe = `${root}${file}`;
  const host = ts.createCompilerHost(parsed.options);
  const readFile = host.readFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  host.readFile = (name) => (name === probe ? code : readFile(name));
  host.fileExists = (name) => name === probe || fileExists(name);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (name, language, ...rest) => (name === probe ? ts.createSourceFile(name, code, language) : getSourceFile(name, language, ...rest));
  // The probe and the config's ambient declarations only: enough to see which globals the runtime has.
  const ambient = parsed.fileNames.filter((f) => f.endsWith('.d.ts'));
  const program = ts.createProgram({ rootNames: [probe, ...ambient], options: parsed.options, host });
  return ts.getPreEmitDiagnostics(program, program.getSourceFile(probe)).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

describe('each runtime compiles under its own types', () => {
  const domCode =
    "export const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');\nexport const title = (): string => document.title;\n";
  const nodeCode = 'export const size = (s: string): number => Buffer.byteLength(s);\n';

  it('shared/ code using a DOM type fails the shared tsconfig', () => {
    const errors = compile('tsconfig.shared.json', 'shared/__probe__.ts', domCode);
    expect(errors.join('\n')).toMatch(/Cannot find name 'DOMParser'/);
    expect(errors.join('\n')).toMatch(/Cannot find name 'document'/);
  });

  it('shared/ code using a Node type fails the shared tsconfig', () => {
    expect(compile('tsconfig.shared.json', 'shared/__probe__.ts', nodeCode).join('\n')).toMatch(/Cannot find name 'Buffer'/);
  });

  it('the same DOM code compiles for the renderer, and platform-free code for shared/', () => {
    expect(compile('tsconfig.renderer.json', 'renderer/src/__probe__.ts', domCode)).toEqual([]);
    expect(
      compile(
        'tsconfig.shared.json',
        'shared/__probe__.ts',
        "export const d = new TextDecoder('utf-8').decode(new Uint8Array([0x61]));\nexport const m = new Map<string, number>([['a', 1]]);\n",
      ),
    ).toEqual([]);
  });

  it('main/ code has Node but not the DOM', () => {
    expect(compile('tsconfig.main.json', 'main/services/__probe__.ts', nodeCode)).toEqual([]);
    expect(compile('tsconfig.main.json', 'main/services/__probe__.ts', domCode).join('\n')).toMatch(/Cannot find name 'DOMParser'/);
  });
});
