/** A reviewing office's list of the units that must file: a .txt (one a line) or the first column of an .xlsx. */
import { parseUnitList } from '../../../shared/review';
import { decodeText } from '../../../shared/import/decode-text';
import { UserError } from '../errors';

/** Header cells a unit column often starts with; they name the column, not a unit. */
const HEADERS = /^(序号|单位|单位名称|机关|机关名称|部门|名称)$/;

export async function readUnitList(fileName: string, data: Uint8Array): Promise<string[]> {
  if (/\.xlsx$/i.test(fileName)) {
    const { default: ExcelJS } = await import('exceljs');
    const wb = new ExcelJS.Workbook();
    try {
      await wb.xlsx.load(data as unknown as ArrayBuffer);
    } catch {
      throw new UserError(`${fileName}：不是有效的 .xlsx 工作簿`);
    }
    const sheet = wb.worksheets[0];
    if (!sheet) throw new UserError(`${fileName}：工作簿中没有工作表`);
    const names: string[] = [];
    sheet.getColumn(1).eachCell((cell) => {
      const t = cell.text.trim();
      if (t && !HEADERS.test(t)) names.push(t);
    });
    return parseUnitList(names.join('\n'));
  }
  if (/\.(txt|csv)$/i.test(fileName)) return parseUnitList(decodeText(data, fileName));
  throw new UserError(`${fileName}：单位名单请用 .txt（每行一个单位）或 .xlsx（第一列为单位名称）`);
}
