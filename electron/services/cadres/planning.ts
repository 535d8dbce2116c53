import type { ParsedInput, Output } from '../../../shared/contract/methods.ts';
import { AppFailure } from '../../../shared/kernel/result.ts';
import { searchKey, searchWords } from '../../../shared/kernel/text/normalise.ts';
import { cadreProblems as P } from '../../../shared/cadres/problems.ts';
import { planningShares, planningWarnings } from '../../../shared/cadres/planningRules.ts';
import { peopleOf } from '../../../db/repositories/cadres/cadres.ts';
import { planningCycles, planningOfCycle } from '../../../db/repositories/cadres/planning.ts';
import type { ServiceContext } from '../context.ts';

/**
 * Succession planning of one cycle: its entries (written by the PLAN_ADD / PLAN_REMOVE actions of the
 * decisions), the warnings of the limits (shared/cadres/planningRules.ts) and the shares of women and
 * of cadres under 40 among the people shown.
 */

type Result = Output<'planning:list'>;

const WARNING_KIND: Record<string, Result['warnings'][number]['kind']> = {
  'cadres.planningTooManyPeople': 'peoplePerPost',
  'cadres.planningTooManyPosts': 'postsPerPerson',
};

export async function list(ctx: ServiceContext, input: ParsedInput<'planning:list'>): Promise<Result> {
  const cycles = await planningCycles(ctx.db);
  if (!cycles.some((c) => c.code === input.cycleCode)) throw new AppFailure('NOT_FOUND', P.cycleNotFound({ code: input.cycleCode }), { cycleCode: P.cycleNotFound({ code: input.cycleCode }) });
  const all = await planningOfCycle(ctx.db, input.cycleCode, input.includeRemoved);
  const words = searchWords(input.post);
  const shown = words.length === 0 ? all : all.filter((e) => words.every((w) => ` ${searchKey(e.post)}`.includes(` ${w}`)));
  const people = await peopleOf(ctx.db, shown.map((e) => e.cadre_id));
  const rows = shown.flatMap((e) => {
    const p = people.get(e.cadre_id);
    if (!p) return [];
    return [{ id: e.id, cadreId: e.cadre_id, fullName: p.full_name, sex: p.sex, birthDate: p.birth_date, cycleCode: e.cycle_code, post: e.post, addedOn: e.added_on, removedOn: e.removed_on, removalReason: e.removal_reason }];
  });

  // The limits concern the cycle's standing entries, whatever the screen filters.
  const standing = all.filter((e) => e.removed_on === null);
  const postName = new Map(standing.map((e) => [e.post_key, e.post]));
  const warnings = planningWarnings(standing.map((e) => ({ cadreId: String(e.cadre_id), postKey: e.post_key, cycleCode: e.cycle_code }))).flatMap((w) => {
    const kind = WARNING_KIND[w.code];
    if (kind === undefined) return [];
    // A post is named as entered; a person by the file's id (the rows carry the name).
    const key = kind === 'peoplePerPost' ? (postName.get(String(w.params.postKey)) ?? String(w.params.postKey)) : String(w.params.cadreId);
    return [{ kind, key, count: Number(w.params.count) }];
  });

  // Shares count each person once, among the standing entries shown.
  const distinct = new Map(rows.filter((r) => r.removedOn === null).map((r) => [r.cadreId, r]));
  const s = planningShares([...distinct.values()].map((r) => ({ sex: r.sex, birthDate: r.birthDate })), ctx.today);
  return {
    rows,
    cycles: cycles.map((c) => ({ code: c.code, name: c.name, kind: c.kind, fromYear: c.from_year, toYear: c.to_year })),
    warnings,
    shares: { people: s.total, women: s.women, under40: s.young },
  };
}
