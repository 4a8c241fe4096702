// @vitest-environment happy-dom
/** The 台账 page's tables: applications newest first with their buttons named by the entry, a long list shown in part, cases. */
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ApplicationsTable } from '../../../renderer/src/tally/ApplicationsTable';
import { CasesTable } from '../../../renderer/src/tally/CasesTable';
import { blankApplication, bookDeadlines, emptyBook, type BookCase } from '../../../shared/tally';
import { show } from './render';

describe('the applications table', () => {
  it('lists the newest first, says the deadline, and names its buttons by the entry', () => {
    const open = { ...blankApplication('a', '2026-11-06'), number: '2026-102' };
    const answered = { ...blankApplication('b', '2026-11-20'), number: '2026-103', answered: '2026-11-27', outcome: '（一）予以公开' };
    const book = { ...emptyBook('某局', 2026), applications: [open, answered] };
    const deadlines = new Map(bookDeadlines(book, '2026-12-04').map((d) => [d.id, d]));
    const onEdit = vi.fn();
    const onDelete = vi.fn();
    show(<ApplicationsTable applications={book.applications} deadlines={deadlines} shown={200} onShowMore={vi.fn()} onEdit={onEdit} onDelete={onDelete} />);
    const table = screen.getByRole('table', { name: '申请登记' });
    const rows = within(table).getAllByRole('row');
    expect(rows[1]?.textContent).toMatch(/^2026-1032026-11-20/);
    expect(rows[2]?.textContent).toMatch(/2026-12-04（今天到期）即将到期/);
    fireEvent.click(screen.getByRole('button', { name: '答复 2026-102' }));
    expect(onEdit).toHaveBeenCalledWith(open);
    fireEvent.click(screen.getByRole('button', { name: '删除 2026-103' }));
    expect(onDelete).toHaveBeenCalledWith(answered);
    expect(screen.getByRole('button', { name: '修改 2026-103' })).toBeTruthy();
  });

  it('shows the first rows of a long register and offers the rest', () => {
    const applications = [1, 2, 3].map((i) => blankApplication(`a${i}`, `2026-0${i}-01`));
    const onShowMore = vi.fn();
    show(<ApplicationsTable applications={applications} deadlines={new Map()} shown={2} onShowMore={onShowMore} onEdit={vi.fn()} onDelete={vi.fn()} />);
    expect(within(screen.getByRole('table', { name: '申请登记' })).getAllByRole('row')).toHaveLength(3);
    fireEvent.click(screen.getByRole('button', { name: '显示更多（另有 1 件）' }));
    expect(onShowMore).toHaveBeenCalled();
  });
});

describe('the cases table', () => {
  it('says a lawsuit after review as such and an open case as 尚未审结', () => {
    const c: BookCase = { id: 'c', number: 'S1', kind: '行政诉讼', afterReview: true, received: '2026-03-01', result: '', resultDate: null };
    const onDelete = vi.fn();
    show(<CasesTable cases={[c]} onAdd={vi.fn()} onEdit={vi.fn()} onDelete={onDelete} />);
    const row = within(screen.getByRole('table', { name: '复议诉讼案件' })).getAllByRole('row')[1] as HTMLElement;
    expect(row.textContent).toContain('行政诉讼（复议后起诉）');
    expect(row.textContent).toContain('尚未审结');
    fireEvent.click(within(row).getByRole('button', { name: '删除' }));
    expect(onDelete).toHaveBeenCalledWith(c);
  });
});
