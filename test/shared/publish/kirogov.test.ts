/**
 * The kirogov-package/1.0 `source.json` of real reports, validated against the receiver's published schema (ajv,
 * draft 2020-12) and read back by that system's keys: every figure equals the report's cell, blanks are null.
 */
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { getFormat } from '../../../shared/formats';
import { cellValue, reportTitle } from '../../../shared/model';
import { kirogovMarkdown, kirogovParsedJson, kirogovPath, kirogovRefusal, kirogovSourceJson } from '../../../shared/publish/kirogov';
import { FIXTURES, loadFixture } from '../../helpers/reports';

const schema: unknown = JSON.parse(readFileSync(`${FIXTURES}kirogov/source.schema.json`, 'utf8'));
const validate = new Ajv2020({ strict: false }).compile(schema as object);
const HASHES = { pdfSha256: 'a'.repeat(64), markdownSha256: 'b'.repeat(64) };
const GENERATOR = { name: 'nianbao', version: '0.1.0' };

type Json = null | number | string | boolean | Json[] | { [key: string]: Json };

function at(tree: Json | undefined, keys: readonly string[]): Json | undefined {
  let node = tree;
  for (const k of keys) node = node !== null && typeof node === 'object' && !Array.isArray(node) ? node[k] : undefined;
  return node;
}

function leaves(tree: Json, path = ''): [string, Json][] {
  if (tree !== null && typeof tree === 'object' && !Array.isArray(tree)) return Object.entries(tree).flatMap(([k, v]) => leaves(v, `${path}.${k}`));
  return [[path, tree]];
}

const DATA_KEY = { table_2: 'activeDisclosureData', table_3: 'tableData', table_4: 'reviewLitigationData' } as const;

describe('kirogov source.json', () => {
  for (const name of ['淮安市人民政府_2024', '淮安市洪泽区人民政府_2023', '国家新闻出版署_2022_部分（仅表二）']) {
    it(`${name}: passes the receiver's schema, and each of its figures is the report's cell under that system's key`, () => {
      const report = loadFixture(name);
      const json = kirogovSourceJson(report, HASHES, GENERATOR) as { parsed_json: { sections: Record<string, Json>[] }; source: Record<string, Json> };
      expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
      expect(json.source).toMatchObject({ organization_name: report.agency, report_year: report.year, report_title: reportTitle(report) });
      const sections = json.parsed_json.sections;
      expect(sections.map((s) => s.type)).toEqual(['text', 'table_2', 'table_3', 'table_4', 'text', 'text']);
      expect(sections.map((s) => s.title)).toEqual(getFormat(report.format).def.sections.map((s) => s.title));
      const f = getFormat(report.format);
      let blanks = 0;
      for (const id of f.cellIds) {
        const place = kirogovPath(id);
        expect(place, id).not.toBeNull();
        if (!place) continue;
        const section = sections.find((s) => s.type === place.section);
        const value = at(section?.[DATA_KEY[place.section]], place.keys);
        expect(value, id).toBe(cellValue(report, id));
        if (value === null) blanks++;
      }
      // The receiver's import refuses a figure given as a string: every leaf is a number or null.
      for (const s of sections.filter((x) => x.type !== 'text')) {
        for (const [path, v] of leaves(s[DATA_KEY[s.type as keyof typeof DATA_KEY]] ?? null)) expect(v === null || typeof v === 'number', path).toBe(true);
      }
      // 4 + 25 × 7 + 3 × 5 figures, each once
      const count = sections.filter((x) => x.type !== 'text').flatMap((s) => leaves(s[DATA_KEY[s.type as keyof typeof DATA_KEY]] ?? null)).length;
      expect(count).toBe(f.cellIds.length);
      expect(count).toBe(10 + 25 * 7 + 3 * 5);
      if (name.includes('仅表二')) expect(blanks).toBeGreaterThan(100);
    });
  }

  it('puts the figures a reader checks first where that system reads them, and the narrative as the report has it', () => {
    const report = loadFixture('淮安市人民政府_2024');
    const parsed = kirogovParsedJson(report) as { sections: Record<string, Json>[] };
    expect(at(parsed.sections[1]?.activeDisclosureData, ['fees', 'amount'])).toBe(cellValue(report, 't2.fees.amount'));
    expect(at(parsed.sections[2]?.tableData, ['total', 'newReceived'])).toBe(3119);
    expect(at(parsed.sections[2]?.tableData, ['total', 'results', 'carriedForward'])).toBe(103);
    expect(at(parsed.sections[3]?.reviewLitigationData, ['review', 'total'])).toBe(351);
    expect(String(parsed.sections[0]?.content)).toContain(report.sections.overview.find((b) => b.kind === 'paragraph')?.runs[0]?.text.slice(0, 20) ?? '∅');
  });

  it('refuses a report in the 2019 format with one sentence, as its table 三 （六） has no place there', () => {
    expect(kirogovRefusal(loadFixture('杭州市科技局_2020'))).toMatch(/^kirogov 数据包只收 2021 年版格式.*2019/);
    expect(kirogovRefusal(loadFixture('淮安市人民政府_2024'))).toBeNull();
  });
});

describe('kirogov source.md', () => {
  it('has the title, the six headings and each table as one Markdown table whose rows keep their labels', () => {
    const report = loadFixture('淮安市人民政府_2024');
    const md = kirogovMarkdown(report);
    expect(md.startsWith(`# ${reportTitle(report)}\n`)).toBe(true);
    for (const s of getFormat(report.format).def.sections) expect(md).toContain(`\n## ${s.title}\n`);
    const tables = md.split('\n\n').filter((b) => b.startsWith('|'));
    expect(tables).toHaveLength(3);
    for (const t of tables) {
      const widths = new Set(t.split('\n').map((line) => line.replace(/\\\|/g, '').split('|').length));
      expect(widths.size, t.slice(0, 200)).toBe(1);
    }
    const t3 = tables[1] ?? '';
    expect(t3).toMatch(/\| 一、本年新收政府信息公开申请数量 \|[^\n]*\| 3119 \|\n/);
    expect(t3).toContain('| 三、本年度办理结果 | （三）不予公开 | 1.属于国家秘密 |');
  });
});
