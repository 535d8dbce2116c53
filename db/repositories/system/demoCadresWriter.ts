/**
 * Bulk reads and writes for the demo cadre files (electron/services/system/demo/cadres.ts): the
 * members a file may be linked to, the units posts are held in, and the files, decisions, actions,
 * training records and asset declarations written with prepared statements in the caller's
 * transaction (system:demo's), a savepoint when one is open.
 */
import { sqliteOf, type BulkHandle } from '../../bulk.ts';

export interface DemoCadreMember {
  id: number;
  sex: 'M' | 'F';
  birth_date: string;
  on_list: number;
}

/** A reader of members by id (the generator draws ids at random and keeps the plausible ones). */
export function demoMemberReader(conn: BulkHandle): { count: number; get(id: number): DemoCadreMember | undefined } {
  const sqlite = sqliteOf(conn);
  const one = sqlite.prepare('SELECT id, sex, birth_date, on_list FROM member WHERE id = ?');
  return {
    count: sqlite.prepare('SELECT coalesce(max(id), 0) FROM member').pluck().get() as number,
    get: (id) => one.get(id) as DemoCadreMember | undefined,
  };
}

/** The commune-level and district-level organisations (their names are the units of local posts). */
export function demoLocalUnits(conn: BulkHandle, limit: number): { id: number; name: string }[] {
  return sqliteOf(conn)
    .prepare(`SELECT id, name FROM organisation WHERE type_code IN ('COMMUNE', 'UPPER') ORDER BY id LIMIT ?`)
    .all(limit) as { id: number; name: string }[];
}

export interface DemoCadreRow {
  id: number;
  memberId: number | null;
  familyName: string | null;
  middleName: string | null;
  givenName: string | null;
  fullName: string | null;
  searchText: string | null;
  sortKey: string | null;
  sex: 'M' | 'F' | null;
  birthDate: string | null;
  homeTown: string | null;
  ethnicCode: string | null;
  religionCode: string | null;
  citizenId: string | null;
  status: 'working' | 'retired';
  professionalCode: string | null;
  politicalTheoryCode: string | null;
  stateManagementCode: string | null;
  mainPost: string | null;
  mainUnit: string | null;
  mainOrgId: number | null;
}

export interface DemoDecisionRow {
  id: number;
  number: string;
  numberKey: string;
  year: number;
  issuedOn: string;
  effectiveOn: string;
  signer: string;
  summary: string;
  /** The summary folded (searchKey), as the decisions service stores it. */
  summaryKey: string;
}

export interface DemoActionRow {
  id: number;
  decisionId: number;
  seq: number;
  typeCode: string;
  cadreId: number;
  effectiveOn: string;
  postKind: 'main' | 'concurrent' | 'committee';
  postBefore: string | null;
  unitBefore: string | null;
  postAfter: string | null;
  unitAfter: string | null;
  orgAfterId: number | null;
  termMonths: number | null;
  planningCycle: string | null;
}

export interface DemoTrainingRow {
  cadreId: number;
  kind: 'politicalTheory' | 'stateManagement' | 'professional';
  levelCode: string;
  mode: 'fullTime' | 'partTime';
  institution: string;
  subject: string | null;
  fromDate: string;
  toDate: string | null;
  status: 'studying' | 'graduated';
  qualification: string | null;
}

export interface DemoDeclarationRow {
  cadreId: number;
  year: number;
  submittedOn: string | null;
}

export interface DemoCadresBatch {
  cadres: readonly DemoCadreRow[];
  decisions: readonly DemoDecisionRow[];
  actions: readonly DemoActionRow[];
  training: readonly DemoTrainingRow[];
  declarations: readonly DemoDeclarationRow[];
  /** created_at / updated_at of every row (ISO timestamp). */
  at: string;
  /** The issuing body of every decision, and its folded key. */
  issuingBody: string;
  issuingBodyKey: string;
}

export function countCadres(conn: BulkHandle): number {
  return sqliteOf(conn).prepare('SELECT count(*) FROM cadre').pluck().get() as number;
}

/** Page cache during the load, in KiB (negative: SQLite's unit), as the ratings writer does. */
const LOAD_CACHE_KIB = -131_072;
/** Rows per INSERT statement of the large tables (bound values stay far below SQLite's 32,766). */
const ROWS_PER_STATEMENT = 100;

