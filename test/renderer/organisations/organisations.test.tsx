import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fail, ok, type Api } from '../../../shared/contract/index.ts';
import { fakeApi } from '../fakeApi.ts';
import { orgDetail, orgNode } from '../fixtures.ts';
import { renderApp } from '../render.tsx';

const province = orgNode(1, 'Đảng bộ tỉnh Mẫu', { childCount: 1, memberCount: 2000 });
const commune = orgNode(2, 'Đảng bộ xã Yên Lạc', { parentId: 1, typeCode: 'COMMUNE', childCount: 1, memberCount: 120 });
const cell = orgNode(3, 'Chi bộ Thôn 1', { parentId: 2, typeCode: 'GRASSROOTS_CELL', memberCount: 35 });
const nodes = [province, commune, cell];

function treeApi(over: Partial<Api> = {}) {
  return fakeApi({
    'organisation:children': async ({ parentId }) => ok(nodes.filter((n) => n.parentId === parentId)),
    'organisation:get': async ({ id }) => {
      const node = nodes.find((n) => n.id === id);
      if (!node) return fail('NOT_FOUND', 'Không tìm thấy tổ chức');
      const ancestors: { id: number; name: string }[] = [];
      for (let p = nodes.find((n) => n.id === node.parentId); p; p = nodes.find((n) => n.id === p?.parentId)) ancestors.unshift({ id: p.id, name: p.name });
      return ok(
        orgDetail(node, {
          ancestors,
          history: [{ id: 10, kind: 'CREATE', effectiveDate: '1946-01-01', oldName: null, newName: node.name, otherOrganisationId: null, otherOrganisationName: null, decisionNo: '12-QĐ/TU', note: null }],
        }),
      );
    },
    ...over,
  });
}

async function onOrganisationsTab(api: ReturnType<typeof fakeApi>) {
  const view = renderApp(api);
  await view.user.click(screen.getByRole('tab', { name: 'Tổ chức đảng' }));
  return view;
}

