/** 版式预览: the same print HTML the PDF is printed from, in a frame that runs no script. */
import { useMemo } from 'react';
import { Button, Dialog, DialogActions, DialogContent, DialogTitle } from '@mui/material';
import { printHtml } from '../../../shared/layout';
import type { Report } from '../../../shared/model';
import { layoutOf } from '../../../shared/profiles';

export function PreviewDialog({ report, open, onClose }: { report: Report; open: boolean; onClose(): void }) {
  const html = useMemo(() => (open ? printHtml(report, { profile: layoutOf(report) }).replace('<body>', '<body style="background:#888;padding:8px 0"><style>.page{background:#fff;margin:0 auto;padding:37mm 26mm 35mm 28mm;box-shadow:0 0 6px #0005}</style>') : ''), [open, report]);
  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="lg">
      <DialogTitle>版式预览</DialogTitle>
      <DialogContent sx={{ p: 0, height: '78vh' }}>
        <iframe title="版式预览" sandbox="" srcDoc={html} style={{ border: 0, width: '100%', height: '100%' }} />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>关闭</Button>
      </DialogActions>
    </Dialog>
  );
}
