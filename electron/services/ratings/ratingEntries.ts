/**
 * Yearly quality ratings: one entry typed for a member or an organisation (what is wrong with it, the
 * values written and audited) and the excellent quota of its peer group (the counts after a change;
 * a breach refused unless confirmed, then audited). Shared by the member grid (ratings.ts) and the
 * organisation grid (organisationRatings.ts).
 */
import { AppFailure } from '../../../shared/kernel/result.ts';
import type { Problem as Said } from '../../../shared/kernel/problems.ts';
import { ratingProblems as P } from '../../../shared/ratings/problems.ts';
import type { QuotaState } from '../../../shared/ratings/schemas.ts';
import { checkQuota, checkScore, decisionDateProblem, quotaMessage, quotaNeedsConfirmation, type RatedKind, type RatingCategory } from '../../../shared/ratings/rules.ts';
import { cleanText } from '../../../shared/kernel/text/normalise.ts';
import type { MemberRatingRow, OrganisationRatingRow, RatingValues } from '../../../db/repositories/ratings/ratings.ts';
import type { ServiceContext } from '../context.ts';
import type { YearContext } from './ratingYear.ts';

// ---- entries: validation and the values written ------------------------------------------------

export interface EntryFields {
  categoryCode: string | null;
  score: number | null;
  decidingBody: string | null;
  decisionNo: string | null;
  decisionDate: string | null;
  note: string | null;
}

export type Problem = { code: 'BAD_INPUT' | 'RULE'; field: keyof EntryFields; problem: Said };

const optional = (v: string | null) => (v === null ? null : cleanText(v) || null);

export function valuesOf(e: EntryFields, regime: number): RatingValues | null {
  if (e.categoryCode === null) return null;
  const note = e.note === null ? null : e.note.normalize('NFC').trim() || null;
  return {
    regime,
    category_code: e.categoryCode,
    score: e.score,
    deciding_body: optional(e.decidingBody),
    decision_no: optional(e.decisionNo),
    decision_date: e.decisionDate,
    note,
  };
}

/** What is wrong with an entry (null: nothing). The subject rule is checked by the caller. */
export function entryProblem(e: EntryFields, yc: YearContext, kind: RatedKind, today: string): Problem | null {
  if (e.categoryCode === null) return null;
  const cats = kind === 'member' ? yc.member : yc.organisation;
  if (!cats.some((c) => c.code === e.categoryCode)) {
    return {
      code: 'BAD_INPUT',
      field: 'categoryCode',
      problem: P.categoryNotInRegime({ category: e.categoryCode, year: yc.year, codes: cats.map((c) => c.code).join(', ') }),
    };
  }
  const score = checkScore(cats, e.categoryCode, e.score, e.note);
  if (!score.ok) return { code: 'RULE', field: 'score', problem: score.problem };
  const decision = decisionDateProblem(e.decisionDate, today);
  if (decision) return { code: 'RULE', field: 'decisionDate', problem: decision };
  return null;
}

export function sameValues(old: MemberRatingRow | OrganisationRatingRow | undefined, next: RatingValues | null): boolean {
  if (!old || !next) return !old && !next;
  return (
    old.regime === next.regime &&
    old.category_code === next.category_code &&
    old.score === next.score &&
    old.deciding_body === next.deciding_body &&
    old.decision_no === next.decision_no &&
    old.decision_date === next.decision_date &&
    old.note === next.note
  );
}

export function auditValues(year: number, v: RatingValues | MemberRatingRow | OrganisationRatingRow | null | undefined): Record<string, unknown> | null {
  if (!v) return null;
  return {
    year,
    regime: v.regime,
    categoryCode: v.category_code,
    score: v.score,
    decidingBody: v.deciding_body,
    decisionNo: v.decision_no,
    decisionDate: v.decision_date,
    note: v.note,
  };
}

/** One rating to write: the row before (if any) and the values after (null: remove). */
export interface Change<R> {
  id: number;
  old: R | undefined;
  next: RatingValues | null;
}

