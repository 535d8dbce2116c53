import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openConnection, type Connection } from '../../../db/connection.ts';
import { DB_FILE } from '../../../electron/core/compose.ts';
import { makeTree, memberInput } from '../../support/builders/index.ts';
import { openTestCore, type TestCore } from '../../support/core.ts';

let t: TestCore;
let raw: Connection;

beforeEach(async () => {
  t = await openTestCore();
  raw = openConnection(join(t.dir, DB_FILE));
});
afterEach(() => {
  raw.close();
  t.close();
});

describe('audit log', () => {
  it('records every write with who, what and old → new values', async () => {
    const tree = await makeTree(t);
    const m = await t.must('member:create', memberInput(tree.cell, { givenName: 'Lan', sex: 'F', middleName: 'Thị' }));
    await t.must('member:update', { ...memberInput(tree.cell, { givenName: 'Lan', sex: 'F', middleName: 'Thị', citizenId: m.citizenId }), id: m.id, phone: '0912345678' });
    const entries = await t.must('system:auditList', { entity: 'member', entityId: m.id });
    expect(entries.map((e) => e.action)).toEqual(['member.update', 'member.create']);
    const update = entries[0];
    expect(update?.username).toBe('admin');
    expect(update?.oldValues).toEqual({ phone: null });
    expect(update?.newValues).toEqual({ phone: '0912345678' });
    const orgEntries = await t.must('system:auditList', { entity: 'organisation' });
    expect(orgEntries).toHaveLength(3);
  });

  it('verifies an intact chain', async () => {
    const tree = await makeTree(t);
    await t.must('member:create', memberInput(tree.cell));
    expect(await t.must('system:auditVerify', {})).toEqual({ ok: true, entries: 4, firstBadId: null });
  });

  it('refuses edits through SQL while the append-only triggers stand', async () => {
    await makeTree(t);
    expect(() => raw.sqlite.prepare("UPDATE audit_log SET action = 'x' WHERE id = 1").run()).toThrow(/append-only/);
    expect(() => raw.sqlite.prepare('DELETE FROM audit_log WHERE id = 1').run()).toThrow(/append-only/);
  });

  it('detects a tampered row, even when the triggers were dropped first', async () => {
    const tree = await makeTree(t);
    await t.must('member:create', memberInput(tree.cell));
    raw.sqlite.exec('DROP TRIGGER audit_log_no_update');
    raw.sqlite.prepare("UPDATE audit_log SET new_values = replace(new_values, 'Nên', 'Nam') WHERE action = 'member.create'").run();
    const bad = raw.sqlite.prepare("SELECT id FROM audit_log WHERE action = 'member.create'").get() as { id: number };
    expect(await t.must('system:auditVerify', {})).toEqual({ ok: false, entries: bad.id, firstBadId: bad.id });
  });

  it('detects a deleted row', async () => {
    const tree = await makeTree(t);
    await t.must('member:create', memberInput(tree.cell));
    raw.sqlite.exec('DROP TRIGGER audit_log_no_delete');
    raw.sqlite.prepare('DELETE FROM audit_log WHERE id = 2').run();
    const result = await t.must('system:auditVerify', {});
    expect(result.ok).toBe(false);
    expect(result.firstBadId).toBe(3);
  });
});
