/**
 * What an import read and could not place, shown before the report joins the library. Agency, kind and year are
 * shown as read and can be corrected here (a title the reader could not take apart, a wrong year), before 加入年报库.
 */
import { useEffect, useState } from 'react';
import { Alert, Box, Button, List, ListItem, ListItemText, Stack, TextField, Typography } from '@mui/material';
import type { ImportOutcome } from '../../../shared/api/types';
import { FORMAT_DEFINITIONS, formatForYear } from '../../../shared/formats';
import type { Report } from '../../../shared/model';
import { withImportNotes } from '../../../shared/model/edits';
import { knownNameOf } from '../../../shared/review/review';
import { AgencyKindField } from '../editor/AgencyKindField';

interface Props {
  outcome: ImportOutcome;
  /** the agencies in the library: a name printed differently from one of them is offered that name */
  known?: readonly string[];
  /** the report with the user's corrections; null while a field is not usable */
  onChange?(report: Report | null): void;
}

export function ImportReview({ outcome, known = [], onChange }: Props) {
  const read = outcome.report;
  const [agency, setAgency] = useState(read.agency);
  const [kind, setKind] = useState<Report['agencyKind']>(read.agencyKind);
  const [yearText, setYearText] = useState(String(read.year));

  useEffect(() => {
    setAgency(read.agency);
    setKind(read.agencyKind);
    setYearText(String(read.year));
  }, [read]);

  const year = Number(yearText);
  const yearOk = Number.isInteger(year) && year >= 2008 && year <= 2100;
  const agencyOk = agency.trim() !== '';
  useEffect(() => {
    // The notes go with the report: the editor lists them until the user has checked them.
    onChange?.(yearOk && agencyOk ? withImportNotes({ ...read, agency: agency.trim(), agencyKind: kind, year }, outcome.warnings) : null);
  }, [read, agency, kind, year, yearOk, agencyOk, onChange, outcome.warnings]);

  // The name the library knows this agency by, when it is printed otherwise here.
  const knownName = knownNameOf(agency, known);
  const blanks = Object.values(read.cells).filter((v) => v === null).length;
  const formatName = FORMAT_DEFINITIONS[read.format].name;
  return (
    <Box>
      <Typography sx={{ mb: 1 }}>
        《{outcome.fileName}》：{read.agency}，{read.year}年，{formatName}；{blanks > 0 ? `${blanks}个单元格空白` : '表格已全部读出'}。
      </Typography>
      {onChange ? (
        <Stack direction="row" spacing={1} sx={{ mb: 1 }}>
          <TextField
            size="small"
            label="机关全称"
            value={agency}
            onChange={(e) => setAgency(e.target.value)}
            error={!agencyOk}
            helperText={agencyOk ? (agency.trim() !== read.agency ? `读出的是“${read.agency}”` : ' ') : '请填写机关全称'}
            sx={{ flex: 3 }}
          />
          <AgencyKindField size="small" value={kind} onChange={setKind} helperText=" " sx={{ flex: 2 }} />
          <TextField
            size="small"
            label="年度"
            type="number"
            value={yearText}
            onChange={(e) => setYearText(e.target.value)}
            error={!yearOk}
            helperText={yearOk ? (year !== read.year ? `读出的是${read.year}年` : ' ') : '请填写四位数的年度'}
            sx={{ flex: 1 }}
          />
        </Stack>
      ) : null}
      {onChange && knownName ? (
        <Alert
          severity="info"
          sx={{ mb: 1 }}
          action={
            <Button color="inherit" size="small" onClick={() => setAgency(knownName)}>
              改用此名称
            </Button>
          }
        >
          年报库中已有“{knownName}”的年报，与“{agency.trim()}”只差地名；同一机关用同一名称，年报库中才排在一起。
        </Alert>
      ) : null}
      {onChange && yearOk && formatForYear(year) !== read.format ? (
        <Alert severity="info" sx={{ mb: 1 }}>
          表格按{formatName}读出；{year}年度通常使用{FORMAT_DEFINITIONS[formatForYear(year)].name}，请核对年度。
        </Alert>
      ) : null}
      {outcome.warnings.length === 0 ? (
        <Alert severity="success">全部内容都已对应到年报的栏目。</Alert>
      ) : (
        <>
          <Alert severity="warning">以下 {outcome.warnings.length} 处需要核对：</Alert>
          <List dense sx={{ maxHeight: 260, overflow: 'auto' }} aria-label="导入提示">
            {outcome.warnings.map((w, i) => (
              <ListItem key={i} disableGutters>
                <ListItemText primary={w.message} secondary={w.where} />
              </ListItem>
            ))}
          </List>
        </>
      )}
    </Box>
  );
}