export function actionOf(change: Change<unknown>): 'create' | 'update' | 'delete' {
  return change.old === undefined ? 'create' : change.next === null ? 'delete' : 'update';
}

/** One row of a grid with what is wrong with it; `name` is the member's or organisation's. */
export interface RowProblem {
  index: number;
  name: string | Said;
  problem: Problem;
}

export function failWithProblems(problems: RowProblem[]): never {
  const fields: Record<string, Said> = {};
  for (const p of problems) fields[`entries.${p.index}.${p.problem.field}`] = p.problem.problem;
  const first = problems[0] as RowProblem;
  const named = { name: first.name, problem: first.problem.problem };
  throw new AppFailure(first.problem.code, problems.length > 1 ? P.gridRefusedMore({ ...named, others: problems.length - 1 }) : P.gridRefused(named), fields);
}

/** An entry refused on its own (one rating saved): the problem as the message and on its field. */
export function entryFailure(problem: Problem): AppFailure {
  return new AppFailure(problem.code, problem.problem, { [problem.field]: problem.problem });
}

// ---- quota --------------------------------------------------------------------------------------

export interface PeerQuota {
  peer: { id: number; name: string };
  typeCode: string | null;
  typeName: string | null;
  pct: number;
  excellent: RatingCategory;
  good: RatingCategory;
  /** Stored counts of the whole peer group before the change. */
  before: { excellent: number; good: number };
}

export function quotaState(q: PeerQuota, counts: { excellent: number; good: number }, inGrid: { excellent: number; good: number }): QuotaState {
  const check = checkQuota(counts.excellent, counts.good, q.pct);
  return {
    peerOrganisationId: q.peer.id,
    peerOrganisationName: q.peer.name,
    typeCode: q.typeCode,
    typeName: q.typeName,
    pct: q.pct,
    excellentCode: q.excellent.code,
    excellentName: q.excellent.name,
    goodCode: q.good.code,
    goodName: q.good.name,
    excellent: check.excellent,
    good: check.good,
    limit: check.limit,
    exceeded: check.exceeded,
    outsideExcellent: counts.excellent - inGrid.excellent,
    outsideGood: counts.good - inGrid.good,
  };
}

/** The counts of a peer group after some changes of its members' (organisations') ratings. */
export function countsAfter(q: PeerQuota, changes: readonly Change<MemberRatingRow | OrganisationRatingRow>[]): { excellent: number; good: number } {
  let { excellent, good } = q.before;
  for (const c of changes) {
    const was = c.old?.category_code ?? null;
    const will = c.next?.category_code ?? null;
    if (was === q.excellent.code) excellent--;
    if (was === q.good.code) good--;
    if (will === q.excellent.code) excellent++;
    if (will === q.good.code) good++;
  }
  return { excellent, good };
}

/**
 * Refuses a change that breaks the quota unless confirmed (RULE, with the warning in
 * fields.confirmQuotaBreach); a confirmed breach is audited on the peer organisation.
 */
export function enforceQuota(ctx: ServiceContext, q: PeerQuota, after: { excellent: number; good: number }, confirm: boolean, year: number, kind: RatedKind): void {
  const check = checkQuota(after.excellent, after.good, q.pct);
  if (!quotaNeedsConfirmation(q.before, check)) return;
  const group = q.typeName ? P.peerGroup({ type: q.typeName.toLocaleLowerCase('vi'), parent: q.peer.name }) : q.peer.name;
  const message = quotaMessage(group, check, q.excellent.name, q.good.name);
  if (!confirm) throw new AppFailure('RULE', message, { confirmQuotaBreach: message });
  ctx.audit({
    action: 'rating.quotaBreachConfirmed',
    entity: 'organisation',
    entityId: q.peer.id,
    oldValues: { year, kind, excellent: q.before.excellent, good: q.before.good },
    newValues: { year, kind, typeCode: q.typeCode, excellent: check.excellent, good: check.good, pct: check.pct, limit: check.limit },
  });
}
