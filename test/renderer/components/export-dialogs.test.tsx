// @vitest-environment happy-dom
/** The questions before an export: every personal-data finding confirmed one by one; a draft's reasons said. */
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { checkReport, draftClause, draftReasons, type Diagnostic } from '../../../shared/checks';
import { DraftExportDialog, PersonalGateDialog } from '../../../renderer/src/editor/ExportDialogs';
import { blankReport } from '../../../shared/rollover';
import { show } from './render';

const finding = (key: string, message: string): Diagnostic => ({ key, rule: 'G13', severity: 'error', message, cells: [] });

describe('the personal-data gate', () => {
  it('goes on only once every finding is ticked, and hands on the keys confirmed', () => {
    const onConfirm = vi.fn();
    show(
      <PersonalGateDialog
        findings={[finding('G13:a', '疑似手机号码 138****5678'), finding('G13:b', '疑似身份证号')]}
        onCancel={vi.fn()}
        onConfirm={onConfirm}
      />,
    );
    const dialog = screen.getByRole('dialog', { name: '发布前：疑似个人信息' });
    const go = within(dialog).getByRole('button', { name: '已逐项确认，继续' }) as HTMLButtonElement;
    const boxes = within(dialog).getAllByRole('checkbox');
    fireEvent.click(boxes[0] as HTMLElement);
    expect(go.disabled).toBe(true);
    fireEvent.click(boxes[1] as HTMLElement);
    expect(go.disabled).toBe(false);
    fireEvent.click(go);
    expect(onConfirm).toHaveBeenCalledWith(['G13:a', 'G13:b']);
  });
});

describe('the draft question', () => {
  it('says why the file would be a draft, in the words the exporter stamps it with', () => {
    const report = blankReport('某某市甲局', 'department', 2025);
    const onConfirm = vi.fn();
    const reasons = draftReasons(report, checkReport(report));
    show(<DraftExportDialog open reasons={reasons} onCancel={vi.fn()} onConfirm={onConfirm} />);
    const dialog = screen.getByRole('dialog', { name: '将导出草稿' });
    expect(dialog.querySelector('p')?.textContent).toBe(`报告${draftClause(reasons)}。仍然导出吗？每页将标有“草稿”，定稿发布前须改正。`);
    expect(draftClause(reasons)).toMatch(/还有 2 项错误.*、200 个单元格未填写（没有的填0）$/);
    fireEvent.click(within(dialog).getByRole('button', { name: '仍然导出草稿' }));
    expect(onConfirm).toHaveBeenCalled();
  });
});
