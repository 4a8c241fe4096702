import { getFormat } from '../../../shared/formats';
import { formatCellValue, type Report } from '../../../shared/model';
import { contributions } from '../../../shared/review';

/** For a summed report, each cell's tooltip line listing what each input contributed (empty otherwise). */
export function contributionNotes(report: Pick<Report, 'format' | 'sources'>): Map<string, string> {
  const out = new Map<string, string>();
  if (!report.sources?.length) return out;
  for (const id of getFormat(report.format).cellIds) {
    const parts = contributions(report, id);
    if (parts.length === 0) continue;
    out.set(id, `汇总自：${parts.map((p) => `${p.agency} ${p.value === null ? '未填' : formatCellValue(p.value)}`).join('；')}`);
  }
  return out;
}
