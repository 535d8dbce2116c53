import { disciplineWaitWarnings, firstAppointmentWarnings, rotationWarnings } from '../../../shared/cadres/eligibility.ts';
import { planningWarnings, type PlanningEntry } from '../../../shared/cadres/planningRules.ts';
import { extensionAdvised } from '../../../shared/cadres/terms.ts';
import type { DerivedPost } from '../../../shared/decisions/posts.ts';
import { decisionProblems as P } from '../../../shared/decisions/problems.ts';
import { formatVi } from '../../../shared/kernel/dates/partialDate.ts';
import type { Problem } from '../../../shared/kernel/problems.ts';
import { searchKey } from '../../../shared/kernel/text/normalise.ts';
import type { CheckedRow, DecisionDates } from './checks.ts';

/**
 * The warnings of one row (the decision is saved all the same; cadres.md, "Terms, reappointment and
 * eligibility"): the rules are shared/cadres/ (eligibility, terms, planning); here they are asked the
 * right question for the row's effect and their findings worded in the decisions' catalogue.
 */

export interface RowFacts {
  /** The post of the row's kind held on its effective date (earlier rows of the decision included). */
  held: DerivedPost | null;
  retirement: string | null;
  /** Appointments (effect `appoint`) before this row. */
  appointmentsBefore: number;
}

export interface WarningFacts {
  disciplines: Map<number, { cadre_id: number; data: string }[]>;
  levelNames: Map<string, string>;
  /** Open planning entries of the cycles and posts the decision plans for. */
  planning: { cadre_id: number; cycle_code: string; post_key: string }[];
}

const num = (p: Problem, key: string): number => Number(p.params[key]);
const str = (p: Problem, key: string): string => String(p.params[key]);

function disciplinesOf(facts: WarningFacts, cadreId: number): { levelCode: string; decidedOn: string }[] {
  const out: { levelCode: string; decidedOn: string }[] = [];
  for (const r of facts.disciplines.get(cadreId) ?? []) {
    try {
      const d = JSON.parse(r.data) as { levelCode?: unknown; decidedOn?: unknown };
      if (typeof d.levelCode === 'string' && typeof d.decidedOn === 'string') out.push({ levelCode: d.levelCode, decidedOn: d.decidedOn });
    } catch {
      // A row that is not JSON is not a discipline the rule can read.
    }
  }
  return out;
}

export function rowWarnings(row: CheckedRow, own: RowFacts, rows: readonly CheckedRow[], facts: WarningFacts, dates: DecisionDates): Problem[] {
  const warnings: Problem[] = [];
  // The 60-month rule counts at the date the board received the proposal (else the decision's date).
  const proposalOn = dates.receivedOn ?? dates.issuedOn ?? row.effectiveOn;

  if (row.effect === 'appoint' && own.appointmentsBefore === 0 && own.retirement !== null) {
    for (const w of firstAppointmentWarnings({ retirementDate: own.retirement, proposalReceivedOn: proposalOn })) {
      warnings.push(P.firstAppointmentShort({ receivedOn: formatVi(proposalOn), monthsLeft: num(w, 'monthsLeft'), minMonths: num(w, 'minMonths'), retirementDate: formatVi(own.retirement) }));
    }
  }
  // Discipline waits bar a higher post: an appointment, or planning for one.
  if (row.effect === 'appoint' || row.effect === 'planAdd') {
    for (const w of disciplineWaitWarnings({ disciplines: disciplinesOf(facts, row.cadreId), on: row.effectiveOn })) {
      const code = str(w, 'levelCode');
      warnings.push(P.disciplineWait({ level: facts.levelNames.get(code) ?? code, decidedOn: formatVi(str(w, 'decidedOn')), waitMonths: num(w, 'waitMonths'), until: formatVi(str(w, 'until')) }));
    }
  }
  // Kept in the same main post (reappointed, extended): 8 years or more heading it → rotate.
  if ((row.effect === 'reappoint' || row.effect === 'extend') && row.postKind === 'main' && own.held) {
    for (const w of rotationWarnings({ headingSince: own.held.since, on: row.effectiveOn })) {
      warnings.push(P.rotationDue({ years: num(w, 'years'), since: formatVi(own.held.since) }));
    }
  }
  if ((row.effect === 'appoint' || row.effect === 'reappoint') && row.termEnd !== null && own.retirement !== null && extensionAdvised(row.termEnd, own.retirement)) {
    warnings.push(P.extensionAdvised({ termEnd: formatVi(row.termEnd), retirementDate: formatVi(own.retirement) }));
  }
  if (row.effect === 'planAdd' && row.planningCycle !== null && row.postAfter !== null) warnings.push(...planningFor({ cadreId: row.cadreId, cycle: row.planningCycle, post: row.postAfter }, rows, facts));
  return warnings;
}

/** More than 3 people for the row's post, or more than 3 posts for its cadre, in the cycle. */
function planningFor(row: { cadreId: number; cycle: string; post: string }, rows: readonly CheckedRow[], facts: WarningFacts): Problem[] {
  const { cycle, post } = row;
  const postKey = searchKey(post);
  const entries: PlanningEntry[] = facts.planning.map((e) => ({ cadreId: String(e.cadre_id), postKey: e.post_key, cycleCode: e.cycle_code }));
  for (const r of rows) {
    if (r.effect === 'planAdd' && r.planningCycle !== null && r.postAfter !== null) entries.push({ cadreId: String(r.cadreId), postKey: searchKey(r.postAfter), cycleCode: r.planningCycle });
  }
  const out: Problem[] = [];
  for (const w of planningWarnings(entries)) {
    if (str(w, 'cycleCode') !== cycle) continue;
    if (w.code.endsWith('TooManyPeople') && str(w, 'postKey') === postKey) out.push(P.planningTooManyPeople({ post, cycle, count: num(w, 'count'), max: num(w, 'max') }));
    if (w.code.endsWith('TooManyPosts') && str(w, 'cadreId') === String(row.cadreId)) out.push(P.planningTooManyPosts({ cycle, count: num(w, 'count'), max: num(w, 'max') }));
  }
  return out;
}
