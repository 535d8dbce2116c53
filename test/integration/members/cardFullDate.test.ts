import { describe, expect, it } from 'vitest';
import { memberInput } from '../../support/builders/index.ts';
import { eachTestWithTree, type TreeCore } from '../../support/treeCore.ts';

let env!: TreeCore;
eachTestWithTree((e) => {
  env = e;
});

const snapshot = () => ({
  events: env.raw.sqlite.prepare('SELECT * FROM member_event ORDER BY id').all(),
  members: env.raw.sqlite.prepare('SELECT * FROM member ORDER BY id').all(),
  audit: (env.raw.sqlite.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n,
});
const fullEvents = (memberId: number) =>
  env.raw.sqlite.prepare("SELECT event_date, decision_no, cancelled FROM member_event WHERE member_id = ? AND type_code = 'FULL' ORDER BY id").all(memberId);

describe('the full-member date on the record card', () => {
  it('cannot be cleared by a card that was opened before the recognition decision was recorded', async () => {
    const { t, tree } = env;
    const input = memberInput(tree.cell, { admissionDate: '2024-03-02', admissionDecisionDate: '2024-02-20', fullMemberDate: null });
    const m = await t.must('member:create', input);
    expect(m.membership).toBe('probationary');
    await t.must('event:record', { memberIds: [m.id], typeCode: 'FULL', eventDate: '2025-03-02', decisionNo: '45-QĐ/ĐU', decisionDate: '2025-03-10' });
    const before = snapshot();

    // The card as it was loaded before the event: no full-member date, a note typed meanwhile.
    const r = await t.call('member:update', { ...input, id: m.id, notes: 'Đã chuyển hộ khẩu' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('RULE');
    expect(r.error.message).toContain('45-QĐ/ĐU');
    expect(r.error.message).toContain('thẻ Sự kiện');
    expect(r.error.fields).toEqual({ fullMemberDate: 'Đã có quyết định công nhận chính thức' });
    expect(snapshot()).toEqual(before);

    // The same card with the date the event wrote saves, and the recognition stands.
    const saved = await t.must('member:update', { ...input, id: m.id, fullMemberDate: '2025-03-02', notes: 'Đã chuyển hộ khẩu' });
    expect(saved).toMatchObject({ membership: 'full', fullMemberDate: '2025-03-02', notes: 'Đã chuyển hộ khẩu' });
    expect(fullEvents(m.id)).toEqual([{ event_date: '2025-03-02', decision_no: '45-QĐ/ĐU', cancelled: 0 }]);
  });

  it('is still cleared from the card when it was only typed on the card (no decision behind it)', async () => {
    const { t, tree } = env;
    const input = memberInput(tree.cell, { admissionDate: '2024-03-02', admissionDecisionDate: '2024-02-20', fullMemberDate: '2025-03-02' });
    const m = await t.must('member:create', input);
    const cleared = await t.must('member:update', { ...input, id: m.id, fullMemberDate: null });
    expect(cleared).toMatchObject({ membership: 'probationary', fullMemberDate: null });
    expect(fullEvents(m.id)).toEqual([{ event_date: '2025-03-02', decision_no: null, cancelled: 1 }]);
  });
});
