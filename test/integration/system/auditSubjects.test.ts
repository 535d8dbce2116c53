import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openConnection, type Connection } from '../../../db/connection.ts';
import { DB_FILE } from '../../../electron/core/compose.ts';
import { listAudit } from '../../../electron/services/system/audit.ts';
import type { AuditEntry } from '../../../shared/contract/index.ts';
import { makeMember, makeTree } from '../../support/builders/index.ts';
import { openTestCore, type TestCore } from '../../support/core.ts';
import { expectNoFullScan, plansOf, recordQueries } from '../../support/queryPlan.ts';

let t: TestCore;
let raw: Connection;
let tree: Awaited<ReturnType<typeof makeTree>> & { cell2: number };

beforeEach(async () => {
  t = await openTestCore();
  const base = await makeTree(t);
  const cell2 = await t.must('organisation:create', { parentId: base.commune, name: 'Chi bộ thôn Bình Dân', typeCode: 'CELL', effectiveFrom: '2010-01-01' });
  tree = { ...base, cell2: cell2.id };
  raw = openConnection(join(t.dir, DB_FILE));
  recordQueries(raw.sqlite);
});
afterEach(() => {
  raw.close();
  t.close();
});

const one = (entries: readonly AuditEntry[], action: string, entityId?: number): AuditEntry => {
  const found = entries.find((e) => e.action === action && (entityId === undefined || e.entityId === entityId));
  if (!found) throw new Error(`no ${action} entry`);
  return found;
};

/** A member on the list whose party age counts from `anchor` (admitted that day), through the services. */
async function member(givenName: string, birthDate: string, anchor = '1990-05-19') {
  const m = await makeMember(t, tree.cell, { familyName: 'Nguyễn', middleName: 'Văn', givenName, birthDate, partyAgeFrom: anchor });
  return m.id;
}

