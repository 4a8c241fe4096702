/** The counting test: 年报库 and the editor show the same errors and warnings for the same report. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Library } from '../../../../main/services/library/library';
import { checkReport } from '../../../../shared/checks';
import { acknowledge } from '../../../../shared/model/edits';
import { checksView, sectionBadges } from '../../../../renderer/src/editor/view-model';
import { loadFixture, makeReport, withCells } from '../../../helpers/reports';

describe('the library and the editor count alike', () => {
  it('shows the same errors and warnings for the same report, blanks and explained warnings included', async () => {
    const published = loadFixture('上海市人民政府办公厅_2019');
    const warning = checkReport(published).find((x) => x.severity === 'warning');
    const reports = [
      published,
      warning ? acknowledge(published, warning.key, '已核对') : published,
      withCells(makeReport('gip-2021'), { 't3.new.legal': null, 't3.new.welfare': 0 }),
      makeReport('gip-2021'),
    ];
    const lib = await Library.open(mkdtempSync(join(tmpdir(), 'nianbao-count-')));
    for (const report of reports) {
      const s = await lib.create(report);
      const diagnostics = checkReport(report);
      const panel = checksView(diagnostics, report.acknowledgements ?? {});
      const badges = [...sectionBadges(diagnostics, report.acknowledgements ?? {}).values()];
      expect([s.errors, s.warnings]).toEqual([panel.counts.blockingErrors, panel.counts.openWarnings]);
      expect(badges.reduce((n, b) => n + b.errors, 0)).toBe(s.errors);
      expect(badges.reduce((n, b) => n + b.warnings, 0)).toBe(s.warnings);
    }
    expect(lib.list().length).toBe(4);
  });
});
