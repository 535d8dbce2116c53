import { describe, expect, it } from 'vitest';
import { openConnection, type Connection } from '../../../db/connection.ts';
import { migrate } from '../../../db/migrate.ts';

/** The shape of a table as SQLite reports it (columns with type, not-null, default and key). */
const columns = (conn: Connection, table: string) => conn.sqlite.prepare(`PRAGMA table_info(${table})`).all();
const tableSql = (conn: Connection, table: string) => (conn.sqlite.prepare("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?").get(table) as { sql: string }).sql;
/** Every index and trigger on the member table, as SQLite stores them. */
const memberObjects = (conn: Connection) => conn.sqlite.prepare("SELECT type, name, sql FROM sqlite_master WHERE tbl_name = 'member' AND type != 'table' ORDER BY name").all();

describe('migration 0004 (name order)', () => {
  it('gives existing members the family-first order, keeps their full names, with the same schema as a new file', async () => {
    const conn = openConnection(':memory:');
    await migrate(conn.db, '0003_transfer_gap');
    conn.sqlite.exec(`
      INSERT INTO organisation (id, parent_id, path, depth, name, search_text, type_code, display_order, effective_from, created_at, updated_at)
        VALUES (1, NULL, '/1/', 0, 'Chi bộ', 'chi bo', 'GRASSROOTS_CELL', 1, '2000-01-01', 'x', 'x');
      INSERT INTO member (id, family_name, middle_name, given_name, full_name, search_head, search_rest, sort_key, sex, birth_date, organisation_id, org_path,
          admission_date, admission_decision_date, membership, on_list, party_age_anchor, created_at, updated_at)
        VALUES (1, 'Lê', '', 'An', 'Lê An', 'an', 'le', 'k1', 'M', '1950', 1, '/1/', '1975-05-19', '1975-05-10', 'full', 1, '1975-05-10', 'x', 'x'),
               (2, 'Tôn Nữ', 'Thị', 'Hà', 'Tôn Nữ Thị Hà', 'ha', 'ton nu thi', 'k2', 'F', '1960', 1, '/1/', '1985-05-19', NULL, 'full', 1, '1985-05-19', 'x', 'x');
    `);
    await migrate(conn.db);
    expect(conn.sqlite.prepare('SELECT id, full_name, name_order FROM member ORDER BY id').all()).toEqual([
      { id: 1, full_name: 'Lê An', name_order: 'familyFirst' },
      { id: 2, full_name: 'Tôn Nữ Thị Hà', name_order: 'familyFirst' },
    ]);
    // Only the two orders; never empty.
    expect(() => conn.sqlite.prepare("UPDATE member SET name_order = 'givenFirst' WHERE id = 2").run()).toThrow(/CHECK constraint failed/);
    expect(() => conn.sqlite.prepare('UPDATE member SET name_order = NULL WHERE id = 2').run()).toThrow(/NOT NULL constraint failed/);
    conn.sqlite.prepare("UPDATE member SET name_order = 'familyLast' WHERE id = 2").run();
    expect(conn.sqlite.prepare('SELECT name_order AS v FROM member WHERE id = 2').get()).toEqual({ v: 'familyLast' });

    const fresh = openConnection(':memory:');
    await migrate(fresh.db);
    expect(columns(conn, 'member')).toEqual(columns(fresh, 'member'));
    expect(tableSql(conn, 'member')).toBe(tableSql(fresh, 'member'));
    expect(memberObjects(conn)).toEqual(memberObjects(fresh));
    expect(columns(fresh, 'member')).toContainEqual({ cid: expect.any(Number), name: 'name_order', type: 'TEXT', notnull: 1, dflt_value: "'familyFirst'", pk: 0 });
    fresh.close();
    conn.close();
  });
});
