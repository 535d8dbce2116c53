/**
 * Huy hiệu Đảng rules (ratings-and-badges.md): the presentation rounds, which members reach a
 * milestone in a round, the early windows (gravely ill; posthumous) and the discipline blocks.
 * Pure functions on ISO dates; the milestone years and their early windows come from the
 * cat_badge_milestones catalogue, the discipline waits from cat_discipline_levels.
 */
import { completeDate } from '../kernel/dates/partialDate.ts';
import { addMonths, milestoneDate } from '../members/partyAge.ts';

/**
 * The days badges are presented on, in calendar order: 3/2 (founding of the Party, 1930),
 * 19/5 (President Hồ Chí Minh's birthday), 2/9 (National Day), 7/11 (the October Revolution).
 * A rule constant rather than a catalogue because the regulation fixes them and every window
 * computation depends on their order; a change of the regulation changes only this list.
 * Every day is below 29, so shifting a round by whole years or months never clamps its day
 * (the anchor windows in anchorWindow rely on this).
 */
export const BADGE_ROUND_DAYS: readonly { readonly month: number; readonly day: number }[] = [
  { month: 2, day: 3 },
  { month: 5, day: 19 },
  { month: 9, day: 2 },
  { month: 11, day: 7 },
];

/** A deceased member may be awarded posthumously (truy tặng) up to this many months early. */
export const POSTHUMOUS_EARLY_MONTHS = 12;

/** A row of the milestone catalogue, as the rules use it. */
export interface BadgeMilestone {
  years: number;
  /** How early a gravely ill member may receive this badge (12 for 30-65 years, 24 for 70-90). */
  earlyMonthsIll: number;
}

