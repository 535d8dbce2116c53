/**
 * Dates that cannot be right on a member's record (members.md; issue 8, "Plausibility"): one set of
 * pure rules, run by the record card's services (member:create / member:update), the admission by
 * decision (admissionRules.ts), the recognition and death events, live on the screens, and later on
 * spreadsheet import. Each rule returns problems with the field they concern and a severity:
 *
 * - `refuse`: the Party Charter (Điều lệ Đảng) or plain logic forbids it: admitted under 18, admitted or
 *   decided before the Party was founded (03/02/1930), full membership before 12 months of probation,
 *   admitted after death, dates in the future, admission not after birth, …
 * - `warn`: possible but worth a look: probationary for more than 24 months with nothing explaining it,
 *   and every refusing rule that partial dates leave undecided.
 *
 * Partial dates ("1965", "1965-03", names-and-dates.md) stand for every day of their year or month. A
 * rule refuses only when the dates break it whichever days they stand for (born "1993", admitted
 * "2010-06": certainly under 18) and warns when they may break it (born "1992", admitted "2010-06": 18
 * only if born before July). So a record whose dates may be right always saves.
 */
import { formatVi, parseIso } from '../kernel/dates/partialDate.ts';
import { kernelProblems, type Problem } from '../kernel/problems.ts';
import { memberProblems as P } from './problems.ts';

/** The Party Charter's minimum age for admission (Điều lệ Đảng, Điều 1). */
export const MIN_ADMISSION_AGE = 18;
/** The founding of the Communist Party of Vietnam: nobody was admitted before it. */
export const PARTY_FOUNDED = '1930-02-03';
/** Probation before a probationary member can be recognised as full (Điều lệ Đảng, Điều 5). */
export const PROBATION_MONTHS = 12;
/** Probationary longer than this without recognition or an event explaining it: worth a look. */
export const PROBATION_OVERDUE_MONTHS = 24;

export type Severity = 'refuse' | 'warn';

/** What a rule checks (the same code whether it refuses or, with partial dates, warns). */
export type PlausibilityRule =
  | 'birthInFuture'
  | 'admissionInFuture'
  | 'admissionBeforeBirth'
  | 'underAge'
  | 'admissionBeforeFounding'
  | 'decisionAfterAdmission'
  | 'decisionBeforeFounding'
  | 'fullInFuture'
  | 'fullBeforeAdmission'
  | 'probationShort'
  | 'probationOverdue'
  | 'admissionAfterDeath'
  | 'birthAfterDeath'
  | 'deathBeforeAdmission';

export interface PlausibilityProblem {
  rule: PlausibilityRule;
  severity: Severity;
  /** The box it concerns: a field of the record card ('admissionDate', …), or 'eventDate' for an event. */
  field: string;
  /** What the box shows. */
  problem: Problem;
  /** The phrase that says it whole (made a sentence by sentenceOf or kernelProblems.sentence). */
  summary: Problem;
  /** A refusal the stored record already had: kept as a warning so the record still saves (see keptAsWarnings). */
  kept?: boolean;
}

// ---- partial dates as ranges of days ------------------------------------------------------------

