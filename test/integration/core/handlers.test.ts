import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openConnection, type Connection, type Sqlite } from '../../../db/connection.ts';
import { DB_FILE } from '../../../electron/core/compose.ts';
import { makeTree, memberInput } from '../../support/builders/index.ts';
import { openTestCore, type TestCore } from '../../support/core.ts';

let t: TestCore;
let raw: Connection;
let tree: Awaited<ReturnType<typeof makeTree>>;

function counts() {
  return raw.sqlite.prepare('SELECT (SELECT count(*) FROM member) AS members, (SELECT count(*) FROM member_event) AS events, (SELECT count(*) FROM audit_log) AS audit, (SELECT count(*) FROM organisation) AS orgs').get();
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

describe('handler layer', () => {
  it.each([
    ['a string instead of an object', 'nguyen'],
    ['a missing given name', { ...memberInput(1), givenName: undefined }],
    ['a number where text belongs', { ...memberInput(1), familyName: 42 }],
    ['an impossible date', { ...memberInput(1), birthDate: '1990-02-31' }],
    ['an 11-digit citizen ID', { ...memberInput(1), citizenId: '12345678901' }],
    ['a negative organisation id', { ...memberInput(1), organisationId: -3 }],
    ['null', null],
  ])('refuses %s with BAD_INPUT and changes nothing', async (_label, payload) => {
    const before = counts();
    const r = await t.core.dispatch('member:create', payload, t.core.defaultContext('ipc'));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('BAD_INPUT');
      expect(r.error.message).toMatch(/^Dữ liệu chưa hợp lệ/);
    }
    expect(counts()).toEqual(before);
  });

  it('names the field in a Vietnamese message', async () => {
    const r = await t.core.dispatch('member:create', { ...memberInput(tree.cell), citizenId: '12345' }, t.core.defaultContext('ipc'));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.fields?.citizenId).toBe('Số CCCD phải gồm đúng 12 chữ số');
  });

  it('refuses an unknown method', async () => {
    const r = await t.core.dispatch('member:drop', {}, t.core.defaultContext('ipc'));
    expect(r).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
  });

  it('refuses a write by a viewer, and lets the viewer read', async () => {
    const viewer = { user: { id: 1, username: 'admin', role: 'viewer' as const }, via: 'ipc' as const };
    const before = counts();
    const w = await t.call('member:create', memberInput(tree.cell), viewer);
    expect(w).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(counts()).toEqual(before);
    const r = await t.call('member:list', { organisationId: null }, viewer);
    expect(r.ok).toBe(true);
  });

  it('refuses a duplicate citizen ID with the existing member’s name, changing nothing', async () => {
    await t.must('member:create', memberInput(tree.cell, { citizenId: '001085012345', familyName: 'Trần', middleName: 'Thị', givenName: 'Hoa' }));
    const before = counts();
    const r = await t.call('member:create', memberInput(tree.cell, { citizenId: '001 085 012 345' }));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('CONFLICT');
      expect(r.error.message).toContain('Trần Thị Hoa');
      expect(r.error.fields?.citizenId).toContain('Trần Thị Hoa');
    }
    expect(counts()).toEqual(before);
  });

  it('fails a save whole when the disk is full, then keeps working', async () => {
    t.close();
    let sqlite: Sqlite | null = null;
    t = await openTestCore({ tune: (s) => (sqlite = s) });
    tree = await makeTree(t);
    const app = sqlite as Sqlite | null;
    if (!app) throw new Error('connection not captured');
    // A full disk, as SQLite sees it: the file may not grow past its current size.
    app.pragma(`max_page_count = ${Number(app.pragma('page_count', { simple: true }))}`);
    const notes = 'Ghi chú dài. '.repeat(300);
    let result = await t.call('member:create', memberInput(tree.cell, { notes }));
    let before = counts();
    for (let i = 0; i < 200 && result.ok; i += 1) {
      before = counts();
      result = await t.call('member:create', memberInput(tree.cell, { notes }));
    }
    expect(result).toMatchObject({ ok: false, error: { code: 'DISK_FULL' } });
    if (!result.ok) expect(result.error.message).toMatch(/Ổ đĩa đã đầy/);
    expect(counts()).toEqual(before);
    app.pragma('max_page_count = 1073741823');
    const again = await t.call('member:create', memberInput(tree.cell));
    expect(again.ok).toBe(true);
  });
});
