/**
 * The cadre lists of the Tổng quan digest, in full and in order (the digest shows a page of each, the
 * export writes them all): reappointment notices due, the retirement ladder, asset declarations
 * missing. The rules are shared/cadres/{terms,retirement}.ts; the SQL is db/repositories/reminders/.
 */
import type { Digest } from '../../../shared/reminders/schemas.ts';
import { retirementDate, type Retirement } from '../../../shared/cadres/retirement.ts';
import { extensionAdvised } from '../../../shared/cadres/terms.ts';
import { addDays, addMonths } from '../../../shared/kernel/dates/dayMath.ts';
import * as repo from '../../../db/repositories/reminders/digest.ts';
import type { CadrePerson } from '../../../db/repositories/reminders/digest.ts';
import type { ServiceContext } from '../context.ts';

export type ReappointmentRow = Digest['reappointments']['rows'][number];
export type RetirementRow = Digest['retirements']['rows'][number];
export type DeclarationRow = Digest['assetDeclarations']['rows'][number];

/** The retirement ladder (cadres.md): decision due 3 months ahead, written notice 6, plan 12. */
export const STAGE_MONTHS = { decision: 3, notice: 6, plan: 12 } as const;

const ref = (p: CadrePerson) => ({ cadreId: p.cadre_id, fullName: p.full_name, mainPost: p.main_post, mainUnit: p.main_unit });

/** The retirement of a person, or null when the stored birth date is not one (never in a valid file). */
function retirementOf(p: CadrePerson): Retirement | null {
  if (p.sex !== 'M' && p.sex !== 'F') return null;
  try {
    return retirementDate({ sex: p.sex, birthDate: p.birth_date, adjustmentMonths: p.retirement_adjust_months });
  } catch {
    return null;
  }
}

/**
 * Posts whose reappointment notice is due within `withinDays` of today, the overdue ones included
 * while the term still runs; extension to retirement advised when less than 2 years remain at term end.
 */
export async function reappointments(ctx: ServiceContext, withinDays: number): Promise<ReappointmentRow[]> {
  const rows = await repo.noticesDue(ctx.db, addDays(ctx.today, withinDays), ctx.today);
  return rows.map((r) => {
    const retirement = retirementOf(r);
    return {
      ...ref(r),
      post: r.title,
      unit: r.unit,
      termEnd: r.term_end,
      noticeOn: r.notice_on,
      extensionAdvised: retirement !== null && extensionAdvised(r.term_end, retirement.date),
    };
  });
}

/**
 * Working cadres retiring within 12 months, by retirement date then name, with the step due. A
 * working cadre whose date has passed (the retirement not recorded yet) stays on it at 'decision'.
 */
export async function retirements(ctx: ServiceContext): Promise<RetirementRow[]> {
  const limits = {
    decision: addMonths(ctx.today, STAGE_MONTHS.decision),
    notice: addMonths(ctx.today, STAGE_MONTHS.notice),
    plan: addMonths(ctx.today, STAGE_MONTHS.plan),
  };
  const due: (RetirementRow & { sortKey: string })[] = [];
  for (const p of await repo.cadresNearRetirement(ctx.db, limits.plan)) {
    const r = retirementOf(p);
    if (r === null || r.date > limits.plan) continue;
    const stage = r.date <= limits.decision ? 'decision' : r.date <= limits.notice ? 'notice' : 'plan';
    due.push({ ...ref(p), sex: p.sex, birthDate: p.birth_date, retirementDate: r.date, estimated: r.estimated, stage, sortKey: p.sort_key });
  }
  due.sort((a, b) => (a.retirementDate < b.retirementDate ? -1 : a.retirementDate > b.retirementDate ? 1 : a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : a.cadreId - b.cadreId));
  return due.map(({ sortKey: _s, ...row }) => row);
}

/** Asset declarations are yearly (due before 31/12): the current year's. */
export const declarationYear = (today: string): number => Number(today.slice(0, 4));

export async function missingDeclarations(ctx: ServiceContext, limit: number | null, offset = 0): Promise<DeclarationRow[]> {
  return (await repo.missingDeclarations(ctx.db, declarationYear(ctx.today), limit, offset)).map(ref);
}

export async function missingDeclarationCount(ctx: ServiceContext): Promise<number> {
  return repo.missingDeclarationCount(ctx.db, declarationYear(ctx.today));
}
