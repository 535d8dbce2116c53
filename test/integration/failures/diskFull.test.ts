import { rmSync, statfsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openConnection, type Connection } from '../../../db/connection.ts';
import { CoreOpenError, DB_FILE } from '../../../electron/core/compose.ts';
import { environmentFailure } from '../../../electron/core/openErrors.ts';
import { makeTree, memberInput } from '../../support/builders/index.ts';
import { openTestCore, type TestCore } from '../../support/core.ts';
import { canMount, mountSmallDisk, type SmallDisk } from '../../support/smallDisk.ts';

let disk: SmallDisk | null = null;
let t: TestCore | null = null;
let raw: Connection | null = null;
afterEach(() => {
  raw?.close();
  raw = null;
  t?.close();
  t = null;
  disk?.unmount();
  disk = null;
});

/** Fills the file system with a ballast file, leaving about `leave` bytes free. */
function fill(dir: string, leave: number): string {
  const ballast = join(dir, 'ballast.bin');
  const stats = statfsSync(dir);
  const free = Number(stats.bavail) * Number(stats.bsize);
  writeFileSync(ballast, Buffer.alloc(Math.max(0, free - leave)));
  return ballast;
}

const count = (c: Connection) => c.sqlite.prepare('SELECT (SELECT count(*) FROM member) AS members, (SELECT count(*) FROM audit_log) AS audit').get();

describe('a full disk', () => {
  it('without a real disk to fill: SQLITE_FULL, as SQLite raises it, is taken for a full disk at open too', () => {
    // Runs everywhere (the tmpfs tests below need root): max_page_count makes SQLite answer a write
    // that would grow the file with the very error a full disk gives (SQLITE_FULL).
    raw = openConnection(':memory:');
    raw.sqlite.exec('CREATE TABLE t (v TEXT)');
    raw.sqlite.pragma(`max_page_count = ${Number(raw.sqlite.pragma('page_count', { simple: true }))}`);
    let error: unknown = null;
    try {
      raw.sqlite.prepare('INSERT INTO t (v) VALUES (?)').run('x'.repeat(100_000));
    } catch (e) {
      error = e;
    }
    expect(error).toMatchObject({ code: 'SQLITE_FULL' });
    expect(environmentFailure(error, tmpdir())).toBe('DISK_FULL');
    expect(environmentFailure(new Error('other', { cause: error }), tmpdir())).toBe('DISK_FULL');
  });

  const mounted = canMount();
  it.runIf(mounted)('a save that does not fit says the disk is full, keeps the old data, and works again once space is freed (real tmpfs)', async () => {
    disk = mountSmallDisk(24 * 1024 * 1024);
    if (!disk) throw new Error('mount failed');
    t = await openTestCore({ dir: disk.dir });
    const tree = await makeTree(t);
    raw = openConnection(join(disk.dir, DB_FILE), { readonly: true });
    const ballast = fill(disk.dir, 200 * 1024);
    const notes = 'Ghi chú dài về quá trình công tác. '.repeat(100);
    let before = count(raw);
    let result = await t.call('member:create', memberInput(tree.cell, { notes }));
    for (let i = 0; i < 500 && result.ok; i += 1) {
      before = count(raw);
      result = await t.call('member:create', memberInput(tree.cell, { notes }));
    }
    expect(result).toMatchObject({ ok: false, error: { code: 'DISK_FULL' } });
    if (!result.ok) expect(result.error.message).toMatch(/Ổ đĩa đã đầy/);
    expect(count(raw)).toEqual(before);
    rmSync(ballast);
    const again = await t.call('member:create', memberInput(tree.cell));
    expect(again.ok).toBe(true);
  });

  it.runIf(mounted)('opening on a disk that is still full says the disk is full, not that the file is damaged (real tmpfs)', async () => {
    disk = mountSmallDisk(24 * 1024 * 1024);
    if (!disk) throw new Error('mount failed');
    t = await openTestCore({ dir: disk.dir });
    await makeTree(t);
    t.close();
    t = null;
    fill(disk.dir, 0);
    const error = await openTestCore({ dir: disk.dir }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CoreOpenError);
    expect((error as CoreOpenError).kind).toBe('DISK_FULL');
    expect((error as CoreOpenError).message).toMatch(/Ổ đĩa .*đầy/);
    expect((error as CoreOpenError).message).toMatch(/không bị hỏng/);
    expect((error as CoreOpenError).latestBackup).toBeNull();
  });
});
