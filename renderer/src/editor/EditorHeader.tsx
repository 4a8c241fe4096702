/**
 * The editor's header: back to the library, the title, the save status, undo and redo, 与上年对照, 版式预览 and the
 * exports. Its props change with the save status, undo and the export under way, not with every keystroke.
 */
import { memo } from 'react';
import { Box, Button, Chip, LinearProgress, Tooltip, Typography } from '@mui/material';
import type { Block, Report } from '../../../shared/model';
import { PublishMenu } from './PublishMenu';
import type { EditorDialog } from './useEditorDialogs';
import type { EditorCommands } from './useEditorCommands';
import type { ExportFlow } from './useExportFlow';
import { saveColor, saveLabel, type SaveState } from './view-model';

interface Props {
  title: string;
  saveState: SaveState;
  canUndo: boolean;
  canRedo: boolean;
  /** why 与上年对照 is off, or null when the year before is in the library */
  noPrior: string | null;
  readOnly: boolean;
  commands: EditorCommands;
  flow: Pick<ExportFlow, 'exporting' | 'requestExport' | 'guardPersonal'>;
  onDialog(d: EditorDialog): void;
  getReport(): Report;
  onMessage(text: string): void;
  onInsertFigure(figure: Block): void;
}

export const EditorHeader = memo(function EditorHeader(p: Props) {
  const { exporting, requestExport } = p.flow;
  return (
    <Box
      component="header"
      sx={{ display: 'flex', alignItems: 'center', gap: 1, px: 2, py: 1, background: '#fff', borderBottom: '2px solid #9b1c1c', flexWrap: 'wrap' }}
    >
      <Button onClick={p.commands.back}>← 年报库</Button>
      <Typography variant="h6" component="h1" sx={{ fontSize: 17, mr: 'auto' }}>
        {p.title}
      </Typography>
      <Chip size="small" role="status" aria-live="polite" label={saveLabel(p.saveState)} color={saveColor(p.saveState)} variant="outlined" />
      <Button size="small" onClick={p.commands.undo} disabled={!p.canUndo}>
        撤销
      </Button>
      <Button size="small" onClick={p.commands.redo} disabled={!p.canRedo}>
        重做
      </Button>
      <Tooltip title={p.noPrior ?? ''}>
        <span>
          <Button size="small" onClick={() => p.onDialog('review')} disabled={p.noPrior !== null}>
            与上年对照
          </Button>
        </span>
      </Tooltip>
      <Button size="small" variant="outlined" onClick={() => p.onDialog('preview')}>
        版式预览
      </Button>
      <Button size="small" variant="contained" onClick={() => requestExport('docx')} disabled={exporting !== null}>
        导出 Word
      </Button>
      <Button size="small" variant="contained" onClick={() => requestExport('pdf')} disabled={exporting !== null}>
        导出 PDF
      </Button>
      <PublishMenu
        getReport={p.getReport}
        readOnly={p.readOnly}
        onExport={requestExport}
        onMessage={p.onMessage}
        onInsertFigure={p.onInsertFigure}
        guard={p.flow.guardPersonal}
      />
      {exporting ? (
        <Box role="status" aria-live="polite" sx={{ flexBasis: '100%', display: 'flex', alignItems: 'center', gap: 1 }}>
          <LinearProgress sx={{ flex: 1, maxWidth: 240 }} aria-label={exporting === 'pdf' ? '正在生成 PDF' : '正在生成 Word 文档'} />
          <Typography variant="body2" color="text.secondary">
            {exporting === 'pdf' ? '正在生成 PDF，需要几秒钟；可以继续编辑，导出的是点击时的内容' : '正在生成 Word 文档…'}
          </Typography>
        </Box>
      ) : null}
    </Box>
  );
});
