import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openConnection, type Connection } from '../../../db/connection.ts';
import { DB_FILE } from '../../../electron/core/compose.ts';
import { makeDiscipline, makeEvent, makeMember, makeTree } from '../../support/builders/index.ts';
import { openTestCore, type TestCore } from '../../support/core.ts';
import { expectNoFullScan } from '../../support/queryPlan.ts';

let t: TestCore;
let raw: Connection;
let tree: Awaited<ReturnType<typeof makeTree>>;

const ROUND = '2026-02-03'; // previous round 2025-11-07

interface Setup {
  anchor: string;
  ill?: boolean;
  name?: [string, string, string];
  org?: number;
  homeTown?: string;
}

/** A member on the list whose party age counts from `anchor` (admitted that day), through the services. */
async function member(s: Setup): Promise<number> {
  const [familyName, middleName, givenName] = s.name ?? ['Nguyễn', 'Văn', 'Nên'];
  const m = await makeMember(t, s.org ?? tree.cell, { familyName, middleName, givenName, homeTown: s.homeTown ?? 'Xã Thanh Sơn, Phú Thọ', cardNo: null, partyAgeFrom: s.anchor, gravelyIll: s.ill ?? false });
  return m.id;
}

const died = (memberId: number, date: string) => makeEvent(t, memberId, 'DEATH', date);

const disciplined = (memberId: number, level: string, decidedOn: string) => makeDiscipline(t, memberId, level, decidedOn);

/** A badge awarded in an earlier round, stored as it was (some predate the rules the service checks now). */
function awarded(memberId: number, milestone: number, badgeNo: string, round = '2016-02-03'): void {
  raw.sqlite
    .prepare(
      `INSERT INTO member_badge (member_id, milestone, kind, round_date, status, decision_no, decision_date, badge_no, created_at, updated_at)
       VALUES (?, ?, 'REGULAR', ?, 'AWARDED', '1-QĐ/TU', ?, ?, ?, ?)`,
    )
    .run(memberId, milestone, round, round, badgeNo, '2016-01-01T00:00:00Z', '2016-01-01T00:00:00Z');
}

function badgeCounts() {
  return raw.sqlite
    .prepare(`SELECT count(*) AS n, sum(status = 'AWARDED') AS awarded, group_concat(coalesce(badge_no, '-')) AS numbers, (SELECT count(*) FROM audit_log) AS audit FROM member_badge`)
    .get();
}

beforeEach(async () => {
  t = await openTestCore();
  tree = await makeTree(t);
  raw = openConnection(join(t.dir, DB_FILE));
});
afterEach(() => {
  raw.close();
  t.close();
});

const ids = (rows: { memberId: number }[]) => rows.map((r) => r.memberId);

describe('badge:rounds', () => {
  it('lists the four rounds with their previous rounds and the catalogue’s milestones', async () => {
    const r = await t.must('badge:rounds', { year: 2026 });
    expect(r.rounds).toEqual([
      { date: '2026-02-03', previous: '2025-11-07' },
      { date: '2026-05-19', previous: '2026-02-03' },
      { date: '2026-09-02', previous: '2026-05-19' },
      { date: '2026-11-07', previous: '2026-09-02' },
    ]);
    expect(r.milestones).toEqual([30, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90]);
  });

  it('refuses a day that is not a round', async () => {
    const r = await t.call('badge:candidates', { organisationId: null, roundDate: '2026-02-04' });
    expect(r).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    if (!r.ok) expect(r.error.fields?.roundDate).toMatch(/03\/02, 19\/05, 02\/09 hoặc 07\/11/);
  });
});

