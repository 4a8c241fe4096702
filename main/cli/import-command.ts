import { withImportNotes } from '../../shared/model/edits';
import { importFile } from '../services/import/import-file';
import { reportToJson, writeOutputFile } from '../services/report-file';
import type { Io } from './output';

export interface ImportArgs {
  file: string;
  out?: string;
}

export async function runImport(args: ImportArgs, io: Io): Promise<number> {
  const { report, warnings } = await importFile(args.file);
  for (const w of warnings) io.err(`导入提示（${w.where}）：${w.message}`);
  // The notes stay in the file as they do in the library: the editor lists them until they are checked.
  const json = reportToJson(withImportNotes(report, warnings));
  if (args.out) {
    await writeOutputFile(args.out, Buffer.from(json));
    io.err(`已导入：${report.agency} ${report.year}年（${report.format}），写入 ${args.out}`);
  } else {
    io.out(json);
  }
  return 0;
}
