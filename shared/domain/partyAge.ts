/**
 * Party age (tuổi đảng, members.md): whole months from the first admission decision (the ceremony
 * date when the decision date is missing), minus the interruptions: the time between leaving the
 * party (expelled, removed from the list, left voluntarily) and a re-admission. Restoration
 * (phục hồi đảng tịch) after a wrongful expulsion counts continuously; an official transfer to
 * another organisation is not an interruption. Death stops the count.
 */
import { completeDate, parseIso, toIso } from '../dates/partialDate.ts';

export interface PartyAgeEvent {
  typeCode: string;
  eventDate: string;
  decisionDate?: string | null;
  cancelled?: boolean;
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

const ADMISSION = new Set(['ADMIT']);
const READMISSION = new Set(['READMIT']);
const LEAVING = new Set(['EXPEL', 'REMOVE', 'QUIT']);
const RESTORING = new Set(['RESTORE']);
const DEATH = 'DEATH';

/** Whole months from `a` to `b` (full ISO dates; negative when b is before a). */
export function monthsBetween(a: string, b: string): number {
  const [ay, am, ad] = a.split('-').map(Number) as [number, number, number];
  const [by, bm, bd] = b.split('-').map(Number) as [number, number, number];
  return (by - ay) * 12 + (bm - am) - (bd < ad ? 1 : 0);
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

/** Party age on `asOf` (a full ISO date) from a member's events. */
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
    const when = full(e.decisionDate ?? e.eventDate);
    if (ADMISSION.has(e.typeCode) || (READMISSION.has(e.typeCode) && start === null)) {
      if (start === null) start = when;
      running = true;
      outSince = null;
    } else if (READMISSION.has(e.typeCode)) {
      if (outSince !== null) interruption += Math.max(0, monthsBetween(outSince, when));
      running = true;
      outSince = null;
      endedAt = null;
    } else if (LEAVING.has(e.typeCode) && running) {
      running = false;
      outSince = full(e.eventDate);
      endedAt = outSince;
    } else if (RESTORING.has(e.typeCode) && !running && start !== null) {
      // Rehabilitation: the time out never happened.
      running = true;
      outSince = null;
      endedAt = null;
    } else if (e.typeCode === DEATH) {
      running = false;
      endedAt = full(e.eventDate);
      outSince = null;
    }
  }
  if (start === null) return { months: 0, start: null, anchor: null, interruptionMonths: 0, running: false, approximate };
  const end = running ? asOf : (endedAt ?? asOf);
  return {
    months: Math.max(0, monthsBetween(start, end) - interruption),
    start,
    anchor: addMonths(start, interruption),
    interruptionMonths: interruption,
    running,
    approximate,
  };
}

/**
 * The date a member whose party age runs from `anchor` reaches `years` of party age, if it keeps
 * running (for badge rounds).
 */
export function milestoneDate(anchor: string, years: number): string {
  return addMonths(anchor, years * 12);
}