describe('badge:candidates', () => {
  it('lists members reaching a milestone after the previous round up to the round, by milestone, in official order', async () => {
    const onRound = await member({ anchor: '1996-02-03', name: ['Trần', 'Văn', 'Bình'] });
    const onPrevious = await member({ anchor: '1995-11-07' });
    const dayAfterPrevious = await member({ anchor: '1995-11-08', name: ['Lê', 'Thị', 'An'] });
    const dayAfterRound = await member({ anchor: '1996-02-04' });
    const forty = await member({ anchor: '1986-01-10', name: ['Phạm', 'Văn', 'Cường'] });
    const alreadyAwarded = await member({ anchor: '1996-01-01' });
    awarded(alreadyAwarded, 30, '000001');
    const fiftyLater = await member({ anchor: '1976-12-01' });

    const r = await t.must('badge:candidates', { organisationId: null, roundDate: ROUND });
    expect(r.previousRound).toBe('2025-11-07');
    expect(r.regular.map((g) => g.milestone)).toEqual([30, 40]);
    expect(ids(r.regular[0]!.rows)).toEqual([dayAfterPrevious, onRound]); // An before Bình
    expect(ids(r.regular[1]!.rows)).toEqual([forty]);
    const all = r.regular.flatMap((g) => ids(g.rows));
    for (const out of [onPrevious, dayAfterRound, alreadyAwarded, fiftyLater]) expect(all).not.toContain(out);
    expect(r.regular[0]!.rows[1]).toMatchObject({ fullName: 'Trần Văn Bình', milestone: 30, milestoneDate: '2026-02-03', partyAgeMonths: 360, kind: 'REGULAR', organisationName: 'Chi bộ thôn Đồng Xuân' });
    // The member on the previous round's day belongs to that round.
    const previous = await t.must('badge:candidates', { organisationId: null, roundDate: '2025-11-07' });
    expect(previous.regular.flatMap((g) => ids(g.rows))).toContain(onPrevious);
  });

  it('reads a round through indexes: the plans of badge:candidates, badge:list and badge:member, province and subtree', async () => {
    const m = await member({ anchor: '1996-02-03' });
    awarded(await member({ anchor: '1986-01-10' }), 30, '000001');
    await member({ anchor: '1997-02-03', ill: true });
    const province = await t.plans(() => t.must('badge:candidates', { organisationId: null, roundDate: ROUND }));
    const lists = province.filter((p) => /party_age_anchor <= w\.hi/.test(p.sql));
    // The regular list over the members on the list; the early one over the gravely ill alone (issue 8:
    // reading every anchor of a two-year window to keep the few ill took 0.8 s at 500,000 members).
    expect(lists.map((p) => (/member_ill_party_age/.test(p.text) ? 'ill' : /member_list_party_age/.test(p.text) ? 'list' : p.text))).toEqual(['list', 'ill']);
    expectNoFullScan(t.sqlite, province);
    expectNoFullScan(t.sqlite, await t.plans(() => t.must('badge:candidates', { organisationId: tree.commune, roundDate: ROUND })));
    expectNoFullScan(t.sqlite, await t.plans(() => t.must('badge:list', { roundDate: ROUND })));
    // A member's badges of every kind, replacements included, through member_badge_member.
    expectNoFullScan(t.sqlite, await t.plans(() => t.must('badge:member', { memberId: m })));
  });

  it('lists gravely ill members early: 12 months for 30-65 years, 24 months for 70-90 years', async () => {
    const ill30 = await member({ anchor: '1997-02-03', ill: true }); // 30 years on 2027-02-03: 12 months early
    const ill30TooEarly = await member({ anchor: '1997-02-04', ill: true });
    const ill70 = await member({ anchor: '1958-02-03', ill: true }); // 70 years on 2028-02-03: 24 months early
    const notIll = await member({ anchor: '1996-12-01' });
    const r = await t.must('badge:candidates', { organisationId: null, roundDate: ROUND });
    expect(ids(r.early)).toEqual([ill30, ill70]);
    expect(r.early.map((e) => [e.milestone, e.kind, e.milestoneDate])).toEqual([
      [30, 'EARLY_ILL', '2027-02-03'],
      [70, 'EARLY_ILL', '2028-02-03'],
    ]);
    expect(ids(r.early)).not.toContain(ill30TooEarly);
    expect(ids(r.early)).not.toContain(notIll);
  });

  it('lists deceased members for a posthumous award up to 12 months early', async () => {
    const short = await member({ anchor: '1976-06-01' }); // 50 years on 2026-06-01
    await died(short, '2025-12-20');
    awarded(short, 45, '000045', '2021-09-02');
    const tooShort = await member({ anchor: '1976-12-21' }); // 50 years on 2026-12-21: more than 12 months after death
    await died(tooShort, '2025-12-20');
    const r = await t.must('badge:candidates', { organisationId: null, roundDate: ROUND });
    expect(r.posthumous).toHaveLength(1);
    expect(r.posthumous[0]).toMatchObject({ memberId: short, milestone: 50, kind: 'POSTHUMOUS', deathDate: '2025-12-20', milestoneDate: '2026-06-01', partyAgeMonths: 594 });
    expect(r.regular).toEqual([]);
  });

  it('lists members under discipline apart, with the date they become eligible, and brings them back then', async () => {
    const warned = await member({ anchor: '1996-01-15', name: ['Đỗ', 'Văn', 'Hải'] });
    await disciplined(warned, 'WARNING', '2025-06-01'); // 9 months: eligible from 2026-03-01
    const reprimandEnds = await member({ anchor: '1996-01-16' });
    await disciplined(reprimandEnds, 'REPRIMAND', '2025-08-03'); // 6 months: eligible on the round day
    const cancelled = await member({ anchor: '1996-01-17' });
    const removal = await disciplined(cancelled, 'REMOVAL_FROM_POST', '2025-12-01');
    await t.must('memberfile:cancelDiscipline', { memberId: cancelled, id: removal.id, reason: 'Quyết định bị hủy' });

    const r = await t.must('badge:candidates', { organisationId: null, roundDate: ROUND });
    expect(r.blocked).toHaveLength(1);
    expect(r.blocked[0]).toMatchObject({ memberId: warned, milestone: 30, eligibleFrom: '2026-03-01', disciplineLevel: 'Cảnh cáo', kind: 'REGULAR' });
    expect(ids(r.regular[0]!.rows)).toEqual([reprimandEnds, cancelled]);

    const next = await t.must('badge:candidates', { organisationId: null, roundDate: '2026-05-19' });
    expect(next.regular[0]!.rows[0]).toMatchObject({ memberId: warned, milestone: 30, dueRound: ROUND });
    expect(next.blocked).toEqual([]);
  });

  it('keeps to the chosen subtree', async () => {
    const other = await t.must('organisation:create', { parentId: tree.province, name: 'Đảng bộ xã Hương Cần', typeCode: 'COMMUNE', unitTypeCode: 'XA', effectiveFrom: '2025-07-01' });
    const otherCell = await t.must('organisation:create', { parentId: other.id, name: 'Chi bộ thôn Mít', typeCode: 'CELL', effectiveFrom: '2025-07-01' });
    const here = await member({ anchor: '1996-01-10' });
    const there = await member({ anchor: '1996-01-10', org: otherCell.id });
    const scoped = await t.must('badge:candidates', { organisationId: tree.commune, roundDate: ROUND });
    expect(scoped.regular.flatMap((g) => ids(g.rows))).toEqual([here]);
    const province = await t.must('badge:candidates', { organisationId: tree.province, roundDate: ROUND });
    expect(province.regular.flatMap((g) => ids(g.rows)).sort()).toEqual([here, there].sort());
  });
});

