/** 网页版: a valid, self-contained HTML5 page whose tables our own importer reads back cell for cell. */
import { readdirSync } from 'node:fs';
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { importHtml } from '../../../shared/import';
import { webFragmentHtml, webPageHtml, webPlainText } from '../../../shared/publish/web-page';
import { FIXTURES, loadFixture } from '../../helpers/reports';

const names = readdirSync(`${FIXTURES}reports`)
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.replace(/\.json$/, ''));

const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });

describe('web page', () => {
  it('covers both formats among the fixtures', () => {
    const formats = new Set(names.map((n) => loadFixture(n).format));
    expect([...formats].sort()).toEqual(['gip-2019', 'gip-2021']);
  });

  it.each(names)('%s: validates as HTML5', async (name) => {
    const result = await validator.validateString(webPageHtml(loadFixture(name)));
    const messages = result.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message} (${m.line}:${m.column})`));
    expect(messages).toEqual([]);
  });

  it.each(names)('%s: has no script and nothing fetched from outside', (name) => {
    const html = webPageHtml(loadFixture(name));
    expect(html).not.toMatch(/<script|javascript:|\son[a-z]+=/i);
    expect(html).not.toMatch(/\b(?:src|href)="(?!data:)/i);
    expect(html).not.toMatch(/<(?:link|a|iframe|object|embed|base)\b|url\(|@import/i);
    // An address may be mentioned in the text (the 前言 names the website), but nothing outside the text is one.
    const markup = html.replace(/>[^<]*</g, '><');
    expect(markup).not.toMatch(/https?:\/\//i);
  });

  it.each(names)('%s: the page and the paste version import back with every cell equal', (name) => {
    const fixture = loadFixture(name);
    for (const html of [webPageHtml(fixture), `<html><body>${webFragmentHtml(fixture)}</body></html>`]) {
      const { report } = importHtml(html);
      expect(report.format).toBe(fixture.format);
      expect(report.year).toBe(fixture.year);
      expect(report.agency).toBe(fixture.agency);
      expect(report.cells).toEqual(fixture.cells);
      expect(report.units).toEqual(fixture.units);
    }
  });

  it('the plain-text flavour of the clipboard reads back as the same report', () => {
    const fixture = loadFixture('淮安市人民政府_2024');
    const text = webPlainText(fixture);
    expect(text.split('\n')[0]).toBe('淮安市人民政府2024年政府信息公开工作年度报告');
    expect(text).toContain('一、本年新收政府信息公开申请数量\t');
  });

  it('keeps headings, bold run-ins and embedded figures of the narrative', async () => {
    const fixture = loadFixture('淮安市洪泽区人民政府_2023');
    const png = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
    const report = {
      ...fixture,
      sections: { ...fixture.sections, other: [...fixture.sections.other, { kind: 'figure' as const, src: png, caption: '图1 政府信息公开图解' }] },
    };
    const html = webPageHtml(report);
    expect(html).toContain(`<img src="${png}" alt="图1 政府信息公开图解">`);
    const withMissing = webPageHtml({ ...report, sections: { ...report.sections, problems: [{ kind: 'figure', src: '', caption: '图2' }] } });
    for (const page of [html, withMissing]) expect((await validator.validateString(page)).valid).toBe(true);
    expect(html).toMatch(/<p><strong>[^<]+<\/strong>/);
    const back = importHtml(html).report;
    expect(back.sections.overview).toEqual(fixture.sections.overview);
    expect(back.sections.problems).toEqual(fixture.sections.problems);
    expect(back.sections.other.at(-1)).toEqual({ kind: 'figure', src: png, caption: '图1 政府信息公开图解' });
  });
});
