/**
 * Party age (tuổi Đảng, members.md): whole months from the first admission decision (the ceremony
 * date when the decision date is missing), minus the interruptions: the time between leaving the
 * party (expelled, removed from the list, left voluntarily) and a re-admission. Restoration
 * (phục hồi đảng tịch) after a wrongful expulsion counts continuously; an official transfer to
 * another organisation is not an interruption, unless the clerk marked a transfer in from another
 * province as one (`interruptsPartyAge`): then the time from its transfer letter (the decision date)
 * to presenting it (the event date) is a gap too. Death stops the count. Months are whole months as
 * the civil code counts them (see monthsBetween), from the anchor: the start moved later by the gaps
 * (each gap in whole months, added up).
 */
import { completeDate, parseIso, toIso } from '../kernel/dates/partialDate.ts';
import { GAP_EVENT_CODE } from '../events/transferRules.ts';
import { EVENT } from '../kernel/eventTypes.ts';

export interface PartyAgeEvent {
  typeCode: string;
  eventDate: string;
  decisionDate?: string | null;
  cancelled?: boolean;
  /**
   * Only on a TRANSFER_IN_PROVINCE with a decision date (the transfer letter's date): the time from
   * that date to the event date was an interruption of party life. Ignored on any other event.
   */
  interruptsPartyAge?: boolean;
}

export interface PartyAge {
  /** Whole months of party age on the date asked for. */
  months: number;
  /** The first admission decision date the count starts from (null: never admitted). */
  start: string | null;
  /** `start` moved later by the interruptions so far: party age = months from the anchor, while it runs. */
  anchor: string | null;
  /** Months subtracted for interruptions. */
  interruptionMonths: number;
  /** false when the member is out of the party (expelled, removed, left, died) on the date. */
  running: boolean;
  /** true when a partial date was completed with a default (1 January / the 1st). */
  approximate: boolean;
}

const ADMISSION = new Set<string>([EVENT.ADMIT]);
const READMISSION = new Set<string>([EVENT.READMIT]);
const LEAVING = new Set<string>([EVENT.EXPEL, EVENT.REMOVE, EVENT.QUIT]);
const RESTORING = new Set<string>([EVENT.RESTORE]);
const DEATH = EVENT.DEATH;

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Whole months from `a` to `b` (full ISO dates; negative when b is before a), counted as the civil
 * code counts a period of months: k months have passed on the day `addMonths(a, k)`, so a month from
 * 31/01 is complete on the last day of February. Always the inverse of addMonths:
 * monthsBetween(a, addMonths(a, k)) === k, hence milestoneDate and party age agree.
 */
export function monthsBetween(a: string, b: string): number {
  const [ay, am, ad] = a.split('-').map(Number) as [number, number, number];
  const [by, bm, bd] = b.split('-').map(Number) as [number, number, number];
  const months = (by - ay) * 12 + (bm - am);
  if (months > 0) {
    // The day a's day of month falls on in b's month (clamped to the month's end).
    const due = Math.min(ad, daysIn(by, bm));
    return bd >= due ? months : months - 1;
  }
  if (months < 0) return -monthsBetween(b, a);
  return 0;
}

/** Adds whole months to a full ISO date (the 31st becomes the month's last day when needed). */
export function addMonths(iso: string, months: number): string {
  const d = parseIso(iso);
  if (!d || d.month === undefined || d.day === undefined) throw new RangeError(`not a full date: ${iso}`);
  const index = d.year * 12 + (d.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return toIso({ year, month, day: Math.min(d.day, last) });
}

function byDate(a: PartyAgeEvent, b: PartyAgeEvent): number {
  return a.eventDate < b.eventDate ? -1 : a.eventDate > b.eventDate ? 1 : 0;
}

/**
 * Party age on `asOf` (a full ISO date) from a member's events. The count runs from the anchor:
 * months = whole months from the anchor to `asOf` while it runs, or to the day it stopped (leaving
 * the party, death). A second ADMIT after leaving counts as a re-admission; a death while out of the
 * party does not extend the count. Only the dates that are used make the result approximate.
 */
export function partyAge(events: readonly PartyAgeEvent[], asOf: string): PartyAge {
  let approximate = false;
  const full = (iso: string): string => {
    const c = completeDate(iso);
    approximate ||= c.approximate;
    return c.iso;
  };
  let start: string | null = null;
  let interruption = 0;
  let running = false;
  let outSince: string | null = null;
  let endedAt: string | null = null;
  for (const e of events.filter((x) => !x.cancelled && x.eventDate <= asOf).sort(byDate)) {
    const admission = ADMISSION.has(e.typeCode) || READMISSION.has(e.typeCode);
    if (admission && start === null) {
      start = full(e.decisionDate ?? e.eventDate);
      running = true;
      outSince = null;
      endedAt = null;
    } else if (admission) {
      if (running) continue;
      if (outSince !== null) interruption += Math.max(0, monthsBetween(outSince, full(e.decisionDate ?? e.eventDate)));
      running = true;
      outSince = null;
      endedAt = null;
    } else if (LEAVING.has(e.typeCode) && running) {
      running = false;
      outSince = full(e.eventDate);
      endedAt = outSince;
    } else if (RESTORING.has(e.typeCode) && !running && outSince !== null) {
      // Rehabilitation: the time out never happened.
      running = true;
      outSince = null;
      endedAt = null;
    } else if (e.typeCode === GAP_EVENT_CODE && e.interruptsPartyAge === true && e.decisionDate && running && start !== null) {
      // The transfer gap: from the transfer letter (not before the count started) to presenting it.
      const letter = full(e.decisionDate);
      const from = letter < start ? start : letter;
      interruption += Math.max(0, monthsBetween(from, full(e.eventDate)));
    } else if (e.typeCode === DEATH && running) {
      running = false;
      endedAt = full(e.eventDate);
      outSince = null;
    }
  }
  if (start === null) return { months: 0, start: null, anchor: null, interruptionMonths: 0, running: false, approximate };
  const anchor = addMonths(start, interruption);
  const end = running ? asOf : (endedAt ?? asOf);
  return {
    months: Math.max(0, monthsBetween(anchor, end)),
    start,
    anchor,
    interruptionMonths: interruption,
    running,
    approximate,
  };
}

/**
 * The latest anchor from which party age has reached `months` on `asOf`: party age (counted from the
 * anchor) is at least `months` exactly when anchor <= anchorReaching(asOf, months). For filters in SQL
 * on the cached anchor. When `asOf` is a month's last day, every day of the month `months` earlier
 * qualifies (31/01 + 1 month = 29/02).
 */
export function anchorReaching(asOf: string, months: number): string {
  const back = addMonths(asOf, -months);
  const [y, m, d] = asOf.split('-').map(Number) as [number, number, number];
  if (d !== daysIn(y, m)) return back;
  const [by, bm] = back.split('-').map(Number) as [number, number];
  return toIso({ year: by, month: bm, day: daysIn(by, bm) });
}

/**
 * The date a member whose party age runs from `anchor` reaches `years` of party age, if it keeps
 * running (for badge rounds).
 */
export function milestoneDate(anchor: string, years: number): string {
  return addMonths(anchor, years * 12);
}
