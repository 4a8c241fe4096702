/**
 * The open part of the report: 标题与落款, a table (with 自动合计 and 从台账统计) or a text (with the paragraphs
 * carried over from last year to confirm, and 前言's generator).
 */
import { memo } from 'react';
import { Alert, Box, Button, Stack, Tooltip } from '@mui/material';
import { autoTotals } from '../../../shared/checks';
import type { CompiledFormat } from '../../../shared/formats';
import type { Block, Report } from '../../../shared/model';
import * as edits from '../../../shared/model/edits';
import { MetaSection } from './MetaSection';
import { NarrativeEditor, type TextFocus, type TextMark } from './NarrativeEditor';
import type { EditorSection } from './sections';
import { TableGrid } from './TableGrid';
import type { CellMarks } from './view-model';

type NarrativeKey = keyof Report['sections'];

interface Props {
  section: EditorSection;
  label: string;
  report: Report;
  /** the report as it is when a button is clicked */
  getReport(): Report;
  format: CompiledFormat;
  readOnly: boolean;
  marks: ReadonlyMap<string, CellMarks>;
  notes: ReadonlyMap<string, string>;
  textMarks: readonly TextMark[];
  textFocus: TextFocus | null;
  change(next: Report | ((r: Report) => Report), key?: string): void;
  setCells(changes: Record<string, number | null>, key: string): void;
  setBlocks(key: NarrativeKey): (blocks: Block[]) => void;
  onTally(): void;
  onPreface(): void;
}

// Sums the report as it is when clicked, so the buttons (tooltips) are not rebuilt on every keystroke.
const TableTools = memo(function TableTools({ getReport, setCells, onTally }: Pick<Props, 'getReport' | 'setCells' | 'onTally'>) {
  return (
    <Stack direction="row" spacing={1}>
      <Tooltip title="按各部分之和填写总计栏（只填写已有数字的行和列）；可以撤销" describeChild>
        <Button
          size="small"
          variant="outlined"
          onClick={() => {
            const totals = autoTotals(getReport());
            if (Object.keys(totals).length) setCells(totals, `auto:${Date.now()}`);
          }}
        >
          自动合计
        </Button>
      </Tooltip>
      <Tooltip title="按本机关的依申请公开登记台账统计表三、表四，先看统计结果再填入；可以撤销" describeChild>
        <Button size="small" variant="outlined" onClick={onTally}>
          从台账统计
        </Button>
      </Tooltip>
    </Stack>
  );
});

export function SectionBody(p: Props) {
  const { section, report, readOnly } = p;
  if (section === 'meta') return <MetaSection report={report} readOnly={readOnly} onChange={p.change} />;
  if (section === 't2' || section === 't3' || section === 't4') {
    return (
      <Stack spacing={1}>
        {section !== 't2' && !readOnly ? <TableTools getReport={p.getReport} setCells={p.setCells} onTally={p.onTally} /> : null}
        <TableGrid format={p.format} table={section} cells={report.cells} marks={p.marks} notes={p.notes} readOnly={readOnly} onChange={p.setCells} />
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
            <Button color="inherit" size="small" onClick={() => p.change((r) => edits.confirmReviewed(r, key), `confirm:${key}`)}>
              已逐段审阅，确认沿用
            </Button>
          }
        >
          本部分有 {carried} 段沿用上年的文字（黄色底）；修改后的段落自动取消标记。
        </Alert>
      ) : null}
      {key === 'preface' && !readOnly ? (
        <Box>
          <Button size="small" variant="outlined" onClick={p.onPreface}>
            按要素生成前言
          </Button>
        </Box>
      ) : null}
      <NarrativeEditor
        key={key}
        label={p.label}
        blocks={report.sections[key]}
        readOnly={readOnly}
        onChange={p.setBlocks(key)}
        marks={p.textMarks}
        focus={p.textFocus}
      />
    </Stack>
  );
}
