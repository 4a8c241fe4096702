/**
 * The open part of the report: 标题与落款, a table (with 自动合计 and 从台账统计) or a text (with the paragraphs
 * carried over from last year to confirm, and 前言's generator).
 */
import { memo, useMemo } from 'react';
import { Alert, Box, Button, Stack, Tooltip } from '@mui/material';
import { getFormat } from '../../../shared/formats';
import * as edits from '../../../shared/model/edits';
import { contributionNotes } from '../review/contributions';
import { MetaSection } from './MetaSection';
import { NarrativeEditor } from './NarrativeEditor';
import type { TextFocus } from './narrative-extensions';
import type { EditorSection } from './sections';
import { TableGrid } from './TableGrid';
import type { EditorDialog } from './useEditorDialogs';
import type { EditorMarks } from './useEditorMarks';
import type { ReportEditor } from './useReportEditor';
import type { ReportEdits } from './useReportEdits';

interface Props {
  section: EditorSection;
  label: string;
  editor: Pick<ReportEditor, 'report' | 'readOnly' | 'change'>;
  edit: Pick<ReportEdits, 'setCells' | 'setBlocks' | 'fillTotals'>;
  marks: Pick<EditorMarks, 'marks' | 'textMarks'>;
  /** the words a finding is about, in whichever part they are */
  textFocus: (TextFocus & { section: EditorSection }) | null;
  onDialog(d: EditorDialog): void;
}

// Sums the report as it is when clicked, so the buttons (tooltips) are not rebuilt on every keystroke.
const TableTools = memo(function TableTools({ onTotals, onDialog }: { onTotals(): void; onDialog(d: EditorDialog): void }) {
  return (
    <Stack direction="row" spacing={1}>
      <Tooltip title="按各部分之和填写总计栏（只填写已有数字的行和列）；可以撤销" describeChild>
        <Button size="small" variant="outlined" onClick={onTotals}>
          自动合计
        </Button>
      </Tooltip>
      <Tooltip title="按本机关的依申请公开登记台账统计表三、表四，先看统计结果再填入；可以撤销" describeChild>
        <Button size="small" variant="outlined" onClick={() => onDialog('tally')}>
          从台账统计
        </Button>
      </Tooltip>
    </Stack>
  );
});

export function SectionBody({ section, label, editor, edit, marks, textFocus, onDialog }: Props) {
  const { report, readOnly, change } = editor;
  const { format: formatId, sources } = report;
  // What each input contributed depends on the inputs alone, not on what is typed.
  const notes = useMemo(() => contributionNotes({ format: formatId, sources }), [formatId, sources]);
  if (section === 'meta') return <MetaSection report={report} readOnly={readOnly} onChange={change} />;
  if (section === 't2' || section === 't3' || section === 't4') {
    return (
      <Stack spacing={1}>
        {section !== 't2' && !readOnly ? <TableTools onTotals={edit.fillTotals} onDialog={onDialog} /> : null}
        <TableGrid
          format={getFormat(formatId)}
          table={section}
          cells={report.cells}
          marks={marks.marks}
          notes={notes}
          readOnly={readOnly}
          onChange={edit.setCells}
        />
      </Stack>
    );
  }
  const key = section;
  const carried = edits.unreviewedCount(report, key);
  return (
    <Stack spacing={1}>
      {carried > 0 && !readOnly ? (
        <Alert
          severity="warning"
          action={
            <Button color="inherit" size="small" onClick={() => change((r) => edits.confirmReviewed(r, key), `confirm:${key}`)}>
              已逐段审阅，确认沿用
            </Button>
          }
        >
          本部分有 {carried} 段沿用上年的文字（黄色底）；修改后的段落自动取消标记。
        </Alert>
      ) : null}
      {key === 'preface' && !readOnly ? (
        <Box>
          <Button size="small" variant="outlined" onClick={() => onDialog('preface')}>
            按要素生成前言
          </Button>
        </Box>
      ) : null}
      <NarrativeEditor
        key={key}
        label={label}
        blocks={report.sections[key]}
        readOnly={readOnly}
        onChange={edit.setBlocks(key)}
        marks={marks.textMarks}
        focus={textFocus?.section === section ? textFocus : null}
      />
    </Stack>
  );
}