const isLeap = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
const daysIn = (year: number, month: number) => (month === 2 ? (isLeap(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31);

function checked(iso: string): string {
  if (parseIso(iso) === null) throw new RangeError(`not a date: ${iso}`);
  return iso;
}

// The rules run on every card of an import (issue 12): plain string work on dates already checked by
// the schemas, no Date objects (about 1 µs a card).

/** The first day a (possibly partial) ISO date can be. */
export function firstDay(iso: string): string {
  if (iso.length === 10) return iso;
  if (iso.length === 7) return `${iso}-01`;
  if (iso.length === 4) return `${iso}-01-01`;
  return checked(iso);
}

/** The last day a (possibly partial) ISO date can be. */
export function lastDay(iso: string): string {
  if (iso.length === 10) return iso;
  if (iso.length === 7) return `${iso}-${daysIn(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)))}`;
  if (iso.length === 4) return `${iso}-12-31`;
  return checked(iso);
}

/** A full ISO date shifted by whole months (the day clamped to the month's end, as partyAge.addMonths). */
function plusMonths(full: string, months: number): string {
  const index = Number(full.slice(0, 4)) * 12 + Number(full.slice(5, 7)) - 1 + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const day = Math.min(Number(full.slice(8, 10)), daysIn(year, month));
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** A full ISO date shifted by whole years (29/02 becomes 28/02 in a non-leap year, as addYears). */
function plusYears(full: string, years: number): string {
  const year = Number(full.slice(0, 4)) + years;
  const monthDay = full.slice(5);
  return `${String(year).padStart(4, '0')}-${monthDay === '02-29' && !isLeap(year) ? '02-28' : monthDay}`;
}

/** How sure a rule is that the dates break it. */
export type Certainty = 'certain' | 'possible' | null;

/** `a` is before `b` (strictly): whatever days they stand for, or for some of them. */
export function before(a: string, b: string): Certainty {
  if (lastDay(a) < firstDay(b)) return 'certain';
  if (firstDay(a) < lastDay(b)) return 'possible';
  return null;
}

/** `a` is on or before `b`. */
export function onOrBefore(a: string, b: string): Certainty {
  if (lastDay(a) <= firstDay(b)) return 'certain';
  if (firstDay(a) <= lastDay(b)) return 'possible';
  return null;
}

/**
 * A date shifted by whole months, at its own precision ("2019" + 12 → "2020", "2019-05" + 12 →
 * "2020-05"); a year alone shifted by months that are not whole years becomes a month.
 */
export function shiftMonths(iso: string, months: number): string {
  if (iso.length === 4 && months % 12 === 0) return String(Number(iso) + months / 12).padStart(4, '0');
  if (iso.length !== 10) return plusMonths(firstDay(iso), months).slice(0, 7);
  return plusMonths(iso, months);
}

// ---- the rules, one by one (also used on their own) ----------------------------------------------

/** Under `age` (18) on the day admitted: certainly (even born on the earliest day, admitted on the latest), or possibly. */
export function underAge(birth: string, admission: string, age = MIN_ADMISSION_AGE): Certainty {
  if (plusYears(firstDay(birth), age) > lastDay(admission)) return 'certain';
  if (plusYears(lastDay(birth), age) > firstDay(admission)) return 'possible';
  return null;
}

/** A date before the Party was founded (03/02/1930). */
export function beforeFounding(date: string): Certainty {
  return before(date, PARTY_FOUNDED);
}

/** Full membership before 12 months of probation from the ceremony; `due` is the earliest day (at the admission's precision). */
export function probationShort(admission: string, full: string): { certainty: Certainty; due: string } {
  const due = shiftMonths(admission, PROBATION_MONTHS);
  return { certainty: before(full, due), due };
}

/** Still probationary more than 24 months after the ceremony, as of `today` (only when certain: it is a warning already). */
export function probationOverdue(admission: string, today: string): boolean {
  return plusMonths(lastDay(admission), PROBATION_OVERDUE_MONTHS) < today;
}

// ---- the record card ------------------------------------------------------------------------------

/** The dates of the record card as typed; null when empty (or not a date). */
export interface CardDates {
  birthDate: string | null;
  admissionDate: string | null;
  admissionDecisionDate: string | null;
  fullMemberDate: string | null;
}

/** What the member's events say (a new record: nothing). */
export interface CardFacts {
  /** The date of the standing death event. */
  deathDate?: string | null;
  /** As of today, from the events: a member off the list (died, removed, left, transferred away) or suspended is not "overdue". */
  onList?: boolean;
  suspended?: boolean;
  membership?: 'probationary' | 'full';
}


/**
 * Every problem of the record card's dates, refusals first within each box. `today` is ISO. The
 * existing date checks of the card (future dates, order of the dates) are here too, refusing only
 * when certain like the rest.
 */
export function cardPlausibility(card: CardDates, facts: CardFacts, today: string): PlausibilityProblem[] {
  const out: PlausibilityProblem[] = [];
  const add = (rule: PlausibilityRule, severity: Severity, field: string, problem: Problem, summary: Problem) => out.push({ rule, severity, field, problem, summary });
  const { birthDate: birth, admissionDate: admission, admissionDecisionDate: decision, fullMemberDate: full } = card;
  const death = facts.deathDate ?? null;

  if (birth !== null && firstDay(birth) > today) add('birthInFuture', 'refuse', 'birthDate', P.birthInFuture(), P.birthInFuture());
  if (admission !== null && firstDay(admission) > today) add('admissionInFuture', 'refuse', 'admissionDate', P.admissionInFuture(), P.admissionInFuture());
  if (admission !== null) {
    const founding = beforeFounding(admission);
    if (founding !== null) {
      const founded = formatVi(PARTY_FOUNDED);
      const params = { date: formatVi(admission), founded };
      if (founding === 'certain') add('admissionBeforeFounding', 'refuse', 'admissionDate', P.beforeFoundingField({ founded }), P.admissionBeforeFounding(params));
      else add('admissionBeforeFounding', 'warn', 'admissionDate', P.maybeBeforeFoundingField({ founded }), P.admissionMaybeBeforeFounding(params));
    }
  }
  if (birth !== null && admission !== null) {
    const order = onOrBefore(admission, birth);
    if (order === 'certain') add('admissionBeforeBirth', 'refuse', 'admissionDate', P.admissionBeforeBirth(), P.admissionBeforeBirth());
    else {
      const young = underAge(birth, admission);
      if (young !== null) {
        const params = { birth: formatVi(birth), admission: formatVi(admission), age: MIN_ADMISSION_AGE };
        if (young === 'certain') add('underAge', 'refuse', 'admissionDate', P.underAgeCardField(params), P.underAgeCard(params));
        else add('underAge', 'warn', 'admissionDate', P.maybeUnderAgeCardField(params), P.maybeUnderAgeCard(params));
      }
    }
  }
  if (death !== null && admission !== null && before(death, admission) === 'certain') {
    const params = { death: formatVi(death), admission: formatVi(admission) };
    add('admissionAfterDeath', 'refuse', 'admissionDate', P.admissionAfterDeathField(params), P.admissionAfterDeath(params));
  }
  if (death !== null && birth !== null && onOrBefore(death, birth) === 'certain') {
    const params = { death: formatVi(death), birth: formatVi(birth) };
    add('birthAfterDeath', 'refuse', 'birthDate', P.birthAfterDeathField(params), P.birthAfterDeath(params));
  }
  if (decision !== null) {
    if (admission !== null && before(admission, decision) === 'certain') add('decisionAfterAdmission', 'refuse', 'admissionDecisionDate', P.decisionAfterAdmission(), P.decisionAfterAdmission());
    const founding = beforeFounding(decision);
    if (founding === 'certain') {
      const founded = formatVi(PARTY_FOUNDED);
      add('decisionBeforeFounding', 'refuse', 'admissionDecisionDate', P.beforeFoundingField({ founded }), P.decisionBeforeFounding({ date: formatVi(decision), founded }));
    }
  }
  if (full !== null) {
    if (firstDay(full) > today) add('fullInFuture', 'refuse', 'fullMemberDate', P.fullInFuture(), P.fullInFuture());
    if (admission !== null) {
      if (onOrBefore(full, admission) === 'certain') add('fullBeforeAdmission', 'refuse', 'fullMemberDate', P.fullBeforeAdmission(), P.fullBeforeAdmission());
      else {
        const { certainty, due } = probationShort(admission, full);
        if (certainty !== null) {
          const params = { months: PROBATION_MONTHS, admission: formatVi(admission), full: formatVi(full), due: formatVi(due) };
          if (certainty === 'certain') add('probationShort', 'refuse', 'fullMemberDate', P.probationShortField(params), P.probationShortCard(params));
          else add('probationShort', 'warn', 'fullMemberDate', P.maybeProbationShortField(params), P.maybeProbationShortCard(params));
        }
      }
    }
  } else if (admission !== null && facts.membership !== 'full' && facts.onList !== false && facts.suspended !== true && death === null && probationOverdue(admission, today)) {
    const params = { months: PROBATION_OVERDUE_MONTHS, admission: formatVi(admission) };
    add('probationOverdue', 'warn', 'fullMemberDate', P.probationOverdueField(params), P.probationOverdue(params));
  }
  return out;
}

const same = (a: PlausibilityProblem, b: PlausibilityProblem) => a.rule === b.rule && a.field === b.field && JSON.stringify(a.summary) === JSON.stringify(b.summary);

/**
 * A record kept before these rules may already break one (born 1975, admitted 1990): editing it must not
 * be refused for what the clerk did not change. A refusal the stored record had word for word (same
 * rule, same dates) becomes a warning marked `kept`; a new one, or one whose dates changed, stays.
 */
export function keptAsWarnings(now: readonly PlausibilityProblem[], stored: readonly PlausibilityProblem[]): PlausibilityProblem[] {
  return now.map((p) => (p.severity === 'refuse' && stored.some((s) => s.severity === 'refuse' && same(s, p)) ? { ...p, severity: 'warn', kept: true } : p));
}

/** The refusals, the first one per box (what the service throws and the box shows). */
export function refusals(problems: readonly PlausibilityProblem[]): PlausibilityProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    if (p.severity !== 'refuse' || seen.has(p.field)) return false;
    seen.add(p.field);
    return true;
  });
}

