import BetterSqlite3 from 'better-sqlite3';
import { closeSync, openSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { failureOf } from '../../../electron/core/dispatch.ts';
import { CoreOpenError, DB_FILE } from '../../../electron/core/compose.ts';
import { makeTree, memberInput } from '../../support/builders/index.ts';
import { openTestCore, PINNED_NOW, type TestCore } from '../../support/core.ts';

let t: TestCore | null = null;
afterEach(() => {
  t?.close();
  t = null;
});

/** Overwrites the root pages of the member table and its indexes with garbage, in the file itself. */
function damageMemberPages(file: string): void {
  const reader = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
  const pageSize = Number(reader.pragma('page_size', { simple: true }));
  const pages = reader.prepare(`SELECT rootpage FROM sqlite_master WHERE tbl_name = 'member' AND rootpage > 1`).pluck().all() as number[];
  reader.close();
  expect(pages.length).toBeGreaterThan(0);
  const fd = openSync(file, 'r+');
  try {
    for (const page of pages) writeSync(fd, Buffer.alloc(pageSize, 0xab), 0, pageSize, (page - 1) * pageSize);
  } finally {
    closeSync(fd);
  }
}

describe('damage met at run time', () => {
  it('a read that meets a damaged page says the file is damaged, offers the latest backup, and the next start runs the full check', async () => {
    const first = await openTestCore();
    t = first;
    const tree = await makeTree(first);
    for (let i = 0; i < 30; i += 1) await first.must('member:create', memberInput(tree.cell));
    const backup = await first.must('system:backup', {});
    const dir = first.dir;
    first.core.close(); // a clean close: the WAL is checkpointed into the file, the session marked closed
    // The same day, after a clean session: this start skips the full check.
    t = await openTestCore({ dir, now: PINNED_NOW });
    damageMemberPages(join(dir, DB_FILE));

    const list = await t.call('member:list', { organisationId: null });
    expect(list).toMatchObject({ ok: false, error: { code: 'CORRUPT' } });
    if (!list.ok) {
      expect(list.error.message).toMatch(/Tệp dữ liệu bị hỏng/);
      expect(list.error.message).toContain(backup.file);
    }

    t.core.close();
    const error = await openTestCore({ dir, now: PINNED_NOW }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CoreOpenError);
    expect((error as CoreOpenError).kind).toBe('CORRUPT');
    t = null;
    rmSync(dir, { recursive: true, force: true });
  });

  it('SQLITE_NOTADB is damage too, said without quoting the cause', () => {
    const r = failureOf(Object.assign(new Error('file is not a database: tên người'), { code: 'SQLITE_NOTADB' }), () => null);
    expect(r).toMatchObject({ ok: false, error: { code: 'CORRUPT' } });
    if (!r.ok) {
      expect(r.error.message).not.toContain('tên người');
      expect(r.error.message).toMatch(/Không tìm thấy bản sao lưu/);
    }
  });
});
