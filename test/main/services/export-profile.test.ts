/** An export without a chosen layout takes the one of the report's check profile (P1). */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { exportReport, profileById } from '../../../main/services/export';
import type { Report } from '../../../shared/model';
import { noBrowser } from '../../helpers/printers';
import { loadFixture } from '../../helpers/reports';

const dir = mkdtempSync(join(tmpdir(), 'nianbao-profile-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function bodyXml(report: Report, layout?: string, part = 'word/document.xml'): Promise<string> {
  const path = join(dir, `${report.profile ?? 'none'}-${layout ?? 'auto'}.docx`);
  await exportReport(report, { docx: path, ...(layout ? { profile: profileById(layout) } : {}) }, noBrowser);
  const xml = unzipSync(new Uint8Array(readFileSync(path)))[part];
  return xml ? strFromU8(xml) : '';
}

describe('export layout from the profile', () => {
  const report = loadFixture('沭阳县人民政府_2025');
  it('江苏（宿迁监测） prints with 方正仿宋_GBK; 全国默认 with 仿宋_GB2312; an explicit layout wins', async () => {
    expect(await bodyXml({ ...report, profile: 'jiangsu-suqian' })).toContain('方正仿宋_GBK');
    expect(await bodyXml(report)).not.toContain('方正仿宋_GBK');
    expect(await bodyXml({ ...report, profile: 'jiangsu-suqian' }, 'gbt9704')).not.toContain('方正仿宋_GBK');
  }, 60_000);

  it('sets 江苏’s 28 pt lines in the styles under a 22-line grid as tall as the text block, as GB/T 9704’s is', async () => {
    const jiangsu: Report = { ...report, profile: 'jiangsu-suqian' };
    expect(await bodyXml(jiangsu, undefined, 'word/styles.xml')).toContain('w:line="560" w:lineRule="exact"');
    // LibreOffice centres a shorter grid in the block and leaves 11 pt empty at each end: a line a page lost.
    for (const r of [jiangsu, report]) expect(await bodyXml(r)).toMatch(/<w:docGrid w:type="linesAndChars" w:linePitch="579" /);
  }, 60_000);
});