describe('organisation tree', () => {
  it('loads the roots, opens a node on demand and shows member counts', async () => {
    const api = treeApi();
    const { user } = await onOrganisationsTab(api);
    const root = await screen.findByRole('treeitem', { name: 'Đảng bộ tỉnh Mẫu' });
    expect(api['organisation:children']).toHaveBeenCalledWith({ parentId: null });
    expect(root).toHaveAccessibleDescription('2.000 đảng viên');
    expect(root).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('treeitem', { name: 'Đảng bộ xã Yên Lạc' })).not.toBeInTheDocument();

    root.focus();
    await user.keyboard('{ArrowRight}');
    expect(await screen.findByRole('treeitem', { name: 'Đảng bộ xã Yên Lạc' })).toHaveAccessibleDescription('120 đảng viên');
    expect(api['organisation:children']).toHaveBeenCalledWith({ parentId: 1 });
    expect(root).toHaveAttribute('aria-expanded', 'true');
  });

  it('shows the chosen organisation with its catalogue type name, path and history', async () => {
    const api = treeApi();
    const { user } = await onOrganisationsTab(api);
    await user.click(await screen.findByText('Đảng bộ tỉnh Mẫu'));
    expect(await screen.findByRole('heading', { name: 'Đảng bộ tỉnh Mẫu' })).toBeInTheDocument();
    expect(api['organisation:get']).toHaveBeenCalledWith({ id: 1 });
    expect(screen.getByText('Đảng bộ tỉnh')).toBeInTheDocument();
    const history = screen.getByRole('table', { name: 'Lịch sử' });
    expect(within(history).getByText('Thành lập')).toBeInTheDocument();
    expect(within(history).getByText('01/01/1946')).toBeInTheDocument();
    expect(screen.getByRole('treeitem', { name: 'Đảng bộ tỉnh Mẫu' })).toHaveAttribute('aria-selected', 'true');
  });

  it('finds an organisation with the tree search and opens the tree down to it', async () => {
    const api = treeApi({
      'organisation:search': async () => ok([{ ...cell, pathNames: ['Đảng bộ tỉnh Mẫu', 'Đảng bộ xã Yên Lạc', 'Chi bộ Thôn 1'] }]),
    });
    const { user } = await onOrganisationsTab(api);
    await screen.findByRole('treeitem', { name: 'Đảng bộ tỉnh Mẫu' });
    await user.type(screen.getByLabelText('Tìm tổ chức'), 'thon 1');
    const hit = await screen.findByRole('button', { name: /Chi bộ Thôn 1.*Đảng bộ tỉnh Mẫu › Đảng bộ xã Yên Lạc/ });
    expect(api['organisation:search']).toHaveBeenCalledWith({ q: 'thon 1', limit: 30 });
    await user.click(hit);

    expect(await screen.findByRole('heading', { name: 'Chi bộ Thôn 1' })).toBeInTheDocument();
    expect(await screen.findByRole('treeitem', { name: 'Chi bộ Thôn 1' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('treeitem', { name: 'Đảng bộ xã Yên Lạc' })).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByLabelText('Tìm tổ chức')).toHaveValue('');
  });

  it('founds a sub-organisation and refreshes the tree around it', async () => {
    const created = orgNode(4, 'Chi bộ Thôn 2', { parentId: 2, typeCode: 'GRASSROOTS_CELL' });
    const api = treeApi({
      'organisation:create': async () => {
        nodes.push(created);
        return ok(created);
      },
    });
    const { user } = await onOrganisationsTab(api);
    await user.click(await screen.findByText('Đảng bộ tỉnh Mẫu'));
    screen.getByRole('treeitem', { name: 'Đảng bộ tỉnh Mẫu' }).focus();
    await user.keyboard('{ArrowRight}');
    await user.click(await screen.findByText('Đảng bộ xã Yên Lạc'));
    await screen.findByRole('heading', { name: 'Đảng bộ xã Yên Lạc' });

    await user.click(screen.getByRole('button', { name: 'Thành lập tổ chức trực thuộc' }));
    const dialog = await screen.findByRole('dialog', { name: 'Thành lập tổ chức trực thuộc Đảng bộ xã Yên Lạc' });
    await user.type(within(dialog).getByLabelText('Tên tổ chức'), 'Chi bộ Thôn 2');
    await user.click(within(dialog).getByRole('combobox', { name: 'Loại tổ chức' }));
    await user.click(await screen.findByRole('option', { name: 'Chi bộ cơ sở' }));
    const date = within(dialog).getByLabelText('Ngày hiệu lực');
    await user.clear(date);
    await user.type(date, '15/7/2025');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));

    await waitFor(() => expect(api['organisation:create']).toHaveBeenCalledTimes(1));
    expect(api['organisation:create']).toHaveBeenCalledWith(
      expect.objectContaining({ parentId: 2, name: 'Chi bộ Thôn 2', typeCode: 'GRASSROOTS_CELL', effectiveFrom: '2025-07-15' }),
    );
    expect(await screen.findByRole('treeitem', { name: 'Chi bộ Thôn 2' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    nodes.pop();
  });

  it('rename: shows the core error and field message, keeping what was typed', async () => {
    const api = treeApi({
      'organisation:rename': async () => fail('RULE', 'Ngày đổi tên phải sau ngày thành lập.', { effectiveDate: 'Phải sau 01/01/1946' }),
    });
    const { user } = await onOrganisationsTab(api);
    await user.click(await screen.findByText('Đảng bộ tỉnh Mẫu'));
    await user.click(await screen.findByRole('button', { name: 'Đổi tên' }));
    const dialog = await screen.findByRole('dialog');
    const name = within(dialog).getByLabelText('Tên mới');
    await user.clear(name);
    await user.type(name, 'Đảng bộ tỉnh Mới');
    const date = within(dialog).getByLabelText('Ngày hiệu lực');
    await user.clear(date);
    await user.type(date, '01/01/1945');
    await user.keyboard('{Control>}s{/Control}');

    await waitFor(() => expect(api['organisation:rename']).toHaveBeenCalledWith(expect.objectContaining({ id: 1, name: 'Đảng bộ tỉnh Mới', effectiveDate: '1945-01-01' })));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Ngày đổi tên phải sau ngày thành lập.');
    expect(within(dialog).getByLabelText('Ngày hiệu lực')).toHaveAccessibleDescription('Phải sau 01/01/1946');
    expect(within(dialog).getByLabelText('Tên mới')).toHaveValue('Đảng bộ tỉnh Mới');
  });

  it('rename refuses a date without a day before calling the core', async () => {
    const api = treeApi();
    const { user } = await onOrganisationsTab(api);
    await user.click(await screen.findByText('Đảng bộ tỉnh Mẫu'));
    await user.click(await screen.findByRole('button', { name: 'Đổi tên' }));
    const dialog = await screen.findByRole('dialog');
    const date = within(dialog).getByLabelText('Ngày hiệu lực');
    await user.clear(date);
    await user.type(date, '03/2025');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    expect(date).toHaveAccessibleDescription('Ngày không hợp lệ (nhập đủ ngày/tháng/năm)');
    expect(api['organisation:rename']).not.toHaveBeenCalled();
  });

  it('merge: the current organisation is the source, the successor is chosen by search', async () => {
    const other = orgNode(5, 'Chi bộ Thôn 5', { parentId: 2, typeCode: 'GRASSROOTS_CELL', memberCount: 35 });
    const path = ['Đảng bộ tỉnh Mẫu', 'Đảng bộ xã Yên Lạc'];
    const api = treeApi({
      'organisation:search': async () => ok([{ ...other, pathNames: path }, { ...cell, pathNames: path }]),
      'organisation:merge': async () => ok({ successorId: 3, movedMembers: 35, movedChildren: 0 }),
      'organisation:get': async ({ id }) => ok(orgDetail(id === 5 ? other : cell)),
    });
    const { user } = await onOrganisationsTab(api);
    await screen.findByRole('treeitem', { name: 'Đảng bộ tỉnh Mẫu' });
    await user.type(screen.getByLabelText('Tìm tổ chức'), 'thon 5');
    await user.click(await screen.findByRole('button', { name: /Chi bộ Thôn 5/ }));
    await screen.findByRole('heading', { name: 'Chi bộ Thôn 5' });
    await user.click(screen.getByRole('button', { name: 'Hợp nhất' }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByRole('combobox', { name: 'Tổ chức kế thừa' }), 'thon');
    await waitFor(() => expect(api['organisation:search']).toHaveBeenCalledWith({ q: 'thon', limit: 30 }));
    // The organisation being merged cannot be its own successor.
    await user.click(await screen.findByRole('option', { name: /Chi bộ Thôn 1/ }));
    expect(screen.queryByRole('option', { name: /Chi bộ Thôn 5/ })).not.toBeInTheDocument();
    const date = within(dialog).getByLabelText('Ngày hiệu lực');
    await user.clear(date);
    await user.type(date, '30/06/2025');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));

    await waitFor(() =>
      expect(api['organisation:merge']).toHaveBeenCalledWith(expect.objectContaining({ sourceIds: [5], successorId: 3, effectiveDate: '2025-06-30' })),
    );
    expect(await screen.findByText('Đã hợp nhất: chuyển 35 đảng viên và 0 tổ chức trực thuộc.')).toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: 'Chi bộ Thôn 1' })).toBeInTheDocument();
  });
});

