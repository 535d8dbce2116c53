import { describe, expect, it } from 'vitest';
import type { Connection } from '../../../db/connection.ts';
import type { AdmissionPersonInput } from '../../../shared/members/admissionSchemas.ts';
import { memberInput } from '../../support/builders/index.ts';
import type { TestCore } from '../../support/core.ts';
import { eachTestWithTree, type Tree } from '../../support/treeCore.ts';

/**
 * Dates that cannot be right (issue 8, section 2): the record card and the events refuse what the
 * Party Charter forbids, with the message under the box it concerns; records kept before these rules
 * still save when the clerk leaves their dates as they were.
 */
let t: TestCore;
let raw: Connection;
let tree: Tree;
eachTestWithTree((env) => {
  ({ t, raw, tree } = env);
});

const count = (sql: string) => (raw.sqlite.prepare(sql).get() as { n: number }).n;
const members = () => count('SELECT count(*) AS n FROM member');

async function refusedOn(input: Parameters<typeof memberInput>[1], field: string, pattern: RegExp) {
  const before = members();
  const r = await t.call('member:create', memberInput(tree.cell, input));
  expect(r.ok).toBe(false);
  if (r.ok) return;
  expect(r.error.fields?.[field]).toMatch(pattern);
  expect(r.error.message).toMatch(pattern);
  expect(members()).toBe(before);
}

describe('plausibility of the record card', () => {
  it('refuses an admission under 18 (born 2000, admitted 2010), under the admission date', async () => {
    await refusedOn({ birthDate: '2000-04-01', admissionDate: '2010-06-01', admissionDecisionDate: '2010-05-20', fullMemberDate: '2011-06-01' }, 'admissionDate', /18 tuổi/);
  });

  it('refuses an admission before the Party was founded (born 1850, admitted 1870)', async () => {
    await refusedOn({ birthDate: '1850-01-01', admissionDate: '1870-06-01', admissionDecisionDate: '1870-05-20', fullMemberDate: '1871-06-01' }, 'admissionDate', /03\/02\/1930/);
  });

  it('refuses an admission decision dated before the founding', async () => {
    await refusedOn({ birthDate: '1900-01-01', admissionDate: '1930-03-01', admissionDecisionDate: '1929-12-01', fullMemberDate: '1931-03-01' }, 'admissionDecisionDate', /03\/02\/1930/);
  });

  it('refuses full membership before 12 months of probation', async () => {
    await refusedOn({ admissionDate: '2020-03-10', admissionDecisionDate: '2020-03-01', fullMemberDate: '2020-09-10' }, 'fullMemberDate', /12 tháng/);
  });

  it('accepts full membership exactly 12 months after the ceremony, and the oldest plausible members', async () => {
    await t.must('member:create', memberInput(tree.cell, { admissionDate: '2020-03-10', admissionDecisionDate: '2020-03-01', fullMemberDate: '2021-03-10' }));
    await t.must('member:create', memberInput(tree.cell, { birthDate: '1910', admissionDate: '1930-02-03', admissionDecisionDate: '1930-02-03', fullMemberDate: '1931-02-03' }));
    expect(members()).toBe(2);
  });

  it('partial dates: refused only when certainly under 18, saved when it may be right', async () => {
    // Born some day of 1992, admitted some day of 06/2010: 18 if born before July.
    await t.must('member:create', memberInput(tree.cell, { birthDate: '1992', admissionDate: '2010-06', admissionDecisionDate: null, fullMemberDate: '2011-06' }));
    // Born in 1993: at most 17 in June 2010.
    await refusedOn({ birthDate: '1993', admissionDate: '2010-06', admissionDecisionDate: null, fullMemberDate: '2011-06' }, 'admissionDate', /18 tuổi/);
  });

  it('partial dates: full membership refused only when certainly before 12 months', async () => {
    // Admitted some day of 2019, full some day of 2020: may be 12 months.
    await t.must('member:create', memberInput(tree.cell, { admissionDate: '2019', admissionDecisionDate: null, fullMemberDate: '2020' }));
    await refusedOn({ admissionDate: '2019-05', admissionDecisionDate: null, fullMemberDate: '2020-04' }, 'fullMemberDate', /12 tháng/);
  });

  it('refuses on update too, and refuses moving the admission after a recorded death', async () => {
    const m = await t.must('member:create', memberInput(tree.cell));
    const r = await t.call('member:update', { ...memberInput(tree.cell, { citizenId: m.citizenId, birthDate: '1975-01-01' }), id: m.id });
    expect(r).toMatchObject({ ok: false, error: { fields: { admissionDate: expect.stringMatching(/18 tuổi/) } } });
    await t.must('event:record', { memberIds: [m.id], typeCode: 'DEATH', eventDate: '2000-01-01' });
    const late = await t.call('member:update', { ...memberInput(tree.cell, { citizenId: m.citizenId, admissionDate: '2001-01-01', admissionDecisionDate: null, fullMemberDate: '2002-01-01' }), id: m.id });
    expect(late).toMatchObject({ ok: false, error: { fields: { admissionDate: expect.stringMatching(/từ trần/) } } });
    expect((await t.must('member:get', { id: m.id })).admissionDate).toBe('1990-05-19');
  });

  it('a record kept before these rules still saves when its dates stay as they were; a new wrong date is refused', async () => {
    const m = await t.must('member:create', memberInput(tree.cell));
    // Stored before the rules: born 1975, admitted 1990 (aged 15).
    raw.sqlite.prepare("UPDATE member SET birth_date = '1975-01-01' WHERE id = ?").run(m.id);
    const kept = await t.must('member:update', { ...memberInput(tree.cell, { citizenId: m.citizenId, birthDate: '1975-01-01', phone: '0912345678' }), id: m.id });
    expect(kept.phone).toBe('0912345678');
    const moved = await t.call('member:update', { ...memberInput(tree.cell, { citizenId: m.citizenId, birthDate: '1976-01-01' }), id: m.id });
    expect(moved).toMatchObject({ ok: false, error: { fields: { admissionDate: expect.stringMatching(/18 tuổi/) } } });
  });
});

