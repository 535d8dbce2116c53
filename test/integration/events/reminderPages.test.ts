/**
 * The reminder lists a page at a time (every row reachable, not the first 200) and their "Xuất Excel"
 * (event:reminderExport): every row, the overview's columns, the filters in the heading, audited.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTree, memberInput } from '../../support/builders/index.ts';
import { openTestCore, type TestCore } from '../../support/core.ts';
import { readXlsx } from '../../support/xlsx.ts';

let t: TestCore;
let tree: Awaited<ReturnType<typeof makeTree>>;

beforeEach(async () => {
  t = await openTestCore();
  tree = await makeTree(t);
});
afterEach(() => t.close());

/** Seven probationary members whose probation ends 1..7 days after today (20/11/2026), in that order. */
async function sevenDue(): Promise<number[]> {
  const ids: number[] = [];
  for (let d = 1; d <= 7; d++) {
    const day = `2025-11-${String(20 + d).padStart(2, '0')}`;
    const m = await t.must('member:create', memberInput(tree.cell, { givenName: `Số${d}`, admissionDate: day, admissionDecisionDate: '2025-11-01', fullMemberDate: null }));
    ids.push(m.id);
  }
  return ids;
}

describe('reminders a page at a time', () => {
  it('reaches every row by offset, each list on its own, with the exact total', async () => {
    const ids = await sevenDue();
    const seen: number[] = [];
    for (const offset of [0, 3, 6]) {
      const r = await t.must('event:reminders', { organisationId: null, withinDays: 30, limit: 3, probationOffset: offset });
      expect(r.probation).toMatchObject({ total: 7, offset });
      seen.push(...r.probation.rows.map((x) => x.memberId));
    }
    expect(seen).toEqual(ids);
    // Past the end (the list shrank since the page was asked): the last page.
    const past = await t.must('event:reminders', { organisationId: null, withinDays: 30, limit: 3, probationOffset: 9 });
    expect(past.probation.offset).toBe(6);
    expect(past.probation.rows.map((x) => x.memberId)).toEqual([ids[6]]);
  });

  it('exports the whole list (not the page) with the columns and headers given, the filters in the heading, and audits it', async () => {
    const ids = await sevenDue();
    const r = await t.must('event:reminderExport', {
      organisationId: tree.commune,
      withinDays: 30,
      list: 'probation',
      title: 'Đảng viên dự bị đến hạn xét công nhận chính thức',
      filters: 'Đảng bộ xã Thanh Sơn; dự bị đến hạn trong 30 ngày',
      columns: [
        { key: 'name', header: 'Họ và tên' },
        { key: 'ends', header: 'Hết dự bị' },
        { key: 'daysLeft', header: 'Còn lại' },
        { key: 'organisation', header: 'Chi bộ' },
      ],
    });
    expect(r.rows).toBe(7);
    expect(r.fileName).toMatch(/\.xlsx$/);
    const x = await readXlsx(r.base64);
    const head = x.headerRow('Họ và tên');
    expect(x.texts(head)).toEqual(['Họ và tên', 'Hết dự bị', 'Còn lại', 'Chi bộ']);
    expect(x.texts(1)[0]).toBe('Đảng viên dự bị đến hạn xét công nhận chính thức');
    expect(x.texts(2)[0]).toBe('Lọc: Đảng bộ xã Thanh Sơn; dự bị đến hạn trong 30 ngày');
    expect(x.texts(3)[0]).toMatch(/^Ngày xuất: 20\/11\/2026 — 7 dòng$/);
    expect(x.values(head + 1)).toEqual(['Nguyễn Văn Số1', '21/11/2026', 1, 'Chi bộ thôn Đồng Xuân']);
    expect(x.ws.rowCount - head).toBe(ids.length);
    const audit = await t.must('system:auditList', { limit: 5 });
    expect(audit[0]).toMatchObject({ action: 'event.reminderExport', entity: 'member' });
  });

  it('refuses a column the reminders do not have', async () => {
    const r = await t.call('event:reminderExport', { organisationId: null, withinDays: 30, list: 'temporary', columns: [{ key: 'citizenId' as 'name', header: 'Số CCCD' }] });
    expect(r).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
  });
});
