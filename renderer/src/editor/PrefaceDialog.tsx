/** 按要素生成前言: a few fields in, the usual opening paragraph out (replacing the 前言, undoably). */
import { memo, useState } from 'react';
import { Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack, TextField, Typography } from '@mui/material';
import { prefaceText, type PrefaceFields } from '../../../shared/preface';

export const PrefaceDialog = memo(function PrefaceDialog({
  open,
  agency,
  year,
  onClose,
  onApply,
}: {
  open: boolean;
  agency: string;
  year: number;
  onClose(): void;
  onApply(text: string): void;
}) {
  const [f, setF] = useState<Omit<PrefaceFields, 'agency' | 'year'>>({});
  const field = (key: keyof typeof f, label: string, hint?: string) => (
    <TextField size="small" label={label} value={f[key] ?? ''} placeholder={hint} onChange={(e) => setF((x) => ({ ...x, [key]: e.target.value }))} />
  );
  const text = prefaceText({ agency, year, ...f });
  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="md">
      <DialogTitle>按要素生成前言</DialogTitle>
      <DialogContent>
        <Stack spacing={1.5} sx={{ pt: 1 }}>
          {field('compiler', '编制单位', `默认：${agency}`)}
          {field('website', '发布网站', '例如：某某区人民政府门户网站')}
          {field('contact', '联系单位', '默认与编制单位相同')}
          {field('address', '地址')}
          {field('postcode', '邮编')}
          {field('phone', '电话')}
          <Typography variant="body2" color="text.secondary">
            预览：
          </Typography>
          <Typography sx={{ textIndent: '2em', background: '#faf9f6', p: 1.5 }}>{text}</Typography>
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>取消</Button>
        <Button variant="contained" onClick={() => onApply(text)}>
          替换前言
        </Button>
      </DialogActions>
    </Dialog>
  );
});
