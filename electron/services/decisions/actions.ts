import type { ParsedInput } from '../../../shared/contract/methods.ts';
import type { ActionRecord } from '../../../shared/decisions/schemas.ts';
import { decisionProblems as P } from '../../../shared/decisions/problems.ts';
import { formatVi } from '../../../shared/kernel/dates/partialDate.ts';
import type { Problem } from '../../../shared/kernel/problems.ts';
import { AppFailure } from '../../../shared/kernel/result.ts';
import { cleanText } from '../../../shared/kernel/text/normalise.ts';
import * as repo from '../../../db/repositories/decisions/decisions.ts';
import type { ServiceContext } from '../context.ts';
import { checkRows } from './checks.ts';
import { actionOut } from './decisions.ts';
import { rederive, rederiveDue } from './derive.ts';

/**
 * Correcting or cancelling one action of a decision, with a reason (issue 9, §2): the cadre's posts,
 * history and planning are derived again in the same transaction; the audit keeps old and new values.
 */

async function mustGetAction(ctx: ServiceContext, id: number): Promise<repo.ActionRow> {
  const action = await repo.getAction(ctx.db, id);
  if (!action) throw new AppFailure('NOT_FOUND', P.actionNotFound());
  return action;
}

/** Whether the action's type retires the cadre (undoing it puts a 'retired' status back to 'working'). */
async function retires(ctx: ServiceContext, typeCode: string): Promise<boolean> {
  const type = (await repo.actionTypes(ctx.db)).find((t) => t.code === typeCode);
  return type?.effect === 'retire';
}

export async function correct(ctx: ServiceContext, input: ParsedInput<'action:correct'>): Promise<ActionRecord> {
  await rederiveDue(ctx);
  const action = await mustGetAction(ctx, input.id);
  if (action.status === 'cancelled') throw new AppFailure('RULE', P.cancelledNotCorrected());
  const decision = await repo.getDecision(ctx.db, action.decision_id);
  if (!decision) throw new AppFailure('NOT_FOUND', P.notFound());
  const old = actionOut(action);
  const c = input.changes;
  const has = (k: keyof typeof c) => c[k] !== undefined;
  const [checked] = await checkRows(
    ctx,
    { effectiveOn: decision.effective_on, issuedOn: decision.issued_on, receivedOn: decision.received_on },
    [
      {
        typeCode: c.typeCode ?? old.typeCode,
        cadreId: old.cadreId,
        postKind: c.postKind ?? old.postKind,
        postBefore: has('postBefore') ? c.postBefore : old.postBefore,
        unitBefore: has('unitBefore') ? c.unitBefore : old.unitBefore,
        postAfter: has('postAfter') ? c.postAfter : old.postAfter,
        unitAfter: has('unitAfter') ? c.unitAfter : old.unitAfter,
        orgAfterId: has('orgAfterId') ? c.orgAfterId : old.orgAfterId,
        termMonths: has('termMonths') ? c.termMonths : old.termMonths,
        effectiveOn: c.effectiveOn ?? old.effectiveOn,
        planningCycle: has('planningCycle') ? c.planningCycle : old.planningCycle,
        note: has('note') ? c.note : old.note,
      },
    ],
    action.id,
  );
  if (!checked) throw new AppFailure('NOT_FOUND', P.actionNotFound());
  const row = checked;
  const errors = Object.entries(row.errors);
  if (errors.length > 0) {
    const fields: Record<string, Problem> = Object.fromEntries(errors.map(([k, p]) => [`changes.${k}`, p]));
    const [, first] = errors[0] ?? [];
    if (first) throw new AppFailure('BAD_INPUT', P.refused({ first }), fields);
  }
  const next = {
    typeCode: row.typeCode,
    effectiveOn: row.effectiveOn,
    postKind: row.postKind,
    postBefore: row.postBefore,
    unitBefore: row.unitBefore,
    postAfter: row.postAfter,
    unitAfter: row.unitAfter,
    orgAfterId: row.orgAfterId,
    termMonths: row.termMonths,
    planningCycle: row.planningCycle,
    note: row.note,
  };
  const oldValues: Record<string, unknown> = {};
  const newValues: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(next)) {
    const before = old[k as keyof typeof old];
    if (before === v) continue;
    oldValues[k] = before;
    newValues[k] = v;
  }
  const undo = await retires(ctx, old.typeCode);
  await repo.updateAction(ctx.db, action.id, {
    type_code: next.typeCode,
    effective_on: next.effectiveOn,
    post_kind: next.postKind,
    post_before: next.postBefore,
    unit_before: next.unitBefore,
    post_after: next.postAfter,
    unit_after: next.unitAfter,
    org_after_id: next.orgAfterId,
    term_months: next.termMonths,
    planning_cycle: next.planningCycle,
    note: next.note,
    updated_at: ctx.now,
  });
  ctx.audit({ action: 'action.correct', entity: 'action', entityId: action.id, oldValues, newValues: { ...newValues, reason: cleanText(input.reason), cadreId: old.cadreId, decisionId: old.decisionId } });
  rederive(ctx, [old.cadreId], { undoRetirement: undo ? new Set([old.cadreId]) : undefined });
  return actionOut(await mustGetAction(ctx, action.id));
}

export async function cancel(ctx: ServiceContext, input: ParsedInput<'action:cancel'>): Promise<ActionRecord> {
  await rederiveDue(ctx);
  const action = await mustGetAction(ctx, input.id);
  if (action.status === 'cancelled') {
    throw new AppFailure('RULE', P.alreadyCancelled({ date: formatVi(action.updated_at.slice(0, 10)), reason: action.cancel_reason ?? '' }));
  }
  const reason = cleanText(input.reason);
  const undo = await retires(ctx, action.type_code);
  await repo.updateAction(ctx.db, action.id, { status: 'cancelled', cancel_reason: reason, updated_at: ctx.now });
  ctx.audit({ action: 'action.cancel', entity: 'action', entityId: action.id, oldValues: { status: 'active' }, newValues: { status: 'cancelled', reason, cadreId: action.cadre_id, decisionId: action.decision_id } });
  rederive(ctx, [action.cadre_id], { undoRetirement: undo ? new Set([action.cadre_id]) : undefined });
  return actionOut(await mustGetAction(ctx, action.id));
}
