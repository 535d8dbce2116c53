import { describe, expect, it } from 'vitest';
import type { Connection } from '../../../db/connection.ts';
import { monthsBetween, partyAge } from '../../../shared/members/partyAge.ts';
import { memberInput } from '../../support/builders/index.ts';
import type { TestCore } from '../../support/core.ts';
import { eventRecorder } from '../../support/builders/index.ts';
import { eachTestWithTree } from '../../support/treeCore.ts';

/** Transfer deadlines (warnings) and the transfer gap marked as an interruption of party age. */

const TODAY = '2026-11-20';
let t: TestCore;
let raw: Connection;
let cell: number;
eachTestWithTree((env) => {
  ({ t, raw } = env);
  cell = env.tree.cell;
});

const { rec, mustRec } = eventRecorder(() => t);

async function aMember(givenName = 'Nên') {
  return t.must('member:create', memberInput(cell, { givenName, admissionDate: '2000-06-01', admissionDecisionDate: '2000-06-01', fullMemberDate: '2001-06-01' }));
}

/** A member transferred to another province in 2010 (on time), now coming back. */
async function awayMember(givenName = 'Nên') {
  const m = await aMember(givenName);
  await mustRec([m.id], 'TRANSFER_OUT_PROVINCE', '2010-03-01', { decisionDate: '2010-01-04' });
  return m;
}

const anchor = (id: number) => (raw.sqlite.prepare('SELECT party_age_anchor AS a FROM member WHERE id = ?').get(id) as { a: string | null }).a;

/** The cached anchor equals party age derived from the stored events, the mark included. */
function expectAnchorDerived(id: number) {
  const rows = raw.sqlite.prepare('SELECT * FROM member_event WHERE member_id = ? ORDER BY event_date, id').all(id) as {
    type_code: string;
    event_date: string;
    decision_date: string | null;
    cancelled: number;
    interrupts_party_age: number;
  }[];
  const age = partyAge(
    rows.map((e) => ({ typeCode: e.type_code, eventDate: e.event_date, decisionDate: e.decision_date, cancelled: e.cancelled === 1, interruptsPartyAge: e.interrupts_party_age === 1 })),
    TODAY,
  );
  expect(anchor(id)).toBe(age.anchor);
  return age;
}

