/**
 * Reports on a subtree (or the province) drawn from members' events (members.md): the reminders
 * (probationary members due for recognition, temporary transfers older than a year) and the counts as
 * of a past date. SQL in db/repositories/events/events.ts.
 */
import { AppFailure } from '../../../shared/kernel/result.ts';
import { organisationProblems } from '../../../shared/organisations/problems.ts';
import type { ParsedInput } from '../../../shared/contract/methods.ts';
import type { ProbationReminder, RemindersResult, StatusAsOfResult, TemporaryReminder } from '../../../shared/events/schemas.ts';
import { completeDate } from '../../../shared/kernel/dates/partialDate.ts';
import { addMonths, monthsBetween } from '../../../shared/members/partyAge.ts';
import * as repo from '../../../db/repositories/events/events.ts';
import { getOrganisation } from '../../../db/repositories/organisations/organisations.ts';
import type { ServiceContext } from '../context.ts';
import { MOVING } from './eventHistory.ts';
import { eventCatalogue } from './memberStatus.ts';

function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

async function scopePath(ctx: ServiceContext, organisationId: number | null): Promise<string | null> {
  if (organisationId === null) return null;
  const org = await getOrganisation(ctx.db, organisationId);
  if (!org) throw new AppFailure('NOT_FOUND', organisationProblems.chosenNotFound());
  return org.parent_id === null ? null : org.path;
}

// ---- reminders ----------------------------------------------------------------------------------

type Person = Pick<ProbationReminder, 'memberId' | 'fullName' | 'birthDate' | 'organisationId' | 'organisationName'>;

const person = (r: { id: number; full_name: string; birth_date: string; organisation_id: number; organisation_name: string }): Person => ({
  memberId: r.id,
  fullName: r.full_name,
  birthDate: r.birth_date,
  organisationId: r.organisation_id,
  organisationName: r.organisation_name,
});

/**
 * Probationary members due for recognition within `withinDays` (and overdue), by the end of probation.
 * The candidates are few (a partial index on the probationary members), so the dates are computed here.
 * Also the Tổng quan digest's list (reminder:digest), which needs this list alone.
 */
export async function probationDue(ctx: ServiceContext, input: { organisationId: number | null; withinDays: number }): Promise<ProbationReminder[]> {
  const path = await scopePath(ctx, input.organisationId);
  const today = ctx.today;
  return (await repo.probationaryMembers(ctx.db, path))
    .filter((r) => r.admitted !== null)
    .map((r) => {
      const probationEnds = addMonths(completeDate(r.admitted as string).iso, 12);
      return { row: r, probationEnds, daysLeft: daysBetween(today, probationEnds) };
    })
    .filter((d) => d.daysLeft <= input.withinDays)
    .sort((a, b) => (a.probationEnds < b.probationEnds ? -1 : a.probationEnds > b.probationEnds ? 1 : a.row.sort_key < b.row.sort_key ? -1 : 1))
    .map((d) => ({ ...person(d.row), admissionDate: d.row.admitted as string, probationEnds: d.probationEnds, daysLeft: d.daysLeft }));
}

/** Temporary transfers older than a year, by date (a partial index on the members away). */
async function temporaryAway(ctx: ServiceContext, organisationId: number | null): Promise<TemporaryReminder[]> {
  const path = await scopePath(ctx, organisationId);
  const today = ctx.today;
  const yearAgo = addMonths(today, -12);
  const away = (await repo.temporarilyAwayMembers(ctx.db, path))
    .filter((r) => r.since !== null && completeDate(r.since).iso <= yearAgo)
    .sort((a, b) => ((a.since as string) < (b.since as string) ? -1 : (a.since as string) > (b.since as string) ? 1 : a.sort_key < b.sort_key ? -1 : 1));
  return away.map((r) => ({ ...person(r), since: r.since as string, months: monthsBetween(completeDate(r.since as string).iso, today), hostName: r.host_name }));
}

/** Both reminder lists in full, in their order (event:reminders pages them, event:reminderExport writes one). */
export async function reminderLists(ctx: ServiceContext, input: { organisationId: number | null; withinDays: number }): Promise<{ probation: ProbationReminder[]; temporary: TemporaryReminder[] }> {
  return { probation: await probationDue(ctx, input), temporary: await temporaryAway(ctx, input.organisationId) };
}

/** A page of each reminder list (from its own offset) with the exact totals. */
export async function reminders(ctx: ServiceContext, input: ParsedInput<'event:reminders'>): Promise<RemindersResult> {
  const lists = await reminderLists(ctx, input);
  const page = <T>(rows: T[], offset: number) => {
    // An offset past the end (the list shrank since): the last page.
    const start = offset < rows.length ? offset : Math.max(0, Math.floor((rows.length - 1) / input.limit) * input.limit);
    return { total: rows.length, offset: start, rows: rows.slice(start, start + input.limit) };
  };
  return {
    asOf: ctx.today,
    withinDays: input.withinDays,
    probation: page(lists.probation, input.probationOffset),
    temporary: page(lists.temporary, input.temporaryOffset),
  };
}

// ---- status as of a date ------------------------------------------------------------------------

/** Counts of a subtree (or the province) on a past date, derived from the events. */
export async function statusAsOf(ctx: ServiceContext, input: ParsedInput<'event:statusAsOf'>): Promise<StatusAsOfResult> {
  const path = await scopePath(ctx, input.organisationId);
  const { effects } = await eventCatalogue(ctx);
  const codes = [...effects];
  const counts = await repo.statusAsOf(ctx.db, input.asOf, path, {
    adds: codes.filter(([, e]) => e === 'add').map(([c]) => c),
    removes: codes.filter(([, e]) => e === 'remove').map(([c]) => c),
    moves: [...MOVING],
  });
  return {
    organisationId: input.organisationId,
    asOf: input.asOf,
    onList: counts.on_list,
    probationary: counts.probationary,
    full: counts.full,
    exempted: counts.exempted,
    suspended: counts.suspended,
    temporarilyAway: counts.temporarily_away,
  };
}
