import { sql, type Kysely } from 'kysely';

/** Frozen: the first schema. Never edit; add a migration instead. */
export async function up(db: Kysely<any>): Promise<void> {
  const statements = [
    `CREATE TABLE app_user (
      id INTEGER PRIMARY KEY,
      username TEXT NOT NULL UNIQUE,
      display_name TEXT NOT NULL,
      role TEXT NOT NULL CHECK (role IN ('viewer', 'clerk', 'admin')),
      password_hash TEXT,
      created_at TEXT NOT NULL
    )`,
    `CREATE TABLE app_setting (key TEXT PRIMARY KEY, value TEXT NOT NULL)`,
    `CREATE TABLE organisation (
      id INTEGER PRIMARY KEY,
      parent_id INTEGER REFERENCES organisation(id),
      path TEXT NOT NULL UNIQUE,
      depth INTEGER NOT NULL,
      code TEXT UNIQUE,
      name TEXT NOT NULL,
      short_name TEXT,
      search_text TEXT NOT NULL,
      type_code TEXT NOT NULL REFERENCES cat_organisation_types(code),
      unit_type_code TEXT REFERENCES cat_unit_types(code),
      display_order INTEGER NOT NULL DEFAULT 0,
      effective_from TEXT NOT NULL,
      effective_to TEXT,
      successor_id INTEGER REFERENCES organisation(id),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    )`,
    `CREATE INDEX organisation_parent ON organisation(parent_id, display_order)`,
    `CREATE TABLE organisation_history (
      id INTEGER PRIMARY KEY,
      organisation_id INTEGER NOT NULL REFERENCES organisation(id),
      kind TEXT NOT NULL CHECK (kind IN ('CREATE', 'RENAME', 'MOVE', 'DISSOLVE', 'MERGE_OUT', 'MERGE_IN')),
      effective_date TEXT NOT NULL,
      old_name TEXT,
      new_name TEXT,
      other_organisation_id INTEGER REFERENCES organisation(id),
      decision_no TEXT,
      note TEXT,
      created_at TEXT NOT NULL
    )`,
    `CREATE INDEX organisation_history_org ON organisation_history(organisation_id, effective_date)`,
    `CREATE TABLE member (
      id INTEGER PRIMARY KEY,
      family_name TEXT NOT NULL,
      middle_name TEXT NOT NULL DEFAULT '',
      given_name TEXT NOT NULL,
      full_name TEXT NOT NULL,
      other_names TEXT,
      search_head TEXT NOT NULL,
      search_rest TEXT NOT NULL,
      sort_key TEXT NOT NULL,
      sex TEXT NOT NULL CHECK (sex IN ('M', 'F')),
      birth_date TEXT NOT NULL,
      birth_place TEXT,
      home_town TEXT,
      residence TEXT,
      temporary_residence TEXT,
      ethnic_code TEXT REFERENCES cat_ethnic_groups(code),
      religion_code TEXT REFERENCES cat_religions(code),
      citizen_id TEXT CHECK (citizen_id IS NULL OR (length(citizen_id) = 12 AND citizen_id NOT GLOB '*[^0-9]*')),
      card_no TEXT CHECK (card_no IS NULL OR (length(card_no) = 12 AND card_no NOT GLOB '*[^0-9]*')),
      record_no TEXT,
      organisation_id INTEGER NOT NULL REFERENCES organisation(id),
      org_path TEXT NOT NULL,
      admission_date TEXT NOT NULL,
      admission_decision_date TEXT,
      full_member_date TEXT,
      general_education TEXT,
      professional_code TEXT,
      political_theory_code TEXT,
      occupation_code TEXT REFERENCES cat_occupations(code),
      phone TEXT,
      notes TEXT,
      membership TEXT NOT NULL CHECK (membership IN ('probationary', 'full')),
      on_list INTEGER NOT NULL CHECK (on_list IN (0, 1)),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    )`,
    `CREATE UNIQUE INDEX member_citizen_id ON member(citizen_id) WHERE citizen_id IS NOT NULL`,
    `CREATE INDEX member_card_no ON member(card_no) WHERE card_no IS NOT NULL`,
    `CREATE INDEX member_record_no ON member(record_no) WHERE record_no IS NOT NULL`,
    `CREATE INDEX member_organisation ON member(organisation_id, on_list)`,
    // Official order over the whole province; path and search words ride along so subtree and
    // broad-search filters are checked on the index without a table lookup.
    `CREATE INDEX member_list_sorted ON member(sort_key, org_path, search_head, search_rest) WHERE on_list = 1`,
    // A subtree's members (small subtrees: a range on the path, then sort).
    `CREATE INDEX member_list_subtree ON member(org_path, sort_key, search_head, search_rest) WHERE on_list = 1`,
    `CREATE INDEX member_list_birth ON member(birth_date, org_path) WHERE on_list = 1`,
    `CREATE INDEX member_list_admission ON member(admission_date, org_path) WHERE on_list = 1`,
    // Folded name words (lowercase, no marks, đ→d) computed by the app: the given name's first word
    // apart from the rest, so a search can tell where in the official order its matches lie.
    `CREATE VIRTUAL TABLE member_fts USING fts5(search_head, search_rest, content='member', content_rowid='id', tokenize='unicode61', prefix='1 2 3 4 5 6 7')`,
    `CREATE TRIGGER member_fts_insert AFTER INSERT ON member BEGIN
      INSERT INTO member_fts(rowid, search_head, search_rest) VALUES (new.id, new.search_head, new.search_rest);
    END`,
    `CREATE TRIGGER member_fts_delete AFTER DELETE ON member BEGIN
      INSERT INTO member_fts(member_fts, rowid, search_head, search_rest) VALUES ('delete', old.id, old.search_head, old.search_rest);
    END`,
    `CREATE TRIGGER member_fts_update AFTER UPDATE OF search_head, search_rest ON member BEGIN
      INSERT INTO member_fts(member_fts, rowid, search_head, search_rest) VALUES ('delete', old.id, old.search_head, old.search_rest);
      INSERT INTO member_fts(rowid, search_head, search_rest) VALUES (new.id, new.search_head, new.search_rest);
    END`,
    `CREATE TABLE member_event (
      id INTEGER PRIMARY KEY,
      member_id INTEGER NOT NULL REFERENCES member(id),
      type_code TEXT NOT NULL REFERENCES cat_member_events(code),
      event_date TEXT NOT NULL,
      decision_no TEXT,
      decision_date TEXT,
      decision_body TEXT,
      decision_signer TEXT,
      org_from_id INTEGER REFERENCES organisation(id),
      org_to_id INTEGER REFERENCES organisation(id),
      note TEXT,
      cancelled INTEGER NOT NULL DEFAULT 0 CHECK (cancelled IN (0, 1)),
      created_at TEXT NOT NULL
    )`,
    `CREATE INDEX member_event_member ON member_event(member_id, event_date)`,
    `CREATE INDEX member_event_type ON member_event(type_code, event_date)`,
    `CREATE TABLE audit_log (
      id INTEGER PRIMARY KEY,
      at TEXT NOT NULL,
      user_id INTEGER NOT NULL REFERENCES app_user(id),
      action TEXT NOT NULL,
      entity TEXT NOT NULL,
      entity_id INTEGER,
      old_values TEXT,
      new_values TEXT,
      prev_hash TEXT NOT NULL,
      hash TEXT NOT NULL
    )`,
    `CREATE INDEX audit_log_entity ON audit_log(entity, entity_id)`,
    // The audit log is append-only: the app never updates or deletes it.
    `CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END`,
    `CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END`,
    `INSERT INTO app_user (id, username, display_name, role, password_hash, created_at)
      VALUES (1, 'admin', 'Quản trị viên', 'admin', NULL, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`,
  ];
  for (const statement of statements) await sql.raw(statement).execute(db);
}
