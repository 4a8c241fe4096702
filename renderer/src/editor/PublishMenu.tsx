/**
 * 发布: the 网页版 (exported, or copied for a site's editor) and the 图解 (exported as PNG or PDF, or inserted into
 * the narrative as a figure), from one menu of the editor's header.
 */
import { memo, useState } from 'react';
import { Button, Divider, ListItemText, Menu, MenuItem } from '@mui/material';
import type { ExportKind } from '../../../shared/api/types';
import type { Block, Report } from '../../../shared/model';
import { api, errorText } from '../api';

interface Props {
  /** the report as it is when a command is chosen (read then, so that typing does not re-render the menu) */
  getReport(): Report;
  readOnly: boolean;
  /** exports through the editor's own export flow (which asks first when the report has errors) */
  onExport(kind: ExportKind): void;
  onInsertFigure(figure: Block): void;
  onMessage(text: string): void;
  /** runs `go` once the user has seen what would be published that looks like personal data (G13) */
  guard(go: () => void): void;
}

export const PublishMenu = memo(function PublishMenu({ getReport, readOnly, onExport, onInsertFigure, onMessage, guard }: Props) {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [busy, setBusy] = useState(false);
  const close = () => setAnchor(null);
  const run = (work: () => Promise<void>) => {
    close();
    setBusy(true);
    void work().finally(() => setBusy(false));
  };
  const item = (label: string, hint: string, onClick: () => void, disabled = false) => (
    <MenuItem onClick={onClick} disabled={disabled || busy}>
      <ListItemText primary={label} secondary={hint} />
    </MenuItem>
  );
  return (
    <>
      <Button size="small" variant="outlined" aria-haspopup="menu" aria-expanded={anchor !== null} disabled={busy} onClick={(e) => setAnchor(e.currentTarget)}>
        {busy ? '正在生成…' : '发布 ▾'}
      </Button>
      <Menu anchorEl={anchor} open={anchor !== null} onClose={close}>
        {item('导出网页版…', '一个 HTML 文件，手机上表格可左右滑动', () => {
          close();
          onExport('html');
        })}
        {item('复制网页版', '粘贴到网站后台的编辑器，表格保留合并单元格', () => {
          close();
          guard(() =>
            run(async () => {
              try {
                await api().copyWebPage(getReport());
                onMessage('网页版已复制，可粘贴到网站后台的编辑器');
              } catch (e) {
                onMessage(`复制失败：${errorText(e)}`);
              }
            }),
          );
        })}
        <Divider />
        {item('导出图解（PNG 图片）…', '一页图解，数字均取自表格', () => {
          close();
          onExport('graphic-png');
        })}
        {item('导出图解（PDF）…', '可直接打印', () => {
          close();
          onExport('graphic-pdf');
        })}
        <Divider />
        {item('导出报送数据包（年报数据中心）…', '供主管部门的年报数据中心直接读入：PDF、Markdown 和表格数字（2021年版格式）', () => {
          close();
          onExport('kirogov');
        })}
        {item(
          '插入图解到正文',
          '作为图插入“一、总体情况”末尾',
          () =>
            run(async () => {
              try {
                onInsertFigure(await api().graphicFigure(getReport()));
                onMessage('图解已插入“一、总体情况”末尾，可在正文中移动或修改图题');
              } catch (e) {
                onMessage(`生成图解失败：${errorText(e)}`);
              }
            }),
          readOnly,
        )}
      </Menu>
    </>
  );
});
