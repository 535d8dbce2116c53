import { describe, expect, it } from 'vitest';
import { memberInput } from '../../support/builders/index.ts';
import { eachTestWithTree, type TreeCore } from '../../support/treeCore.ts';

let env!: TreeCore;
eachTestWithTree((e) => {
  env = e;
});

/**
 * Records which member columns each UPDATE names in SET (one trigger per column, written through the
 * second connection; the core's connection sees them at its next statement). SQLite rewrites an
 * index entry for every indexed column named in SET, changed or not, and member_fts_update fires
 * whenever a search column is named: a save should name only what it changes.
 */
function watchMemberColumns(): () => string[] {
  const sqlite = env.raw.sqlite;
  const columns = (sqlite.prepare('PRAGMA table_info(member)').all() as { name: string }[]).map((c) => c.name);
  sqlite.exec('CREATE TABLE test_touched (col TEXT NOT NULL)');
  for (const c of columns) sqlite.exec(`CREATE TRIGGER test_watch_${c} AFTER UPDATE OF ${c} ON member BEGIN INSERT INTO test_touched VALUES ('${c}'); END`);
  return () => {
    const touched = (sqlite.prepare('SELECT DISTINCT col FROM test_touched ORDER BY col').all() as { col: string }[]).map((r) => r.col);
    sqlite.exec('DELETE FROM test_touched');
    return touched;
  };
}

const later = (minutes: number) => new Date(env.t.clock.now.getTime() + minutes * 60_000);

describe('saving a record card writes only what changed', () => {
  it('a new phone number names only phone and updated_at: no index entry, no full-text entry, no status column', async () => {
    const { t, tree } = env;
    const input = memberInput(tree.cell, { givenName: 'Một', cardNo: '123456789012', recordNo: '0101' });
    const m = await t.must('member:create', input);
    const touched = watchMemberColumns();
    t.clock.now = later(5);

    const saved = await t.must('member:update', { ...input, id: m.id, phone: '0912345678' });
    expect(touched()).toEqual(['phone', 'updated_at']);
    expect(saved).toMatchObject({ phone: '0912345678', fullName: 'Nguyễn Văn Một', membership: 'full', onList: true, updatedAt: t.clock.now.toISOString() });
    const row = env.raw.sqlite.prepare('SELECT * FROM member WHERE id = ?').get(m.id) as Record<string, unknown>;
    expect(row).toMatchObject({ phone: '0912345678', updated_at: t.clock.now.toISOString(), search_head: 'mot', card_no: '123456789012', record_no: '0101' });
    // Still found by name and by each identifier.
    for (const q of ['nguyen mot', '123456789012', '0101', input.citizenId as string]) {
      expect((await t.must('member:list', { q })).rows.map((r) => r.id), q).toEqual([m.id]);
    }
    // The audit entry names the one change, as before.
    const audit = env.raw.sqlite.prepare("SELECT old_values, new_values FROM audit_log WHERE action = 'member.update' ORDER BY id DESC").get() as { old_values: string; new_values: string };
    expect(JSON.parse(audit.old_values)).toEqual({ phone: null });
    expect(JSON.parse(audit.new_values)).toEqual({ phone: '0912345678' });
  });

  it('a new given name rewrites the name columns, sort key and full-text entry: found by the new name only', async () => {
    const { t, tree } = env;
    const input = memberInput(tree.cell, { givenName: 'Một' });
    const m = await t.must('member:create', input);
    const touched = watchMemberColumns();
    t.clock.now = later(5);

    await t.must('member:update', { ...input, id: m.id, givenName: 'Hai' });
    expect(touched()).toEqual(['full_name', 'given_name', 'search_head', 'sort_key', 'updated_at']);
    expect((await t.must('member:list', { q: 'nguyen hai' })).rows.map((r) => r.id)).toEqual([m.id]);
    expect((await t.must('member:list', { q: 'mot' })).rows).toEqual([]);
  });

  it('a card whose status changes writes the changed status columns; a card saved unchanged only its time', async () => {
    const { t, tree } = env;
    const input = memberInput(tree.cell, { admissionDate: '2024-03-02', admissionDecisionDate: '2024-02-20', fullMemberDate: '2025-03-02' });
    const m = await t.must('member:create', input);
    const touched = watchMemberColumns();
    t.clock.now = later(5);

    const probationary = await t.must('member:update', { ...input, id: m.id, fullMemberDate: null });
    expect(probationary.membership).toBe('probationary');
    expect(touched()).toEqual(['full_member_date', 'membership', 'updated_at']);
    expect((await t.must('member:list', { membership: 'probationary' })).rows.map((r) => r.id)).toEqual([m.id]);

    t.clock.now = later(10);
    await t.must('member:update', { ...input, id: m.id, fullMemberDate: null });
    expect(touched()).toEqual(['updated_at']);
    const row = env.raw.sqlite.prepare('SELECT membership, on_list, full_member_date, updated_at FROM member WHERE id = ?').get(m.id);
    expect(row).toEqual({ membership: 'probationary', on_list: 1, full_member_date: null, updated_at: t.clock.now.toISOString() });
  });

  it('an event writes only the status columns it changes', async () => {
    const { t, tree } = env;
    const m = await t.must('member:create', memberInput(tree.cell));
    const touched = watchMemberColumns();
    await t.must('event:record', { memberIds: [m.id], typeCode: 'CARD_ISSUE', eventDate: '1992-01-01' });
    expect(touched()).toEqual([]);
    await t.must('event:record', { memberIds: [m.id], typeCode: 'TEMP_OUT', eventDate: '2026-03-01' });
    expect(touched()).toEqual(['temporarily_away']);
    expect((await t.must('member:get', { id: m.id })).temporarilyAway).toBe(true);
  });
});
