/**
 * Deadlines of an official transfer (members.md, "Rules worth enforcing or warning about"), and the
 * transfer gap a clerk may count as an interruption of party life (party age).
 *
 * - The transfer must happen within 60 working days of the decision that moves the member: for a
 *   transfer out (to another province, or within the province: both halves of the pair) the event
 *   date is compared with the decision date.
 * - The member must present the transfer letter (giấy giới thiệu) to the new cell within 30 working
 *   days: for a transfer in from another province the decision date is the date of the letter and
 *   the event date the day it was presented.
 *
 * These are warnings, never refusals: late transfers happen and must still be recorded.
 *
 * Working days are Monday to Friday. Public holidays (Tết, 30/4, 1/5, 2/9, …) are NOT left out: the
 * app has no holiday catalogue yet, so the count may be a few days too high around holidays and a
 * warning may appear a little early (a conservative reminder, never a missed one). A date known only
 * by month or year gives no warning: its count would be a guess.
 */
import { completeDate, formatVi, isIsoFullDate } from '../kernel/dates/partialDate.ts';
import { EVENT } from '../kernel/eventTypes.ts';
import type { Problem } from '../kernel/problems.ts';
import { eventProblems as P } from './problems.ts';

/** Working days from the decision to the official transfer. */
export const TRANSFER_WORKING_DAYS = 60;
/** Working days from the transfer letter to presenting it to the new cell. */
export const PRESENT_LETTER_WORKING_DAYS = 30;

/** The event whose gap from its transfer letter (decision date) may count as an interruption. */
export const GAP_EVENT_CODE = EVENT.TRANSFER_IN_PROVINCE;

/** Transfers out (and the "in" half of a transfer within the province, recorded with it). */
const TRANSFER_OUT_CODES: ReadonlySet<string> = new Set<string>([EVENT.TRANSFER_OUT_PROVINCE, EVENT.TRANSFER_OUT_LOCAL, EVENT.TRANSFER_IN_LOCAL]);

const DAY_MS = 86_400_000;

function dayNumber(iso: string): number {
  if (!isIsoFullDate(iso)) throw new RangeError(`not a full date: ${iso}`);
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / DAY_MS;
}

/** 0 = Sunday … 6 = Saturday (day 0, 1970-01-01, was a Thursday). */
const weekday = (day: number) => (((day + 4) % 7) + 7) % 7;

/**
 * Working days (Monday–Friday) after `a` up to and including `b` (full ISO dates): the same day is 0,
 * Friday → next Monday is 1, a Saturday or Sunday adds nothing. Negative when `b` is before `a`.
 * Public holidays are counted as working days (no holiday catalogue yet; see the file's comment).
 */
export function workingDaysBetween(a: string, b: string): number {
  const from = dayNumber(a);
  const to = dayNumber(b);
  if (to < from) return -workingDaysBetween(b, a);
  const days = to - from;
  let count = Math.floor(days / 7) * 5;
  for (let day = from + Math.floor(days / 7) * 7 + 1; day <= to; day++) {
    const w = weekday(day);
    if (w !== 0 && w !== 6) count++;
  }
  return count;
}

export interface TransferDates {
  typeCode: string;
  /** The event date (ISO; partial dates give no warning). */
  eventDate: string | null;
  /** The decision date; for a transfer in from another province, the date of the transfer letter. */
  decisionDate: string | null;
}

/** The deadline warnings of an event, empty when it was on time or cannot be told. */
export function transferWarnings(event: TransferDates): Problem[] {
  const { eventDate, decisionDate } = event;
  if (eventDate === null || decisionDate === null || !isIsoFullDate(eventDate) || !isIsoFullDate(decisionDate)) return [];
  if (TRANSFER_OUT_CODES.has(event.typeCode)) {
    const n = workingDaysBetween(decisionDate, eventDate);
    if (n > TRANSFER_WORKING_DAYS) return [P.transferLate({ days: n, limit: TRANSFER_WORKING_DAYS })];
  } else if (event.typeCode === GAP_EVENT_CODE) {
    const n = workingDaysBetween(decisionDate, eventDate);
    if (n > PRESENT_LETTER_WORKING_DAYS) return [P.letterLate({ days: n, limit: PRESENT_LETTER_WORKING_DAYS })];
  }
  return [];
}

export interface TransferGapInput extends TransferDates {
  interruptsPartyAge: boolean;
}

/**
 * Why the flag "the time from the transfer letter to presenting it was an interruption" cannot be set
 * on this event (the problem and the input field it concerns), or null when it can (or is off).
 * Only a transfer in from another province with its letter's date, not after the day it was presented.
 */
export function transferGapProblem(e: TransferGapInput): { problem: Problem; field: 'interruptsPartyAge' | 'decisionDate' } | null {
  if (!e.interruptsPartyAge) return null;
  if (e.typeCode !== GAP_EVENT_CODE) return { field: 'interruptsPartyAge', problem: P.gapWrongType() };
  if (e.decisionDate === null) return { field: 'decisionDate', problem: P.gapNeedsLetter() };
  if (e.eventDate !== null && completeDate(e.decisionDate).iso > completeDate(e.eventDate).iso) {
    return { field: 'decisionDate', problem: P.gapLetterAfter({ letter: formatVi(e.decisionDate), presented: formatVi(e.eventDate) }) };
  }
  return null;
}
