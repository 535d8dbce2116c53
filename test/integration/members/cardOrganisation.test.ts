import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openConnection, type Connection } from '../../../db/connection.ts';
import { DB_FILE } from '../../../electron/core/compose.ts';
import { makeTree, memberInput } from '../../support/builders/index.ts';
import { openTestCore, type TestCore } from '../../support/core.ts';

let t: TestCore;
let raw: Connection;
let tree: Awaited<ReturnType<typeof makeTree>>;
/** A second cell of the same commune. */
let cell2: number;

beforeEach(async () => {
  t = await openTestCore();
  tree = await makeTree(t);
  cell2 = (await t.must('organisation:create', { parentId: tree.commune, name: 'Chi bộ thôn Đồng Lạc', typeCode: 'CELL', effectiveFrom: '2000-01-01' })).id;
  raw = openConnection(join(t.dir, DB_FILE));
});
afterEach(() => {
  raw.close();
  t.close();
});

interface EventPlace {
  type_code: string;
  org_from_id: number | null;
  org_to_id: number | null;
  cancelled: number;
}
const events = (memberId: number) => raw.sqlite.prepare('SELECT type_code, org_from_id, org_to_id, cancelled FROM member_event WHERE member_id = ? ORDER BY id').all(memberId) as EventPlace[];
const placed = (memberId: number) => raw.sqlite.prepare('SELECT organisation_id, org_path FROM member WHERE id = ?').get(memberId) as { organisation_id: number; org_path: string };
const orgPath = (id: number) => (raw.sqlite.prepare('SELECT path FROM organisation WHERE id = ?').get(id) as { path: string }).path;
const snapshot = () => ({
  events: raw.sqlite.prepare('SELECT * FROM member_event ORDER BY id').all(),
  members: raw.sqlite.prepare('SELECT * FROM member ORDER BY id').all(),
  audit: (raw.sqlite.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n,
});

async function aMember() {
  const input = memberInput(tree.cell);
  const m = await t.must('member:create', input);
  return { ...m, input };
}

describe('the organisation on the record card', () => {
  it('is corrected while the member has only the card events, and the admission and full membership follow', async () => {
    const m = await aMember();
    expect(events(m.id)).toEqual([
      { type_code: 'ADMIT', org_from_id: null, org_to_id: tree.cell, cancelled: 0 },
      { type_code: 'FULL', org_from_id: null, org_to_id: tree.cell, cancelled: 0 },
    ]);
    const updated = await t.must('member:update', { ...m.input, organisationId: cell2, id: m.id });
    expect(updated).toMatchObject({ organisationId: cell2, organisationName: 'Chi bộ thôn Đồng Lạc', onList: true });
    expect(placed(m.id)).toEqual({ organisation_id: cell2, org_path: orgPath(cell2) });
    expect(events(m.id)).toEqual([
      { type_code: 'ADMIT', org_from_id: null, org_to_id: cell2, cancelled: 0 },
      { type_code: 'FULL', org_from_id: null, org_to_id: cell2, cancelled: 0 },
    ]);
    const audit = raw.sqlite.prepare("SELECT old_values, new_values FROM audit_log WHERE action = 'member.update' AND entity_id = ?").get(m.id) as { old_values: string; new_values: string };
    expect(JSON.parse(audit.old_values)).toEqual({ organisationId: tree.cell });
    expect(JSON.parse(audit.new_values)).toEqual({ organisationId: cell2 });
    // The tally of a past date counts the member in the corrected cell from the admission on.
    expect((await t.must('event:statusAsOf', { organisationId: cell2, asOf: '2000-01-01' })).onList).toBe(1);
    expect((await t.must('event:statusAsOf', { organisationId: tree.cell, asOf: '2000-01-01' })).onList).toBe(0);
  });

  it('is corrected again once a transfer recorded by mistake is cancelled', async () => {
    const m = await aMember();
    const transfer = await t.must('event:record', { memberIds: [m.id], typeCode: 'TRANSFER_OUT_LOCAL', eventDate: '2020-01-01', orgToId: cell2 });
    await t.must('event:cancel', { eventId: transfer.eventIds[0]!, reason: 'Ghi nhầm' });
    expect(placed(m.id).organisation_id).toBe(tree.cell);
    await t.must('member:update', { ...m.input, organisationId: cell2, id: m.id });
    expect(events(m.id).filter((e) => e.cancelled === 0)).toEqual([
      { type_code: 'ADMIT', org_from_id: null, org_to_id: cell2, cancelled: 0 },
      { type_code: 'FULL', org_from_id: null, org_to_id: cell2, cancelled: 0 },
    ]);
  });

  it('is refused after a transfer, with nothing changed, and the card still saves in its current cell', async () => {
    const m = await aMember();
    await t.must('event:record', { memberIds: [m.id], typeCode: 'TRANSFER_OUT_LOCAL', eventDate: '2020-01-01', orgToId: cell2 });
    expect(placed(m.id).organisation_id).toBe(cell2);
    const before = snapshot();
    const r = await t.call('member:update', { ...m.input, organisationId: tree.cell, id: m.id });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('RULE');
    expect(r.error.message).toMatch(/đã có sự kiện “Chuyển đi trong tỉnh” ngày 01\/01\/2020/);
    expect(r.error.message).toMatch(/thẻ Sự kiện/);
    expect(r.error.fields).toEqual({ organisationId: 'Chuyển sinh hoạt ghi ở thẻ Sự kiện' });
    expect(snapshot()).toEqual(before);

    // Saving the card in the cell the transfer put the member in changes no event's cell.
    await t.must('member:update', { ...m.input, organisationId: cell2, phone: '0912345678', id: m.id });
    expect(events(m.id)).toEqual([
      { type_code: 'ADMIT', org_from_id: null, org_to_id: tree.cell, cancelled: 0 },
      { type_code: 'FULL', org_from_id: null, org_to_id: tree.cell, cancelled: 0 },
      { type_code: 'TRANSFER_OUT_LOCAL', org_from_id: tree.cell, org_to_id: cell2, cancelled: 0 },
      { type_code: 'TRANSFER_IN_LOCAL', org_from_id: tree.cell, org_to_id: cell2, cancelled: 0 },
    ]);
  });

  it('is refused after any other event, e.g. an exemption', async () => {
    const m = await aMember();
    await t.must('event:record', { memberIds: [m.id], typeCode: 'EXEMPT', eventDate: '2020-01-01' });
    const before = snapshot();
    const r = await t.call('member:update', { ...m.input, organisationId: cell2, id: m.id });
    expect(r.ok ? null : r.error.code).toBe('RULE');
    expect(snapshot()).toEqual(before);
  });
});
