/** Font subsets for printing: one face cut out of a TrueType collection, subset to a report's characters. */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import subsetFont from 'subset-font';
import { describe, expect, it } from 'vitest';
import { embeddedFonts, extractFace } from '../../../../main/services/export/font-subset';
import { GBT9704 } from '../../../../shared/layout';

describe('font subsets', () => {
  it('cuts one face out of the stand-in collection as a font HarfBuzz can subset', async () => {
    const [path, index] = execFileSync('fc-match', ['-f', '%{file}|%{index}', 'AR PL UMing CN'], { encoding: 'utf8' }).split('|');
    const ttc = new Uint8Array(readFileSync(path ?? ''));
    expect(new TextDecoder().decode(ttc.subarray(0, 4))).toBe('ttcf');
    const face = extractFace(ttc, Number(index));
    expect(new DataView(face.buffer).getUint32(0)).toBe(0x00010000);
    const subset = await subsetFont(Buffer.from(face), '政府信息公开', { targetFormat: 'truetype' });
    expect(subset.length).toBeGreaterThan(1000);
    expect(subset.length).toBeLessThan(face.length / 100);
  });

  it('embeds each role’s font cut to that role’s characters, the same subsets again for the same text', async () => {
    const text = { body: '本报告根据条例编制。', heading1: '一、总体情况', title: '某某市人民政府', digits: '2024' };
    const first = await embeddedFonts(GBT9704, text);
    expect(first.families.body).toMatch(/^nb-\d+$/);
    expect(first.families.heading1).toMatch(/^nb-\d+$/);
    expect(first.css).toContain('ascent-override: 88%');
    const again = await embeddedFonts(GBT9704, text);
    expect(again.css).toBe(first.css);
    const faces = [...first.css.matchAll(/base64,([A-Za-z0-9+/=]+)/g)].map((m) => (m[1] ?? '').length);
    for (const size of faces) expect(size).toBeLessThan(100_000);
  });
});
