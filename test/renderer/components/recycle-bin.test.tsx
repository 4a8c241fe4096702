// @vitest-environment happy-dom
/** 回收站: a deleted report is restored at a click, and deleted for good only after a yes. */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { RecycleBin } from '../../../renderer/src/library/RecycleBin';
import type { ReportSummary } from '../../../shared/api/types';
import { show } from './render';

const deleted: ReportSummary = {
  id: 'r1',
  agency: '某局',
  year: 2025,
  format: 'gip-2021',
  agencyKind: '',
  title: '某局2025年政府信息公开工作年度报告',
  errors: 0,
  warnings: 0,
  createdAt: '2026-01-05T08:00:00.000Z',
  savedAt: '2026-01-06T08:00:00.000Z',
  deletedAt: '2026-02-01T08:00:00.000Z',
};

describe('the recycle bin', () => {
  it('restores a report at a click', () => {
    const onRestore = vi.fn();
    show(<RecycleBin bin={[deleted]} onRestore={onRestore} onPurge={vi.fn()} />);
    fireEvent.click(within(screen.getByRole('region', { name: '回收站' })).getByRole('button', { name: `恢复 ${deleted.title}` }));
    expect(onRestore).toHaveBeenCalledWith('r1');
  });

  it('deletes for good only after the user says yes, and not at all on 取消', async () => {
    const onPurge = vi.fn();
    show(<RecycleBin bin={[deleted]} onRestore={vi.fn()} onPurge={onPurge} />);
    fireEvent.click(screen.getByRole('button', { name: `彻底删除 ${deleted.title}` }));
    fireEvent.click(within(screen.getByRole('dialog', { name: '彻底删除' })).getByRole('button', { name: '取消' }));
    expect(onPurge).not.toHaveBeenCalled();
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    fireEvent.click(screen.getByRole('button', { name: `彻底删除 ${deleted.title}` }));
    const dialog = screen.getByRole('dialog', { name: '彻底删除' });
    expect(dialog.textContent).toContain(`《${deleted.title}》及其全部历史版本将被彻底删除，不能再恢复。`);
    fireEvent.click(within(dialog).getByRole('button', { name: '彻底删除' }));
    expect(onPurge).toHaveBeenCalledWith('r1');
  });

  it('shows nothing while the bin is empty', () => {
    show(<RecycleBin bin={[]} onRestore={vi.fn()} onPurge={vi.fn()} />);
    expect(screen.queryByRole('region', { name: '回收站' })).toBeNull();
  });
});
