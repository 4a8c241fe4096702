/** Published web pages, with the publication noise of formats.md §9, read back cell for cell. */
import { describe, expect, it } from 'vitest';
import { importHtml } from '../../../shared/import';
import { publishedHtml, type Noise } from '../../helpers/published-html';
import { loadFixture } from '../../helpers/reports';
import { readdirSync } from 'node:fs';
import { FIXTURES } from '../../helpers/reports';

const names = readdirSync(`${FIXTURES}reports`)
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.replace(/\.json$/, ''));

describe('HTML import', () => {
  it.each(names)('%s as a noisy web page imports with every cell equal', (name) => {
    const fixture = loadFixture(name);
    const { report } = importHtml(publishedHtml(fixture));
    expect(report.format).toBe(fixture.format);
    expect(report.year).toBe(fixture.year);
    expect(report.cells).toEqual(fixture.cells);
    expect(report.units).toEqual(fixture.units);
  });

  it('reads each kind of noise on its own', () => {
    const fixture = loadFixture('淮安市人民政府_2024');
    const kinds: Noise[] = [
      { halfWidth: true },
      { enumerationComma: true },
      { brokenLabels: true },
      { typo: true },
      { spacerRows: true },
      { thousands: true },
      { spacedHeadings: true },
      {},
    ];
    for (const noise of kinds) expect(importHtml(publishedHtml(fixture, noise)).report.cells, JSON.stringify(noise)).toEqual(fixture.cells);
  });

  it('keeps bold run-ins and headings of the narrative', () => {
    const fixture = loadFixture('淮安市洪泽区人民政府_2023');
    const { report } = importHtml(publishedHtml(fixture));
    expect(report.sections.overview).toEqual(fixture.sections.overview);
    expect(report.sections.problems).toEqual(fixture.sections.problems);
  });

  it('drops scripts and navigation, keeps embedded images as figures', () => {
    const fixture = loadFixture('杭州市科技局_2020');
    const png = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
    const withImage = {
      ...fixture,
      sections: { ...fixture.sections, overview: fixture.sections.overview.map((b) => (b.kind === 'figure' ? { ...b, src: png } : b)) },
    };
    const { report, warnings } = importHtml(publishedHtml(withImage));
    const figures = report.sections.overview.filter((b) => b.kind === 'figure');
    expect(figures).toEqual([
      { kind: 'figure', src: png, caption: '图 1' },
      { kind: 'figure', src: png, caption: '图 2' },
    ]);
    expect(warnings.some((w) => w.message.includes('图片'))).toBe(false);
  });

  it('refuses a page that is no report', () => {
    expect(() => importHtml('<html><body><h1>通知公告</h1><p>关于开展春季植树活动的通知</p></body></html>')).toThrow(/不像是一份/);
  });

  it('warns about a number that fits no cell instead of guessing', () => {
    const fixture = loadFixture('淮安市人民政府_2024');
    const html = publishedHtml(fixture).replace('</tbody></table>', '<tr><td>行政确认</td><td colspan="3">12</td></tr></tbody></table>');
    const { warnings } = importHtml(html);
    expect(warnings.some((w) => w.message.includes('行政确认') && w.message.includes('未导入'))).toBe(true);
  });
});

describe('hostile HTML', () => {
  it('reads a page nested 10 000 <div>s deep without overflowing the stack', () => {
    const body = publishedHtml(loadFixture('淮安市人民政府_2024')).replace(/^[\s\S]*?<body>|<\/body>[\s\S]*$/g, '');
    const html = `<html><body>${'<div>'.repeat(10_000)}${body}${'</div>'.repeat(10_000)}</body></html>`;
    expect(importHtml(html).report.cells).toEqual(loadFixture('淮安市人民政府_2024').cells);
  });

  it('refuses 5 000 nested tables as no report, with the Chinese message and no stack overflow', () => {
    const html = `<html><body>${'<table><tr><td>'.repeat(5_000)}x${'</td></tr></table>'.repeat(5_000)}</body></html>`;
    expect(() => importHtml(html)).toThrow(/^未找到“一、总体情况”/);
  });
});
