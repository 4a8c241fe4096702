/** Which library entry is the open report's previous year (the cross-year checks and 与上年对照 use it). */
import { describe, expect, it } from 'vitest';
import { priorOf } from '../../../renderer/src/editor/prior';

const list = [
  { id: 'a', agency: '某某市教育局', year: 2024 },
  { id: 'b', agency: '某某市教育局', year: 2023 },
  { id: 'c', agency: '某某市 教育局', year: 2022, deletedAt: '2026-01-01' },
  { id: 'd', agency: '某某市财政局', year: 2024 },
  { id: 'e', agency: '某某市 教育局', year: 2021 },
];

describe('priorOf', () => {
  it('finds the same agency one year earlier, not in the bin and not the report itself', () => {
    expect(priorOf(list, '某某市教育局', 2025, 'x')?.id).toBe('a');
    expect(priorOf(list, '某某市教育局', 2024, 'x')?.id).toBe('b');
    expect(priorOf(list, '某某市教育局', 2023, 'x')).toBeUndefined();
    expect(priorOf(list, '某某市教育局', 2025, 'a')).toBeUndefined();
    expect(priorOf(list, '某某市教育局', 2022, 'x')?.id).toBe('e');
    expect(priorOf(list, '某某市卫健委', 2025, 'x')).toBeUndefined();
  });

  it('finds the same agency printed with or without its place, the exact name first, never a bare 人民政府', () => {
    const names = [
      { id: 'h', agency: '洪泽区人民政府', year: 2023 },
      { id: 'g', agency: '人民政府', year: 2023 },
    ];
    expect(priorOf(names, '淮安市洪泽区人民政府', 2024, 'x')?.id).toBe('h');
    expect(priorOf([...names, { id: 'exact', agency: '淮安市洪泽区人民政府', year: 2023 }], '淮安市洪泽区人民政府', 2024, 'x')?.id).toBe('exact');
    expect(priorOf(names, '淮安市人民政府', 2024, 'x')).toBeUndefined();
    expect(priorOf(names, '淮安市洪泽区教育局', 2024, 'x')).toBeUndefined();
  });
});
