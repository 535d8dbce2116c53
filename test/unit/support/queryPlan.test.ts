import { Kysely, SqliteDialect } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openConnection, type Connection } from '../../../db/connection.ts';
import { captureQueries, expectNoFullScan, explain, fullScans, hotTables, plansOf, recordQueries, tablesOf } from '../../support/queryPlan.ts';

interface Db {
  member: { id: number; organisation_id: number; full_name: string };
  cat_thing: { code: string };
}

let conn: Connection;
beforeEach(() => {
  conn = openConnection(':memory:');
  conn.sqlite.exec(`CREATE TABLE member (id INTEGER PRIMARY KEY, organisation_id INTEGER NOT NULL, full_name TEXT NOT NULL);
    CREATE INDEX member_org ON member (organisation_id);
    CREATE TABLE cat_thing (code TEXT PRIMARY KEY);
    INSERT INTO member (organisation_id, full_name) VALUES (1, 'An'), (2, 'Bình');`);
  recordQueries(conn.sqlite);
});
afterEach(() => conn.close());

describe('the query-plan helper', () => {
  it('captures what Kysely runs (through the statement cache) and raw prepared statements, with their parameters', async () => {
    const db = new Kysely<Db>({ dialect: new SqliteDialect({ database: conn.sqlite }) });
    const queries = await captureQueries(conn.sqlite, async () => {
      await conn.db.selectFrom('member as m').select('m.id').where('m.organisation_id', '=', 2).execute();
      await conn.db.selectFrom('member as m').select('m.id').where('m.organisation_id', '=', 1).execute(); // the cached statement again
      await db.selectFrom('member').select('id').where('id', '=', 1).executeTakeFirst();
      conn.sqlite.prepare('SELECT full_name FROM member WHERE organisation_id = ?').pluck().bind(1).all();
    });
    expect(queries.map((q) => q.parameters)).toEqual([[[2]], [[1]], [[1]], [1]]);
    expect(queries[0]!.sql).toBe('select "m"."id" from "member" as "m" where "m"."organisation_id" = ?');
    expect(queries[3]!.sql).toBe('SELECT full_name FROM member WHERE organisation_id = ?');
    // Outside captureQueries nothing is kept.
    expect(await captureQueries(conn.sqlite, () => undefined)).toEqual([]);
  });

  it('flags a deliberate scan of a hot table, and passes the same query through an index', async () => {
    const scan = await plansOf(conn.sqlite, () => conn.db.selectFrom('member as m').select('m.id').where('m.full_name', '=', 'An').execute());
    expect(scan[0]!.text).toBe('SCAN m');
    expect(fullScans(scan, hotTables(conn.sqlite))).toEqual([{ table: 'member', detail: 'SCAN m', sql: scan[0]!.sql }]);
    expect(() => expectNoFullScan(conn.sqlite, scan)).toThrow(/SCAN m \(member\)/);
    expectNoFullScan(conn.sqlite, scan, { allow: ['member'] });

    const search = await plansOf(conn.sqlite, () => conn.db.selectFrom('member as m').select('m.id').where('m.organisation_id', '=', 1).execute());
    expect(search[0]!.text).toMatch(/SEARCH m USING (COVERING )?INDEX member_org/);
    expectNoFullScan(conn.sqlite, search);
  });

  it('ignores catalogues, counts an index walk as an index, and refuses a check of nothing', () => {
    expect([...hotTables(conn.sqlite)]).toEqual(['member']);
    const plans = explain(conn.sqlite, [
      { sql: 'SELECT code FROM cat_thing WHERE code LIKE ?', parameters: ['%a%'] },
      { sql: 'SELECT organisation_id FROM member m ORDER BY organisation_id', parameters: [] },
      { sql: 'BEGIN', parameters: [] },
    ]);
    expect(plans.map((p) => p.text)).toEqual([expect.stringMatching(/^SCAN cat_thing/), 'SCAN m USING COVERING INDEX member_org']);
    expectNoFullScan(conn.sqlite, plans);
    expect(() => expectNoFullScan(conn.sqlite, [])).toThrow(/no query was captured/);
  });

  it('reads aliases from FROM and JOIN clauses, quoted or not', () => {
    expect(Object.fromEntries(tablesOf('select 1 from "member" as "m" inner join "organisation" as "o" on o.id = m.org where 1'))).toEqual({
      member: 'member',
      m: 'member',
      organisation: 'organisation',
      o: 'organisation',
    });
    expect(Object.fromEntries(tablesOf('SELECT m.id FROM organisation o JOIN member m ON m.org = o.id WHERE o.path >= ?'))).toMatchObject({ o: 'organisation', m: 'member' });
    expect(Object.fromEntries(tablesOf('SELECT id FROM member WHERE x = 1'))).toEqual({ member: 'member' });
  });
});

describe('what is not a full scan', () => {
  it('a walk of the rowid in key order stopped by a LIMIT, and the foreign-key checks of a plain INSERT', () => {
    const hot = hotTables(conn.sqlite);
    const last = explain(conn.sqlite, [{ sql: 'select "full_name" from "member" order by "id" desc limit ?', parameters: [1] }]);
    expect(last[0]!.text).toBe('SCAN member');
    expect(fullScans(last, hot)).toEqual([]);
    const sorted = explain(conn.sqlite, [{ sql: 'select "full_name" from "member" order by "full_name" limit ?', parameters: [1] }]);
    expect(fullScans(sorted, hot)).toHaveLength(1);
    expect(explain(conn.sqlite, [{ sql: 'insert into member (organisation_id, full_name) values (?, ?)', parameters: [1, 'C'] }])).toEqual([]);
    expect(explain(conn.sqlite, [{ sql: 'insert into member (organisation_id, full_name) select organisation_id, full_name from member where full_name = ?', parameters: ['An'] }])).toHaveLength(1);
  });
});
