/**
 * A reviewer's inbox for tests: reports of several agencies in every file kind the importers read, made the way
 * the world makes them (our .docx saved again by LibreOffice, a web page, text copied from a browser), with
 * known errors on known reports, an X1 pair and a corrupt file.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildDocx } from '../../main/services/export/docx';
import type { Report } from '../../shared/model';
import { convertWithLibreOffice } from './libreoffice';
import { publishedHtml } from './published-html';
import { makeReport, withCells } from './reports';

/** What a browser puts on the clipboard when a published page is selected and copied: cells tab-separated. */
export function copiedText(html: string): string {
  return html
    .replace(/\n/g, '')
    .replace(/<(script|head)[\s\S]*?<\/\1>/g, '')
    .replace(/<\/p><\/td>/g, '</td>')
    .replace(/<\/td><\/tr>/g, '\n')
    .replace(/<\/t[dh]>/g, '\t')
    .replace(/<\/(tr|p|h1|div)>/g, '\n')
    .replace(/<br\/?>/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&gt;/g, '>')
    .replace(/&lt;/g, '<')
    .replace(/&amp;/g, '&');
}

export function agencyReport(agency: string, year = 2025, cells: Record<string, number | null> = {}): Report {
  return withCells({ ...makeReport('gip-2021'), agency, year, sections: yearly(makeReport('gip-2021'), year) }, cells);
}

function yearly(r: Report, year: number): Report['sections'] {
  return JSON.parse(JSON.stringify(r.sections).replaceAll(String(r.year), String(year))) as Report['sections'];
}

export interface ReviewFolder {
  dir: string;
  /** file name → the rule of the error it was given (null: none) */
  expected: Record<string, { agency: string; year: number; error: string | null }>;
  corrupt: string;
}

/**
 * 甲局 2024 (.json) hands 2 requests on; 甲局 2025 (.docx via LibreOffice) carries 1 over: X1 on 2025 only.
 * 乙局 (.html) has a broken 行政复议 total (B3) and cites the old format's notice (G14); 丙局 (.txt copied from its page) a broken 行政诉讼 total (B3);
 * 丁局 (.json) is clean.
 */
export async function makeReviewFolder(dir: string): Promise<ReviewFolder> {
  mkdirSync(join(dir, '区县', '二级'), { recursive: true });
  const jia2024 = agencyReport('某某市甲局', 2024, {
    't3.new.natural': 6,
    't3.new.total': 7,
    't3.forward.natural': 2,
    't3.forward.total': 2,
  });
  const jia2025 = agencyReport('某某市甲局', 2025);
  // 乙局 wrote its 前言 over an old draft: the 2019 format's notice (G14, a warning) rides along with its B3.
  const yiPlain = agencyReport('某某市乙局', 2025, { 't4.review.total': 5 });
  const yi = {
    ...yiPlain,
    sections: {
      ...yiPlain.sections,
      preface: [{ kind: 'paragraph' as const, runs: [{ text: '本报告依据国办公开办函〔2019〕60号的要求编制。' }] }, ...yiPlain.sections.preface],
    },
  };
  const bing = agencyReport('某某市丙局', 2025, { 't4.suit_direct.corrected': 1, 't4.suit_direct.total': 3 });
  const ding = agencyReport('某某市丁局', 2025);
  writeFileSync(join(dir, '甲局_2024.json'), JSON.stringify(jia2024));
  const docx = await convertWithLibreOffice(Buffer.from(await buildDocx(jia2025)), '甲局_2025.docx', 'docx');
  writeFileSync(join(dir, '区县', '甲局_2025.docx'), docx);
  writeFileSync(join(dir, '区县', '乙局_2025.html'), publishedHtml(yi));
  writeFileSync(join(dir, '区县', '二级', '丙局_2025.txt'), copiedText(publishedHtml(bing, { halfWidth: true, thousands: true })));
  writeFileSync(join(dir, '丁局_2025.json'), JSON.stringify(ding));
  // A .docx cut short in transfer: the zip's central directory is missing.
  writeFileSync(join(dir, '区县', '损坏.docx'), docx.subarray(0, Math.floor(docx.length / 2)));
  writeFileSync(join(dir, '说明.png'), 'not a report');
  // Word's lock file while 甲局's report is open: never a report, never listed.
  writeFileSync(join(dir, '区县', '~$局_2025.docx'), Buffer.alloc(162));
  return {
    dir,
    expected: {
      '甲局_2024.json': { agency: '某某市甲局', year: 2024, error: null },
      '甲局_2025.docx': { agency: '某某市甲局', year: 2025, error: 'X1' },
      '乙局_2025.html': { agency: '某某市乙局', year: 2025, error: 'B3' },
      '丙局_2025.txt': { agency: '某某市丙局', year: 2025, error: 'B3' },
      '丁局_2025.json': { agency: '某某市丁局', year: 2025, error: null },
    },
    corrupt: '损坏.docx',
  };
}
