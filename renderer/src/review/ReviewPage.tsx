/**
 * 审核: a reviewing office checks every agency's report at once. Choose a folder (or drop files) → the table of
 * agencies × years fills in as files finish → open a report read-only with its problems, mark units that filed
 * nothing, export the 问题清单, and sum reports of one year into a 汇总 in the library.
 */
import { useMemo, useState } from 'react';
import { Alert, Box, Snackbar } from '@mui/material';
import type { ReviewExportKind, ReviewStatus } from '../../../shared/api/types';
import { missingUnits, sumProblem, type ReviewedReport } from '../../../shared/review';
import { api, errorText } from '../api';
import { ReportView } from './ReportView';
import { ReviewFilters } from './ReviewFilters';
import { ReviewIntro, ReviewProgress } from './ReviewProgress';
import { ReviewSumDialog } from './ReviewSumDialog';
import { ReviewTable } from './ReviewTable';
import { ReviewToolbar } from './ReviewToolbar';
import { UnitListDialog } from './UnitListDialog';
import { useFileDrop } from './useFileDrop';
import { useReviewRun } from './useReviewRun';
import { useReviewView } from './useReviewView';

export function ReviewPage({ onOpen }: { onOpen(id: string, message?: string): void }) {
  const { status, reports, failed, running, error, setError, begin } = useReviewRun();
  const [toast, setToast] = useState<string | null>(null);
  const [units, setUnits] = useState<string[]>([]);
  const [unitDialog, setUnitDialog] = useState(false);
  const [viewing, setViewing] = useState<ReviewedReport | null>(null);
  const [sumOpen, setSumOpen] = useState(false);
  const view = useReviewView(reports);

  // A new run starts with nothing selected.
  const start = (p: Promise<ReviewStatus | null>) => void begin(p).then((ok) => ok && view.clearSelection());
  const drop = useFileDrop((files) => start(api().reviewDropped(files)));

  const runId = status?.runId;
  const missing = useMemo(
    () =>
      missingUnits(
        units,
        reports.map((r) => r.agency),
      ),
    [units, reports],
  );
  const chosen = reports.filter((r) => view.selected.has(r.file));
  const sumRefusal = sumProblem(chosen);
  const exportAs = (kind: ReviewExportKind) => {
    if (!runId) return;
    api()
      .reviewExport(runId, kind, missing)
      .then(
        (o) => o && setToast(`已导出：${o.path}`),
        (e: unknown) => setError(errorText(e)),
      );
  };

  return (
    <Box
      sx={{ maxWidth: 1400, mx: 'auto', p: 3, minHeight: '80vh', outline: drop.dragging ? '3px dashed #9b1c1c' : 'none' }}
      {...drop.handlers}
      data-testid="review-drop"
    >
      <ReviewToolbar
        running={running}
        finished={status?.finished === true}
        unitCount={units.length}
        sumRefusal={sumRefusal}
        onFolder={() => start(api().reviewFolder())}
        onUnits={() => setUnitDialog(true)}
        onExport={exportAs}
        onSum={() => setSumOpen(true)}
      />
      {error ? (
        <Alert severity="error" sx={{ mb: 1 }} onClose={() => setError(null)}>
          {error}
        </Alert>
      ) : null}
      {status?.error ? (
        <Alert severity="error" sx={{ mb: 1 }}>
          {status.error}
        </Alert>
      ) : null}
      {!status ? (
        <ReviewIntro />
      ) : (
        <>
          <ReviewProgress status={status} reports={reports} failed={failed} missing={missing} />
          <ReviewFilters view={view} />
          <ReviewTable view={view} missing={missing} failed={failed} finished={status.finished} onView={setViewing} />
        </>
      )}
      {viewing && runId ? <ReportView runId={runId} entry={viewing} onClose={() => setViewing(null)} /> : null}
      <UnitListDialog
        open={unitDialog}
        onClose={() => setUnitDialog(false)}
        onError={setError}
        onSet={(list) => {
          setUnits(list);
          setUnitDialog(false);
        }}
      />
      {sumOpen && runId ? (
        <ReviewSumDialog
          runId={runId}
          chosen={chosen}
          onClose={() => setSumOpen(false)}
          onError={setError}
          onCreated={(id, message) => {
            setSumOpen(false);
            onOpen(id, message);
          }}
        />
      ) : null}
      <Snackbar open={toast !== null} onClose={() => setToast(null)} autoHideDuration={8000} message={toast} />
    </Box>
  );
}
