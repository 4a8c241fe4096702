/**
 * 版式预览: the PDF the export would write now, page by page (where 表三 breaks, the page numbers, the 草稿 stamp).
 * Where no browser can print here, the same print HTML in one long sheet, in a frame that runs no script.
 */
import { useEffect, useMemo, useState } from 'react';
import { Alert, Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, LinearProgress, Typography } from '@mui/material';
import { printHtml } from '../../../shared/layout';
import type { Report } from '../../../shared/model';
import { layoutOf } from '../../../shared/profiles';
import { api, errorText } from '../api';
import { pdfPages } from './pdf-pages';

/** How wide a page is drawn, in CSS pixels (A4 at about 100 %). */
const PAGE_WIDTH = 794;

type State = { kind: 'loading'; done: number; total: number } | { kind: 'pages'; pages: string[]; draft: string | null } | { kind: 'failed'; message: string };

function Sheet({ report }: { report: Report }) {
  const html = useMemo(() => {
    const p = layoutOf(report);
    const m = p.page;
    // The margins are the profile's: the sheet has no @page to give them.
    const page = `.page{background:#fff;margin:0 auto;padding:${m.topMm}mm ${m.rightMm}mm ${m.bottomMm}mm ${m.leftMm}mm;box-shadow:0 0 6px #0005}`;
    return printHtml(report, { profile: p }).replace('<body>', `<body style="background:#888;padding:8px 0"><style>${page}</style>`);
  }, [report]);
  return <iframe title="版式预览" sandbox="" srcDoc={html} style={{ border: 0, width: '100%', flex: 1 }} />;
}

export function PreviewDialog({ report, open, onClose }: { report: Report; open: boolean; onClose(): void }) {
  const [state, setState] = useState<State>({ kind: 'loading', done: 0, total: 0 });
  useEffect(() => {
    if (!open) return;
    let live = true;
    setState({ kind: 'loading', done: 0, total: 0 });
    api()
      .previewReport(report)
      .then(async ({ pdf, draft }) => {
        const pages = await pdfPages(pdf, PAGE_WIDTH, (done, total) => live && setState({ kind: 'loading', done, total }));
        if (live) setState({ kind: 'pages', pages, draft });
      })
      .catch((e: unknown) => live && setState({ kind: 'failed', message: errorText(e) }));
    return () => {
      live = false;
    };
  }, [open, report]);
  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="lg" aria-labelledby="preview-title">
      <DialogTitle id="preview-title">版式预览{state.kind === 'pages' ? `（共 ${state.pages.length} 页）` : ''}</DialogTitle>
      <DialogContent sx={{ p: 0, height: '78vh', display: 'flex', flexDirection: 'column' }}>
        {state.kind === 'loading' ? (
          <Box sx={{ p: 3 }} role="status">
            <Typography sx={{ mb: 1 }}>{state.total ? `正在按 PDF 分页显示：第 ${state.done} 页，共 ${state.total} 页` : '正在排版，需要几秒钟…'}</Typography>
            <LinearProgress aria-label="正在生成预览" />
          </Box>
        ) : null}
        {state.kind === 'failed' ? (
          <>
            <Alert severity="info" sx={{ m: 1 }}>
              {state.message}；下面是不分页的版式，分页以导出的 PDF 为准。
            </Alert>
            <Sheet report={report} />
          </>
        ) : null}
        {state.kind === 'pages' ? (
          <Box sx={{ background: '#888', overflow: 'auto', flex: 1, py: 1 }} role="region" aria-label="预览各页">
            {state.draft ? (
              <Alert severity="warning" sx={{ mx: 'auto', mb: 1, maxWidth: PAGE_WIDTH }}>
                {state.draft}
              </Alert>
            ) : null}
            {state.pages.map((src, i) => (
              <Box
                key={i}
                component="img"
                src={src}
                alt={`第 ${i + 1} 页，共 ${state.pages.length} 页`}
                sx={{ display: 'block', width: PAGE_WIDTH, maxWidth: '100%', mx: 'auto', mb: 1.5, background: '#fff', boxShadow: '0 0 6px #0005' }}
              />
            ))}
          </Box>
        ) : null}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>关闭</Button>
      </DialogActions>
    </Dialog>
  );
}
