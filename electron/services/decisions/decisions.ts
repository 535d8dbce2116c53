import type { ParsedInput } from '../../../shared/contract/methods.ts';
import { termEnd } from '../../../shared/cadres/terms.ts';
import { decisionProblems as P } from '../../../shared/decisions/problems.ts';
import type { ActionRecord, DecisionFields, DecisionRecord } from '../../../shared/decisions/schemas.ts';
import { formatVi } from '../../../shared/kernel/dates/partialDate.ts';
import type { Problem } from '../../../shared/kernel/problems.ts';
import { AppFailure } from '../../../shared/kernel/result.ts';
import { cleanText, searchKey, searchWords } from '../../../shared/kernel/text/normalise.ts';
import * as repo from '../../../db/repositories/decisions/decisions.ts';
import type { DecisionHeadingRow } from '../../../db/repositories/decisions/decisions.ts';
import type { ServiceContext } from '../context.ts';
import { scanInfo } from './scans.ts';
import { checkRows, type LoadedFacts, type CheckedRow } from './checks.ts';
import { rederive, rederiveDue } from './derive.ts';

/**
 * The register of personnel decisions (issue 9, §2): one decision, one or many actions, saved all
 * together or not at all; the files of the cadres concerned are derived again in the same transaction.
 */

const clean = (v: string | null): string | null => {
  if (v === null) return null;
  const c = cleanText(v);
  return c === '' ? null : c;
};

/** Every refused row as a field problem (`actions.3.cadreId`); the message names the first row. */
function refuseRows(rows: readonly CheckedRow[]): void {
  const fields: Record<string, Problem> = {};
  const refused: Problem[] = [];
  rows.forEach((row, i) => {
    const entries = Object.entries(row.errors);
    for (const [field, problem] of entries) fields[`actions.${i}.${field}`] = problem;
    const [, problem] = entries[0] ?? [];
    if (problem) refused.push(P.row({ row: i + 1, name: row.cadreName ?? P.unknownCadre({ id: row.cadreId }), problem }));
  });
  const first = refused[0];
  if (!first) return;
  throw new AppFailure('BAD_INPUT', refused.length === 1 ? P.refused({ first }) : P.refusedMore({ first, more: refused.length - 1 }), fields);
}

export const actionTermEnd = (r: { effective_on: string; term_months: number | null }): string | null => (r.term_months === null ? null : termEnd(r.effective_on, r.term_months));

export const actionOut = (r: repo.ActionRow): ActionRecord => ({
  id: r.id,
  decisionId: r.decision_id,
  seq: r.seq,
  typeCode: r.type_code,
  cadreId: r.cadre_id,
  fullName: r.full_name,
  effectiveOn: r.effective_on,
  postKind: r.post_kind,
  postBefore: r.post_before,
  unitBefore: r.unit_before,
  postAfter: r.post_after,
  unitAfter: r.unit_after,
  orgAfterId: r.org_after_id,
  termMonths: r.term_months,
  termEnd: actionTermEnd(r),
  planningCycle: r.planning_cycle,
  note: r.note,
  status: r.status,
  cancelReason: r.cancel_reason,
});

/** What an action's audit entry keeps (ids and codes; the entry's entity id is the action's). */
export const actionAudit = (r: Omit<ActionRecord, 'id' | 'fullName' | 'termEnd' | 'status' | 'cancelReason'>) => ({
  decisionId: r.decisionId,
  seq: r.seq,
  typeCode: r.typeCode,
  cadreId: r.cadreId,
  effectiveOn: r.effectiveOn,
  postKind: r.postKind,
  postBefore: r.postBefore,
  unitBefore: r.unitBefore,
  postAfter: r.postAfter,
  unitAfter: r.unitAfter,
  orgAfterId: r.orgAfterId,
  termMonths: r.termMonths,
  planningCycle: r.planningCycle,
  note: r.note,
});

/**
 * The row of a decision's heading, once its number is known to be free: unique per issuing body and
 * year, folded ("123-QĐ/TU" = "123-qđ/tu"). The one check of every decision written (decision:create,
 * and the decision sending people to a course, training:create).
 */
export async function decisionHeadingRow(ctx: ServiceContext, d: DecisionFields, kind: 'personnel' | 'training'): Promise<DecisionHeadingRow> {
  const number = cleanText(d.number);
  const issuingBody = cleanText(d.issuingBody);
  const year = Number(d.issuedOn.slice(0, 4));
  const numberKey = searchKey(number);
  const bodyKey = searchKey(issuingBody);
  const existing = await repo.findByNumber(ctx.db, bodyKey, year, numberKey);
  if (existing) {
    const problem = P.duplicateNumber({ number: existing.number, date: formatVi(existing.issued_on), body: existing.issuing_body, summary: existing.summary ?? `mã ${existing.id}` });
    throw new AppFailure('CONFLICT', problem, { 'decision.number': P.duplicateNumberField() });
  }
  const summary = clean(d.summary);
  return {
    number,
    number_key: numberKey,
    year,
    issuing_body: issuingBody,
    issuing_body_key: bodyKey,
    issued_on: d.issuedOn,
    effective_on: d.effectiveOn,
    received_on: d.receivedOn,
    signer: clean(d.signer),
    kind,
    summary,
    summary_key: summary === null ? null : searchKey(summary),
    created_at: ctx.now,
    updated_at: ctx.now,
  };
}

