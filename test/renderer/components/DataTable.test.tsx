import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { DataTable, type DataColumn } from '../../../renderer/src/components/DataTable.tsx';
import { formatCount } from '../../../renderer/src/format.ts';
import { fakeApi } from '../fakeApi.ts';
import { renderWith } from '../render.tsx';

interface Org {
  id: number;
  name: string;
  members: number;
}

const columns: DataColumn<Org>[] = [
  { key: 'name', header: 'Tổ chức', cell: (o) => o.name, title: (o) => `#${o.id}` },
  { key: 'members', header: 'Số đảng viên', align: 'right', width: 120, cell: (o) => formatCount(o.members) },
];

const orgs = (n: number): Org[] => Array.from({ length: n }, (_, i) => ({ id: i + 1, name: `Chi bộ ${i + 1}`, members: 1000 * (i + 1) + 234 }));

describe('DataTable', () => {
  it('is a named table with column headers, cells in order, Vietnamese numbers, alignment and hover titles', () => {
    renderWith(fakeApi(), <DataTable label="Các chi bộ" columns={columns} rows={orgs(2)} rowKey={(o) => o.id} />);
    const table = screen.getByRole('table', { name: 'Các chi bộ' });
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Tổ chức', 'Số đảng viên']);
    const rows = within(table).getAllByRole('row');
    expect(rows.map((r) => r.textContent)).toEqual(['Tổ chứcSố đảng viên', 'Chi bộ 11.234', 'Chi bộ 22.234']);
    const cells = within(rows[1]!).getAllByRole('cell');
    expect(cells[1]).toHaveStyle({ textAlign: 'right' });
    expect(cells[0]).toHaveAttribute('title', '#1');
    // The header sticks (Mantine's sticky header) and rows are not focusable without an action.
    expect(within(table).getAllByRole('rowgroup')[0]).toHaveAttribute('data-sticky');
    expect(rows[1]).not.toHaveAttribute('tabindex');
  });

  it('shows the empty text instead of a table', () => {
    renderWith(fakeApi(), <DataTable label="Các chi bộ" columns={columns} rows={[]} rowKey={(o) => o.id} empty="Chưa có chi bộ nào." />);
    expect(screen.getByText('Chưa có chi bộ nào.')).toBeInTheDocument();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('activates a row by click or by Enter, rows taking the focus in turn', async () => {
    const onActivate = vi.fn();
    const { user } = renderWith(fakeApi(), <DataTable label="Các chi bộ" columns={columns} rows={orgs(3)} rowKey={(o) => o.id} onActivate={onActivate} rowLabel={(o) => o.name} />);
    await user.click(screen.getByRole('row', { name: 'Chi bộ 2' }));
    expect(onActivate).toHaveBeenLastCalledWith(expect.objectContaining({ id: 2 }));
    expect(screen.getByRole('row', { name: 'Chi bộ 2' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('row', { name: 'Chi bộ 3' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(onActivate).toHaveBeenLastCalledWith(expect.objectContaining({ id: 3 }));
    await user.tab({ shift: true });
    await user.tab({ shift: true });
    expect(screen.getByRole('row', { name: 'Chi bộ 1' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(onActivate).toHaveBeenLastCalledWith(expect.objectContaining({ id: 1 }));
    expect(onActivate).toHaveBeenCalledTimes(3);
  });

  it('draws only the rows in view of a long list, keeping the table semantics (row count and indexes)', () => {
    renderWith(fakeApi(), <DataTable label="Các chi bộ" columns={columns} rows={orgs(5000)} rowKey={(o) => o.id} virtual={{ height: 340, rowHeight: 34 }} />);
    const table = screen.getByRole('table', { name: 'Các chi bộ' });
    expect(table).toHaveAttribute('aria-rowcount', '5001');
    const drawn = within(table)
      .getAllByRole('row')
      .filter((r) => r.getAttribute('aria-hidden') !== 'true');
    // The header, the 10 rows in the 340 px box and the overscan: far fewer than 5,000.
    expect(drawn.length).toBeGreaterThan(10);
    expect(drawn.length).toBeLessThan(40);
    expect(drawn[1]).toHaveAttribute('aria-rowindex', '2');
    expect(within(table).getByText('Chi bộ 1')).toBeInTheDocument();
    expect(within(table).queryByText('Chi bộ 4000')).toBeNull();
  });
});
