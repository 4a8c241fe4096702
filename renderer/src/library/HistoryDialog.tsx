/**
 * 历史版本: the snapshots of a report, by day, each with what it holds that the report now does not (cells, texts,
 * title) before it is restored; restoring saves it as the newest version, so nothing is lost.
 */
import { Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, List, ListItem, ListItemText, ListSubheader, Stack, Typography } from '@mui/material';
import type { VersionChanges } from '../../../shared/model/version-diff';
import { useReportHistory } from './useReportHistory';
import { VersionDifferences } from './VersionDifferences';

const time = (iso: string) => new Date(iso).toLocaleTimeString('zh-CN', { hour12: false, hour: '2-digit', minute: '2-digit', second: '2-digit' });
const dayOf = (iso: string) => new Date(iso).toLocaleDateString('zh-CN');

/** 今天, 昨天 or the date: how the list groups the versions. */
function dayLabel(iso: string, now: Date): string {
  const day = dayOf(iso);
  if (day === now.toLocaleDateString('zh-CN')) return '今天';
  if (day === new Date(now.getTime() - 86_400_000).toLocaleDateString('zh-CN')) return '昨天';
  return day;
}

/** "3 分钟前", "2 小时前", "5 天前": how long ago a version was saved. */
function ago(iso: string, now: Date): string {
  const minutes = Math.max(0, Math.round((now.getTime() - Date.parse(iso)) / 60_000));
  if (minutes < 1) return '刚刚';
  if (minutes < 60) return `${minutes} 分钟前`;
  if (minutes < 48 * 60) return `${Math.round(minutes / 60)} 小时前`;
  return `${Math.round(minutes / 1440)} 天前`;
}

function changeCount(c: VersionChanges): string {
  const parts = [
    c.fields.length ? `${c.fields.map((f) => f.label).join('、')}不同` : '',
    c.cells.length ? `${c.cells.length} 个单元格不同` : '',
    c.texts.length ? `${c.texts.length} 个部分文字不同` : '',
  ];
  const said = parts.filter(Boolean);
  return said.length ? `与当前相比：${said.join('，')}` : '与当前内容相同';
}

export function HistoryDialog({ id, title, onClose, onRestored }: { id: string | null; title: string; onClose(): void; onRestored(message: string): void }) {
  const { snaps, current, error, viewing, view, restore } = useReportHistory(id, (s) => onRestored(`已恢复到 ${dayOf(s.savedAt)} ${time(s.savedAt)} 的版本`));
  const now = new Date();
  const days = [...new Set(snaps.map((s) => dayLabel(s.savedAt, now)))];
  return (
    <Dialog open={id !== null} onClose={onClose} fullWidth maxWidth={viewing ? 'lg' : 'sm'} aria-labelledby="history-title">
      <DialogTitle id="history-title">历史版本：{title}</DialogTitle>
      <DialogContent>
        <Typography variant="body2" color="text.secondary">
          保留最近 20 次保存、此前 24 小时内每 10 分钟一份、再往前每天一份。可先查看某个版本与当前的差别；恢复后，当前内容仍作为一个历史版本保留。
        </Typography>
        {error ? <Typography color="error">{error}</Typography> : null}
        <Stack direction="row" spacing={2} sx={{ alignItems: 'flex-start' }}>
          <List dense sx={{ minWidth: 300, flex: viewing ? '0 0 320px' : 1 }} aria-label="历史版本列表">
            {days.map((day) => (
              <li key={day}>
                <ul style={{ padding: 0 }}>
                  <ListSubheader disableSticky>{day}</ListSubheader>
                  {snaps
                    .filter((s) => dayLabel(s.savedAt, now) === day)
                    .map((s) => (
                      <ListItem
                        key={s.name}
                        sx={viewing?.snap.name === s.name ? { background: '#e3f2fd' } : undefined}
                        secondaryAction={
                          <Stack direction="row" spacing={0.5}>
                            <Button size="small" disabled={!current} onClick={() => view(s)} aria-label={`查看 ${time(s.savedAt)} 的版本`}>
                              查看
                            </Button>
                            <Button size="small" onClick={() => restore(s)} aria-label={`恢复 ${time(s.savedAt)} 的版本`}>
                              恢复
                            </Button>
                          </Stack>
                        }
                      >
                        <ListItemText
                          primary={time(s.savedAt)}
                          secondary={s.name === snaps[0]?.name ? `${ago(s.savedAt, now)}（即当前内容）` : ago(s.savedAt, now)}
                        />
                      </ListItem>
                    ))}
                </ul>
              </li>
            ))}
          </List>
          {viewing ? (
            <Box sx={{ flex: 1, minWidth: 0 }} role="region" aria-label="版本差别">
              <Typography variant="subtitle1" sx={{ fontWeight: 600 }}>
                {dayOf(viewing.snap.savedAt)} {time(viewing.snap.savedAt)} 的版本
              </Typography>
              <Typography variant="body2" sx={{ mb: 1 }}>
                {changeCount(viewing.changes)}
              </Typography>
              <VersionDifferences changes={viewing.changes} />
            </Box>
          ) : null}
        </Stack>
      </DialogContent>
      <DialogActions>
        {viewing ? <Button onClick={() => restore(viewing.snap)}>恢复此版本</Button> : null}
        <Button onClick={onClose}>关闭</Button>
      </DialogActions>
    </Dialog>
  );
}