/** An insert of many rows per statement: `push` buffers a row's values, full statements run as they fill. */
function batched(sqlite: ReturnType<typeof sqliteOf>, head: string, width: number) {
  const row = `(${Array.from({ length: width }, () => '?').join(', ')})`;
  const many = sqlite.prepare(head + Array.from({ length: ROWS_PER_STATEMENT }, () => row).join(', '));
  const one = sqlite.prepare(head + row);
  const buffer: unknown[] = [];
  return {
    push(...values: unknown[]) {
      buffer.push(...values);
      if (buffer.length === ROWS_PER_STATEMENT * width) {
        many.run(buffer);
        buffer.length = 0;
      }
    },
    flush() {
      for (let i = 0; i < buffer.length; i += width) one.run(buffer.slice(i, i + width));
      buffer.length = 0;
    },
  };
}

/** Writes the demo cadre files and their decisions in one transaction (a savepoint inside system:demo's). */
export function writeDemoCadres(conn: BulkHandle, b: DemoCadresBatch): void {
  const sqlite = sqliteOf(conn);
  const at = b.at;
  const load = () => {
    const cadre = batched(
      sqlite,
      `INSERT INTO cadre (id, member_id, family_name, middle_name, given_name, full_name, search_text, sort_key, sex, birth_date, home_town,
         ethnic_code, religion_code, citizen_id, status, professional_code, political_theory_code, state_management_code, main_post, main_unit, main_org_id,
         created_at, updated_at) VALUES `,
      23,
    );
    for (const c of b.cadres) {
      cadre.push(c.id, c.memberId, c.familyName, c.middleName, c.givenName, c.fullName, c.searchText, c.sortKey, c.sex, c.birthDate, c.homeTown,
        c.ethnicCode, c.religionCode, c.citizenId, c.status, c.professionalCode, c.politicalTheoryCode, c.stateManagementCode, c.mainPost, c.mainUnit, c.mainOrgId, at, at);
    }
    cadre.flush();
    const decision = batched(
      sqlite,
      `INSERT INTO personnel_decision (id, number, number_key, year, issuing_body, issuing_body_key, issued_on, effective_on, signer, kind, summary, summary_key, created_at, updated_at) VALUES `,
      14,
    );
    for (const d of b.decisions) decision.push(d.id, d.number, d.numberKey, d.year, b.issuingBody, b.issuingBodyKey, d.issuedOn, d.effectiveOn, d.signer, 'personnel', d.summary, d.summaryKey, at, at);
    decision.flush();
    const action = batched(
      sqlite,
      `INSERT INTO personnel_action (id, decision_id, seq, type_code, cadre_id, effective_on, post_kind, post_before, unit_before, post_after, unit_after,
         org_after_id, term_months, planning_cycle, created_at, updated_at) VALUES `,
      16,
    );
    for (const a of b.actions) {
      action.push(a.id, a.decisionId, a.seq, a.typeCode, a.cadreId, a.effectiveOn, a.postKind, a.postBefore, a.unitBefore, a.postAfter, a.unitAfter, a.orgAfterId, a.termMonths, a.planningCycle, at, at);
    }
    action.flush();
    const training = batched(
      sqlite,
      `INSERT INTO cadre_training (cadre_id, kind, level_code, mode, institution, subject, from_date, to_date, status, qualification, created_at, updated_at) VALUES `,
      12,
    );
    for (const t of b.training) training.push(t.cadreId, t.kind, t.levelCode, t.mode, t.institution, t.subject, t.fromDate, t.toDate, t.status, t.qualification, at, at);
    training.flush();
    const row = batched(sqlite, `INSERT INTO cadre_row (cadre_id, kind, sort_order, year, data) VALUES `, 5);
    let order = 0;
    let last = -1;
    for (const d of b.declarations) {
      order = d.cadreId === last ? order + 1 : 0;
      last = d.cadreId;
      row.push(d.cadreId, 'assetDeclarations', order, d.year, JSON.stringify({ year: d.year, submittedOn: d.submittedOn }));
    }
    row.flush();
  };
  const tx = sqlite.transaction(load);
  const cache = sqlite.pragma('cache_size', { simple: true }) as number;
  sqlite.pragma(`cache_size = ${LOAD_CACHE_KIB}`);
  try {
    if (sqlite.inTransaction) tx();
    else tx.immediate();
  } finally {
    sqlite.pragma(`cache_size = ${cache}`);
  }
}
