/** The Chinese application menu; commands that concern the open report are sent to the renderer. */
import type { MenuCommand } from '../../shared/api';
import type { MenuItemLike } from './deps';

export function menuTemplate(send: (command: MenuCommand) => void, isMac = false): MenuItemLike[] {
  const item = (label: string, command: MenuCommand, accelerator?: string): MenuItemLike => ({
    label,
    ...(accelerator ? { accelerator } : {}),
    click: () => send(command),
  });
  return [
    {
      label: '文件',
      submenu: [
        item('新建年报…', 'new', 'CmdOrCtrl+N'),
        item('打开年报库', 'open', 'CmdOrCtrl+O'),
        item('导入已发布的年报…', 'import', 'CmdOrCtrl+I'),
        { type: 'separator' },
        item('保存', 'save', 'CmdOrCtrl+S'),
        item('导出 DOCX…', 'export-docx', 'CmdOrCtrl+Shift+D'),
        item('导出 PDF…', 'export-pdf', 'CmdOrCtrl+Shift+P'),
        { type: 'separator' },
        { label: '退出', role: 'quit', accelerator: isMac ? 'Cmd+Q' : 'Alt+F4' },
      ],
    },
    {
      label: '编辑',
      submenu: [
        item('撤销', 'undo', 'CmdOrCtrl+Z'),
        item('重做', 'redo', isMac ? 'Cmd+Shift+Z' : 'CmdOrCtrl+Y'),
        { type: 'separator' },
        { label: '剪切', role: 'cut' },
        { label: '复制', role: 'copy' },
        { label: '粘贴', role: 'paste' },
        { label: '全选', role: 'selectAll' },
      ],
    },
    {
      label: '视图',
      submenu: [
        { label: '放大', role: 'zoomIn' },
        { label: '缩小', role: 'zoomOut' },
        { label: '实际大小', role: 'resetZoom' },
        { type: 'separator' },
        { label: '全屏', role: 'togglefullscreen' },
      ],
    },
    { label: '帮助', submenu: [item('关于年报编制助手', 'about')] },
  ];
}
