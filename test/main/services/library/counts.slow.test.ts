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

describe('the library counts the cross-year checks as the editor does', () => {
  it("counts a report against the agency's year before, and counts it again when that year changes or leaves", async () => {
    const base = loadFixture('上海市人民政府办公厅_2019');
    const before = { ...base, year: base.year - 1 };
    const editorCounts = (report: typeof base, prior?: typeof base) => {
      const panel = checksView(checkReport(report, prior ? { prior } : {}), report.acknowledgements ?? {});
      return [panel.counts.blockingErrors, panel.counts.openWarnings];
    };
    const dir = mkdtempSync(join(tmpdir(), 'nianbao-count-'));
    const lib = await Library.open(dir, { appVersion: '1.0.0' });
    const current = await lib.create(base);
    const alone = editorCounts(base);
    expect([current.errors, current.warnings]).toEqual(alone);

    // Last year's text copied word for word: the cross-year rules now speak.
    const changed = before;
    const prior = await lib.create(changed);
    await lib.flush();
    const withPrior = editorCounts(base, changed);
    expect(withPrior).not.toEqual(alone);
    const counted = lib.list().find((s) => s.id === current.id);
    expect([counted?.errors, counted?.warnings]).toEqual(withPrior);

    // Reopened, the counts stand (the stamp includes the year before); the year before binned, they drop back.
    const reopened = await Library.open(dir, { appVersion: '1.0.0' });
    const again = reopened.list().find((s) => s.id === current.id);
    expect([again?.errors, again?.warnings]).toEqual(withPrior);
    await reopened.remove(prior.id);
    await reopened.flush();
    const binned = reopened.list().find((s) => s.id === current.id);
    expect([binned?.errors, binned?.warnings]).toEqual(alone);
  });
});