/** The line a list of notes shows for a problem (a kept refusal says so). */
export function noteOf(p: PlausibilityProblem): Problem {
  const sentence = kernelProblems.sentence({ text: p.summary });
  return p.kept ? P.keptFromBefore({ problem: sentence }) : sentence;
}

// ---- life events: recognition and death -------------------------------------------------------------

/**
 * A recognition (FULL) or a death (DEATH) event against the admission it follows: `admission` is the
 * ceremony of the admission in force on the event's date (the latest admission or re-admission not
 * after it), or, when none is, the first admission. Problems are on 'eventDate'.
 */
export function lifeEventPlausibility(event: { kind: 'full' | 'death'; eventDate: string }, admission: string | null): PlausibilityProblem[] {
  if (admission === null) return [];
  const out: PlausibilityProblem[] = [];
  if (event.kind === 'death') {
    if (before(event.eventDate, admission) === 'certain') {
      const params = { death: formatVi(event.eventDate), admission: formatVi(admission) };
      out.push({ rule: 'deathBeforeAdmission', severity: 'refuse', field: 'eventDate', problem: P.deathBeforeAdmissionField(params), summary: P.deathBeforeAdmission(params) });
    }
    return out;
  }
  if (onOrBefore(event.eventDate, admission) === 'certain') {
    out.push({ rule: 'fullBeforeAdmission', severity: 'refuse', field: 'eventDate', problem: P.fullBeforeAdmission(), summary: P.fullBeforeAdmission() });
    return out;
  }
  const { certainty, due } = probationShort(admission, event.eventDate);
  if (certainty === 'certain') {
    const params = { months: PROBATION_MONTHS, admission: formatVi(admission), full: formatVi(event.eventDate), due: formatVi(due) };
    out.push({ rule: 'probationShort', severity: 'refuse', field: 'eventDate', problem: P.probationShortField(params), summary: P.probationShortEvent(params) });
  }
  return out;
}
