// @vitest-environment happy-dom
/** The checks panel: findings by severity, a click goes to the finding, a warning confirmed with a note. */
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { Diagnostic } from '../../../shared/checks';
import { ChecksPanel } from '../../../renderer/src/editor/ChecksPanel';
import { show } from './render';

const error: Diagnostic = { key: 'A1:t3.new', rule: 'A1', severity: 'error', message: '自然人列之和与总计不符', cells: ['t3.new.total'] };
const warning: Diagnostic = { key: 'X5:overview', rule: 'X5', severity: 'warning', message: '一、总体情况与上年报告内容雷同', cells: [] };

function panel(acknowledged: Record<string, { note: string }> = {}) {
  const handlers = { onJump: vi.fn(), onAcknowledge: vi.fn(), onRevoke: vi.fn() };
  show(<ChecksPanel diagnostics={[error, warning]} acknowledged={acknowledged} readOnly={false} {...handlers} />);
  return handlers;
}

describe('the checks panel', () => {
  it('lists each finding with its rule, and a click goes to it', () => {
    const { onJump } = panel();
    const aside = screen.getByRole('complementary', { name: '检查结果' });
    expect(within(aside).getByText('自然人列之和与总计不符')).toBeTruthy();
    fireEvent.click(within(aside).getByText('自然人列之和与总计不符'));
    expect(onJump).toHaveBeenCalledWith(error);
  });

  it('confirms a warning only with a note, which it hands on to be saved with the report', () => {
    const { onAcknowledge } = panel();
    fireEvent.click(screen.getByRole('button', { name: `确认并说明：${warning.message}` }));
    const dialog = screen.getByRole('dialog');
    const confirm = within(dialog).getByRole('button', { name: '确认' }) as HTMLButtonElement;
    expect(confirm.disabled).toBe(true);
    fireEvent.change(within(dialog).getByRole('textbox', { name: '说明（随年报保存）' }), { target: { value: ' 本年工作延续上年部署，已核对 ' } });
    fireEvent.click(confirm);
    expect(onAcknowledge).toHaveBeenCalledWith(warning, '本年工作延续上年部署，已核对');
  });

  it('lists a confirmed warning apart, with its note and a way to take the confirmation back', () => {
    const { onRevoke } = panel({ [warning.key]: { note: '已核对' } });
    expect(screen.getByText('已确认的警告（1）')).toBeTruthy();
    expect(screen.getByText('说明：已核对')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /撤销确认/ }));
    expect(onRevoke).toHaveBeenCalledWith(warning.key);
  });
});
