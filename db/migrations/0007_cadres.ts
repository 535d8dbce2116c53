import { sql, type Kysely } from 'kysely';

/**
 * Frozen: cadre files and personnel decisions (issue 9).
 * - A cadre linked to a member keeps no copy of the personal data: the member row is the one copy
 *   (the personal columns here are filled only for a cadre who is not a party member).
 * - Decisions carry actions; current posts and planning entries are derived from the actions and
 *   cached per cadre (`cadre_post`, `planning_entry`), rewritten in the same transaction as any
 *   change of that cadre's actions.
 * - The repeating tables of the CV forms live in `cadre_row` (one table, `kind` + JSON data checked
 *   by shared/cadres/schemas.ts); columns are kept only for what queries filter on.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const statements = [
    // What an action type does to the file (shared/decisions/effects.ts); boards add their own types.
    `ALTER TABLE cat_action_types ADD COLUMN effect TEXT NOT NULL DEFAULT 'none'`,
    `UPDATE cat_action_types SET effect = CASE code
        WHEN 'APPOINT' THEN 'appoint' WHEN 'TRANSFER_APPOINT' THEN 'appoint'
        WHEN 'REAPPOINT' THEN 'reappoint' WHEN 'EXTEND' THEN 'extend'
        WHEN 'RECRUIT' THEN 'assign' WHEN 'TRANSFER' THEN 'assign' WHEN 'ROTATE' THEN 'assign'
        WHEN 'SECOND' THEN 'assign' WHEN 'REASSIGN' THEN 'assign'
        WHEN 'COMMITTEE_APPOINT' THEN 'committee' WHEN 'COMMITTEE_APPROVE' THEN 'committee'
        WHEN 'RELIEVE' THEN 'end' WHEN 'SUSPEND_POST' THEN 'end' WHEN 'RESIGN' THEN 'end'
        WHEN 'DISMISS_NONDISC' THEN 'end' WHEN 'DISMISS' THEN 'end'
        WHEN 'RETIRE' THEN 'retire' WHEN 'RETIRE_EARLY' THEN 'retire'
        WHEN 'PLAN_ADD' THEN 'planAdd' WHEN 'PLAN_REMOVE' THEN 'planRemove'
        ELSE 'none' END`,
    `ALTER TABLE cat_action_types ADD COLUMN active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))`,

    `CREATE TABLE cadre (
      id INTEGER PRIMARY KEY,
      member_id INTEGER UNIQUE REFERENCES member(id),
      family_name TEXT,
      middle_name TEXT,
      given_name TEXT,
      name_order TEXT CHECK (name_order IS NULL OR name_order IN ('familyFirst', 'familyLast')),
      full_name TEXT,
      other_names TEXT,
      search_text TEXT,
      sort_key TEXT,
      sex TEXT CHECK (sex IS NULL OR sex IN ('M', 'F')),
      birth_date TEXT,
      birth_place TEXT,
      home_town TEXT,
      residence TEXT,
      ethnic_code TEXT,
      religion_code TEXT,
      citizen_id TEXT UNIQUE,
      management_tier TEXT NOT NULL DEFAULT 'provincial',
      status TEXT NOT NULL DEFAULT 'working' CHECK (status IN ('working', 'retired', 'left', 'deceased')),
      general_education TEXT,
      professional_code TEXT,
      political_theory_code TEXT,
      state_management_code TEXT,
      retirement_adjust_months INTEGER NOT NULL DEFAULT 0 CHECK (retirement_adjust_months BETWEEN -60 AND 60),
      main_post TEXT,
      main_unit TEXT,
      main_org_id INTEGER REFERENCES organisation(id),
      cv TEXT NOT NULL DEFAULT '{}',
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      CHECK (member_id IS NOT NULL OR (family_name IS NOT NULL AND given_name IS NOT NULL AND full_name IS NOT NULL AND sex IS NOT NULL AND birth_date IS NOT NULL))
    )`,
    `CREATE INDEX cadre_sort ON cadre(sort_key)`,
    `CREATE TABLE cadre_photo (
      cadre_id INTEGER PRIMARY KEY REFERENCES cadre(id),
      mime TEXT NOT NULL,
      bytes BLOB NOT NULL,
      updated_at TEXT NOT NULL
    )`,
    `CREATE TABLE cadre_row (
      id INTEGER PRIMARY KEY,
      cadre_id INTEGER NOT NULL REFERENCES cadre(id),
      kind TEXT NOT NULL,
      sort_order INTEGER NOT NULL DEFAULT 0,
      year INTEGER,
      data TEXT NOT NULL
    )`,
    `CREATE INDEX cadre_row_cadre ON cadre_row(cadre_id, kind, sort_order)`,
    `CREATE INDEX cadre_row_year ON cadre_row(kind, year, cadre_id)`,
    `CREATE TABLE cadre_scan (
      id INTEGER PRIMARY KEY,
      owner TEXT NOT NULL CHECK (owner IN ('cadreRow', 'decision')),
      owner_id INTEGER NOT NULL,
      file_name TEXT NOT NULL,
      mime TEXT NOT NULL,
      bytes BLOB NOT NULL,
      created_at TEXT NOT NULL,
      UNIQUE (owner, owner_id)
    )`,
    `CREATE TABLE cadre_perusal (
      id INTEGER PRIMARY KEY,
      cadre_id INTEGER NOT NULL REFERENCES cadre(id),
      kind TEXT NOT NULL CHECK (kind IN ('view', 'borrow', 'return')),
      on_date TEXT NOT NULL,
      person TEXT NOT NULL,
      purpose TEXT,
      due_date TEXT,
      created_at TEXT NOT NULL
    )`,
    `CREATE INDEX cadre_perusal_cadre ON cadre_perusal(cadre_id, on_date)`,

    `CREATE TABLE personnel_decision (
      id INTEGER PRIMARY KEY,
      number TEXT NOT NULL,
      number_key TEXT NOT NULL,
      year INTEGER NOT NULL,
      issuing_body TEXT NOT NULL,
      issuing_body_key TEXT NOT NULL,
      issued_on TEXT NOT NULL,
      effective_on TEXT NOT NULL,
      received_on TEXT,
      signer TEXT,
      kind TEXT NOT NULL DEFAULT 'personnel' CHECK (kind IN ('personnel', 'training')),
      summary TEXT,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      UNIQUE (issuing_body_key, year, number_key)
    )`,
    `CREATE INDEX personnel_decision_date ON personnel_decision(issued_on)`,
    `CREATE TABLE personnel_action (
      id INTEGER PRIMARY KEY,
      decision_id INTEGER NOT NULL REFERENCES personnel_decision(id),
      seq INTEGER NOT NULL,
      type_code TEXT NOT NULL REFERENCES cat_action_types(code),
      cadre_id INTEGER NOT NULL REFERENCES cadre(id),
      effective_on TEXT NOT NULL,
      post_kind TEXT NOT NULL DEFAULT 'main' CHECK (post_kind IN ('main', 'concurrent', 'committee')),
      post_before TEXT,
      unit_before TEXT,
      post_after TEXT,
      unit_after TEXT,
      org_after_id INTEGER REFERENCES organisation(id),
      term_months INTEGER CHECK (term_months IS NULL OR term_months BETWEEN 1 AND 240),
      planning_cycle TEXT,
      note TEXT,
      status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'cancelled')),
      cancel_reason TEXT,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      UNIQUE (decision_id, seq)
    )`,
    `CREATE INDEX personnel_action_cadre ON personnel_action(cadre_id, effective_on)`,
    `CREATE INDEX personnel_action_type ON personnel_action(type_code, effective_on)`,

    // Derived from the actions (shared/decisions/posts.ts), rewritten with them.
    `CREATE TABLE cadre_post (
      id INTEGER PRIMARY KEY,
      cadre_id INTEGER NOT NULL REFERENCES cadre(id),
      post_kind TEXT NOT NULL,
      title TEXT NOT NULL,
      unit TEXT,
      org_id INTEGER REFERENCES organisation(id),
      since TEXT NOT NULL,
      term_end TEXT,
      notice_on TEXT,
      action_id INTEGER NOT NULL REFERENCES personnel_action(id)
    )`,
    `CREATE INDEX cadre_post_cadre ON cadre_post(cadre_id)`,
    `CREATE INDEX cadre_post_notice ON cadre_post(notice_on) WHERE notice_on IS NOT NULL`,

    `CREATE TABLE planning_cycle (
      code TEXT PRIMARY KEY,
      name TEXT NOT NULL,
      kind TEXT NOT NULL CHECK (kind IN ('party', 'state')),
      from_year INTEGER NOT NULL,
      to_year INTEGER NOT NULL
    )`,
    `INSERT INTO planning_cycle (code, name, kind, from_year, to_year) VALUES
      ('P2025', 'Nhiệm kỳ cấp ủy 2025-2030', 'party', 2025, 2030),
      ('P2030', 'Nhiệm kỳ cấp ủy 2030-2035', 'party', 2030, 2035),
      ('S2026', 'Nhiệm kỳ chính quyền 2026-2031', 'state', 2026, 2031)`,
    `CREATE TABLE planning_entry (
      id INTEGER PRIMARY KEY,
      cadre_id INTEGER NOT NULL REFERENCES cadre(id),
      cycle_code TEXT NOT NULL REFERENCES planning_cycle(code),
      post TEXT NOT NULL,
      post_key TEXT NOT NULL,
      added_on TEXT NOT NULL,
      added_action_id INTEGER NOT NULL REFERENCES personnel_action(id),
      removed_on TEXT,
      removed_action_id INTEGER REFERENCES personnel_action(id),
      removal_reason TEXT
    )`,
    `CREATE INDEX planning_entry_cadre ON planning_entry(cadre_id)`,
    `CREATE INDEX planning_entry_cycle ON planning_entry(cycle_code, post_key)`,

    `CREATE TABLE cadre_training (
      id INTEGER PRIMARY KEY,
      cadre_id INTEGER NOT NULL REFERENCES cadre(id),
      decision_id INTEGER REFERENCES personnel_decision(id),
      kind TEXT NOT NULL CHECK (kind IN ('politicalTheory', 'stateManagement', 'professional', 'language', 'it', 'short')),
      level_code TEXT,
      mode TEXT NOT NULL CHECK (mode IN ('fullTime', 'partTime')),
      institution TEXT NOT NULL,
      subject TEXT,
      from_date TEXT NOT NULL,
      to_date TEXT,
      status TEXT NOT NULL CHECK (status IN ('sent', 'studying', 'graduated', 'notCompleted')),
      qualification TEXT,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    )`,
    `CREATE INDEX cadre_training_cadre ON cadre_training(cadre_id, from_date)`,
    `CREATE INDEX cadre_training_from ON cadre_training(from_date, kind)`,

    `CREATE TABLE cadre_opinion (
      id INTEGER PRIMARY KEY,
      cadre_id INTEGER REFERENCES cadre(id),
      person_name TEXT NOT NULL,
      person_post TEXT,
      requesting_body TEXT NOT NULL,
      request_no TEXT,
      received_on TEXT NOT NULL,
      subject TEXT NOT NULL,
      reply TEXT,
      reply_no TEXT,
      replied_on TEXT,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    )`,
    `CREATE INDEX cadre_opinion_received ON cadre_opinion(received_on)`,
    `CREATE INDEX cadre_opinion_cadre ON cadre_opinion(cadre_id)`,

    // Public holidays for counting working days (the 90-working-day notice); editable, seeded later.
    `CREATE TABLE holiday (
      date TEXT PRIMARY KEY,
      name TEXT NOT NULL
    )`,
  ];
  for (const statement of statements) await sql.raw(statement).execute(db);
}
