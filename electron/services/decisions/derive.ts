import { retirementDate } from '../../../shared/cadres/retirement.ts';
import { reappointmentNoticeDate } from '../../../shared/cadres/terms.ts';
import { deriveFile, postOfKind, type DerivationAction } from '../../../shared/decisions/posts.ts';
import * as derived from '../../../db/repositories/decisions/derived.ts';
import { getSetting, setSetting } from '../../../db/repositories/system/settings.ts';
import type { ServiceContext } from '../context.ts';

/**
 * Rewrites what is derived from a cadre's actions (shared/decisions/posts.ts) in the caller's
 * transaction: `cadre_post` as of today with each term's end and reappointment notice date (90
 * working days before, counting the `holiday` table), `planning_entry`, and the cached main post and
 * status of `cadre`. Called after every change of actions, and by the demo generator for thousands
 * of cadres: the holidays are read once per call and the cadres in chunks of a few statements each.
 */

export const toDerivation = (r: derived.ActionForDerivation): DerivationAction => ({
  id: r.id,
  decisionId: r.decision_id,
  decisionNo: r.decision_no,
  seq: r.seq,
  typeCode: r.type_code,
  effect: r.effect,
  effectiveOn: r.effective_on,
  postKind: r.post_kind,
  postBefore: r.post_before,
  unitBefore: r.unit_before,
  postAfter: r.post_after,
  unitAfter: r.unit_after,
  orgAfterId: r.org_after_id,
  termMonths: r.term_months,
  planningCycle: r.planning_cycle,
  note: r.note,
  status: r.status,
});

/** The retirement date of a cadre, or null when the birth date cannot be read. */
export function retirementOf(c: Pick<derived.CadreFacts, 'sex' | 'birth_date' | 'retirement_adjust_months'>): string | null {
  try {
    return retirementDate({ sex: c.sex, birthDate: c.birth_date, adjustmentMonths: c.retirement_adjust_months }).date;
  } catch {
    return null;
  }
}

/** Actions grouped by cadre. */
export function byCadre<T extends { cadre_id: number }>(rows: readonly T[]): Map<number, T[]> {
  const map = new Map<number, T[]>();
  for (const r of rows) {
    const list = map.get(r.cadre_id);
    if (list) list.push(r);
    else map.set(r.cadre_id, [r]);
  }
  return map;
}

const CHUNK = 2000;

export interface RederiveOptions {
  /** Cadres whose retirement was cancelled or corrected: a 'retired' status goes back to 'working'. */
  undoRetirement?: ReadonlySet<number>;
  /**
   * The cadres' facts and every active action of theirs, when the caller already holds them (a save
   * read them for its check and knows what it inserted): not read again.
   */
  known?: { facts: derived.CadreFacts[]; actions: derived.ActionForDerivation[] };
}

export function rederive(ctx: Pick<ServiceContext, 'bulk' | 'today'>, cadreIds: readonly number[], options: RederiveOptions = {}): void {
  const unique = [...new Set(cadreIds)];
  if (unique.length === 0) return;
  const holidays = derived.holidaySet(ctx.bulk);
  // Counting 90 working days back is the costly step (~0.2 ms); many terms end on the same day.
  const notices = new Map<string, string>();
  const noticeOf = (end: string): string => {
    let on = notices.get(end);
    if (on === undefined) notices.set(end, (on = reappointmentNoticeDate(end, holidays)));
    return on;
  };
  for (let start = 0; start < unique.length; start += CHUNK) {
    const ids = unique.slice(start, start + CHUNK);
    const known = unique.length <= CHUNK ? options.known : undefined;
    const actions = byCadre(known ? known.actions : derived.activeActionsOf(ctx.bulk, ids));
    const posts: derived.PostRow[] = [];
    const planning: derived.PlanningRow[] = [];
    const caches: derived.CadreCache[] = [];
    for (const cadre of known ? known.facts : derived.cadreFactsOf(ctx.bulk, ids)) {
      const file = deriveFile((actions.get(cadre.id) ?? []).map(toDerivation), { asOf: ctx.today, retirementDate: retirementOf(cadre) });
      for (const p of file.posts) {
        posts.push({
          cadre_id: cadre.id,
          post_kind: p.postKind,
          title: p.title,
          unit: p.unit,
          org_id: p.orgId,
          since: p.since,
          term_end: p.termEnd,
          // A post extended to retirement is not reappointed: no notice.
          notice_on: p.termEnd !== null && p.termKind === 'term' ? noticeOf(p.termEnd) : null,
          action_id: p.actionId,
        });
      }
      for (const e of file.planning) {
        planning.push({
          cadre_id: cadre.id,
          cycle_code: e.cycleCode,
          post: e.post,
          post_key: e.postKey,
          added_on: e.addedOn,
          added_action_id: e.addedActionId,
          removed_on: e.removedOn,
          removed_action_id: e.removedActionId,
          removal_reason: e.removalReason,
        });
      }
      const main = postOfKind(file, 'main');
      const status = file.retiredOn !== null ? 'retired' : cadre.status === 'retired' && options.undoRetirement?.has(cadre.id) ? 'working' : null;
      caches.push({ id: cadre.id, main_post: main?.title || null, main_unit: main?.unit ?? null, main_org_id: main?.orgId ?? null, status });
    }
    derived.writeDerived(ctx.bulk, ids, posts, planning, caches);
  }
}

/** The day the derived rows were last brought up to date (app_setting). */
export const DERIVED_ON_SETTING = 'decisions.derivedOn';

/**
 * Posts are derived as of today, so an action that takes effect later (an appointment from next
 * month, a retirement at the end of the month) changes the files on that day: the cadres with an
 * action that took effect since the last day this ran are derived again. Cheap when it already ran
 * today (one setting read); the decision writes call it first. A file without the setting starts
 * counting from today (every derivation so far was made as of a day no later than today).
 */
export async function rederiveDue(ctx: Pick<ServiceContext, 'db' | 'bulk' | 'today'>): Promise<number> {
  const last = await getSetting(ctx.db, DERIVED_ON_SETTING);
  if (last !== null && last >= ctx.today) return 0;
  const ids = last === null ? [] : derived.cadresWithActionsBetween(ctx.bulk, last, ctx.today);
  rederive(ctx, ids);
  await setSetting(ctx.db, DERIVED_ON_SETTING, ctx.today);
  return ids.length;
}

/**
 * After the holidays of a year changed: the notice dates counted across them are derived again (a
 * notice falls at most about five months before its term end, so terms ending from that year on).
 */
export function rederiveAfterHolidays(ctx: Pick<ServiceContext, 'bulk' | 'today'>, year: number): number {
  const ids = derived.cadresWithTermEndFrom(ctx.bulk, `${year}-01-01`);
  rederive(ctx, ids);
  return ids.length;
}
