/** Counts written in Chinese numerals (D6): 两 and 二, 〇 and 零, 十 without 一, up to 万; malformed is not a number. */
import { describe, expect, it } from 'vitest';
import { parseChineseNumber, parseCount } from '../../../shared/checks/chinese-numerals';

describe('parseChineseNumber', () => {
  it.each([
    ['一', 1],
    ['两', 2],
    ['二', 2],
    ['零', 0],
    ['〇', 0],
    ['十', 10],
    ['十二', 12],
    ['二十', 20],
    ['二十五', 25],
    ['一百', 100],
    ['一百零五', 105],
    ['一百一十', 110],
    ['两百三十四', 234],
    ['一千零一', 1001],
    ['两千零一十', 2010],
    ['三千一百一十九', 3119],
    ['一万', 10000],
    ['一万二千', 12000],
    ['一万零五十', 10050],
    ['九万九千九百九十九', 99999],
    ['二〇二四', 2024],
    ['二零二五', 2025],
  ])('%s = %d', (text, value) => {
    expect(parseChineseNumber(text)).toBe(value);
  });

  it.each(['', '十十', '百', '一百十', '五十零', '一二三十', '万', '一万万', '三百五', '两件', '1十'])('“%s” is not a number', (text) => {
    expect(parseChineseNumber(text)).toBeNull();
  });
});

describe('parseCount', () => {
  it('reads digits with separators and Chinese numerals alike', () => {
    expect(parseCount('3,119')).toBe(3119);
    expect(parseCount('3，119')).toBe(3119);
    expect(parseCount('一百零五')).toBe(105);
    expect(parseCount('abc')).toBeNull();
  });
});