/** A half-open date window (after, onOrBefore]. */
export interface DateWindow {
  after: string;
  onOrBefore: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const roundIso = (year: number, i: number) => {
  const r = BADGE_ROUND_DAYS[i] as { month: number; day: number };
  return `${String(year).padStart(4, '0')}-${pad(r.month)}-${pad(r.day)}`;
};

/** The four round dates of a year, in order. */
export function roundsOfYear(year: number): string[] {
  return BADGE_ROUND_DAYS.map((_, i) => roundIso(year, i));
}

/** true when `iso` is one of the round dates. */
export function isRoundDate(iso: string): boolean {
  const year = Number(iso.slice(0, 4));
  return Number.isInteger(year) && roundsOfYear(year).includes(iso);
}

function roundIndex(round: string): number {
  const i = roundsOfYear(Number(round.slice(0, 4))).indexOf(round);
  if (i < 0) throw new RangeError(`not a badge round date: ${round}`);
  return i;
}

/** The round before `round`: the 3/2 round's previous round is 7/11 of the year before. */
export function previousRound(round: string): string {
  const year = Number(round.slice(0, 4));
  const i = roundIndex(round);
  return i === 0 ? roundIso(year - 1, BADGE_ROUND_DAYS.length - 1) : roundIso(year, i - 1);
}

/** The round after `round`: the 7/11 round's next round is 3/2 of the year after. */
export function nextRound(round: string): string {
  const year = Number(round.slice(0, 4));
  const i = roundIndex(round);
  return i === BADGE_ROUND_DAYS.length - 1 ? roundIso(year + 1, 0) : roundIso(year, i + 1);
}

/** The round whose window holds `date` (a full ISO date): the first round on or after it. */
export function roundOf(date: string): string {
  const year = Number(date.slice(0, 4));
  return roundsOfYear(year).find((r) => r >= date) ?? roundIso(year + 1, 0);
}

/** The members a round lists reached their milestone in (previous round, round]. */
export function roundWindow(round: string): DateWindow {
  return { after: previousRound(round), onOrBefore: round };
}

/**
 * The anchors (dates party age counts from) whose `years` milestone falls in `window`. Exact for
 * windows whose ends have a day below 29 (rounds, and rounds shifted by whole months): then
 * milestoneDate(anchor, years) > end ⇔ anchor > end − years, even for anchors on the 29th-31st.
 */
export function anchorWindow(window: DateWindow, years: number): DateWindow {
  return { after: addMonths(window.after, -12 * years), onOrBefore: addMonths(window.onOrBefore, -12 * years) };
}

export function inWindow(date: string, window: DateWindow): boolean {
  return date > window.after && date <= window.onOrBefore;
}

/** true when a member whose party age runs from `anchor` reaches `years` in the round's window. */
export function reachesInRound(anchor: string, years: number, round: string): boolean {
  return inWindow(milestoneDate(anchor, years), roundWindow(round));
}

/**
 * A gravely ill member is considered at `round` for a milestone reached after the round but at
 * most `earlyMonths` after it (reached on or before the round, the milestone is a regular one).
 */
export function earlyWindow(round: string, earlyMonths: number): DateWindow {
  return { after: round, onOrBefore: addMonths(round, earlyMonths) };
}

/** The early window of a milestone for a gravely ill member (from the catalogue). */
export function earlyMonthsFor(milestones: readonly BadgeMilestone[], years: number): number {
  const m = milestones.find((x) => x.years === years);
  if (!m) throw new RangeError(`no badge milestone of ${years} years`);
  return m.earlyMonthsIll;
}

/**
 * Posthumous award (truy tặng): the highest milestone a deceased member reached, or would have
 * reached at most POSTHUMOUS_EARLY_MONTHS after death, if it falls after the previous round
 * (earlier milestones were due, and listed, while the member was alive) and is not held.
 * The member is considered at every round from the death until that milestone's own round.
 */
export function posthumousMilestone(anchor: string, deathDate: string, round: string, milestones: readonly BadgeMilestone[], held: ReadonlySet<number>): { years: number; date: string } | null {
  const death = completeDate(deathDate).iso;
  if (death > round) return null;
  const limit = addMonths(death, POSTHUMOUS_EARLY_MONTHS);
  const reachable = milestones
    .map((m) => ({ years: m.years, date: milestoneDate(anchor, m.years) }))
    .filter((m) => m.date <= limit)
    .sort((a, b) => b.years - a.years)[0];
  if (!reachable || held.has(reachable.years) || reachable.date <= previousRound(round)) return null;
  return reachable;
}

/** Range of death dates that can give a posthumous candidate at `round`: (previous − 12 months, round]. */
export function posthumousDeathWindow(round: string): DateWindow {
  return { after: addMonths(previousRound(round), -POSTHUMOUS_EARLY_MONTHS), onOrBefore: round };
}

/** A discipline decision as the badge rule sees it. */
export interface BadgeDiscipline {
  decidedOn: string;
  /** Months before the member may be considered again (6 reprimand, 9 warning, 12 removal); null: no wait (expulsion removes the member from the list). */
  waitMonths: number | null;
  cancelled?: boolean;
  levelName?: string;
}

/** The date a disciplined member may be considered again: `waitMonths` after the decision. */
export function disciplineBlockEnd(decidedOn: string, waitMonths: number): string {
  return addMonths(completeDate(decidedOn).iso, waitMonths);
}

/**
 * The date from which a member is eligible again when under discipline at `round`, or null when
 * not blocked. A decision taken on or before the round blocks until its wait is over; on the day
 * the wait ends the member is eligible.
 */
export function blockedAt(disciplines: readonly BadgeDiscipline[], round: string): { eligibleFrom: string; levelName: string | null } | null {
  let found: { eligibleFrom: string; levelName: string | null } | null = null;
  for (const d of disciplines) {
    if (d.cancelled || d.waitMonths === null) continue;
    const decided = completeDate(d.decidedOn).iso;
    if (decided > round) continue;
    const end = disciplineBlockEnd(decided, d.waitMonths);
    if (end > round && (found === null || end > found.eligibleFrom)) found = { eligibleFrom: end, levelName: d.levelName ?? null };
  }
  return found;
}

/**
 * Milestones a member missed while blocked and may be proposed for at `round`, now that a block
 * ended in the round's window: reached on or before the round, not held, and blocked at the round
 * they fell in. Empty while still blocked at `round`.
 */
export function returningMilestones(anchor: string, round: string, milestones: readonly BadgeMilestone[], held: ReadonlySet<number>, disciplines: readonly BadgeDiscipline[]): { years: number; date: string; dueRound: string }[] {
  if (blockedAt(disciplines, round) !== null) return [];
  const window = roundWindow(round);
  const endedInWindow = disciplines.some((d) => !d.cancelled && d.waitMonths !== null && inWindow(disciplineBlockEnd(d.decidedOn, d.waitMonths), window));
  if (!endedInWindow) return [];
  const out: { years: number; date: string; dueRound: string }[] = [];
  for (const m of milestones) {
    if (held.has(m.years)) continue;
    const date = milestoneDate(anchor, m.years);
    if (date > window.after) continue; // in this round's own window: a regular candidate
    const dueRound = roundOf(date);
    if (blockedAt(disciplines, dueRound) !== null) out.push({ years: m.years, date, dueRound });
  }
  return out;
}

/** The milestones above the highest one held (all of them when none is held), in order, with their dates and rounds. */
function milestonesAhead(anchor: string, milestones: readonly BadgeMilestone[], held: ReadonlySet<number>): { years: number; date: string; round: string }[] {
  const highest = Math.max(0, ...held);
  return [...milestones]
    .sort((a, b) => a.years - b.years)
    .filter((m) => m.years > highest && !held.has(m.years))
    .map((m) => {
      const date = milestoneDate(anchor, m.years);
      return { years: m.years, date, round: roundOf(date) };
    });
}

/**
 * The next badge of a member whose party age runs from `anchor`: the first catalogue milestone above
 * the highest one held (or the first, when none is held), with its date and the round it falls in;
 * given `from` (today), the first whose round is not yet past (those are owed: owedMilestones).
 */
export function nextMilestone(anchor: string, milestones: readonly BadgeMilestone[], held: ReadonlySet<number>, from?: string): { years: number; date: string; round: string } | null {
  return milestonesAhead(anchor, milestones, held).find((m) => from === undefined || m.round >= from) ?? null;
}

/**
 * The badges a member is owed on `today`: every milestone above the highest held whose round has
 * passed without a badge on file (a member with 47 years of party age and none held is owed the
 * 30-, 40- and 45-year badges), in order.
 */
export function owedMilestones(anchor: string, milestones: readonly BadgeMilestone[], held: ReadonlySet<number>, today: string): { years: number; date: string; round: string }[] {
  return milestonesAhead(anchor, milestones, held).filter((m) => m.round < today);
}
