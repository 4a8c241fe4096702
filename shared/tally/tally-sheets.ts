/**
 * The one path from sheets to a tally, taken by `nianbao tally`, the app's「从台账统计」and the 台账 page alike:
 * find the register (and the cases sheet, in the same workbook or another), read its rows, count them.
 */
import { UserError } from '../errors';
import type { HeaderMapping } from './columns';
import { tally, type Tally, type TallyOptions } from './count';
import { columnLabel, readRegisterSheets, type ReadRegister, type SheetGrid, type SheetLayout } from './register';

/** A register the app cannot count at all: one Chinese sentence naming the file or sheet. */
export class TallyError extends UserError {
  constructor(
    message: string,
    /** the header rows found, so the app can offer to map the headers it did not know */
    readonly layouts: readonly SheetLayout[] = [],
  ) {
    super(message);
    this.name = 'TallyError';
  }
}

export interface SheetsTally {
  tally: Tally;
  /** the header rows found, with the columns each header was taken for (for the mapping dialog) */
  layouts: SheetLayout[];
}

function missingSentence(layout: SheetLayout): string {
  return `工作表“${layout.sheet}”第${layout.headerRow}行的表头缺少${layout.missing.map((k) => `“${columnLabel(k, layout.kind)}”`).join('、')}列`;
}

export function tallySheets(
  file: string,
  register: readonly SheetGrid[],
  casesSheets: readonly SheetGrid[] | null,
  options: TallyOptions & { mapping?: HeaderMapping },
): SheetsTally {
  const read: ReadRegister = readRegisterSheets(register, options.mapping);
  const casesRead = casesSheets ? readRegisterSheets(casesSheets, options.mapping) : null;
  const applicationsFound = read.layouts.some((l) => l.kind === 'register' && l.missing.length === 0);
  if (!applicationsFound) {
    const partial = read.layouts.find((l) => l.kind === 'register');
    throw new TallyError(
      partial
        ? `${file}：${missingSentence(partial)}，无法统计（可在程序中把表头对应到这些列）`
        : `${file}：找不到台账的表头（需要“收到日期”“申请人类型”两列；标题行下方的第一行表头）`,
      read.layouts,
    );
  }
  if (casesRead && !casesRead.layouts.some((l) => l.kind === 'cases' && l.missing.length === 0)) {
    const partial = casesRead.layouts.find((l) => l.kind === 'cases');
    throw new TallyError(partial ? `案件表：${missingSentence(partial)}，无法统计表四` : '案件表中找不到表头（需要“类别”“收到日期”两列）', [
      ...read.layouts,
      ...casesRead.layouts,
    ]);
  }
  const cases = casesRead ? casesRead.cases : read.layouts.some((l) => l.kind === 'cases' && l.missing.length === 0) ? read.cases : null;
  return { tally: tally(read.applications, cases, options), layouts: [...read.layouts, ...(casesRead?.layouts ?? [])] };
}
