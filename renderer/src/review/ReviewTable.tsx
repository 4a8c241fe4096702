/**
 * The 审核 table: a row per report (its counts, the single-veto findings, the indicators, the file), the units on
 * the list that filed nothing in red, and the files that could not be read with the reason.
 */
import { Button, Checkbox, Chip, Paper, Table, TableBody, TableCell, TableHead, TableRow, TableSortLabel } from '@mui/material';
import { FORMAT_DEFINITIONS } from '../../../shared/formats';
import { RULES } from '../../../shared/checks/rules';
import { INDICATORS, VETO_RULES, formatIndicator, type ReviewEntry, type ReviewedReport } from '../../../shared/review';
import { nextSort, type SortKey } from './review-rows';
import type { ReviewView } from './useReviewView';

const fileName = (path: string) => path.split(/[\\/]/).pop() ?? path;
/** The columns between the checkbox and the file: 机关, 年度, 格式, 错误, 警告, the veto rules, 导入提示, the indicators. */
const MIDDLE_COLUMNS = 6 + VETO_RULES.length + INDICATORS.length;

interface Props {
  /** the rows as filtered, sorted and ticked */
  view: ReviewView;
  missing: readonly string[];
  failed: readonly ReviewEntry[];
  finished: boolean;
  onView(r: ReviewedReport): void;
}

function ReportRow({ r, view, finished, onView }: { r: ReviewedReport } & Pick<Props, 'view' | 'finished' | 'onView'>) {
  return (
    <TableRow hover>
      <TableCell padding="checkbox">
        <Checkbox
          size="small"
          checked={view.selected.has(r.file)}
          slotProps={{ input: { 'aria-label': `选择 ${r.agency} ${r.year}年` } }}
          onChange={(e) => view.select(r.file, e.target.checked)}
        />
      </TableCell>
      <TableCell>{r.agency}</TableCell>
      <TableCell>{r.year}</TableCell>
      <TableCell>{FORMAT_DEFINITIONS[r.format].shortName}</TableCell>
      <TableCell>{r.errors ? <Chip size="small" color="error" label={r.errors} /> : 0}</TableCell>
      <TableCell>{r.warnings ? <Chip size="small" color="warning" label={r.warnings} /> : 0}</TableCell>
      {VETO_RULES.map((v) => (
        <TableCell key={v.rule} data-veto={v.rule}>
          {r.veto[v.rule] ? (
            <Chip size="small" color={RULES[v.rule].severity === 'error' ? 'error' : 'warning'} variant="outlined" label={r.veto[v.rule]} />
          ) : (
            ''
          )}
        </TableCell>
      ))}
      <TableCell>{r.importWarnings.length || ''}</TableCell>
      {INDICATORS.map((d) => (
        <TableCell key={d.id} align="right">
          {formatIndicator(d, r.indicators[d.id])}
        </TableCell>
      ))}
      <TableCell sx={{ maxWidth: 220, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }} title={r.file}>
        {fileName(r.file)}
        {r.priorFile ? <Chip size="small" variant="outlined" label="已对照上年" sx={{ ml: 0.5 }} /> : null}
      </TableCell>
      <TableCell align="right">
        <Button size="small" onClick={() => onView(r)} disabled={!finished} aria-label={`查看 ${r.agency} ${r.year}年`}>
          查看
        </Button>
      </TableCell>
    </TableRow>
  );
}

export function ReviewTable(p: Props) {
  const { sort, setSort, show } = p.view;
  const sortLabel = (key: SortKey, label: string) => (
    <TableSortLabel active={sort.key === key} direction={sort.key === key ? sort.dir : 'asc'} onClick={() => setSort(nextSort(sort, key))}>
      {label}
    </TableSortLabel>
  );
  const q = p.view.query.trim();
  return (
    <Paper>
      <Table size="small" aria-label="审核结果" sx={{ '& th, & td:nth-of-type(2), & td:nth-of-type(4)': { whiteSpace: 'nowrap' } }}>
        <TableHead>
          <TableRow>
            <TableCell padding="checkbox" />
            <TableCell>{sortLabel('agency', '机关')}</TableCell>
            <TableCell>{sortLabel('year', '年度')}</TableCell>
            <TableCell>格式</TableCell>
            <TableCell>{sortLabel('errors', '错误')}</TableCell>
            <TableCell>{sortLabel('warnings', '警告')}</TableCell>
            {VETO_RULES.map((v) => (
              <TableCell key={v.rule} title={`${v.rule} ${RULES[v.rule].name}`}>
                {v.label}
              </TableCell>
            ))}
            <TableCell>导入提示</TableCell>
            {INDICATORS.map((d) => (
              <TableCell key={d.id} align="right" title={d.note}>
                {d.label}
              </TableCell>
            ))}
            <TableCell>文件</TableCell>
            <TableCell align="right">操作</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {p.missing.map((u) => (
            <TableRow key={`missing-${u}`} sx={{ background: '#fdecea' }} data-missing={u}>
              <TableCell padding="checkbox" />
              <TableCell sx={{ color: '#b71c1c', fontWeight: 600 }}>{u}</TableCell>
              <TableCell colSpan={MIDDLE_COLUMNS} sx={{ color: '#b71c1c' }}>
                未报送：文件夹中没有这个单位的年报
              </TableCell>
              <TableCell />
            </TableRow>
          ))}
          {show === 'failed' ? null : p.view.rows.map((r) => <ReportRow key={r.file} r={r} view={p.view} finished={p.finished} onView={p.onView} />)}
          {show === 'all' || show === 'failed'
            ? p.failed
                .filter((f) => !q || f.file.includes(q))
                .map((f) =>
                  f.imported ? null : (
                    <TableRow key={f.file} data-failed>
                      <TableCell padding="checkbox" />
                      <TableCell colSpan={MIDDLE_COLUMNS} sx={{ color: '#b71c1c' }}>
                        无法导入：{f.importError}
                      </TableCell>
                      <TableCell title={f.file}>{fileName(f.file)}</TableCell>
                      <TableCell />
                    </TableRow>
                  ),
                )
            : null}
        </TableBody>
      </Table>
    </Paper>
  );
}
