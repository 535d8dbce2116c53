import { sql, type Kysely } from 'kysely';

/**
 * Frozen: the member file in full (issue 3): cached status flags and party-age anchor, event
 * corrections, discipline, yearly ratings, badges, and the record card's tables and photo.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const statements = [
    // Cached from the events (always equal to the derivation; see shared/domain).
    `ALTER TABLE member ADD COLUMN party_age_anchor TEXT`,
    `ALTER TABLE member ADD COLUMN exempted INTEGER NOT NULL DEFAULT 0 CHECK (exempted IN (0, 1))`,
    `ALTER TABLE member ADD COLUMN suspended INTEGER NOT NULL DEFAULT 0 CHECK (suspended IN (0, 1))`,
    `ALTER TABLE member ADD COLUMN temporarily_away INTEGER NOT NULL DEFAULT 0 CHECK (temporarily_away IN (0, 1))`,
    // Entered by the clerk: a gravely ill member may receive a badge early.
    `ALTER TABLE member ADD COLUMN gravely_ill INTEGER NOT NULL DEFAULT 0 CHECK (gravely_ill IN (0, 1))`,
    // Rows written before this migration had only admission and full-membership events.
    `UPDATE member SET party_age_anchor = CASE length(coalesce(admission_decision_date, admission_date))
        WHEN 4 THEN coalesce(admission_decision_date, admission_date) || '-01-01'
        WHEN 7 THEN coalesce(admission_decision_date, admission_date) || '-01'
        ELSE coalesce(admission_decision_date, admission_date) END`,
    `CREATE INDEX member_list_party_age ON member(party_age_anchor, org_path) WHERE on_list = 1`,
    // Reminders: the few probationary members and those attached temporarily elsewhere, by subtree.
    `CREATE INDEX member_list_probationary ON member(org_path) WHERE on_list = 1 AND membership = 'probationary'`,
    `CREATE INDEX member_list_away ON member(org_path) WHERE on_list = 1 AND temporarily_away = 1`,

    `ALTER TABLE member_event ADD COLUMN cancel_reason TEXT`,
    `ALTER TABLE member_event ADD COLUMN updated_at TEXT`,
    `CREATE INDEX member_event_date ON member_event(event_date, type_code)`,

    `CREATE TABLE member_sponsor (
      id INTEGER PRIMARY KEY,
      member_id INTEGER NOT NULL REFERENCES member(id),
      admission INTEGER NOT NULL DEFAULT 1 CHECK (admission IN (1, 2)),
      full_name TEXT NOT NULL,
      position TEXT,
      unit TEXT,
      sort_order INTEGER NOT NULL DEFAULT 0
    )`,
    `CREATE INDEX member_sponsor_member ON member_sponsor(member_id)`,

    `CREATE TABLE member_discipline (
      id INTEGER PRIMARY KEY,
      member_id INTEGER NOT NULL REFERENCES member(id),
      level_code TEXT NOT NULL REFERENCES cat_discipline_levels(code),
      decided_on TEXT NOT NULL,
      decision_no TEXT,
      decision_body TEXT,
      reason TEXT,
      cancelled INTEGER NOT NULL DEFAULT 0 CHECK (cancelled IN (0, 1)),
      cancel_reason TEXT,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    )`,
    `CREATE INDEX member_discipline_member ON member_discipline(member_id, decided_on)`,

    `CREATE TABLE member_rating (
      id INTEGER PRIMARY KEY,
      member_id INTEGER NOT NULL REFERENCES member(id),
      year INTEGER NOT NULL,
      regime INTEGER NOT NULL REFERENCES cat_rating_regimes(regime),
      category_code TEXT NOT NULL,
      score INTEGER CHECK (score IS NULL OR score BETWEEN 0 AND 100),
      deciding_body TEXT,
      decision_no TEXT,
      decision_date TEXT,
      note TEXT,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      UNIQUE (member_id, year)
    )`,
    `CREATE INDEX member_rating_year ON member_rating(year, category_code)`,
    `CREATE TABLE organisation_rating (
      id INTEGER PRIMARY KEY,
      organisation_id INTEGER NOT NULL REFERENCES organisation(id),
      year INTEGER NOT NULL,
      regime INTEGER NOT NULL REFERENCES cat_rating_regimes(regime),
      category_code TEXT NOT NULL,
      score INTEGER CHECK (score IS NULL OR score BETWEEN 0 AND 100),
      deciding_body TEXT,
      decision_no TEXT,
      decision_date TEXT,
      note TEXT,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      UNIQUE (organisation_id, year)
    )`,
    `CREATE INDEX organisation_rating_year ON organisation_rating(year, category_code)`,

    `CREATE TABLE member_badge (
      id INTEGER PRIMARY KEY,
      member_id INTEGER NOT NULL REFERENCES member(id),
      milestone INTEGER NOT NULL REFERENCES cat_badge_milestones(years),
      kind TEXT NOT NULL CHECK (kind IN ('REGULAR', 'EARLY_ILL', 'POSTHUMOUS', 'REPLACEMENT')),
      round_date TEXT NOT NULL,
      status TEXT NOT NULL CHECK (status IN ('PROPOSED', 'AWARDED')),
      proposed_by TEXT,
      decision_no TEXT,
      decision_date TEXT,
      badge_no TEXT,
      note TEXT,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    )`,
    `CREATE UNIQUE INDEX member_badge_once ON member_badge(member_id, milestone) WHERE kind <> 'REPLACEMENT'`,
    `CREATE INDEX member_badge_round ON member_badge(round_date, status)`,
    `CREATE UNIQUE INDEX member_badge_number ON member_badge(badge_no) WHERE badge_no IS NOT NULL`,

    `CREATE TABLE member_work_history (
      id INTEGER PRIMARY KEY,
      member_id INTEGER NOT NULL REFERENCES member(id),
      from_date TEXT NOT NULL,
      to_date TEXT,
      description TEXT NOT NULL,
      sort_order INTEGER NOT NULL DEFAULT 0
    )`,
    `CREATE INDEX member_work_history_member ON member_work_history(member_id, sort_order)`,
    `CREATE TABLE member_training (
      id INTEGER PRIMARY KEY,
      member_id INTEGER NOT NULL REFERENCES member(id),
      school TEXT NOT NULL,
      subject TEXT,
      from_date TEXT,
      to_date TEXT,
      mode TEXT,
      qualification TEXT,
      sort_order INTEGER NOT NULL DEFAULT 0
    )`,
    `CREATE INDEX member_training_member ON member_training(member_id, sort_order)`,
    `CREATE TABLE member_family (
      id INTEGER PRIMARY KEY,
      member_id INTEGER NOT NULL REFERENCES member(id),
      relation TEXT NOT NULL,
      full_name TEXT NOT NULL,
      birth_year TEXT,
      home_town TEXT,
      residence TEXT,
      occupation TEXT,
      position TEXT,
      unit TEXT,
      sort_order INTEGER NOT NULL DEFAULT 0
    )`,
    `CREATE INDEX member_family_member ON member_family(member_id, sort_order)`,
    `CREATE TABLE member_award (
      id INTEGER PRIMARY KEY,
      member_id INTEGER NOT NULL REFERENCES member(id),
      awarded_on TEXT NOT NULL,
      title TEXT NOT NULL,
      decision_no TEXT,
      deciding_body TEXT,
      note TEXT
    )`,
    `CREATE INDEX member_award_member ON member_award(member_id, awarded_on)`,
    `CREATE TABLE member_photo (
      member_id INTEGER PRIMARY KEY REFERENCES member(id),
      mime TEXT NOT NULL CHECK (mime IN ('image/jpeg', 'image/png')),
      data BLOB NOT NULL,
      updated_at TEXT NOT NULL
    )`,
  ];
  for (const statement of statements) await sql.raw(statement).execute(db);
}
