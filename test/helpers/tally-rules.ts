/** The app's own table checks run on a counted tally: what a reviewer would find wrong in the tables it fills. */
import { checkReport } from '../../shared/checks';
import { blankReport } from '../../shared/rollover';
import { applyTally, type Tally } from '../../shared/tally';

/** Messages of the errors the checks give on tables 三 and 四 as the tally fills them (none expected). */
export function checkTables(t: Tally): string[] {
  const report = { ...applyTally(blankReport('某机关', 'department', t.year), t), format: t.format };
  return checkReport(report)
    .filter((d) => d.severity === 'error' && d.cells.some((c) => c.startsWith('t3.') || c.startsWith('t4.')))
    .map((d) => `[${d.rule}] ${d.message}`);
}
