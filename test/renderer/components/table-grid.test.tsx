// @vitest-environment happy-dom
/** The table grid as a user meets it: cells named by their row and column, what typing saves, what it refuses. */
import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { getFormat } from '../../../shared/formats';
import { TableGrid } from '../../../renderer/src/editor/TableGrid';
import { show } from './render';

const format = getFormat('gip-2021');

function grid(cells: Record<string, number | null>, readOnly = false) {
  const onChange = vi.fn<(changes: Record<string, number | null>, key: string) => void>();
  show(<TableGrid format={format} table="t3" cells={cells} marks={new Map()} readOnly={readOnly} onChange={onChange} />);
  return onChange;
}

describe('the table grid', () => {
  it('names each cell by its row and column, shows blank and 0 apart, and saves what is typed as a number', () => {
    const onChange = grid({ 't3.new.natural': 0 });
    const natural = screen.getByRole('textbox', { name: '一、本年新收政府信息公开申请数量 自然人' }) as HTMLInputElement;
    const company = screen.getByRole('textbox', { name: '一、本年新收政府信息公开申请数量 商业企业' }) as HTMLInputElement;
    expect([natural.value, company.value]).toEqual(['0', '']);
    fireEvent.change(company, { target: { value: '１２' } });
    expect(onChange).toHaveBeenLastCalledWith({ 't3.new.commercial': 12 }, 'cell:t3.new.commercial');
    fireEvent.change(natural, { target: { value: '' } });
    expect(onChange).toHaveBeenLastCalledWith({ 't3.new.natural': null }, 'cell:t3.new.natural');
  });

  it('does not save text that is no count, marks the cell invalid, and shows the stored value again when left', () => {
    const onChange = grid({ 't3.new.natural': 5 });
    const natural = screen.getByRole('textbox', { name: '一、本年新收政府信息公开申请数量 自然人' }) as HTMLInputElement;
    fireEvent.focus(natural);
    fireEvent.change(natural, { target: { value: '十二' } });
    expect(onChange).not.toHaveBeenCalledWith({ 't3.new.natural': expect.anything() as unknown }, expect.any(String) as unknown);
    expect(natural.getAttribute('aria-invalid')).toBe('true');
    fireEvent.blur(natural);
    expect(natural.value).toBe('5');
  });

  it('takes no typing in a read-only report', () => {
    grid({}, true);
    expect((screen.getByRole('textbox', { name: '一、本年新收政府信息公开申请数量 自然人' }) as HTMLInputElement).readOnly).toBe(true);
  });
});
