/** 与上年对照: what was carried over unchanged, what changed within a sentence, what is new or gone. */
import { describe, expect, it } from 'vitest';
import { compareTexts, sentences } from '../../shared/text-diff';

describe('compareTexts', () => {
  it('splits Chinese sentences at 。！？； and keeps paragraph breaks', () => {
    expect(sentences('一是加强培训。二是完善制度；三是“强化监督。”\n下一步')).toEqual(['一是加强培训。', '二是完善制度；', '三是“强化监督。”', '\n', '下一步']);
  });

  it('marks a sentence carried over word for word on both sides, and only the changed figures in a rewritten one', () => {
    const before = '对照上级新要求，还有一些需要加强的地方。2024年共受理申请3119件。';
    const now = '对照上级新要求，还有一些需要加强的地方。2025年共受理申请3500件。新增政策解读专栏。';
    const c = compareTexts(before, now);
    expect(c.now).toEqual([
      { text: '对照上级新要求，还有一些需要加强的地方。', kind: 'carried' },
      { text: '202', kind: 'same' },
      { text: '5', kind: 'new' },
      { text: '年共受理申请3', kind: 'same' },
      { text: '500', kind: 'new' },
      { text: '件。', kind: 'same' },
      { text: '新增政策解读专栏。', kind: 'new' },
    ]);
    expect(c.before.filter((s) => s.kind === 'removed').map((s) => s.text)).toEqual(['4', '119']);
    expect(c.before.map((s) => s.text).join('')).toBe(before);
    expect(c.now.map((s) => s.text).join('')).toBe(now);
    expect(c.carriedShare).toBeCloseTo(20 / now.length, 5);
  });

  it('a sentence mostly rewritten is shown as dropped and new, not as scattered characters', () => {
    const c = compareTexts('一是公开深度不够。', '二是解读形式较为单一。');
    expect(c.before).toEqual([{ text: '一是公开深度不够。', kind: 'removed' }]);
    expect(c.now).toEqual([{ text: '二是解读形式较为单一。', kind: 'new' }]);
  });

  it('an identical section is carried over entirely; a new one entirely new', () => {
    const t = '一是公开深度不够。\n二是解读形式单一。';
    expect(compareTexts(t, t).carriedShare).toBe(1);
    expect(compareTexts('', t).now.every((s) => s.kind === 'new')).toBe(true);
    expect(compareTexts(t, '').before.every((s) => s.kind === 'removed')).toBe(true);
  });
});
