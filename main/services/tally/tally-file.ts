/**
 * Counting a register file (and a separate cases file) — the one code path of `nianbao tally` and the app's
 * 「从台账统计」. The register is only read: nothing is ever written into it.
 */
import { basename } from 'node:path';
import type { HeaderMapping, SheetGrid, SheetsTally, ValueMapping } from '../../../shared/tally';
import { localToday, tallySheets } from '../../../shared/tally';
import type { FormatId } from '../../../shared/formats';
import { readWorkbook, readWorkbookFile } from './read-workbook';

export interface TallyRequest {
  year: number;
  format?: FormatId;
  mapping?: HeaderMapping;
  values?: ValueMapping;
  /** the day open applications are judged overdue against; today by default */
  asOf?: string;
}

export function tallyGrids(name: string, register: SheetGrid[], cases: SheetGrid[] | null, request: TallyRequest): SheetsTally {
  return tallySheets(basename(name), register, cases, { ...request, asOf: request.asOf ?? localToday() });
}

export async function tallyFiles(register: string, cases: string | undefined, request: TallyRequest): Promise<SheetsTally> {
  const grids = await readWorkbookFile(register);
  const caseGrids = cases ? await readWorkbookFile(cases) : null;
  return tallyGrids(register, grids, caseGrids, request);
}

export function tallyBytes(name: string, data: Uint8Array, request: TallyRequest): SheetsTally {
  return tallyGrids(name, readWorkbook(data, name), null, request);
}