describe('system:auditList: who and what, in words', () => {
  it('names the user and the record of each kind: member, organisation, event, ratings, badge; none for the system', async () => {
    const an = await member('An', '1965-03-12', '1996-02-03');
    const transfer = await t.must('event:record', { memberIds: [an], typeCode: 'TRANSFER_OUT_LOCAL', eventDate: '2024-03-15', orgToId: tree.cell2 });
    await t.must('rating:save', { memberId: an, year: 2025, categoryCode: 'HTTNV' });
    await t.must('rating:saveOrg', { organisationId: tree.cell2, year: 2025, categoryCode: 'HTTNV' });
    await t.must('badge:propose', { roundDate: '2026-02-03', items: [{ memberId: an, milestone: 30, kind: 'REGULAR' }] });
    await t.must('system:backup', {});

    const entries = await t.must('system:auditList', { limit: 100 });
    for (const e of entries) {
      expect(e.username).toBe('admin');
      expect(e.userDisplayName).toBe('Quản trị viên');
    }
    expect(one(entries, 'organisation.create', tree.cell2).subject).toBe('Chi bộ thôn Bình Dân');
    expect(one(entries, 'organisation.create', tree.province).subject).toBe('Đảng bộ tỉnh Phú Thọ');
    expect(one(entries, 'member.create', an).subject).toBe('Nguyễn Văn An (1965)');
    const out = one(entries, 'event.record', transfer.eventIds[0]);
    expect(out.entity).toBe('member_event');
    expect(out.subject).toBe('Nguyễn Văn An — Chuyển đi trong tỉnh 15/03/2024');
    expect(one(entries, 'rating.create').subject).toBe('Nguyễn Văn An — năm 2025');
    expect(one(entries, 'organisationRating.create').subject).toBe('Chi bộ thôn Bình Dân — năm 2025');
    expect(one(entries, 'badge.propose').subject).toBe('Nguyễn Văn An — Huy hiệu 30 năm');
    expect(one(entries, 'system.backup').subject).toBeNull();
    // The filtered list (the member's own history) carries the same words.
    const own = await t.must('system:auditList', { entity: 'member', entityId: an });
    expect(own.map((e) => e.subject)).toEqual(own.map(() => 'Nguyễn Văn An (1965)'));
    expect(own.length).toBeGreaterThan(1);
  });

  it('reads the record as it stands now, and gives no words for a record that is gone', async () => {
    const an = await member('An', '1965-03-12', '1996-02-03');
    await t.must('rating:save', { memberId: an, year: 2024, categoryCode: 'HTTNV' });
    await t.must('rating:save', { memberId: an, year: 2024, categoryCode: null });
    const [proposal] = await t.must('badge:propose', { roundDate: '2026-02-03', items: [{ memberId: an, milestone: 30, kind: 'REGULAR' }] });
    await t.must('badge:withdraw', { badgeIds: [proposal!.id] });
    await t.must('rating:setQuotaSetting', { pct: 25 });
    await t.must('organisation:rename', { id: tree.cell, name: 'Chi bộ thôn Đồng Xuân Mới', effectiveDate: '2026-01-01' });

    const entries = await t.must('system:auditList', { limit: 100 });
    // A rating is its member's year: a removed one still says whose year it was (from the entry's values).
    expect(one(entries, 'rating.delete').subject).toBe('Nguyễn Văn An — năm 2024');
    expect(one(entries, 'rating.create').subject).toBe('Nguyễn Văn An — năm 2024');
    // A withdrawn proposal is deleted: no words, the screen shows its id.
    const withdrawn = one(entries, 'badge.withdraw');
    expect(withdrawn.entityId).toBe(proposal!.id);
    expect(withdrawn.subject).toBeNull();
    expect(one(entries, 'badge.propose').subject).toBeNull();
    expect(one(entries, 'rating.quotaSetting').subject).toBeNull();
    // An entry written before the rename names the organisation by its name today.
    expect(one(entries, 'organisation.create', tree.cell).subject).toBe('Chi bộ thôn Đồng Xuân Mới');
  });

  it('resolves a page of 50 mixed entries right, with one query per kind of record on the page', async () => {
    const names = ['An', 'Bình', 'Cường', 'Dũng', 'Giang', 'Hải', 'Khánh', 'Lan', 'Minh', 'Nam', 'Oanh', 'Phúc'];
    const ids: number[] = [];
    for (const [i, name] of names.entries()) ids.push(await member(name, `${1960 + i}-01-01`, i === 0 ? '1996-02-03' : '1990-05-19'));
    await t.must('event:record', { memberIds: ids, typeCode: 'TRANSFER_OUT_LOCAL', eventDate: '2024-03-15', orgToId: tree.cell2 });
    await t.must('rating:saveGrid', { organisationId: tree.cell2, year: 2025, entries: ids.map((memberId) => ({ memberId, categoryCode: 'HTTNV' })) });
    await t.must('rating:saveOrg', { organisationId: tree.cell2, year: 2025, categoryCode: 'HTTNV' });
    await t.must('badge:propose', { roundDate: '2026-02-03', items: [{ memberId: ids[0]!, milestone: 30, kind: 'REGULAR' }] });

    // What each record should read as, from the test's own knowledge of what it created.
    const person = (memberId: number) => `Nguyễn Văn ${names[ids.indexOf(memberId)]}`;
    const memberOf = (table: 'member_badge', id: number) => raw.sqlite.prepare(`SELECT member_id FROM ${table} WHERE id = ?`).pluck().get(id) as number;
    const eventNames: Record<string, string> = { TRANSFER_OUT_LOCAL: 'Chuyển đi trong tỉnh', TRANSFER_IN_LOCAL: 'Chuyển đến trong tỉnh' };
    const expected = (e: AuditEntry): string | null => {
      const id = e.entityId;
      if (id === null) return null;
      switch (e.entity) {
        case 'member':
          return `${person(id)} (${1960 + ids.indexOf(id)})`;
        case 'member_event': {
          const ev = raw.sqlite.prepare('SELECT member_id, type_code, event_date FROM member_event WHERE id = ?').get(id) as { member_id: number; type_code: string; event_date: string };
          const [y, m, d] = ev.event_date.split('-');
          return `${person(ev.member_id)} — ${eventNames[ev.type_code] ?? ev.type_code} ${d}/${m}/${y}`;
        }
        case 'member_rating': // audited on the member: a rating is the member's year
          return `${person(id)} — năm 2025`;
        case 'organisation_rating':
          return id === tree.cell2 ? 'Chi bộ thôn Bình Dân — năm 2025' : `organisation ${id}`;
        case 'member_badge':
          return `${person(memberOf('member_badge', id))} — Huy hiệu 30 năm`;
        default:
          throw new Error(`unexpected entity ${e.entity}`);
      }
    };

    let page: AuditEntry[] = [];
    const plans = await plansOf(raw.sqlite, async () => {
      page = await listAudit(raw.db, { entity: null, entityId: null, offset: 0, limit: 50 });
    });
    expect(page).toHaveLength(50);
    const kinds = new Set(page.filter((e) => e.entityId !== null).map((e) => e.entity));
    expect([...kinds].sort()).toEqual(['member', 'member_badge', 'member_event', 'member_rating', 'organisation_rating']);
    for (const e of page) expect(e.subject, `entry ${e.id} ${e.action}`).toBe(expected(e));
    expect(page.filter((e) => e.subject !== null).length).toBeGreaterThanOrEqual(45);
    // The page itself, then one query per table its records live in (member, organisation, member_event,
    // member_badge), however many entries point there; each with the ids it really asked for.
    expect(plans).toHaveLength(5);
    expect(plans.slice(1).map((q) => /from "(\w+)"/.exec(q.sql)?.[1]).sort()).toEqual(['member', 'member_badge', 'member_event', 'organisation']);
    expectNoFullScan(raw.sqlite, plans);
  });

  it('only reads: listing writes nothing to the database, least of all the names it shows', async () => {
    const an = await member('An', '1965-03-12');
    await t.must('event:record', { memberIds: [an], typeCode: 'TRANSFER_OUT_LOCAL', eventDate: '2024-03-15', orgToId: tree.cell2 });
    const auditCount = () => raw.sqlite.prepare('SELECT count(*) FROM audit_log').pluck().get() as number;
    const before = { version: raw.sqlite.pragma('data_version', { simple: true }), audit: auditCount() };
    const entries = await t.must('system:auditList', { limit: 100 });
    expect(one(entries, 'member.create', an).subject).toBe('Nguyễn Văn An (1965)');
    // data_version moves when another connection commits anything.
    expect(raw.sqlite.pragma('data_version', { simple: true })).toBe(before.version);
    expect(auditCount()).toBe(before.audit);
    const stored = raw.sqlite.prepare("SELECT count(*) FROM audit_log WHERE coalesce(new_values, '') LIKE '%(1965)%' OR coalesce(old_values, '') LIKE '%Chuyển đi trong tỉnh%'").pluck().get();
    expect(stored).toBe(0);
    expect(await t.must('system:auditVerify', {})).toMatchObject({ ok: true, firstBadId: null });
  });
});
