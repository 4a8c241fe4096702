/**
 * Every diagnostic by severity. A click jumps to the cell or paragraph; a warning can be acknowledged with a short
 * explanation, saved with the report. Blank cells are shown as a count of what is still to be filled.
 */
import { memo, useCallback, useMemo, useState } from 'react';
import { Alert, Box, Button, Chip, List, ListItemButton, ListItemText, ListSubheader, Typography } from '@mui/material';
import { RULES, SEVERITY_LABEL, type Diagnostic } from '../../../shared/checks';
import { AcknowledgeDialog } from './AcknowledgeDialog';
import { checksView } from './view-model';

export interface ChecksPanelProps {
  diagnostics: readonly Diagnostic[];
  acknowledged: Readonly<Record<string, { note: string }>>;
  readOnly: boolean;
  onJump(d: Diagnostic): void;
  onAcknowledge(d: Diagnostic, note: string): void;
  onRevoke(key: string): void;
  /** masks what a finding of personal data (G13) points at */
  onMask?(d: Diagnostic): void;
}

/** One open diagnostic; kept as it is while typing changes others (the session keeps unchanged diagnostics). */
const OpenItem = memo(function OpenItem({
  d,
  readOnly,
  onJump,
  onAsk,
  onMask,
}: {
  d: Diagnostic;
  readOnly: boolean;
  onJump(d: Diagnostic): void;
  onAsk(d: Diagnostic): void;
  onMask: ((d: Diagnostic) => void) | undefined;
}) {
  const s = d.severity;
  return (
    <Box sx={{ borderLeft: `3px solid ${s === 'error' ? '#c62828' : s === 'warning' ? '#ef6c00' : '#90a4ae'}` }}>
      <ListItemButton onClick={() => onJump(d)} sx={{ alignItems: 'flex-start' }}>
        <ListItemText primary={d.message} secondary={`${d.rule} ${RULES[d.rule].name}`} slotProps={{ primary: { sx: { fontSize: 13 } } }} />
      </ListItemButton>
      {s === 'warning' && !readOnly ? (
        <Button size="small" sx={{ ml: 1.5, mb: 0.5, py: 0 }} aria-label={`确认并说明：${d.message}`} onClick={() => onAsk(d)}>
          确认并说明
        </Button>
      ) : null}
      {d.rule === 'G13' && onMask && !readOnly && d.spans?.[0] ? (
        <Button size="small" color="error" sx={{ ml: 1.5, mb: 0.5, py: 0 }} aria-label={`遮蔽：${d.message}`} onClick={() => onMask(d)}>
          遮蔽（保留首尾字，其余改为＊）
        </Button>
      ) : null}
    </Box>
  );
});

export const ChecksPanel = memo(function ChecksPanel({ diagnostics, acknowledged, readOnly, onJump, onAcknowledge, onRevoke, onMask }: ChecksPanelProps) {
  const [asking, setAsking] = useState<Diagnostic | null>(null);
  const view = useMemo(() => checksView(diagnostics, acknowledged), [diagnostics, acknowledged]);
  const { counts, groups, acknowledged: done } = view;
  const blanks = counts.blankCells;
  const stopAsking = useCallback(() => setAsking(null), []);

  return (
    <Box component="aside" aria-label="检查结果" sx={{ height: '100%', overflow: 'auto', background: '#fff', borderLeft: '1px solid #ddd' }}>
      <Box sx={{ p: 1.5, display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
        <Typography variant="subtitle1" sx={{ fontWeight: 600, mr: 'auto' }}>
          勾稽检查
        </Typography>
        <Chip size="small" color={counts.blockingErrors ? 'error' : 'success'} label={`错误 ${counts.blockingErrors}`} />
        <Chip size="small" color={counts.openWarnings ? 'warning' : 'default'} label={`警告 ${counts.openWarnings}`} />
      </Box>
      {blanks > 0 ? (
        <Alert severity="info" sx={{ mx: 1.5, mb: 1 }}>
          还有 {blanks} 个单元格未填写（定稿前须填写，没有的填 0）。
        </Alert>
      ) : null}
      {view.allPassed ? (
        <Alert severity="success" sx={{ mx: 1.5 }}>
          全部检查通过。
        </Alert>
      ) : null}
      <List dense disablePadding>
        {groups.map(({ severity: s, list }) =>
          list.length === 0 ? null : (
            <li key={s}>
              <ul style={{ padding: 0 }}>
                <ListSubheader sx={{ lineHeight: '32px' }}>{`${SEVERITY_LABEL[s]}（${list.length}）`}</ListSubheader>
                {list.map((d) => (
                  <OpenItem key={d.key} d={d} readOnly={readOnly} onJump={onJump} onAsk={setAsking} onMask={onMask} />
                ))}
              </ul>
            </li>
          ),
        )}
        {done.length > 0 ? (
          <li>
            <ul style={{ padding: 0 }}>
              <ListSubheader sx={{ lineHeight: '32px' }}>{`已确认的警告（${done.length}）`}</ListSubheader>
              {done.map((d) => (
                <Box key={d.key}>
                  <ListItemButton onClick={() => onJump(d)}>
                    <ListItemText
                      primary={d.message}
                      secondary={`说明：${acknowledged[d.key]?.note ?? ''}`}
                      slotProps={{ primary: { sx: { fontSize: 13, color: 'text.secondary' } } }}
                    />
                  </ListItemButton>
                  {!readOnly ? (
                    <Button size="small" sx={{ ml: 1.5, mb: 0.5, py: 0 }} onClick={() => onRevoke(d.key)}>
                      撤销确认
                    </Button>
                  ) : null}
                </Box>
              ))}
            </ul>
          </li>
        ) : null}
      </List>
      <AcknowledgeDialog warning={asking} onClose={stopAsking} onConfirm={onAcknowledge} />
    </Box>
  );
});
