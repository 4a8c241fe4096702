/**
 * 年报库: every report grouped by agency and year with its format, status and last save; new, new from a prior
 * year, import, open, delete to the bin and restore, history.
 */
import { useCallback, useEffect, useState } from 'react';
import { Alert, Box, Button, Paper, Snackbar, Typography } from '@mui/material';
import type { MenuCommand, ReportSummary } from '../../../shared/api/types';
import { api, errorText } from '../api';
import { HistoryDialog } from './HistoryDialog';
import { ImportDialog } from './ImportDialog';
import { LibraryToolbar } from './LibraryToolbar';
import { NewReportDialog } from './NewReportDialog';
import type { StartMode } from './new-report';
import { RecycleBin } from './RecycleBin';
import { ReportGroup } from './ReportGroup';
import { SumDialog } from './SumDialog';
import { useLibrary } from './useLibrary';
import { useUndoableRemove } from './useUndoableRemove';
import { useLibraryImport } from './useLibraryImport';

export function LibraryPage({ onOpen, message }: { onOpen(id: string, message?: string): void; message?: string }) {
  const [dialog, setDialog] = useState<StartMode | null>(null);
  const [history, setHistory] = useState<ReportSummary | null>(null);
  const [summing, setSumming] = useState(false);
  const [toast, setToast] = useState<string | null>(message ?? null);
  const [error, setError] = useState<string | null>(null);
  const fail = useCallback((e: unknown) => setError(errorText(e)), []);
  const library = useLibrary(fail);
  const { live, refresh } = library;
  const { removed, remove, undoRemove, dismissRemoved } = useUndoableRemove(refresh, fail, setToast);
  const { imported, importFile, importFromHost, closeImport } = useLibraryImport(fail);

  const onMenu = useCallback(
    (c: MenuCommand) => {
      if (c === 'new') setDialog('blank');
      else if (c === 'import') importFromHost();
      else if (c === 'before-close') void api().readyToClose();
    },
    [importFromHost],
  );
  useEffect(() => api().onMenu(onMenu), [onMenu]);

  return (
    <Box sx={{ maxWidth: 1100, mx: 'auto', p: 3 }}>
      <LibraryToolbar
        liveCount={live.length}
        onNew={() => setDialog('blank')}
        onNewFromPrior={() => setDialog('prior')}
        onImport={(file) => void importFile(file)}
        onSum={() => setSumming(true)}
      />
      {library.notices.map((n) => (
        <Alert key={n} severity="warning" sx={{ mb: 1 }} onClose={() => library.dismissNotice(n)}>
          {n}
        </Alert>
      ))}
      {error ? (
        <Alert severity="error" sx={{ mb: 1 }} onClose={() => setError(null)}>
          {error}
        </Alert>
      ) : null}
      {live.length === 0 ? (
        <Paper sx={{ p: 4, textAlign: 'center' }}>
          <Typography sx={{ mb: 2 }}>年报库还是空的。可以新建一份年报，或导入往年已发布的年报（Word、PDF、网页或文本）作为起点。</Typography>
        </Paper>
      ) : (
        library.groups.map(([agency, list]) => (
          <ReportGroup key={agency} agency={agency} list={list} onOpen={onOpen} onHistory={setHistory} onRemove={remove} />
        ))
      )}
      <RecycleBin bin={library.bin} onRestore={library.restore} onPurge={library.purge} />
      <NewReportDialog
        open={dialog !== null}
        mode={dialog ?? 'blank'}
        reports={library.reports}
        onClose={() => setDialog(null)}
        onCreated={(id, msg) => {
          setDialog(null);
          onOpen(id, msg);
        }}
      />
      <ImportDialog
        imported={imported}
        live={live}
        knownAgencies={library.knownAgencies}
        onClose={closeImport}
        onAdded={(s) => {
          closeImport();
          refresh();
          setToast(s.notice ? `已加入年报库：${s.title}；${s.notice}` : `已加入年报库：${s.title}`);
        }}
        fail={fail}
      />
      {summing ? (
        <SumDialog
          open
          reports={live}
          onClose={() => setSumming(false)}
          onCreated={(id, msg) => {
            setSumming(false);
            onOpen(id, msg);
          }}
        />
      ) : null}
      <HistoryDialog
        id={history?.id ?? null}
        title={history?.title ?? ''}
        onClose={() => setHistory(null)}
        onRestored={(m) => {
          setHistory(null);
          refresh();
          setToast(m);
        }}
      />
      <Snackbar open={toast !== null} onClose={() => setToast(null)} autoHideDuration={8000} message={toast} />
      <Snackbar
        open={removed !== null}
        onClose={(_e, reason) => reason !== 'clickaway' && dismissRemoved()}
        autoHideDuration={10000}
        message={removed ? `已将《${removed.title}》移到回收站` : ''}
        action={
          <Button color="inherit" size="small" onClick={undoRemove}>
            撤销
          </Button>
        }
      />
    </Box>
  );
}
