import { describe, expect, it } from 'vitest';
import { openConnection, type Connection } from '../../../db/connection.ts';
import { migrate } from '../../../db/migrate.ts';

/** The shape of a table as SQLite reports it (columns with type, not-null, default and key). */
const columns = (conn: Connection, table: string) => conn.sqlite.prepare(`PRAGMA table_info(${table})`).all();
const tableSql = (conn: Connection, table: string) => (conn.sqlite.prepare("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?").get(table) as { sql: string }).sql;

describe('migration 0003 (transfer gap)', () => {
  it('adds the transfer-gap mark to existing events as not marked, with the same schema as a new file', async () => {
    const conn = openConnection(':memory:');
    await migrate(conn.db, '0002_member_file');
    conn.sqlite.exec(`
      INSERT INTO organisation (id, parent_id, path, depth, name, search_text, type_code, display_order, effective_from, created_at, updated_at)
        VALUES (1, NULL, '/1/', 0, 'Chi bộ', 'chi bo', 'GRASSROOTS_CELL', 1, '2000-01-01', 'x', 'x');
      INSERT INTO member (id, family_name, given_name, full_name, search_head, search_rest, sort_key, sex, birth_date, organisation_id, org_path,
          admission_date, admission_decision_date, membership, on_list, party_age_anchor, created_at, updated_at)
        VALUES (1, 'Lê', 'An', 'Lê An', 'an', 'le', 'k1', 'M', '1950', 1, '/1/', '1975-05-19', '1975-05-10', 'full', 1, '1975-05-10', 'x', 'x');
      INSERT INTO member_event (id, member_id, type_code, event_date, decision_date, org_from_id, org_to_id, cancelled, created_at)
        VALUES (1, 1, 'ADMIT', '1975-05-19', '1975-05-10', NULL, 1, 0, 'x'),
               (2, 1, 'TRANSFER_OUT_PROVINCE', '1990-01-02', '1989-12-01', 1, NULL, 0, 'x'),
               (3, 1, 'TRANSFER_IN_PROVINCE', '1991-06-01', '1990-02-01', NULL, 1, 0, 'x');
    `);
    await migrate(conn.db);
    expect(conn.sqlite.prepare('SELECT id, type_code, interrupts_party_age FROM member_event ORDER BY id').all()).toEqual([
      { id: 1, type_code: 'ADMIT', interrupts_party_age: 0 },
      { id: 2, type_code: 'TRANSFER_OUT_PROVINCE', interrupts_party_age: 0 },
      { id: 3, type_code: 'TRANSFER_IN_PROVINCE', interrupts_party_age: 0 },
    ]);
    // Only 0 or 1; a row written without the column gets 0.
    expect(() => conn.sqlite.prepare('UPDATE member_event SET interrupts_party_age = 2 WHERE id = 3').run()).toThrow(/CHECK constraint failed/);
    expect(() => conn.sqlite.prepare('UPDATE member_event SET interrupts_party_age = NULL WHERE id = 3').run()).toThrow(/NOT NULL constraint failed/);
    conn.sqlite.prepare('UPDATE member_event SET interrupts_party_age = 1 WHERE id = 3').run();
    expect(conn.sqlite.prepare('SELECT interrupts_party_age AS v FROM member_event WHERE id = 3').get()).toEqual({ v: 1 });

    const fresh = openConnection(':memory:');
    await migrate(fresh.db);
    expect(columns(conn, 'member_event')).toEqual(columns(fresh, 'member_event'));
    expect(tableSql(conn, 'member_event')).toBe(tableSql(fresh, 'member_event'));
    expect(columns(fresh, 'member_event')).toContainEqual({ cid: expect.any(Number), name: 'interrupts_party_age', type: 'INTEGER', notnull: 1, dflt_value: '0', pk: 0 });
    fresh.close();
    conn.close();
  });
});
