/**
 * Life-cycle histories of the demo members beyond admission and full membership (members.md): a few
 * percent die, are removed from the list, leave, are expelled (and some restored), are re-admitted,
 * move to another province or between cells of the province, or came from another province; members
 * over 70 are sometimes exempted from work and activities; a few are suspended or attached
 * temporarily to another cell; some cards are issued or reissued. Every history is a possible
 * sequence (shared/events/rules.ts) and the cached columns are derived from it exactly as the app
 * derives them. Drawn from a stream of its own, so the rest of the province does not change with it.
 */
import { addMonths } from './days.ts';
import { Random } from './random.ts';
import type { PlannedOrg } from './tree.ts';
import { EVENT } from '../../../../shared/events/eventTypes.ts';

export type HistoryKind = 'none' | 'death' | 'remove' | 'quit' | 'expel' | 'restore' | 'readmit' | 'outProvince' | 'localMove' | 'arrival';
export type SideKind = 'none' | 'exempt' | 'suspend' | 'temporary';

export interface TimelineEvent {
  type: string;
  day: number;
  /** Day of the decision (null: none recorded). */
  decisionDay: number | null;
  orgFrom: number | null;
  orgTo: number | null;
}

export interface MemberDays {
  org: PlannedOrg;
  birth: number;
  admission: number;
  /** The first full membership (admission + 12 months); only when on or before today. */
  full: number | null;
}

export interface History {
  kind: HistoryKind;
  side: SideKind;
  /** Where the card's admission took the member: the cell, an earlier cell, or null (another province). */
  admitOrg: number | null;
  /** Events after the card's ADMIT and FULL, in date order. */
  events: TimelineEvent[];
}

/** Shares of members by history (of all members; most need a full member with enough years). */
const KINDS: readonly (readonly [HistoryKind, number])[] = [
  ['death', 0.012],
  ['remove', 0.002],
  ['quit', 0.0005],
  ['expel', 0.0004],
  ['restore', 0.0002],
  ['readmit', 0.0008],
  ['outProvince', 0.005],
  ['localMove', 0.02],
  ['arrival', 0.01],
];
/** Members over 70 on the list exempted from work and activities. */
const EXEMPT_OVER_70 = 0.04;
const SUSPEND = 0.001;
const TEMPORARY = 0.006;
const CARD_ISSUE = 0.03;
const CARD_REISSUE = 0.004;
const YEAR = 365;

export class HistoryMaker {
  private readonly rng: Random;
  private readonly today: number;
  private readonly holders: readonly PlannedOrg[];

  constructor(seed: number, today: number, holders: readonly PlannedOrg[]) {
    this.rng = new Random(seed ^ 0x4157_0e1d);
    this.today = today;
    this.holders = holders;
  }

  /** A day in [from, to], or null when the range is empty. */
  private between(from: number, to: number): number | null {
    return from > to ? null : this.rng.int(from, to);
  }

  private otherHolder(org: PlannedOrg): PlannedOrg | null {
    if (this.holders.length < 2) return null;
    for (let tries = 0; tries < 4; tries++) {
      const h = this.rng.pick(this.holders);
      if (h.id !== org.id) return h;
    }
    return null;
  }