describe('first root', () => {
  it('offers "Tạo tổ chức gốc" on an empty tree and creates a PROVINCE root', async () => {
    const root = orgNode(1, 'Đảng bộ tỉnh Hưng Yên');
    let created = false;
    const api = fakeApi({
      'organisation:children': async ({ parentId }) => ok(created && parentId === null ? [root] : []),
      'organisation:create': async () => {
        created = true;
        return ok(root);
      },
      'organisation:get': async () => ok(orgDetail(root)),
    });
    const { user } = await onOrganisationsTab(api);
    await user.click(await screen.findByRole('button', { name: 'Tạo tổ chức gốc' }));
    const dialog = await screen.findByRole('dialog', { name: 'Tạo tổ chức gốc' });
    expect(within(dialog).getByRole('combobox', { name: 'Loại tổ chức' })).toHaveValue('Đảng bộ tỉnh');
    await user.type(within(dialog).getByLabelText('Tên tổ chức'), 'Đảng bộ tỉnh Hưng Yên');
    const date = within(dialog).getByLabelText('Ngày hiệu lực');
    await user.clear(date);
    await user.type(date, '01/07/2025');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));

    await waitFor(() =>
      expect(api['organisation:create']).toHaveBeenCalledWith(
        expect.objectContaining({ parentId: null, name: 'Đảng bộ tỉnh Hưng Yên', typeCode: 'PROVINCE', effectiveFrom: '2025-07-01' }),
      ),
    );
    expect(await screen.findByRole('treeitem', { name: 'Đảng bộ tỉnh Hưng Yên' })).toBeInTheDocument();
  });
});