describe('proposal, decision and register', () => {
  it('proposes, refuses what the rules forbid, records the decision and keeps the register', async () => {
    const a = await member({ anchor: '1996-01-10', name: ['Trần', 'Văn', 'Bình'] });
    const b = await member({ anchor: '1986-01-10', name: ['Lê', 'Thị', 'An'] });
    const ill = await member({ anchor: '1996-12-01', ill: true, name: ['Vũ', 'Văn', 'Dũng'] });
    const dead = await member({ anchor: '1976-06-01', name: ['Hoàng', 'Văn', 'Em'] });
    await died(dead, '2025-12-20');
    const blocked = await member({ anchor: '1996-01-15' });
    await disciplined(blocked, 'WARNING', '2025-06-01');

    const proposed = await t.must('badge:propose', {
      roundDate: ROUND,
      items: [
        { memberId: a, milestone: 30, kind: 'REGULAR' },
        { memberId: b, milestone: 40, kind: 'REGULAR' },
        { memberId: ill, milestone: 30, kind: 'EARLY_ILL' },
        { memberId: dead, milestone: 50, kind: 'POSTHUMOUS' },
      ],
    });
    expect(proposed.map((p) => [p.fullName, p.milestone, p.kind, p.status, p.proposedBy])).toEqual([
      ['Trần Văn Bình', 30, 'REGULAR', 'PROPOSED', 'Đảng bộ xã Thanh Sơn'],
      ['Vũ Văn Dũng', 30, 'EARLY_ILL', 'PROPOSED', 'Đảng bộ xã Thanh Sơn'],
      ['Lê Thị An', 40, 'REGULAR', 'PROPOSED', 'Đảng bộ xã Thanh Sơn'],
      ['Hoàng Văn Em', 50, 'POSTHUMOUS', 'PROPOSED', 'Đảng bộ xã Thanh Sơn'],
    ]);
    const after = await t.must('badge:candidates', { organisationId: null, roundDate: ROUND });
    expect([...after.regular.flatMap((g) => g.rows), ...after.early, ...after.posthumous].map((r) => r.memberId)).toEqual([]);

    const again = await t.call('badge:propose', { roundDate: ROUND, items: [{ memberId: a, milestone: 30, kind: 'REGULAR' }] });
    expect(again).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: 'Đồng chí Trần Văn Bình đã được đề nghị tặng Huy hiệu 30 năm tuổi Đảng (đợt 03/02/2026).' } });
    const underDiscipline = await t.call('badge:propose', { roundDate: ROUND, items: [{ memberId: blocked, milestone: 30, kind: 'REGULAR' }] });
    expect(underDiscipline).toMatchObject({ ok: false, error: { code: 'RULE' } });
    if (!underDiscipline.ok) expect(underDiscipline.error.message).toContain('từ ngày 01/03/2026');
    const notYet = await t.call('badge:propose', { roundDate: ROUND, items: [{ memberId: ill, milestone: 40, kind: 'REGULAR' }] });
    expect(notYet).toMatchObject({ ok: false, error: { code: 'RULE' } });
    const viewer = { user: { id: 1, username: 'admin', role: 'viewer' as const }, via: 'ipc' as const };
    expect(await t.call('badge:propose', { roundDate: ROUND, items: [{ memberId: blocked, milestone: 30, kind: 'REGULAR' }] }, viewer)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });

    // Decision: one number typed twice, then a number already in the register: refused, nothing changed.
    const other = await member({ anchor: '1980-01-01', name: ['Bùi', 'Thị', 'Giang'] });
    awarded(other, 45, '0123450', '2025-05-19');
    const [pA, pIll, pB, pDead] = proposed.map((p) => p.id) as [number, number, number, number];
    const before = badgeCounts();
    const twice = await t.call('badge:decide', {
      roundDate: ROUND,
      decisionNo: '219-QĐ/TU',
      decisionDate: '2026-01-28',
      numbers: [
        { badgeId: pA, badgeNo: '0123451' },
        { badgeId: pB, badgeNo: '0123451' },
      ],
    });
    expect(twice).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    if (!twice.ok) {
      expect(twice.error.message).toBe('Số Huy hiệu Đảng 0123451 được nhập cho cả đồng chí Trần Văn Bình và đồng chí Lê Thị An.');
      expect(twice.error.fields?.['numbers.1.badgeNo']).toBe('Trùng số với đồng chí Trần Văn Bình');
    }
    const taken = await t.call('badge:decide', {
      roundDate: ROUND,
      decisionNo: '219-QĐ/TU',
      decisionDate: '2026-01-28',
      numbers: [
        { badgeId: pA, badgeNo: '0123451' },
        { badgeId: pB, badgeNo: '0123450' },
      ],
    });
    expect(taken).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    if (!taken.ok) {
      expect(taken.error.message).toBe('Số Huy hiệu Đảng 0123450 đã cấp cho đồng chí Bùi Thị Giang (Huy hiệu 45 năm tuổi Đảng, đợt 19/05/2025). Chưa ghi quyết định.');
      expect(taken.error.fields).toEqual({ 'numbers.1.badgeNo': 'Đã cấp cho đồng chí Bùi Thị Giang' });
    }
    expect(badgeCounts()).toEqual(before);

    const decided = await t.must('badge:decide', {
      roundDate: ROUND,
      decisionNo: '219-QĐ/TU',
      decisionDate: '2026-01-28',
      numbers: [
        { badgeId: pA, badgeNo: '0123451' },
        { badgeId: pB, badgeNo: '0123452' },
        { badgeId: pIll, badgeNo: '0123453' },
        { badgeId: pDead, badgeNo: '0123454' },
      ],
    });
    expect(decided.every((d) => d.status === 'AWARDED' && d.decisionNo === '219-QĐ/TU' && d.decisionDate === '2026-01-28')).toBe(true);
    const audit = raw.sqlite.prepare(`SELECT count(*) FROM audit_log WHERE action = 'badge.decide'`).pluck().get();
    expect(audit).toBe(4);

    const register = await t.must('badge:list', { year: 2026, status: 'AWARDED' });
    expect(register.map((r) => [r.fullName, r.badgeNo])).toEqual([
      ['Trần Văn Bình', '0123451'],
      ['Vũ Văn Dũng', '0123453'],
      ['Lê Thị An', '0123452'],
      ['Hoàng Văn Em', '0123454'],
    ]);
    // The two numbers can be swapped by a second decision entry.
    await t.must('badge:decide', { roundDate: ROUND, decisionNo: '219-QĐ/TU', decisionDate: '2026-01-28', numbers: [{ badgeId: pA, badgeNo: '0123452' }, { badgeId: pB, badgeNo: '0123451' }] });

    const withdrawAwarded = await t.call('badge:withdraw', { badgeIds: [pA] });
    expect(withdrawAwarded).toMatchObject({ ok: false, error: { code: 'RULE' } });

    const file = await t.must('badge:member', { memberId: a });
    expect(file.badges.map((x) => [x.milestone, x.status, x.badgeNo])).toEqual([[30, 'AWARDED', '0123452']]);
    expect(file.next).toEqual({ milestone: 40, date: '2036-01-10', roundDate: '2036-02-03', blockedUntil: null });
    expect(file.partyAgeMonths).toBe(370);
  });

  it('withdraws a proposal, which then is a candidate again', async () => {
    const a = await member({ anchor: '1996-01-10' });
    const [p] = await t.must('badge:propose', { roundDate: ROUND, items: [{ memberId: a, milestone: 30, kind: 'REGULAR' }], proposedBy: 'Đảng bộ xã Thanh Sơn' });
    expect(await t.must('badge:withdraw', { badgeIds: [p!.id] })).toEqual({ withdrawn: 1 });
    const r = await t.must('badge:candidates', { organisationId: null, roundDate: ROUND });
    expect(r.regular.flatMap((g) => ids(g.rows))).toEqual([a]);
    const entry = raw.sqlite.prepare(`SELECT old_values FROM audit_log WHERE action = 'badge.withdraw'`).pluck().get() as string;
    expect(JSON.parse(entry)).toMatchObject({ memberId: a, milestone: 30, status: 'PROPOSED' });
  });

  it('shows a member’s next milestone with the discipline block', async () => {
    const a = await member({ anchor: '1996-12-10' });
    await disciplined(a, 'REMOVAL_FROM_POST', '2026-10-01');
    const file = await t.must('badge:member', { memberId: a });
    expect(file.badges).toEqual([]);
    expect(file.next).toEqual({ milestone: 30, date: '2026-12-10', roundDate: '2027-02-03', blockedUntil: '2027-10-01' });
  });
});

