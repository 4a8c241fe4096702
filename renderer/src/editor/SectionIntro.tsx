/**
 * Above the open part: what the user should know about the whole report (opened read-only, a history version not
 * kept, the import's notes, text carried over from last year), then the part's title and the format's guidance.
 * Its props change with the part, not with typing.
 */
import { memo } from 'react';
import { Alert, Typography } from '@mui/material';
import type { Report } from '../../../shared/model';
import { ImportNotes } from './ImportNotes';

interface Props {
  notice?: string | undefined;
  historyNotice: string | null;
  importNotes: Report['importNotes'];
  readOnly: boolean;
  onDismissNotes(): void;
  unreviewed: number;
  label: string;
  hints: readonly string[];
}

export const SectionIntro = memo(function SectionIntro({ notice, historyNotice, importNotes, readOnly, onDismissNotes, unreviewed, label, hints }: Props) {
  return (
    <>
      {notice ? (
        <Alert severity="warning" sx={{ mb: 2 }}>
          {notice}
        </Alert>
      ) : null}
      {historyNotice ? (
        <Alert severity="warning" sx={{ mb: 2 }}>
          {historyNotice}
        </Alert>
      ) : null}
      {importNotes?.length ? <ImportNotes notes={importNotes} readOnly={readOnly} onDismiss={onDismissNotes} /> : null}
      {unreviewed > 0 ? (
        <Alert severity="info" sx={{ mb: 2 }}>
          有 {unreviewed} 段文字沿用上年内容（黄色底），请逐段修改或确认后再定稿。
        </Alert>
      ) : null}
      <Typography variant="h5" component="h2" sx={{ fontSize: 20, mb: 1 }}>
        {label}
      </Typography>
      {hints.map((g) => (
        <Typography key={g} variant="body2" color="text.secondary" sx={{ mb: 0.5 }}>
          {g}
        </Typography>
      ))}
    </>
  );
});
