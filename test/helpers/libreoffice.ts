/** LibreOffice as a test tool: turns HTML into a Word-made-like .docx, or a .docx into a PDF. */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export async function convertWithLibreOffice(input: Buffer | string, name: string, to: 'docx' | 'pdf'): Promise<Buffer> {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-lo-'));
  const src = join(dir, name);
  writeFileSync(src, input);
  const filter = to === 'docx' ? 'docx:MS Word 2007 XML' : 'pdf:writer_pdf_Export';
  const args = ['--headless', '--norestore', `-env:UserInstallation=file://${dir}/profile`];
  if (name.endsWith('.html')) args.push('--infilter=HTML (StarWriter)');
  await run('soffice', [...args, '--convert-to', filter, '--outdir', dir, src], { timeout: 120_000 });
  return readFileSync(join(dir, basename(name).replace(/\.[^.]+$/, `.${to}`)));
}
