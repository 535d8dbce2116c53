/**
 * reminder:digest, the clerk's desk (Tổng quan, issue 9): each list's total and first rows, from every
 * register. The cadre lists are digestLists.ts; the probationary members are the events domain's own
 * reminder list (event:reminders' probationDue) and the badge candidates the badges domain's (badge:candidates), so
 * each rule keeps one home.
 */
import type { ParsedInput } from '../../../shared/contract/methods.ts';
import type { Digest } from '../../../shared/reminders/schemas.ts';
import { roundOf } from '../../../shared/badges/rules.ts';
import type { ServiceContext } from '../context.ts';
import { candidates } from '../badges/badgeRounds.ts';
import { probationDue } from '../events/eventReports.ts';
import { declarationYear, missingDeclarationCount, missingDeclarations, reappointments, retirements } from './digestLists.ts';

/** event:reminders takes at most 366 days; the desk's one window (withinDays) is capped to it for the probation list. */
export const PROBATION_MAX_DAYS = 366;

const page = <T>(rows: readonly T[], limit: number) => ({ total: rows.length, rows: rows.slice(0, limit) });

/** Probation ending within the desk's window (the same list event:reminderExport writes with that window). */
async function probationary(ctx: ServiceContext, withinDays: number, limit: number): Promise<Digest['probationary']> {
  const probation = await probationDue(ctx, { organisationId: null, withinDays: Math.min(PROBATION_MAX_DAYS, withinDays) });
  return page(
    probation.map((r) => ({ memberId: r.memberId, fullName: r.fullName, organisationName: r.organisationName, dueOn: r.probationEnds })),
    limit,
  );
}

/** The next round (on or after today) for the province: regular (by milestone), early and posthumous candidates. */
async function badges(ctx: ServiceContext, limit: number): Promise<Digest['badges']> {
  const roundDate = roundOf(ctx.today);
  const c = await candidates(ctx, { organisationId: null, roundDate });
  const rows = [...c.regular.flatMap((g) => g.rows), ...c.early, ...c.posthumous].map((r) => ({
    memberId: r.memberId,
    fullName: r.fullName,
    organisationName: r.organisationName,
    milestone: r.milestone,
  }));
  return { ...page(rows, limit), roundDate };
}

export async function digest(ctx: ServiceContext, input: ParsedInput<'reminder:digest'>): Promise<Digest> {
  const { limit } = input;
  return {
    today: ctx.today,
    reappointments: page(await reappointments(ctx, input.withinDays), limit),
    retirements: page(await retirements(ctx), limit),
    probationary: await probationary(ctx, input.withinDays, limit),
    badges: await badges(ctx, limit),
    assetDeclarations: { total: await missingDeclarationCount(ctx), rows: await missingDeclarations(ctx, limit), year: declarationYear(ctx.today) },
  };
}