const snapshot = () => ({
  events: raw.sqlite.prepare('SELECT * FROM member_event ORDER BY id').all(),
  members: raw.sqlite.prepare('SELECT * FROM member ORDER BY id').all(),
  audit: (raw.sqlite.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n,
});

async function refusedUnchanged(make: () => Promise<{ ok: boolean; error?: { code: string; message: string; fields?: Record<string, string> } }>, message: RegExp) {
  const before = snapshot();
  const r = await make();
  expect(r.ok).toBe(false);
  if (r.ok || !r.error) throw new Error('expected a refusal');
  expect(r.error.message).toMatch(message);
  expect(snapshot()).toEqual(before);
  return r.error;
}

describe('transfer deadlines', () => {
  it('records a late transfer out with a warning, a timely one without', async () => {
    const late = await aMember();
    const timely = await aMember('Đúng');
    // 1 October 2009 → 1 March 2010: 107 working days.
    const r = await mustRec([late.id], 'TRANSFER_OUT_PROVINCE', '2010-03-01', { decisionDate: '2009-10-01' });
    expect(r.warnings).toEqual(['Chuyển sinh hoạt sau 107 ngày làm việc kể từ quyết định (quy định: trong 60 ngày làm việc).']);
    expect((await mustRec([timely.id], 'TRANSFER_OUT_PROVINCE', '2010-03-01', { decisionDate: '2010-01-04' })).warnings).toEqual([]);
    // Written anyway; the list carries the warning on the event.
    const events = (await t.must('event:list', { memberId: late.id })).events;
    expect(events.at(-1)).toMatchObject({ typeCode: 'TRANSFER_OUT_PROVINCE', warnings: [r.warnings[0]], interruptsPartyAge: false });
    expect((await t.must('event:list', { memberId: timely.id })).events.at(-1)?.warnings).toEqual([]);
  });

  it('warns about a transfer letter presented late, and names each member when several are recorded at once', async () => {
    const a = await awayMember('An');
    const b = await awayMember('Bình');
    const r = await mustRec([a.id, b.id], 'TRANSFER_IN_PROVINCE', '2012-09-10', { orgToId: cell, decisionDate: '2012-03-01' });
    expect(r.warnings).toEqual([
      'Nguyễn Văn An: Nộp giấy giới thiệu sau 137 ngày làm việc (quy định: trong 30 ngày làm việc).',
      'Nguyễn Văn Bình: Nộp giấy giới thiệu sau 137 ngày làm việc (quy định: trong 30 ngày làm việc).',
    ]);
    // A correction returns the warnings of the corrected event: presented on time now, none.
    const eventId = r.eventIds[0]!;
    const corrected = await t.must('event:correct', { eventId, eventDate: '2012-03-20', decisionDate: '2012-03-01' });
    expect(corrected.warnings).toEqual([]);
    const again = await t.must('event:correct', { eventId, eventDate: '2012-04-20', decisionDate: '2012-03-01' });
    expect(again.warnings).toEqual(['Nộp giấy giới thiệu sau 36 ngày làm việc (quy định: trong 30 ngày làm việc).']);
  });

  it('gives no warning for a transfer without a decision date', async () => {
    const m = await aMember();
    expect((await mustRec([m.id], 'TRANSFER_OUT_PROVINCE', '2010-03-01')).warnings).toEqual([]);
  });
});

describe('the transfer gap as an interruption of party age', () => {
  it('subtracts the time from the transfer letter to presenting it when marked; the cached anchor follows', async () => {
    const marked = await awayMember('An');
    const plain = await awayMember('Bình');
    // Letter of 1 March 2012, presented 10 September 2012: 6 whole months.
    const r = await mustRec([marked.id], 'TRANSFER_IN_PROVINCE', '2012-09-10', { orgToId: cell, decisionDate: '2012-03-01', interruptsPartyAge: true });
    await mustRec([plain.id], 'TRANSFER_IN_PROVINCE', '2012-09-10', { orgToId: cell, decisionDate: '2012-03-01' });

    const list = await t.must('event:list', { memberId: marked.id });
    expect(list.events.find((e) => e.id === r.eventIds[0])).toMatchObject({ typeCode: 'TRANSFER_IN_PROVINCE', interruptsPartyAge: true });
    expect(list.partyAge).toMatchObject({ anchor: '2000-12-01', months: monthsBetween('2000-12-01', TODAY), running: true });
    expect(anchor(marked.id)).toBe('2000-12-01');
    expect(expectAnchorDerived(marked.id).interruptionMonths).toBe(6);
    // The record card shows the same party age.
    expect((await t.must('member:get', { id: marked.id })).partyAge).toMatchObject({ anchor: '2000-12-01', months: monthsBetween('2000-12-01', TODAY) });

    expect((await t.must('event:list', { memberId: plain.id })).partyAge.anchor).toBe('2000-06-01');
    expect(anchor(plain.id)).toBe('2000-06-01');
    expectAnchorDerived(plain.id);

    // The member list's party age reads the cached anchor.
    const rows = (await t.must('member:list', { organisationId: null })).rows;
    const months = (id: number) => rows.find((x) => x.id === id)?.partyAgeMonths;
    expect(months(plain.id)! - months(marked.id)!).toBe(6);

    const audit = raw.sqlite.prepare("SELECT new_values FROM audit_log WHERE action = 'event.record' AND entity_id = ?").get(r.eventIds[0]) as { new_values: string };
    expect(JSON.parse(audit.new_values)).toMatchObject({ typeCode: 'TRANSFER_IN_PROVINCE', decisionDate: '2012-03-01', interruptsPartyAge: true });
  });

  it('restores party age when the mark is corrected off, audited old → new, and takes it back on', async () => {
    const m = await awayMember();
    const { eventIds } = await mustRec([m.id], 'TRANSFER_IN_PROVINCE', '2012-09-10', { orgToId: cell, decisionDate: '2012-03-01', interruptsPartyAge: true });
    const eventId = eventIds[0]!;
    expect(anchor(m.id)).toBe('2000-12-01');

    const off = await t.must('event:correct', { eventId, eventDate: '2012-09-10', decisionDate: '2012-03-01' });
    expect(off.interruptsPartyAge).toBe(false);
    expect(anchor(m.id)).toBe('2000-06-01');
    expect((await t.must('event:list', { memberId: m.id })).partyAge.anchor).toBe('2000-06-01');
    expectAnchorDerived(m.id);
    const audit = raw.sqlite.prepare("SELECT entity, entity_id, old_values, new_values FROM audit_log WHERE action = 'event.correct'").all() as { entity: string; entity_id: number; old_values: string; new_values: string }[];
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ entity: 'member_event', entity_id: eventId });
    expect(JSON.parse(audit[0]!.old_values)).toEqual({ memberId: m.id, typeCode: 'TRANSFER_IN_PROVINCE', interruptsPartyAge: true });
    expect(JSON.parse(audit[0]!.new_values)).toEqual({ memberId: m.id, typeCode: 'TRANSFER_IN_PROVINCE', interruptsPartyAge: false });

    // Marked again with an earlier letter: 8 months now.
    const on = await t.must('event:correct', { eventId, eventDate: '2012-09-10', decisionDate: '2012-01-05', interruptsPartyAge: true });
    expect(on.interruptsPartyAge).toBe(true);
    expect(anchor(m.id)).toBe('2001-02-01');
    expectAnchorDerived(m.id);

    // Cancelling the transfer in takes its gap away with it.
    await t.must('event:cancel', { eventId, reason: 'Ghi nhầm' });
    expect(anchor(m.id)).toBe('2000-06-01');
    expectAnchorDerived(m.id);
  });

  it('refuses the mark on other events, without the letter’s date or with the letter after presenting it, writing nothing', async () => {
    const m = await awayMember();
    const death = await refusedUnchanged(() => rec([m.id], 'DEATH', '2011-01-01', { decisionDate: '2010-12-01', interruptsPartyAge: true }), /Chỉ sự kiện “Chuyển đến từ tỉnh khác”/);
    expect(death.code).toBe('BAD_INPUT');
    expect(death.fields).toHaveProperty('interruptsPartyAge');
    const missing = await refusedUnchanged(() => rec([m.id], 'TRANSFER_IN_PROVINCE', '2012-09-10', { orgToId: cell, interruptsPartyAge: true }), /ngày của giấy giới thiệu/);
    expect(missing.fields).toHaveProperty('decisionDate');
    await refusedUnchanged(() => rec([m.id], 'TRANSFER_IN_PROVINCE', '2012-09-10', { orgToId: cell, decisionDate: '2012-10-01', interruptsPartyAge: true }), /sau ngày nộp/);
    await refusedUnchanged(() => rec([m.id], 'TRANSFER_OUT_LOCAL', '2012-09-10', { orgToId: cell, decisionDate: '2012-09-01', interruptsPartyAge: true }), /Chỉ sự kiện “Chuyển đến từ tỉnh khác”/);

    // Corrections: the mark on the transfer out, or the letter's date removed from a marked transfer in.
    const out = (await t.must('event:list', { memberId: m.id })).events.find((e) => e.typeCode === 'TRANSFER_OUT_PROVINCE')!;
    await refusedUnchanged(() => t.call('event:correct', { eventId: out.id, eventDate: out.eventDate, decisionDate: out.decisionDate, interruptsPartyAge: true }), /Chỉ sự kiện “Chuyển đến từ tỉnh khác”/);
    const { eventIds } = await mustRec([m.id], 'TRANSFER_IN_PROVINCE', '2012-09-10', { orgToId: cell, decisionDate: '2012-03-01', interruptsPartyAge: true });
    await refusedUnchanged(() => t.call('event:correct', { eventId: eventIds[0]!, eventDate: '2012-09-10', decisionDate: null, interruptsPartyAge: true }), /ngày của giấy giới thiệu/);
    expect(anchor(m.id)).toBe('2000-12-01');

    // Not a boolean: refused by the contract.
    const bad = await t.call('event:record', { memberIds: [m.id], typeCode: 'DEATH', eventDate: '2013-01-01', interruptsPartyAge: 'yes' as unknown as boolean });
    expect(bad.ok).toBe(false);
  });
});
