/** The two questions before an export: personal data before publishing, and a draft before a stamped file. */
import { useEffect, useState } from 'react';
import { Button, Checkbox, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, FormControlLabel } from '@mui/material';
import { draftClause, type Diagnostic, type DraftReasons } from '../../../shared/checks';
import { withMember } from '../sets';

/** 发布前：疑似个人信息 — every finding ticked one by one before the export goes on. */
export function PersonalGateDialog({
  findings,
  onCancel,
  onConfirm,
}: {
  findings: Diagnostic[] | null;
  onCancel(): void;
  onConfirm(confirmed: string[]): void;
}) {
  const [confirmed, setConfirmed] = useState<ReadonlySet<string>>(new Set());
  useEffect(() => setConfirmed(new Set()), [findings]);
  const toggle = (key: string, on: boolean) => setConfirmed((c) => withMember(c, key, on));
  return (
    <Dialog open={findings !== null} onClose={onCancel} aria-labelledby="personal-title">
      <DialogTitle id="personal-title">发布前：疑似个人信息</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 1 }}>
          网页版和图解将公开到网站，报送数据包将交给主管部门。以下内容疑似个人信息，请先在“检查结果”中遮蔽；确属可以公开的，请逐项勾选确认。
        </DialogContentText>
        {findings?.map((d) => (
          <FormControlLabel
            key={d.key}
            sx={{ display: 'flex', alignItems: 'flex-start', mb: 0.5 }}
            control={<Checkbox checked={confirmed.has(d.key)} onChange={(e) => toggle(d.key, e.target.checked)} />}
            label={d.message}
          />
        ))}
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel}>返回遮蔽</Button>
        <Button variant="contained" color="error" disabled={!findings || confirmed.size < findings.length} onClick={() => onConfirm([...confirmed])}>
          已逐项确认，继续
        </Button>
      </DialogActions>
    </Dialog>
  );
}

/** 将导出草稿 — the reasons the exporter will stamp every page, and the choice to go back. */
export function DraftExportDialog({ open, reasons, onCancel, onConfirm }: { open: boolean; reasons: DraftReasons; onCancel(): void; onConfirm(): void }) {
  return (
    <Dialog open={open} onClose={onCancel} aria-labelledby="draft-title">
      <DialogTitle id="draft-title">将导出草稿</DialogTitle>
      <DialogContent>
        <DialogContentText>报告{draftClause(reasons)}。仍然导出吗？每页将标有“草稿”，定稿发布前须改正。</DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel}>返回修改</Button>
        <Button variant="contained" onClick={onConfirm}>
          仍然导出草稿
        </Button>
      </DialogActions>
    </Dialog>
  );
}
