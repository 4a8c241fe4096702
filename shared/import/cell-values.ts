/** Reading one printed cell as a number: "1,234", "２３", "251000元", "7730.28万元", "—". */
import { readNumberText } from '../model/numbers';

export interface CellReading {
  value: number | null;
  unit?: '元' | '万元';
  /** the text could not be read as a number */
  problem?: string;
}

const EMPTY = /^[\s\u00A0\u3000]*[-—–－/／]?[\s\u00A0\u3000]*$/;

/** A figure with a unit word typed after it ("2笔", "3件次"): a value cell, even when the unit makes it unreadable. */
const FIGURE_WITH_UNIT = /^[\s\u3000]*[-−]?[\d０-９](?:[\d０-９,，]*[\d０-９])?(?:[.．][\d０-９]+)?[\s\u3000]*[\u4e00-\u9fff]{1,2}[\s\u3000]*$/;

export function isNumericCell(text: string): boolean {
  if (EMPTY.test(text) || FIGURE_WITH_UNIT.test(text)) return true;
  return readCell(text).problem === undefined;
}

export function readCell(text: string): CellReading {
  if (EMPTY.test(text)) {
    // A dash printed in a cell means "none"; an empty cell stays blank.
    return { value: /[-—–－/／]/.test(text) ? 0 : null };
  }
  const m = /^(.*?)\s*(万元|元|件|个|项|次)?$/.exec(text.trim());
  const body = m?.[1] ?? text;
  const unitWord = m?.[2];
  // As printed: a fee with six decimals, a negative count. The checks (C1, B4) say what is wrong with it; the
  // kind's limits belong to the editor's input, not to reading what a report printed.
  const parsed = readNumberText(body);
  if (!parsed.ok) return { value: null, problem: parsed.message };
  const reading: CellReading = { value: parsed.value };
  if (unitWord === '元' || unitWord === '万元') reading.unit = unitWord;
  return reading;
}
