/** LibreOffice as a test tool: turns HTML into a Word-made-like .docx, a .docx into a PDF or a Word 97 .doc. */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export type LibreOfficeTarget = 'docx' | 'pdf' | 'doc' | 'xls' | 'ods';

const FILTERS: Readonly<Record<LibreOfficeTarget, string>> = {
  docx: 'docx:MS Word 2007 XML',
  pdf: 'pdf:writer_pdf_Export',
  doc: 'doc:MS Word 97',
  xls: 'xls:MS Excel 97',
  ods: 'ods:calc8',
};

/** Converts several files of one kind in one LibreOffice start (each start takes seconds). */
export async function convertManyWithLibreOffice(inputs: { data: Buffer | Uint8Array | string; name: string }[], to: LibreOfficeTarget): Promise<Buffer[]> {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-lo-'));
  const srcs = inputs.map(({ data, name }) => {
    const src = join(dir, name);
    writeFileSync(src, data);
    return src;
  });
  const args = ['--headless', '--norestore', `-env:UserInstallation=file://${dir}/profile`];
  if (inputs.some((i) => i.name.endsWith('.html'))) args.push('--infilter=HTML (StarWriter)');
  await run('soffice', [...args, '--convert-to', FILTERS[to], '--outdir', dir, ...srcs], { timeout: 180_000 });
  return inputs.map(({ name }) => readFileSync(join(dir, basename(name).replace(/\.[^.]+$/, `.${to}`))));
}

export async function convertWithLibreOffice(input: Buffer | string, name: string, to: LibreOfficeTarget): Promise<Buffer> {
  const [out] = await convertManyWithLibreOffice([{ data: input, name }], to);
  if (!out) throw new Error(`LibreOffice produced nothing for ${name}`);
  return out;
}
