import { describe, expect, it } from 'vitest';
import type { Connection } from '../../../db/connection.ts';
import { memberInput } from '../../support/builders/index.ts';
import type { TestCore } from '../../support/core.ts';
import { eachTestWithTree, type Tree } from '../../support/treeCore.ts';

let t: TestCore;
let raw: Connection;
let tree: Tree;
eachTestWithTree((env) => {
  ({ t, raw, tree } = env);
});

const path = (id: number) => (raw.sqlite.prepare('SELECT path FROM organisation WHERE id = ?').get(id) as { path: string }).path;

describe('organisations', () => {
  it('lists children with whole-subtree member counts', async () => {
    await t.must('member:create', memberInput(tree.cell));
    await t.must('member:create', memberInput(tree.cell));
    const roots = await t.must('organisation:children', { parentId: null });
    expect(roots).toHaveLength(1);
    expect(roots[0]).toMatchObject({ id: tree.province, memberCount: 2, childCount: 1 });
    const communes = await t.must('organisation:children', { parentId: tree.province });
    expect(communes[0]).toMatchObject({ id: tree.commune, memberCount: 2, childCount: 1, unitTypeCode: 'XA' });
  });

  it('allows only one root', async () => {
    const r = await t.call('organisation:create', { parentId: null, name: 'Đảng bộ tỉnh khác', typeCode: 'PROVINCE', effectiveFrom: '2025-07-01' });
    expect(r).toMatchObject({ ok: false, error: { code: 'RULE' } });
  });

  it('renames keeping the identity and the history', async () => {
    await t.must('organisation:rename', { id: tree.commune, name: 'Đảng bộ phường Thanh Sơn', effectiveDate: '2025-09-01', decisionNo: '123-QĐ/TU' });
    const detail = await t.must('organisation:get', { id: tree.commune });
    expect(detail.name).toBe('Đảng bộ phường Thanh Sơn');
    expect(detail.history.map((h) => h.kind)).toEqual(['CREATE', 'RENAME']);
    expect(detail.history[1]).toMatchObject({ oldName: 'Đảng bộ xã Thanh Sơn', newName: 'Đảng bộ phường Thanh Sơn', decisionNo: '123-QĐ/TU' });
    const found = await t.must('organisation:search', { q: 'phuong thanh son' });
    expect(found.map((o) => o.id)).toContain(tree.commune);
    expect(found[0]?.pathNames).toEqual(['Đảng bộ tỉnh Phú Thọ']);
  });

  it('moves a subtree with its members', async () => {
    const other = await t.must('organisation:create', { parentId: tree.province, name: 'Đảng bộ phường Nông Trang', typeCode: 'COMMUNE', effectiveFrom: '2025-07-01' });
    const m = await t.must('member:create', memberInput(tree.cell));
    await t.must('organisation:move', { id: tree.cell, newParentId: other.id, effectiveDate: '2025-10-01' });
    expect(path(tree.cell)).toBe(`${path(other.id)}${tree.cell}/`);
    const row = raw.sqlite.prepare('SELECT org_path FROM member WHERE id = ?').get(m.id);
    expect(row).toEqual({ org_path: path(tree.cell) });
    const list = await t.must('member:list', { organisationId: other.id });
    expect(list.rows.map((r) => r.id)).toEqual([m.id]);
    expect((await t.must('member:list', { organisationId: tree.commune })).total).toBe(0);
    const refused = await t.call('organisation:move', { id: other.id, newParentId: tree.cell, effectiveDate: '2025-10-01' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'RULE' } });
  });

  it('dissolves only an empty organisation', async () => {
    const m = await t.must('member:create', memberInput(tree.cell));
    const refused = await t.call('organisation:dissolve', { id: tree.cell, effectiveDate: '2025-12-01' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'RULE' } });
    if (!refused.ok) expect(refused.error.message).toMatch(/còn 1 đảng viên/);
    expect(m.id).toBeGreaterThan(0);
    const empty = await t.must('organisation:create', { parentId: tree.commune, name: 'Chi bộ thôn Hạ', typeCode: 'CELL', effectiveFrom: '2025-07-01' });
    const dissolved = await t.must('organisation:dissolve', { id: empty.id, effectiveDate: '2025-12-01' });
    expect(dissolved.effectiveTo).toBe('2025-12-01');
    const active = await t.must('organisation:children', { parentId: tree.commune });
    expect(active.map((o) => o.id)).toEqual([tree.cell]);
    const all = await t.must('organisation:children', { parentId: tree.commune, includeInactive: true });
    expect(all.map((o) => o.id)).toEqual([tree.cell, empty.id]);
  });

  it('merges: members move by reorganisation (not transfer), sub-organisations move, sources end with a successor', async () => {
    const second = await t.must('organisation:create', { parentId: tree.province, name: 'Đảng bộ xã Võ Miếu', typeCode: 'COMMUNE', effectiveFrom: '2025-07-01' });
    const secondCell = await t.must('organisation:create', { parentId: second.id, name: 'Chi bộ thôn Cầu', typeCode: 'CELL', effectiveFrom: '2025-07-01' });
    const a = await t.must('member:create', memberInput(tree.cell));
    const b = await t.must('member:create', memberInput(secondCell.id));
    // Two cells merged into one: the cell of the first commune absorbs the second commune's cell.
    const result = await t.must('organisation:merge', { sourceIds: [secondCell.id], successorId: tree.cell, effectiveDate: '2025-11-01', decisionNo: '45-QĐ/ĐU' });
    expect(result).toEqual({ successorId: tree.cell, movedMembers: 1, movedChildren: 0 });
    const moved = await t.must('member:get', { id: b.id });
    expect(moved.organisationId).toBe(tree.cell);
    const events = raw.sqlite.prepare('SELECT type_code, org_from_id, org_to_id, event_date FROM member_event WHERE member_id = ? ORDER BY id').all(b.id);
    expect(events.at(-1)).toEqual({ type_code: 'MOVE_BY_REORGANISATION', org_from_id: secondCell.id, org_to_id: tree.cell, event_date: '2025-11-01' });
    expect(raw.sqlite.prepare("SELECT count(*) AS n FROM member_event WHERE type_code LIKE 'TRANSFER%'").get()).toEqual({ n: 0 });
    const source = await t.must('organisation:get', { id: secondCell.id });
    expect(source).toMatchObject({ effectiveTo: '2025-11-01', successorId: tree.cell });
    expect(source.history.at(-1)).toMatchObject({ kind: 'MERGE_OUT', otherOrganisationId: tree.cell });
    // Communes merged: the second commune (now without cells) into the first.
    const communes = await t.must('organisation:merge', { sourceIds: [second.id], successorId: tree.commune, effectiveDate: '2025-11-02' });
    expect(communes.movedChildren).toBe(0);
    const list = await t.must('member:list', { organisationId: tree.commune });
    expect(list.rows.map((r) => r.id).sort()).toEqual([a.id, b.id].sort());
  });

  it('merge moves the active sub-organisations under the successor', async () => {
    const second = await t.must('organisation:create', { parentId: tree.province, name: 'Đảng bộ xã Võ Miếu', typeCode: 'COMMUNE', effectiveFrom: '2025-07-01' });
    const secondCell = await t.must('organisation:create', { parentId: second.id, name: 'Chi bộ thôn Cầu', typeCode: 'CELL', effectiveFrom: '2025-07-01' });
    const b = await t.must('member:create', memberInput(secondCell.id));
    const result = await t.must('organisation:merge', { sourceIds: [second.id], successorId: tree.commune, effectiveDate: '2025-11-01' });
    expect(result).toEqual({ successorId: tree.commune, movedMembers: 0, movedChildren: 1 });
    expect(path(secondCell.id)).toBe(`${path(tree.commune)}${secondCell.id}/`);
    expect((await t.must('member:get', { id: b.id })).organisationId).toBe(secondCell.id);
    const communeMembers = await t.must('member:list', { organisationId: tree.commune });
    expect(communeMembers.rows.map((r) => r.id)).toEqual([b.id]);
  });
});
