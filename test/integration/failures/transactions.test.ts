import BetterSqlite3 from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { openConnection, type Connection } from '../../../db/connection.ts';

let dir: string;
let conn: Connection | null = null;
let other: BetterSqlite3.Database | null = null;
afterEach(() => {
  other?.close();
  other = null;
  conn?.close();
  conn = null;
  rmSync(dir, { recursive: true, force: true });
});

function open(): Connection {
  dir = mkdtempSync(join(tmpdir(), 'sotochuc-trx-'));
  conn = openConnection(join(dir, 'x.db'));
  conn.sqlite.exec('CREATE TABLE t (v TEXT)');
  return conn;
}

describe('transactions on a real file', () => {
  it('when SQLite has already rolled the transaction back itself, its own error reaches the caller, not the failing ROLLBACK', async () => {
    const c = open();
    // RAISE(ROLLBACK) makes SQLite end the whole transaction itself, as it does on SQLITE_FULL while
    // writing the WAL; Kysely then issues ROLLBACK, which fails with "no transaction is active".
    c.sqlite.exec(`CREATE TRIGGER refuse BEFORE INSERT ON t WHEN NEW.v = 'full' BEGIN SELECT RAISE(ROLLBACK, 'simulated'); END`);
    const error = await c.db
      .transaction()
      .execute(async (trx) => {
        await sql`INSERT INTO t (v) VALUES ('kept out')`.execute(trx);
        await sql`INSERT INTO t (v) VALUES ('full')`.execute(trx);
      })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'SQLITE_CONSTRAINT_TRIGGER' });
    expect(c.sqlite.inTransaction).toBe(false);
    expect(c.sqlite.prepare('SELECT count(*) AS n FROM t').get()).toEqual({ n: 0 });
    await c.db.transaction().execute((trx) => sql`INSERT INTO t (v) VALUES ('again')`.execute(trx));
    expect(c.sqlite.prepare('SELECT count(*) AS n FROM t').get()).toEqual({ n: 1 });
  });

  it('a failing statement inside a transaction still rolls back what the transaction wrote', async () => {
    const c = open();
    const error = await c.db
      .transaction()
      .execute(async (trx) => {
        await sql`INSERT INTO t (v) VALUES ('x')`.execute(trx);
        await sql`INSERT INTO nowhere (v) VALUES ('x')`.execute(trx);
      })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'SQLITE_ERROR' });
    expect(c.sqlite.prepare('SELECT count(*) AS n FROM t').get()).toEqual({ n: 0 });
  });

  it('a write transaction takes the write lock at BEGIN (IMMEDIATE), so a second writer waits instead of failing half-way', async () => {
    const c = open();
    other = new BetterSqlite3(join(dir, 'x.db'));
    other.pragma('busy_timeout = 0');
    let otherWrite: unknown = null;
    await c.db.transaction().execute(async (trx) => {
      // Only a read so far: a deferred BEGIN would not hold the write lock yet.
      await sql`SELECT count(*) FROM t`.execute(trx);
      try {
        other?.prepare(`INSERT INTO t (v) VALUES ('other')`).run();
      } catch (error) {
        otherWrite = error;
      }
      await sql`INSERT INTO t (v) VALUES ('mine')`.execute(trx);
    });
    expect(otherWrite).toMatchObject({ code: 'SQLITE_BUSY' });
    expect(c.sqlite.prepare('SELECT v FROM t').all()).toEqual([{ v: 'mine' }]);
  });

  it('a read-only connection still begins plain (deferred) transactions', async () => {
    open();
    const ro = openConnection(join(dir, 'x.db'), { readonly: true });
    try {
      const rows = await ro.db.transaction().execute((trx) => sql<{ n: number }>`SELECT count(*) AS n FROM t`.execute(trx));
      expect(rows.rows).toEqual([{ n: 0 }]);
    } finally {
      ro.close();
    }
  });
});
