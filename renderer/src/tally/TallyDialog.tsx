/**
 * 「从台账统计」: counts the office's register (a file, or the one kept on the 台账 page) into tables 三 and 四 of
 * the open report. Shows the columns it found (an unknown header can be mapped, and is remembered for the
 * agency), the table as counted with the cells it would change, what it could not count, and 上年结转 against last
 * year's report; clicking a counted cell lists the register rows in it. Filling is one edit, undone as one.
 */
import { useRef } from 'react';
import { Alert, Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack, Typography } from '@mui/material';
import type { Cells, Report } from '../../../shared/model';
import { tallyCells } from '../../../shared/tally';
import { ColumnsFound } from './ColumnsFound';
import { REGISTER_FILE_TYPES, takePickedFile } from './register-files';
import { TallyResult } from './TallyResult';
import { useRegisterTally } from './useRegisterTally';

interface Props {
  report: Report;
  /** last year's report of the agency, when it is in the library */
  prior: Report | undefined;
  /** the table the user was on */
  table: 't3' | 't4';
  onClose(): void;
  onFill(cells: Cells): void;
}

function SourceButtons({ year, busy, onFile, onKept }: { year: number; busy: boolean; onFile(f: File): void; onKept(): void }) {
  const fileInput = useRef<HTMLInputElement>(null);
  return (
    <Stack direction="row" spacing={1}>
      <Button variant="outlined" disabled={busy} onClick={() => fileInput.current?.click()}>
        选择台账文件…
      </Button>
      <Button variant="outlined" disabled={busy} onClick={onKept}>
        使用本程序中的 {year} 年台账
      </Button>
      <input
        ref={fileInput}
        type="file"
        hidden
        accept={REGISTER_FILE_TYPES}
        aria-label="台账文件"
        onChange={(e) => {
          const f = takePickedFile(e);
          if (f) onFile(f);
        }}
      />
    </Stack>
  );
}

export function TallyDialog({ report, prior, table, onClose, onFill }: Props) {
  const count = useRegisterTally(report, table);
  const { result, busy } = count;
  const t = result?.tally ?? null;
  const tablesFilled = t ? (t.casesRead ? '表三和表四' : '表三') : '';

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="lg" aria-labelledby="tally-title">
      <DialogTitle id="tally-title">从台账统计 {report.year} 年表三、表四</DialogTitle>
      <DialogContent>
        <Stack spacing={2}>
          <Typography variant="body2" color="text.secondary">
            选择本机关的依申请公开登记台账（Excel、WPS 表格、ODS 或
            CSV；可含“复议诉讼”案件表），或使用“台账”页中登记的申请。台账只读取、不改动；申请人姓名不读取。
          </Typography>
          <SourceButtons year={report.year} busy={busy} onFile={count.countPicked} onKept={count.countKept} />
          {busy ? <Alert severity="info">正在统计……</Alert> : null}
          {count.error ? <Alert severity="error">{count.error}</Alert> : null}
          {result ? (
            <>
              <Typography variant="subtitle2">{result.source}</Typography>
              {result.layouts.length ? <ColumnsFound layouts={result.layouts} mapping={count.mapping} onMap={count.mapHeader} /> : null}
              {Object.keys(count.mapping).length && count.file ? (
                <Box>
                  <Button variant="contained" size="small" disabled={busy} onClick={count.recount}>
                    按所选对应重新统计（记住本机关的对应）
                  </Button>
                </Box>
              ) : null}
              {result.problem ? <Alert severity="error">{result.problem}</Alert> : null}
            </>
          ) : null}
          {t ? (
            <TallyResult
              report={report}
              prior={prior}
              t={t}
              shown={count.shown}
              setShown={count.setShown}
              focused={count.focused}
              setFocused={count.setFocused}
              onMapValue={(kind, value, label) => void count.mapValue(kind, value, label)}
            />
          ) : null}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>取消</Button>
        <Button variant="contained" disabled={!t || busy} onClick={() => t && onFill(tallyCells(t))}>
          填入{tablesFilled}（可撤销）
        </Button>
      </DialogActions>
    </Dialog>
  );
}
