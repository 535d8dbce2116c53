import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeMember, makeTree } from '../../support/builders/index.ts';
import { openTestCore, type TestCore } from '../../support/core.ts';

/**
 * The change history and the audit log name the organisations their values point to (the clerk
 * reads "Chi bộ thôn A → Chi bộ thôn B", not "135 → 161"): each entry carries the names of the
 * organisation ids in its values, read now, in one query per page.
 */
let t: TestCore;
let tree: Awaited<ReturnType<typeof makeTree>> & { cell2: number };

beforeEach(async () => {
  t = await openTestCore();
  const base = await makeTree(t);
  const cell2 = await t.must('organisation:create', { parentId: base.commune, name: 'Chi bộ thôn Bình Dân', typeCode: 'CELL', effectiveFrom: '2010-01-01' });
  tree = { ...base, cell2: cell2.id };
});
afterEach(() => t.close());

describe('organisation names in the history and the audit log', () => {
  it('memberfile:history names the cells of a move by event', async () => {
    const m = await makeMember(t, tree.cell, { familyName: 'Nguyễn', middleName: 'Văn', givenName: 'An', birthDate: '1965-03-12', partyAgeFrom: '1996-02-03' });
    await t.must('event:record', { memberIds: [m.id], typeCode: 'TRANSFER_OUT_LOCAL', eventDate: '2024-03-15', orgToId: tree.cell2 });
    const { entries } = await t.must('memberfile:history', { memberId: m.id });
    const moved = entries.find((e) => e.action === 'member.byEvent');
    expect(moved?.oldValues).toEqual({ organisationId: tree.cell });
    expect(moved?.orgNames).toEqual({ [String(tree.cell)]: (await t.must('organisation:get', { id: tree.cell })).name, [String(tree.cell2)]: 'Chi bộ thôn Bình Dân' });
    const created = entries.find((e) => e.action === 'member.create');
    expect(created?.orgNames[String(tree.cell)]).toBeTruthy();
  });

  it('system:auditList names the parent of a new organisation and the cells of an event', async () => {
    const m = await makeMember(t, tree.cell, { familyName: 'Trần', middleName: 'Thị', givenName: 'Bình', birthDate: '1970-01-01', partyAgeFrom: '1998-01-01' });
    await t.must('event:record', { memberIds: [m.id], typeCode: 'TRANSFER_OUT_LOCAL', eventDate: '2024-03-15', orgToId: tree.cell2 });
    const entries = await t.must('system:auditList', { limit: 100 });
    const founded = entries.find((e) => e.action === 'organisation.create' && e.entityId === tree.cell2);
    const commune = await t.must('organisation:get', { id: tree.commune });
    expect(founded?.orgNames).toEqual({ [String(tree.commune)]: commune.name });
    const event = entries.find((e) => e.action === 'event.record');
    expect(event?.orgNames[String(tree.cell2)]).toBe('Chi bộ thôn Bình Dân');
    const backup = entries.find((e) => e.action === 'organisation.create' && e.entityId === tree.province);
    expect(backup?.orgNames).toEqual({});
  });
});
