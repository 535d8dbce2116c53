import { describe, expect, it } from 'vitest';
import { openConnection } from '../../../db/connection.ts';
import { migrate } from '../../../db/migrate.ts';

describe('migration 0002 (member file)', () => {
  it('fills the party-age anchor of existing members from their admission dates, completing partial dates', async () => {
    const conn = openConnection(':memory:');
    await migrate(conn.db, '0001_initial');
    conn.sqlite.exec(`
      INSERT INTO organisation (id, parent_id, path, depth, name, search_text, type_code, display_order, effective_from, created_at, updated_at)
        VALUES (1, NULL, '/1/', 0, 'Chi bộ', 'chi bo', 'GRASSROOTS_CELL', 1, '2025-07-01', 'x', 'x');
      INSERT INTO member (id, family_name, given_name, full_name, search_head, search_rest, sort_key, sex, birth_date, organisation_id, org_path,
          admission_date, admission_decision_date, membership, on_list, created_at, updated_at)
        VALUES (1, 'Lê', 'An', 'Lê An', 'an', 'le', 'k1', 'M', '1950', 1, '/1/', '1975-05-19', '1975-05-10', 'full', 1, 'x', 'x'),
               (2, 'Lê', 'Ba', 'Lê Ba', 'ba', 'le', 'k2', 'M', '1950', 1, '/1/', '1976', NULL, 'full', 1, 'x', 'x'),
               (3, 'Lê', 'Tư', 'Lê Tư', 'tu', 'le', 'k3', 'M', '1950', 1, '/1/', '1977-08', NULL, 'full', 1, 'x', 'x');
    `);
    await migrate(conn.db);
    const rows = conn.sqlite.prepare('SELECT id, party_age_anchor, exempted, suspended, temporarily_away, gravely_ill FROM member ORDER BY id').all();
    expect(rows).toEqual([
      { id: 1, party_age_anchor: '1975-05-10', exempted: 0, suspended: 0, temporarily_away: 0, gravely_ill: 0 },
      { id: 2, party_age_anchor: '1976-01-01', exempted: 0, suspended: 0, temporarily_away: 0, gravely_ill: 0 },
      { id: 3, party_age_anchor: '1977-08-01', exempted: 0, suspended: 0, temporarily_away: 0, gravely_ill: 0 },
    ]);
    conn.close();
  });
});
