import { describe, expect, it } from 'vitest';
import type { NameOrder } from '../../../shared/contract/index.ts';
import { memberInput } from '../../support/builders/index.ts';
import { eachTestWithTree, type TreeCore } from '../../support/treeCore.ts';

let env!: TreeCore;
eachTestWithTree((e) => {
  env = e;
});

/** Y Ngông Niê Kdăm (Ê Đê): the gender marker "Y" as middle name, the compound family name last. */
const NGONG = { familyName: 'Niê Kdăm', middleName: 'Y', givenName: 'Ngông', nameOrder: 'familyLast' as const, sex: 'M' as const };

const row = (id: number) => env.raw.sqlite.prepare('SELECT full_name, name_order, family_name, middle_name, given_name FROM member WHERE id = ?').get(id);
const count = (sql: string) => (env.raw.sqlite.prepare(sql).get() as { n: number }).n;
const snapshot = () => ({
  members: env.raw.sqlite.prepare('SELECT * FROM member ORDER BY id').all(),
  events: count('SELECT count(*) AS n FROM member_event'),
  audit: count('SELECT count(*) AS n FROM audit_log'),
});
const names = async (q: string) => (await env.t.must('member:list', { organisationId: env.tree.cell, q })).rows.map((r) => r.fullName);

describe('name order (Ê Đê names put the family name last)', () => {
  it('stores and lists a family-last member as "Y Ngông Niê Kdăm", found by given and family name, sorted by given name', async () => {
    const { t, tree } = env;
    const ngong = await t.must('member:create', memberInput(tree.cell, NGONG));
    expect(ngong).toMatchObject({ fullName: 'Y Ngông Niê Kdăm', nameOrder: 'familyLast', familyName: 'Niê Kdăm', middleName: 'Y', givenName: 'Ngông' });
    expect(row(ngong.id)).toEqual({ full_name: 'Y Ngông Niê Kdăm', name_order: 'familyLast', family_name: 'Niê Kdăm', middle_name: 'Y', given_name: 'Ngông' });
    // No middle name: H'Nghia Êban.
    const nghia = await t.must('member:create', memberInput(tree.cell, { familyName: 'Êban', middleName: '', givenName: "H'Nghia", sex: 'F', nameOrder: 'familyLast' }));
    expect(nghia.fullName).toBe("H'Nghia Êban");
    // Without an order: family first, as before (J'rai "Ksor Ní", Kinh names).
    const ni = await t.must('member:create', memberInput(tree.cell, { familyName: 'Ksor', middleName: '', givenName: 'Ní', sex: 'F' }));
    expect(ni).toMatchObject({ fullName: 'Ksor Ní', nameOrder: 'familyFirst' });
    expect(row(ni.id)).toMatchObject({ name_order: 'familyFirst' });
    await t.must('member:create', memberInput(tree.cell, { familyName: 'Nguyễn', middleName: 'Văn', givenName: 'Nam' }));
    await t.must('member:create', memberInput(tree.cell, { familyName: 'Trần', middleName: 'Thị', givenName: 'Mai', sex: 'F' }));

    // The official order: by given name (H'Nghia, Mai, Nam, Ngông, Ní), whatever the order of the printed name.
    expect(await names('')).toEqual(["H'Nghia Êban", 'Trần Thị Mai', 'Nguyễn Văn Nam', 'Y Ngông Niê Kdăm', 'Ksor Ní']);

    expect(await names('ngong')).toEqual(['Y Ngông Niê Kdăm']);
    expect(await names('kdam')).toEqual(['Y Ngông Niê Kdăm']);
    expect(await names('y ngong nie')).toEqual(['Y Ngông Niê Kdăm']);
    expect(await names('eban')).toEqual(["H'Nghia Êban"]);
    const got = await t.must('member:get', { id: ngong.id });
    expect(got).toMatchObject({ fullName: 'Y Ngông Niê Kdăm', nameOrder: 'familyLast' });
  });

  it('rewrites the full name when the order is changed on the card, and audits it', async () => {
    const { t, tree } = env;
    // Entered first with the default order: printed "Niê Kdăm Y Ngông".
    const input = memberInput(tree.cell, { ...NGONG, nameOrder: 'familyFirst' });
    const m = await t.must('member:create', input);
    expect(m.fullName).toBe('Niê Kdăm Y Ngông');
    const created = env.raw.sqlite.prepare("SELECT new_values FROM audit_log WHERE action = 'member.create' AND entity_id = ?").get(m.id) as { new_values: string };
    expect(JSON.parse(created.new_values)).toMatchObject({ nameOrder: 'familyFirst', fullName: 'Niê Kdăm Y Ngông' });

    const fixed = await t.must('member:update', { ...input, id: m.id, nameOrder: 'familyLast' });
    expect(fixed).toMatchObject({ fullName: 'Y Ngông Niê Kdăm', nameOrder: 'familyLast' });
    expect(row(m.id)).toMatchObject({ full_name: 'Y Ngông Niê Kdăm', name_order: 'familyLast' });
    const audit = env.raw.sqlite.prepare("SELECT old_values, new_values FROM audit_log WHERE action = 'member.update' AND entity_id = ?").get(m.id) as { old_values: string; new_values: string };
    expect(JSON.parse(audit.old_values)).toEqual({ nameOrder: 'familyFirst', fullName: 'Niê Kdăm Y Ngông' });
    expect(JSON.parse(audit.new_values)).toEqual({ nameOrder: 'familyLast', fullName: 'Y Ngông Niê Kdăm' });
    expect(await names('kdam')).toEqual(['Y Ngông Niê Kdăm']);

    // A card sent without the order (a caller that does not know the field) keeps the stored one.
    const { nameOrder: _omitted, ...withoutOrder } = input;
    const kept = await t.must('member:update', { ...withoutOrder, id: m.id, phone: '0912345678' });
    expect(kept).toMatchObject({ fullName: 'Y Ngông Niê Kdăm', nameOrder: 'familyLast', phone: '0912345678' });

    // Back to family first.
    const back = await t.must('member:update', { ...input, id: m.id, nameOrder: 'familyFirst', phone: '0912345678' });
    expect(back.fullName).toBe('Niê Kdăm Y Ngông');
    expect(row(m.id)).toMatchObject({ full_name: 'Niê Kdăm Y Ngông', name_order: 'familyFirst' });
  });

  it('refuses an unknown order with a Vietnamese field message, writing nothing', async () => {
    const { t, tree } = env;
    const m = await t.must('member:create', memberInput(tree.cell, NGONG));
    const before = snapshot();
    const bad = 'givenFirst' as unknown as NameOrder;

    const created = await t.call('member:create', memberInput(tree.cell, { ...NGONG, nameOrder: bad }));
    expect(created.ok).toBe(false);
    if (created.ok) return;
    expect(created.error.code).toBe('BAD_INPUT');
    expect(created.error.fields).toEqual({ nameOrder: 'Chọn thứ tự họ tên: họ trước hoặc họ sau' });

    const updated = await t.call('member:update', { ...memberInput(tree.cell, NGONG), citizenId: m.citizenId, id: m.id, nameOrder: bad });
    expect(updated.ok).toBe(false);
    if (updated.ok) return;
    expect(updated.error.fields).toEqual({ nameOrder: 'Chọn thứ tự họ tên: họ trước hoặc họ sau' });
    expect(snapshot()).toEqual(before);
  });

  it('admits people of one decision in their own name order', async () => {
    const { t, tree } = env;
    const person = (i: number) => ({
      middleName: '',
      sex: 'F' as const,
      birthDate: `199${i}-04-10`,
      citizenId: `06619900000${i}`,
      ethnicCode: '1',
      religionCode: 'NONE',
    });
    const result = await t.must('member:admitMany', {
      organisationId: tree.cell,
      admissionDate: '2026-09-02',
      decision: { number: '125-QĐ/ĐU', date: '2026-08-25', body: null, signer: null },
      people: [
        { ...person(1), familyName: 'Êban', givenName: "H'Nghia", nameOrder: 'familyLast' },
        { ...person(2), familyName: 'Ksor', givenName: 'Ní' },
      ],
    });
    expect(result.members.map((m) => m.fullName)).toEqual(["H'Nghia Êban", 'Ksor Ní']);
    const [nghia, ni] = result.members;
    expect(row(nghia?.id ?? 0)).toMatchObject({ full_name: "H'Nghia Êban", name_order: 'familyLast' });
    expect(row(ni?.id ?? 0)).toMatchObject({ full_name: 'Ksor Ní', name_order: 'familyFirst' });

    // A refused row is named in its own order.
    const refused = await t.call('member:admitMany', {
      organisationId: tree.cell,
      admissionDate: '2026-09-02',
      decision: { number: '126-QĐ/ĐU', date: '2026-08-25', body: null, signer: null },
      people: [{ ...person(3), familyName: 'Niê Kdăm', middleName: 'H', givenName: 'Mai', nameOrder: 'familyLast', birthDate: '2020-01-01' }],
    });
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.error.message).toMatch(/^Dòng 1 \(H Mai Niê Kdăm\):/);
  });
});