/** Writes a decision's heading (checked by decisionHeadingRow); answers its id. */
export async function insertDecisionHeading(ctx: ServiceContext, row: DecisionHeadingRow): Promise<number> {
  return repo.insertDecision(ctx.db, row);
}

export async function create(ctx: ServiceContext, input: ParsedInput<'decision:create'>) {
  const d = input.decision;
  await rederiveDue(ctx);
  const decision = await decisionHeadingRow(ctx, d, 'personnel');
  const { number, issuing_body: issuingBody } = decision;
  const loaded: LoadedFacts = {};
  const rows = await checkRows(ctx, { effectiveOn: d.effectiveOn, issuedOn: d.issuedOn, receivedOn: d.receivedOn }, input.actions, null, loaded);
  refuseRows(rows);

  const id = await repo.insertDecision(ctx.db, decision);
  const inserts = rows.map((r, i) => ({
    decision_id: id,
    seq: i + 1,
    type_code: r.typeCode,
    cadre_id: r.cadreId,
    effective_on: r.effectiveOn,
    post_kind: r.postKind,
    post_before: r.postBefore,
    unit_before: r.unitBefore,
    post_after: r.postAfter,
    unit_after: r.unitAfter,
    org_after_id: r.orgAfterId,
    term_months: r.termMonths,
    planning_cycle: r.planningCycle,
    note: r.note,
    created_at: ctx.now,
    updated_at: ctx.now,
  }));
  const actionIds = await repo.insertActions(ctx.db, inserts);
  ctx.audit({
    action: 'decision.create',
    entity: 'decision',
    entityId: id,
    oldValues: null,
    newValues: { number, issuedOn: d.issuedOn, effectiveOn: d.effectiveOn, receivedOn: d.receivedOn, issuingBody, signer: decision.signer, summary: decision.summary, actionCount: rows.length },
  });
  rows.forEach((r, i) => {
    ctx.audit({ action: 'action.create', entity: 'action', entityId: actionIds[i] ?? null, oldValues: null, newValues: actionAudit({ ...r, decisionId: id, seq: i + 1 }) });
  });
  // The stored actions the check read, and the ones just written: the derivation reads nothing again.
  const written = inserts.map(({ created_at: _c, updated_at: _u, ...row }, i) => ({ ...row, id: actionIds[i] ?? 0, decision_no: number, effect: rows[i]?.effect ?? 'none', status: 'active' as const }));
  const known = loaded.facts && loaded.actions && actionIds.length === rows.length ? { facts: loaded.facts, actions: [...loaded.actions, ...written] } : undefined;
  rederive(ctx, rows.map((r) => r.cadreId), known ? { known } : {});
  return { id, actionIds, warnings: rows.map((r) => r.warnings) };
}

export async function check(ctx: ServiceContext, input: ParsedInput<'decision:check'>) {
  const rows = await checkRows(ctx, { effectiveOn: input.effectiveOn, issuedOn: input.issuedOn, receivedOn: input.receivedOn }, input.actions);
  return {
    rows: rows.map((r) => ({ postBefore: r.postBefore, unitBefore: r.unitBefore, termMonths: r.termMonths, termEnd: r.termEnd, warnings: r.warnings, errors: Object.values(r.errors) })),
  };
}

export async function get(ctx: ServiceContext, id: number): Promise<DecisionRecord> {
  const d = await repo.getDecision(ctx.db, id);
  if (!d) throw new AppFailure('NOT_FOUND', P.notFound());
  const actions = await repo.actionsOfDecision(ctx.db, id);
  return {
    id: d.id,
    number: d.number,
    issuedOn: d.issued_on,
    effectiveOn: d.effective_on,
    receivedOn: d.received_on,
    issuingBody: d.issuing_body,
    signer: d.signer,
    summary: d.summary,
    year: d.year,
    kind: d.kind,
    actions: actions.map(actionOut),
    createdAt: d.created_at,
    scan: await scanInfo(ctx, id),
  };
}

export async function list(ctx: ServiceContext, input: ParsedInput<'decision:list'>) {
  const rawWords = cleanText(input.query).split(' ').filter((w) => w !== '');
  const words = searchWords(input.query);
  const { rows, total } = await repo.listDecisions(ctx.db, {
    words,
    // The summary is stored as written: its words as typed (when folding kept the word count).
    rawWords: rawWords.length === words.length ? rawWords : words,
    year: input.year,
    typeCode: input.typeCode,
    cadreId: input.cadreId,
    offset: input.offset,
    limit: input.limit,
  });
  const summaries = await repo.actionSummaries(ctx.db, rows.map((r) => r.id));
  return {
    rows: rows.map((d) => ({
      id: d.id,
      number: d.number,
      issuedOn: d.issued_on,
      effectiveOn: d.effective_on,
      receivedOn: d.received_on,
      issuingBody: d.issuing_body,
      signer: d.signer,
      summary: d.summary,
      year: d.year,
      kind: d.kind,
      actionCount: summaries.get(d.id)?.count ?? 0,
      typeCodes: summaries.get(d.id)?.types ?? [],
    })),
    total,
  };
}
