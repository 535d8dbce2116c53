/**
 * Cadre files and their derived posts written straight into the tables, for the digest's tests.
 * Raw SQL on purpose: the digest reads what the derivation caches (cadre_post.term_end / notice_on,
 * cadre.status), so these tests pin those values exactly (a notice one day inside or outside the
 * window, an overdue notice, a retired file) without going through the derivation's own rules, and
 * write a thousand files in a blink. The path through the services (cadre:create, decision:create,
 * the derivation) is tested too: digest.test.ts "reappointments from a recorded decision".
 */
import { personSortKey } from '../../../shared/kernel/text/sortKey.ts';
import type { TestCore } from '../../support/core.ts';

const AT = '2026-01-01T00:00:00.000Z';
let decisionSeq = 0;

export interface CadreSetup {
  /** Linked to this member (personal data read from the member row). */
  memberId?: number;
  fullName?: string;
  sex?: 'M' | 'F';
  birthDate?: string;
  status?: 'working' | 'retired';
  mainPost?: string;
  mainUnit?: string;
}

export function insertCadre(t: TestCore, s: CadreSetup = {}): number {
  const own = s.memberId === undefined;
  const name = s.fullName ?? 'Trần Thị Cán';
  const parts = name.split(' ');
  const r = t.sqlite
    .prepare(
      `INSERT INTO cadre (member_id, family_name, middle_name, given_name, full_name, sort_key, sex, birth_date, status, main_post, main_unit, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      s.memberId ?? null,
      own ? parts[0] : null,
      own ? parts.slice(1, -1).join(' ') : null,
      own ? parts.at(-1) : null,
      own ? name : null,
      own ? personSortKey({ familyName: parts[0] ?? '', middleName: parts.slice(1, -1).join(' '), givenName: parts.at(-1) ?? '' }, s.birthDate ?? null, 0) : null,
      own ? (s.sex ?? 'F') : null,
      own ? (s.birthDate ?? '1975-06-15') : null,
      s.status ?? 'working',
      s.mainPost ?? 'Giám đốc',
      s.mainUnit ?? 'Sở Nội vụ',
      AT,
      AT,
    );
  return Number(r.lastInsertRowid);
}

/** A main post held since `since` with its term end and notice date (as the derivation caches them), on an appointment action. */
export function insertPost(t: TestCore, cadreId: number, post: { title?: string; unit?: string; since: string; termEnd: string; noticeOn: string }): number {
  decisionSeq += 1;
  const year = Number(post.since.slice(0, 4));
  const d = t.sqlite
    .prepare(
      `INSERT INTO personnel_decision (number, number_key, year, issuing_body, issuing_body_key, issued_on, effective_on, created_at, updated_at)
       VALUES (?, ?, ?, 'Ban Thường vụ Tỉnh ủy', 'ban thuong vu tinh uy', ?, ?, ?, ?)`,
    )
    .run(`${decisionSeq}-QĐ/TU`, `${decisionSeq}-qd/tu`, year, post.since, post.since, AT, AT);
  const a = t.sqlite
    .prepare(
      `INSERT INTO personnel_action (decision_id, seq, type_code, cadre_id, effective_on, post_after, unit_after, term_months, created_at, updated_at)
       VALUES (?, 1, 'APPOINT', ?, ?, ?, ?, 60, ?, ?)`,
    )
    .run(d.lastInsertRowid, cadreId, post.since, post.title ?? 'Giám đốc', post.unit ?? 'Sở Nội vụ', AT, AT);
  const p = t.sqlite
    .prepare(`INSERT INTO cadre_post (cadre_id, post_kind, title, unit, since, term_end, notice_on, action_id) VALUES (?, 'main', ?, ?, ?, ?, ?, ?)`)
    .run(cadreId, post.title ?? 'Giám đốc', post.unit ?? 'Sở Nội vụ', post.since, post.termEnd, post.noticeOn, a.lastInsertRowid);
  return Number(p.lastInsertRowid);
}

/** An asset declaration row of `year` (submittedOn null: declared not yet submitted). */
export function insertDeclaration(t: TestCore, cadreId: number, year: number, submittedOn: string | null): void {
  t.sqlite.prepare(`INSERT INTO cadre_row (cadre_id, kind, sort_order, year, data) VALUES (?, 'assetDeclarations', 0, ?, ?)`).run(cadreId, year, JSON.stringify({ year, submittedOn }));
}