describe('plausibility of the recognition and death events', () => {
  it('refuses a recognition before 12 months of probation under the event date', async () => {
    const p = await t.must('member:create', memberInput(tree.cell, { admissionDate: '2025-11-15', admissionDecisionDate: '2025-11-01', fullMemberDate: null }));
    const r = await t.call('event:record', { memberIds: [p.id], typeCode: 'FULL', eventDate: '2026-05-15' });
    expect(r).toMatchObject({ ok: false, error: { code: 'RULE', fields: { eventDate: expect.stringMatching(/15\/11\/2026/) } } });
  });

  it('refuses a death before the admission under the event date', async () => {
    const m = await t.must('member:create', memberInput(tree.cell));
    const r = await t.call('event:record', { memberIds: [m.id], typeCode: 'DEATH', eventDate: '1989-01-01' });
    expect(r).toMatchObject({ ok: false, error: { code: 'RULE', fields: { eventDate: expect.stringMatching(/19\/05\/1990/) } } });
  });

  it('refuses correcting the card’s admission event to an age under 18', async () => {
    const m = await t.must('member:create', memberInput(tree.cell, { birthDate: '1970-03-12', admissionDate: '1992-05-19', admissionDecisionDate: '1992-05-10', fullMemberDate: '1993-05-19' }));
    const admit = (await t.must('event:list', { memberId: m.id })).events.find((e) => e.typeCode === 'ADMIT')!;
    const r = await t.call('event:correct', { eventId: admit.id, eventDate: '1987-05-19', decisionDate: '1987-05-10' });
    expect(r).toMatchObject({ ok: false, error: { fields: { eventDate: expect.stringMatching(/18 tuổi/) } } });
  });
});

describe('plausibility of an admission by decision', () => {
  const person = (over: Partial<AdmissionPersonInput> = {}): AdmissionPersonInput => ({
    familyName: 'Nguyễn',
    middleName: 'Văn',
    givenName: 'An',
    sex: 'M',
    birthDate: '1900-04-10',
    citizenId: '025099000001',
    ethnicCode: '1',
    religionCode: 'NONE',
    ...over,
  });

  it('refuses a ceremony before the founding, under the admission date', async () => {
    const r = await t.call('member:admitMany', {
      organisationId: tree.cell,
      admissionDate: '1929-09-02',
      decision: { number: '1-QĐ', date: '1929-08-25', body: null, signer: null },
      people: [person()],
    });
    expect(r).toMatchObject({ ok: false, error: { fields: { admissionDate: expect.stringMatching(/03\/02\/1930/) } } });
    expect(members()).toBe(0);
  });
});