  make(m: MemberDays): History {
    const rng = this.rng;
    const today = this.today;
    const org = m.org.id;
    const events: TimelineEvent[] = [];
    const ev = (type: string, day: number, orgFrom: number | null, orgTo: number | null, decided = true) =>
      events.push({ type, day, decisionDay: decided ? Math.max(day - rng.int(0, 20), m.admission) : null, orgFrom, orgTo });
    let admitOrg: number | null = org;

    // The main story.
    let kind: HistoryKind = 'none';
    const u = rng.next();
    let acc = 0;
    for (const [k, share] of KINDS) {
      acc += share;
      if (u < acc) {
        kind = k;
        break;
      }
    }
    if (m.full === null && kind !== 'none') kind = kind === 'remove' || kind === 'death' ? kind : 'none';
    // The day the member was last placed in this cell (later events come after it).
    let placed = m.admission;
    let onList = true;
    const start = m.full ?? m.admission;
    switch (kind) {
      case 'death': {
        const ageNow = Math.floor((today - m.birth) / 365.25);
        // Mostly the old: a young member dies only rarely.
        const day = ageNow >= 55 || rng.chance(0.25) ? this.between(Math.max(start + 30, today - 8 * YEAR), today - 1) : null;
        if (day === null) kind = 'none';
        else {
          ev(EVENT.DEATH, day, org, null, false);
          onList = false;
        }
        break;
      }
      case 'remove':
      case 'quit': {
        const day = this.between(Math.max(start + 60, today - 6 * YEAR), today - 1);
        if (day === null) kind = 'none';
        else {
          ev(kind === 'remove' ? EVENT.REMOVE : EVENT.QUIT, day, org, null);
          onList = false;
        }
        break;
      }
      case 'expel':
      case 'restore': {
        const day = this.between(Math.max(start + YEAR, today - 10 * YEAR), today - (kind === 'restore' ? 2 * YEAR : 1));
        if (day === null) kind = 'none';
        else {
          ev(EVENT.EXPEL, day, org, null);
          onList = false;
          if (kind === 'restore') {
            ev(EVENT.RESTORE, this.between(day + YEAR, Math.min(day + 3 * YEAR, today - 1)) ?? day + YEAR, org, org);
            onList = true;
            placed = (events.at(-1) as TimelineEvent).day;
          }
        }
        break;
      }
      case 'readmit': {
        const left = this.between(start + 2 * YEAR, today - 4 * YEAR);
        if (left === null) kind = 'none';
        else {
          ev(rng.chance(0.5) ? EVENT.REMOVE : EVENT.QUIT, left, org, null);
          const back = this.between(left + 2 * YEAR, Math.min(left + 6 * YEAR, today - 30)) as number;
          ev(EVENT.READMIT, back, org, org);
          placed = back;
          const full = addMonths(back, 12);
          if (full <= today) ev(EVENT.FULL, full, org, org);
        }
        break;
      }
      case 'outProvince': {
        const day = this.between(Math.max(start + 30, today - 8 * YEAR), today - 1);
        if (day === null) kind = 'none';
        else {
          ev(EVENT.TRANSFER_OUT_PROVINCE, day, org, null);
          onList = false;
        }
        break;
      }
      case 'localMove': {
        const previous = this.otherHolder(m.org);
        const day = previous ? this.between(start + 30, today - 1) : null;
        if (previous === null || day === null) kind = 'none';
        else {
          admitOrg = previous.id;
          ev(EVENT.TRANSFER_OUT_LOCAL, day, previous.id, org);
          ev(EVENT.TRANSFER_IN_LOCAL, day, previous.id, org);
          placed = day;
        }
        break;
      }
      case 'arrival': {
        const day = this.between(start + 30, today - 1);
        if (day === null) kind = 'none';
        else {
          admitOrg = null;
          ev(EVENT.TRANSFER_IN_PROVINCE, day, null, org);
          placed = day;
        }
        break;
      }
      case 'none':
        break;
    }

    // Cards: issued some months after full membership, sometimes reissued after a loss.
    const fullNow = kind !== 'readmit' ? m.full !== null : events.some((e) => e.type === EVENT.FULL);
    if (m.full !== null && kind !== 'readmit' && kind !== 'arrival' && rng.chance(CARD_ISSUE)) {
      const limit = Math.min(today, ...events.map((e) => e.day - 1));
      const issued = this.between(m.full + 30, Math.min(m.full + 2 * YEAR, limit));
      if (issued !== null) {
        ev(EVENT.CARD_ISSUE, issued, org, org, false);
        const lost = rng.chance(CARD_REISSUE / CARD_ISSUE) ? this.between(issued + YEAR, limit) : null;
        if (lost !== null) ev(EVENT.CARD_REISSUE, lost, org, org, false);
      }
    }

    // A side story for members still on the list, after their last placement.
    let side: SideKind = 'none';
    if (onList && fullNow) {
      const ageNow = Math.floor((today - m.birth) / 365.25);
      const v = rng.next();
      if (ageNow >= 70 && v < EXEMPT_OVER_70) {
        const day = this.between(Math.max(placed + 1, m.birth + 70 * YEAR + 20), today);
        if (day !== null) {
          side = 'exempt';
          ev(EVENT.EXEMPT, day, org, org);
        }
      } else if (v >= EXEMPT_OVER_70 && v < EXEMPT_OVER_70 + SUSPEND) {
        const day = this.between(Math.max(placed + 1, today - 3 * YEAR), today - 10);
        if (day !== null) {
          side = 'suspend';
          ev(EVENT.SUSPEND, day, org, org);
          if (rng.chance(0.5)) ev(EVENT.SUSPEND_END, this.between(day + 1, today) ?? today, org, org);
        }
      } else if (v >= EXEMPT_OVER_70 + SUSPEND && v < EXEMPT_OVER_70 + SUSPEND + TEMPORARY) {
        const day = this.between(Math.max(placed + 1, today - 8 * YEAR), today);
        if (day !== null) {
          side = 'temporary';
          const host = rng.chance(0.6) ? this.otherHolder(m.org) : null;
          ev(EVENT.TEMP_OUT, day, org, host?.id ?? null);
          if (rng.chance(0.4) && day < today) ev(EVENT.TEMP_IN, this.between(day + 1, today) as number, host?.id ?? null, org);
        }
      }
    }
    // Date order; on the same day the order written (a transfer's out before its in).
    events.sort((a, b) => a.day - b.day);
    return { kind, side, admitOrg, events };
  }
}
