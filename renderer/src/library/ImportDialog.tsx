/** 导入年报: what an import read, with the user's corrections, before 加入年报库; warns of a second copy of a report. */
import { useState } from 'react';
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle } from '@mui/material';
import type { ImportOutcome, ReportSummary } from '../../../shared/api/types';
import type { Report } from '../../../shared/model';
import { sameAgency } from '../../../shared/review/review';
import { api } from '../api';
import { ImportReview } from './ImportReview';

/** A report already in the library for the same agency (as printed, or with its place) and year. */
function duplicateOf(list: readonly ReportSummary[], r: Pick<Report, 'agency' | 'year'>): ReportSummary | undefined {
  return list.find((s) => s.year === r.year && sameAgency(s.agency, r.agency));
}

interface Props {
  imported: ImportOutcome | null;
  /** the reports not in the bin */
  live: readonly ReportSummary[];
  knownAgencies: readonly string[];
  onClose(): void;
  onAdded(summary: ReportSummary & { notice?: string }): void;
  fail(e: unknown): void;
}

export function ImportDialog({ imported, live, knownAgencies, onClose, onAdded, fail }: Props) {
  const [corrected, setCorrected] = useState<Report | null>(null);
  return (
    <Dialog open={imported !== null} onClose={onClose} fullWidth maxWidth="sm">
      <DialogTitle>导入年报</DialogTitle>
      <DialogContent>
        {imported ? <ImportReview outcome={imported} known={knownAgencies} onChange={setCorrected} /> : null}
        {corrected && duplicateOf(live, corrected) ? (
          <Alert severity="warning" sx={{ mt: 1 }}>
            年报库中已有《{duplicateOf(live, corrected)?.title}》（同一机关、同一年度）；再加入将成为第二份。如是同一份文件，请取消。
          </Alert>
        ) : null}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>取消</Button>
        <Button
          variant="contained"
          disabled={!corrected}
          onClick={() => {
            if (!corrected) return;
            api().createReport(corrected).then(onAdded, fail);
          }}
        >
          加入年报库
        </Button>
      </DialogActions>
    </Dialog>
  );
}