async function workbook(base64: string) {
  const wb = new ExcelJS.Workbook();
  const bytes = Buffer.from(base64, 'base64');
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  const ws = wb.worksheets[0]!;
  const rows: (string | number | null)[][] = [];
  ws.eachRow({ includeEmpty: false }, (row) => {
    const values: (string | number | null)[] = [];
    for (let c = 1; c <= ws.columnCount; c++) {
      const cell = row.getCell(c);
      // A merged range holds its value in its first cell only.
      const v = cell.isMerged && cell.master !== cell ? null : cell.value;
      values.push(v === null || v === undefined ? null : typeof v === 'object' ? JSON.stringify(v) : (v as string | number));
    }
    rows.push(values);
  });
  return { ws, rows };
}

describe('badge:export', () => {
  async function decidedRound() {
    const a = await member({ anchor: '1996-01-10', name: ['Trần', 'Văn', 'Bình'], homeTown: '=HYPERLINK("http://x","y")' });
    const b = await member({ anchor: '1996-01-20', name: ['Lê', 'Thị', 'An'], homeTown: '@SUM(1)' });
    const c = await member({ anchor: '1986-01-10', name: ['Phạm', 'Văn', 'Cường'], homeTown: '-2+3' });
    const dead = await member({ anchor: '1976-06-01', name: ['Hoàng', 'Văn', 'Em'] });
    await died(dead, '2025-12-20');
    const proposed = await t.must('badge:propose', {
      roundDate: ROUND,
      items: [
        { memberId: a, milestone: 30, kind: 'REGULAR' },
        { memberId: b, milestone: 30, kind: 'REGULAR' },
        { memberId: c, milestone: 40, kind: 'REGULAR' },
        { memberId: dead, milestone: 50, kind: 'POSTHUMOUS' },
      ],
    });
    return { a, b, c, dead, proposed };
  }

  it('writes form 4-HHĐ: title block, headers, sections by milestone in official order, formulas neutralised, and logs the copy', async () => {
    await decidedRound();
    const before = raw.sqlite.prepare(`SELECT count(*) FROM audit_log`).pluck().get() as number;
    const out = await t.must('badge:export', { form: '4', roundDate: ROUND });
    expect(out.fileName).toBe('4-HHD_dot-2026-02-03.xlsx');
    expect(out.rows).toBe(3);
    const { ws, rows } = await workbook(out.base64);
    const text = rows.map((r) => r.filter((v) => v !== null).join(' | '));
    expect(text[0]).toBe('Mẫu 4-HHĐ');
    expect(text[1]).toBe('ĐẢNG BỘ TỈNH PHÚ THỌ | ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(text[2]).toBe('* | Phú Thọ, ngày 20 tháng 11 năm 2026');
    expect(text).toContain('DANH SÁCH ĐẢNG VIÊN ĐỀ NGHỊ TẶNG HUY HIỆU ĐẢNG');
    expect(text).toContain('Tặng đợt 03/02/2026');
    const header = rows.findIndex((r) => r[0] === 'STT');
    expect(rows[header]).toEqual(['STT', 'Họ và tên', 'Ngày sinh', 'Quê quán', 'Ngày QĐ kết nạp', 'Ngày kết nạp', 'Ngày chính thức', 'Số thẻ ĐV', 'Nơi đề nghị tặng', 'Ghi chú']);
    expect(rows[header + 1]![0]).toBe('(1)');
    expect(rows[header + 2]![0]).toBe('I. Huy hiệu 30 năm tuổi Đảng: 2 đồng chí');
    expect(rows[header + 3]).toEqual([1, 'Lê Thị An', '12/03/1965', "'@SUM(1)", '20/01/1996', '20/01/1996', '20/01/1997', null, 'Đảng bộ xã Thanh Sơn', null]);
    expect(rows[header + 4]!.slice(0, 4)).toEqual([2, 'Trần Văn Bình', '12/03/1965', '\'=HYPERLINK("http://x","y")']);
    expect(rows[header + 5]![0]).toBe('II. Huy hiệu 40 năm tuổi Đảng: 1 đồng chí');
    expect(rows[header + 6]!.slice(0, 4)).toEqual([3, 'Phạm Văn Cường', '12/03/1965', "'-2+3"]);
    expect(text.slice(-2)).toEqual(['Tổng cộng: 3 đồng chí. | T/M BAN THƯỜNG VỤ', '(Ký tên, đóng dấu)']);
    // No cell holds a formula.
    ws.eachRow((row) => row.eachCell((cell) => expect(cell.type).not.toBe(ExcelJS.ValueType.Formula)));
    let headerRow = 0;
    ws.eachRow((row, n) => {
      if (row.getCell(1).value === 'STT') headerRow = n;
    });
    const cell = ws.getCell(headerRow + 3, 2);
    expect(cell.value).toBe('Lê Thị An');
    expect(cell.font).toMatchObject({ name: 'Times New Roman', size: 13 });
    expect(cell.border?.top?.style).toBe('thin');
    expect(ws.getColumn(2).width).toBe(26);
    expect(ws.pageSetup.printTitlesRow).toBe(`${headerRow}:${headerRow + 1}`);
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToWidth: 1 });

    const entries = raw.sqlite.prepare(`SELECT action, entity, new_values FROM audit_log WHERE id > ?`).all(before) as { action: string; entity: string; new_values: string }[];
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ action: 'badge.export', entity: 'member_badge' });
    expect(JSON.parse(entries[0]!.new_values)).toMatchObject({ form: '4-HHĐ', roundDate: ROUND, rows: 3, fileName: '4-HHD_dot-2026-02-03.xlsx' });
  });

  it('writes 4B for posthumous awards, 5-HHĐ after the decision and 4A for lost badges', async () => {
    const { a, proposed } = await decidedRound();
    const b4 = await workbook((await t.must('badge:export', { form: '4B', roundDate: ROUND })).base64);
    const h4 = b4.rows.findIndex((r) => r[0] === 'STT');
    expect(b4.rows[h4]).toContain('Ngày từ trần');
    expect(b4.rows[h4 + 2]![0]).toBe('I. Huy hiệu 50 năm tuổi Đảng: 1 đồng chí');
    expect(b4.rows[h4 + 3]!.slice(0, 2)).toEqual([1, 'Hoàng Văn Em']);
    expect(b4.rows[h4 + 3]![8]).toBe('20/12/2025');
    expect(b4.rows.map((r) => r.find((v) => v !== null))).toContain('Truy tặng đợt 03/02/2026');

    const empty = await t.call('badge:export', { form: '5', year: 2026 });
    expect(empty).toMatchObject({ ok: false, error: { code: 'RULE' } });
    await t.must('badge:decide', {
      roundDate: ROUND,
      decisionNo: '219-QĐ/TU',
      decisionDate: '2026-01-28',
      numbers: proposed.map((p, i) => ({ badgeId: p.id, badgeNo: `01234${50 + i}` })),
    });
    const five = await t.must('badge:export', { form: '5', year: 2026 });
    expect(five.fileName).toBe('5-HHD_nam-2026.xlsx');
    const r5 = await workbook(five.base64);
    const h5 = r5.rows.findIndex((r) => r[0] === 'STT');
    expect(r5.rows[h5]).toEqual(['STT', 'Số HHĐ', 'Họ và tên', 'Ngày sinh', 'Quê quán', 'Ngày QĐ kết nạp', 'Ngày kết nạp', 'Số thẻ ĐV', 'Huy hiệu (năm)', 'Số quyết định', 'Ngày quyết định', 'Đợt tặng', 'Nơi đề nghị tặng', 'Ghi chú']);
    expect(r5.rows.slice(h5 + 2, h5 + 6).map((r) => [r[2], r[8], r[9], r[11]])).toEqual([
      ['Lê Thị An', 30, '219-QĐ/TU', '03/02/2026'],
      ['Trần Văn Bình', 30, '219-QĐ/TU', '03/02/2026'],
      ['Phạm Văn Cường', 40, '219-QĐ/TU', '03/02/2026'],
      ['Hoàng Văn Em', 50, '219-QĐ/TU', '03/02/2026'],
    ]);
    expect(r5.rows[h5 + 5]![13]).toBe('Truy tặng');

    // Lost badge: replacement proposed in a later round, listed on 4A with the lost badge's number.
    const lostNo = proposed.find((p) => p.memberId === a)!;
    await t.must('badge:propose', { roundDate: '2026-05-19', items: [{ memberId: a, milestone: 30, kind: 'REPLACEMENT' }], note: 'Mất khi chuyển nhà' });
    const fourA = await workbook((await t.must('badge:export', { form: '4A', roundDate: '2026-05-19' })).base64);
    const hA = fourA.rows.findIndex((r) => r[0] === 'STT');
    expect(fourA.rows[hA]).toEqual(['STT', 'Số HHĐ', 'Họ và tên', 'Ngày sinh', 'Quê quán', 'Ngày QĐ kết nạp', 'Ngày kết nạp', 'Ngày chính thức', 'Số thẻ ĐV', 'Nơi đề nghị tặng', 'Ghi chú']);
    expect(fourA.rows[hA + 3]!.slice(0, 3)).toEqual([1, `01234${50 + proposed.indexOf(lostNo)}`, 'Trần Văn Bình']);
    expect(fourA.rows[hA + 3]![10]).toBe('cấp lại (mất); Mất khi chuyển nhà');
    expect(fourA.rows.map((r) => r.find((v) => v !== null))).toContain('(Huy hiệu Đảng bị mất)');
    const exports = raw.sqlite.prepare(`SELECT count(*) FROM audit_log WHERE action = 'badge.export'`).pluck().get();
    expect(exports).toBe(3);
  });
});
