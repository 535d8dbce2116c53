import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BUILT_IN_ACTION_EFFECTS } from '../../../shared/catalogues/actionTypes.ts';
import { makeCadre, makeDecision } from '../../support/builders/index.ts';
import { openTestCore, type TestCore } from '../../support/core.ts';

let t: TestCore;
beforeEach(async () => {
  t = await openTestCore();
});
afterEach(() => t.close());

describe('personnel action types (an editable catalogue)', () => {
  it('holds the official list with the effects migration 0007 gave it, equal to the shared table', async () => {
    const all = await t.must('catalogue:all', {});
    expect(Object.fromEntries(all.actionTypes.map((a) => [a.code, a.effect]))).toEqual(BUILT_IN_ACTION_EFFECTS);
    expect(all.actionTypes.find((a) => a.code === 'APPOINT')).toMatchObject({ name: 'Bổ nhiệm', termMonths: 60, active: true });
  });

  it('adds a board type with its effect and offers it, audited', async () => {
    const saved = await t.must('catalogue:saveActionType', { code: 'acting', name: 'Giao quyền', termMonths: 12, effect: 'assign' });
    expect(saved).toMatchObject({ code: 'ACTING', name: 'Giao quyền', termMonths: 12, effect: 'assign', active: true });
    const all = await t.must('catalogue:all', {});
    expect(all.actionTypes.at(-1)).toMatchObject({ code: 'ACTING', effect: 'assign' });
    const audit = t.sqlite.prepare(`SELECT action, new_values FROM audit_log WHERE action = 'catalogue:saveActionType'`).all() as { new_values: string }[];
    expect(JSON.parse(audit[0]!.new_values)).toMatchObject({ code: 'ACTING', effect: 'assign' });
  });

  it('renames or retires a built-in type but refuses to change its effect, and changes nothing then', async () => {
    await t.must('catalogue:saveActionType', { code: 'SECOND', name: 'Biệt phái cán bộ', effect: 'assign', active: false });
    const refused = await t.call('catalogue:saveActionType', { code: 'APPOINT', name: 'Bổ nhiệm', termMonths: 60, effect: 'none' });
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.error.code).toBe('RULE');
      expect(refused.error.message).toContain('Bổ nhiệm');
    }
    const all = await t.must('catalogue:all', {});
    expect(all.actionTypes.find((a) => a.code === 'SECOND')).toMatchObject({ name: 'Biệt phái cán bộ', active: false });
    expect(all.actionTypes.find((a) => a.code === 'APPOINT')?.effect).toBe('appoint');
  });
});

describe('public holidays (the table the notice dates count on)', () => {
  it('replaces one year and leaves the others', async () => {
    const before2025 = await t.must('catalogue:holidays', { year: 2025 });
    const saved = await t.must('catalogue:saveHolidays', {
      year: 2026,
      rows: [
        { date: '2026-09-02', name: 'Quốc khánh' },
        { date: '2026-01-01', name: 'Tết Dương lịch' },
      ],
    });
    expect(saved.rows.map((r) => r.date)).toEqual(['2026-01-01', '2026-09-02']);
    expect((await t.must('catalogue:holidays', { year: 2026 })).rows).toEqual(saved.rows);
    expect(await t.must('catalogue:holidays', { year: 2025 })).toEqual(before2025);
  });

  it('refuses a date outside the year, a date twice or an impossible date, and keeps the year as it was', async () => {
    const before = await t.must('catalogue:holidays', { year: 2026 });
    for (const rows of [
      [{ date: '2027-01-01', name: 'Tết Dương lịch' }],
      [
        { date: '2026-04-30', name: 'Giải phóng miền Nam' },
        { date: '2026-04-30', name: 'Trùng' },
      ],
      [{ date: '2026-02-30', name: 'Không có thật' }],
    ]) {
      const r = await t.call('catalogue:saveHolidays', { year: 2026, rows });
      expect(r.ok).toBe(false);
    }
    expect(await t.must('catalogue:holidays', { year: 2026 })).toEqual(before);
  });

  it('derives the reappointment notice dates again when the holidays of their year change', async () => {
    const a = (await makeCadre(t)).id;
    await makeDecision(t, { number: '15-QĐ/TU', issuedOn: '2020-12-25', effectiveOn: '2021-01-01', actions: [{ typeCode: 'APPOINT', cadreId: a, postAfter: 'Giám đốc', unitAfter: 'Sở Nội vụ' }] });
    const noticeOn = async () => (await t.must('cadre:get', { id: a })).posts[0]?.noticeOn;
    // Counted across 1/9 and 2/9/2025 (seeded): 25/08/2025; without any holiday in 2025, 90 weekdays back: 27/08.
    expect(await noticeOn()).toBe('2025-08-25');
    await t.must('catalogue:saveHolidays', { year: 2025, rows: [] });
    expect(await noticeOn()).toBe('2025-08-27');
  });
});
