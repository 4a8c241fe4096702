/**
 * `nianbao export --kirogov`: the ZIP a 主管部门's data centre (KIROGOVCOMPARE) loads, checked as that system checks
 * it — exactly source.pdf, source.md and source.json at the root, the digests of the first two in the third, the
 * schema (ajv) — and read back: the PDF imports to the report's cells, the JSON carries the same figures.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { importBuffer } from '../../../main/services/import/import-file';
import { kirogovParsedJson } from '../../../shared/publish/kirogov';
import { runCli } from '../../helpers/cli';
import { FIXTURES, fixturePath, loadFixture } from '../../helpers/reports';

const dir = mkdtempSync(join(tmpdir(), 'nianbao-kirogov-'));
const validate = new Ajv2020({ strict: false }).compile(JSON.parse(readFileSync(`${FIXTURES}kirogov/source.schema.json`, 'utf8')) as object);
const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

/** The entries of a ZIP as its central directory lists them, with their sizes (fflate's filter sees each one). */
function entries(zip: Uint8Array): { name: string; size: number; originalSize: number }[] {
  const seen: { name: string; size: number; originalSize: number }[] = [];
  unzipSync(zip, { filter: (f) => (seen.push({ name: f.name, size: f.size, originalSize: f.originalSize }), false) });
  return seen;
}

describe('nianbao export --kirogov', () => {
  it('writes the three files the receiver takes, whose digests, schema and figures hold', async () => {
    const out = join(dir, '淮安市人民政府2024年报.kirogov.zip');
    const r = await runCli('export', fixturePath('淮安市人民政府_2024'), '--kirogov', out);
    expect(r.err).toContain(`已导出：${out}`);
    expect(r.code).toBe(0);
    const zip = new Uint8Array(readFileSync(out));
    const listed = entries(zip);
    expect(listed.map((e) => e.name).sort()).toEqual(['source.json', 'source.md', 'source.pdf']);
    for (const e of listed) expect(e.originalSize / Math.max(1, e.size)).toBeLessThan(100);
    const files = unzipSync(zip);
    const pdf = files['source.pdf'] ?? new Uint8Array();
    const md = files['source.md'] ?? new Uint8Array();
    expect(strFromU8(pdf.subarray(0, 5))).toBe('%PDF-');
    const json = JSON.parse(strFromU8(files['source.json'] ?? new Uint8Array())) as {
      generator: Record<string, unknown>;
      source: Record<string, unknown>;
      parsed_json: unknown;
    };
    expect(json.generator.version).toBe((JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version);
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    expect(json.source.pdf_sha256).toBe(sha256(pdf));
    expect(json.source.markdown_sha256).toBe(sha256(md));
    const report = loadFixture('淮安市人民政府_2024');
    expect(json.parsed_json).toEqual(kirogovParsedJson(report));
    expect(strFromU8(md)).toContain('| 一、本年新收政府信息公开申请数量 |');
    // The package's PDF is the official-layout export: it reads back to the same figures.
    const back = await importBuffer(pdf, 'source.pdf');
    expect(back.report.cells).toEqual(report.cells);
  }, 90_000);

  it('refuses a 2019-format report in one sentence and writes nothing', async () => {
    const out = join(dir, 'old.kirogov.zip');
    const r = await runCli('export', fixturePath('杭州市科技局_2020'), '--kirogov', out);
    expect(r.code).toBe(2);
    expect(r.err.trim()).toMatch(/^kirogov 数据包只收 2021 年版格式[^\n]*$/);
    expect(() => readFileSync(out)).toThrow();
  });
});
