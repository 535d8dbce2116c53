import { describe, expect, it } from 'vitest';
import type { Connection } from '../../../db/connection.ts';
import { memberInput } from '../../support/builders/index.ts';
import type { TestCore } from '../../support/core.ts';
import { expectNoFullScan, planMatching } from '../../support/queryPlan.ts';
import { eachTestWithTree, type Tree } from '../../support/treeCore.ts';

let t: TestCore;
let raw: Connection;
let tree: Tree;
eachTestWithTree((env) => {
  ({ t, raw, tree } = env);
});

async function names(input: Parameters<TestCore['must']>[1] & object): Promise<string[]> {
  const r = await t.must('member:list', input as never);
  return r.rows.map((row) => row.fullName);
}

describe('members', () => {
  it('creates, reads and updates a record card, NFC and trimmed', async () => {
    const decomposed = 'Nguyễn'.normalize('NFD');
    const m = await t.must('member:create', memberInput(tree.cell, { familyName: ` ${decomposed} `, middleName: 'Văn  Thành', givenName: 'Nên' }));
    expect(m.fullName).toBe('Nguyễn Văn Thành Nên');
    expect(m.familyName).toBe('Nguyễn'.normalize('NFC'));
    expect(m).toMatchObject({ membership: 'full', onList: true, organisationName: 'Chi bộ thôn Đồng Xuân' });
    const updated = await t.must('member:update', { ...memberInput(tree.cell, { citizenId: m.citizenId, fullMemberDate: null, admissionDate: '2026-03-02', admissionDecisionDate: '2026-02-20' }), id: m.id });
    expect(updated.membership).toBe('probationary');
    expect(updated.admissionDate).toBe('2026-03-02');
  });

  it('keeps the cached status equal to the status derived from the events', async () => {
    const full = await t.must('member:create', memberInput(tree.cell));
    const probationary = await t.must('member:create', memberInput(tree.cell, { admissionDate: '2026-06-01', admissionDecisionDate: '2026-05-20', fullMemberDate: null }));
    const events = raw.sqlite.prepare('SELECT member_id, type_code, event_date, decision_date FROM member_event ORDER BY member_id, id').all();
    expect(events).toEqual([
      { member_id: full.id, type_code: 'ADMIT', event_date: '1990-05-19', decision_date: '1990-05-10' },
      { member_id: full.id, type_code: 'FULL', event_date: '1991-05-19', decision_date: null },
      { member_id: probationary.id, type_code: 'ADMIT', event_date: '2026-06-01', decision_date: '2026-05-20' },
    ]);
    expect(probationary.membership).toBe('probationary');
  });

  it.each([
    ['card number for a probationary member', { fullMemberDate: null, cardNo: '123456789012' }, 'cardNo'],
    ['admission decision after the ceremony', { admissionDecisionDate: '1990-06-01' }, 'admissionDecisionDate'],
    ['full membership before admission', { fullMemberDate: '1989-01-01' }, 'fullMemberDate'],
    ['a birth date in the future', { birthDate: '2027-01-01' }, 'birthDate'],
  ])('refuses %s with a field message', async (_label, overrides, field) => {
    const r = await t.call('member:create', memberInput(tree.cell, overrides));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(Object.keys(r.error.fields ?? {})).toContain(field);
    expect(raw.sqlite.prepare('SELECT count(*) AS n FROM member').get()).toEqual({ n: 0 });
  });

  it('refuses a member in an organisation that is not a cell', async () => {
    const r = await t.call('member:create', memberInput(tree.commune));
    expect(r).toMatchObject({ ok: false, error: { code: 'RULE', fields: { organisationId: 'Chọn một chi bộ' } } });
  });

  it('lists in official order: given name, family name, middle name, then the older first', async () => {
    const add = (familyName: string, middleName: string, givenName: string, birthDate: string) =>
      t.must('member:create', memberInput(tree.cell, { familyName, middleName, givenName, birthDate }));
    await add('Nguyễn', 'Văn', 'Bình', '1970-01-01');
    await add('Trần', 'Văn', 'An', '1970-01-01');
    await add('Lê', 'Thị', 'Ánh', '1970-01-01');
    await add('Lê', 'Thị', 'Anh', '1970-01-01');
    await add('Lê', 'Văn', 'Anh', '1960-05-05');
    await add('Lê', 'Văn', 'Anh', '1950-05-05');
    await add('Đỗ', 'Thị', 'Anh', '1970-01-01');
    await add('Dương', 'Thị', 'Anh', '1970-01-01');
    expect(await names({ organisationId: null })).toEqual([
      'Trần Văn An',
      'Dương Thị Anh',
      'Đỗ Thị Anh',
      'Lê Thị Anh',
      'Lê Văn Anh',
      'Lê Văn Anh',
      'Lê Thị Ánh',
      'Nguyễn Văn Bình',
    ]);
    const older = await t.must('member:list', { organisationId: null, q: 'le van anh' });
    expect(older.rows.map((r) => r.birthDate)).toEqual(['1950-05-05', '1960-05-05']);
    expect(await names({ organisationId: null, sort: 'birthDate', limit: 2 })).toEqual(['Lê Văn Anh', 'Lê Văn Anh']);
  });

  it('finds by name without diacritics, with d for đ, by word prefix anywhere in the name', async () => {
    await t.must('member:create', memberInput(tree.cell, { familyName: 'Nguyễn', middleName: 'Văn', givenName: 'Nên' }));
    await t.must('member:create', memberInput(tree.cell, { familyName: 'Đặng', middleName: 'Đình', givenName: 'Đức' }));
    await t.must('member:create', memberInput(tree.cell, { familyName: 'Trần', middleName: 'Thị', givenName: 'Hương', sex: 'F' }));
    expect(await names({ q: 'nguyen van nen' })).toEqual(['Nguyễn Văn Nên']);
    expect(await names({ q: 'nen' })).toEqual(['Nguyễn Văn Nên']);
    expect(await names({ q: 'dang dinh duc' })).toEqual(['Đặng Đình Đức']);
    expect(await names({ q: 'duc' })).toEqual(['Đặng Đình Đức']);
    expect(await names({ q: 'huo' })).toEqual(['Trần Thị Hương']);
    expect(await names({ q: 'Hương Trần' })).toEqual(['Trần Thị Hương']);
    expect(await names({ q: 'van' })).toEqual(['Nguyễn Văn Nên']);
    expect(await names({ q: 'xyz' })).toEqual([]);
  });

  it('finds by citizen ID, card number and record number, also by prefix', async () => {
    await t.must('member:create', memberInput(tree.cell, { givenName: 'Một', citizenId: '025065000111', cardNo: '987654321012', recordNo: '1234567890' }));
    await t.must('member:create', memberInput(tree.cell, { givenName: 'Hai', citizenId: '025065000222' }));
    expect(await names({ q: '025065000111' })).toEqual(['Nguyễn Văn Một']);
    expect(await names({ q: '9876 5432 1012' })).toEqual(['Nguyễn Văn Một']);
    expect(await names({ q: '1234567890' })).toEqual(['Nguyễn Văn Một']);
    expect((await names({ q: '025065' })).sort()).toEqual(['Nguyễn Văn Hai', 'Nguyễn Văn Một']);
  });

  it('filters by sex, age band, probationary/full and ethnic group, and counts the total', async () => {
    await t.must('member:create', memberInput(tree.cell, { givenName: 'Già', birthDate: '1950-01-01' }));
    await t.must('member:create', memberInput(tree.cell, { givenName: 'Trẻ', birthDate: '1993-06-01', admissionDate: '2015-01-01', admissionDecisionDate: null, fullMemberDate: '2016-01-01' }));
    await t.must('member:create', memberInput(tree.cell, { givenName: 'Mai', sex: 'F', middleName: 'Thị', birthDate: '2000-02-02', admissionDate: '2026-05-01', admissionDecisionDate: null, fullMemberDate: null, ethnicCode: '2' }));
    expect(await names({ sex: 'F' })).toEqual(['Nguyễn Thị Mai']);
    expect(await names({ membership: 'probationary' })).toEqual(['Nguyễn Thị Mai']);
    expect(await names({ ethnicCode: '2' })).toEqual(['Nguyễn Thị Mai']);
    // Ages on 2026-11-20: 1950 → 76 (61+), 1993-06-01 → 33 (31-35), 2000-02-02 → 26 (18-30).
    expect(await names({ ageBand: '31-35' })).toEqual(['Nguyễn Văn Trẻ']);
    expect(await names({ ageBand: '61+' })).toEqual(['Nguyễn Văn Già']);
    expect(await names({ ageBand: '18-30' })).toEqual(['Nguyễn Thị Mai']);
    const page = await t.must('member:list', { limit: 2 });
    expect(page).toMatchObject({ total: 3, totalIsLowerBound: false });
    expect(page.rows).toHaveLength(2);
    const second = await t.must('member:list', { limit: 2, offset: 2 });
    expect(second.rows).toHaveLength(1);
  });

  it('uses indexes, not full scans, on the list hot paths (the plans of the queries member:list and member:create really run)', async () => {
    const m = await t.must('member:create', memberInput(tree.cell, { citizenId: '025065000111' }));
    await t.must('member:create', memberInput(tree.cell, { givenName: 'Hai' }));
    const subtree = await t.plans(() => t.must('member:list', { organisationId: tree.cell }));
    expect(planMatching(subtree, /ORDER BY/).text).toMatch(/USING COVERING INDEX member_list_subtree/);
    expectNoFullScan(t.sqlite, subtree);
    const whole = await t.plans(() => t.must('member:list', { offset: 1000 }));
    const wholePage = planMatching(whole, /ORDER BY/).text;
    expect(wholePage).toMatch(/SCAN m USING COVERING INDEX member_list_sorted/);
    expect(wholePage).not.toMatch(/TEMP B-TREE/);
    expectNoFullScan(t.sqlite, whole);
    const search = await t.plans(() => t.must('member:list', { q: 'nguyen nen' }));
    expect(planMatching(search, /member_fts MATCH/).text).toMatch(/VIRTUAL TABLE INDEX/);
    expect(planMatching(search, /other_names.*json_each/).text).toMatch(/SEARCH m USING INTEGER PRIMARY KEY/);
    expectNoFullScan(t.sqlite, search);
    const digits = await t.plans(() => t.must('member:list', { q: '025065000111' }));
    expectNoFullScan(t.sqlite, digits);
    const duplicate = await t.plans(() => t.call('member:create', memberInput(tree.cell, { citizenId: m.citizenId })));
    expect(planMatching(duplicate, /citizen_id" = \?/).text).toMatch(/member_citizen_id/);
    expectNoFullScan(t.sqlite, duplicate);
  });
});
