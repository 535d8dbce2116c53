/**
 * Membership status derived from dated events (members.md): never stored as the only truth.
 * The effect of each event type on the list comes from the member-events catalogue.
 */
import { EVENT } from '../kernel/eventTypes.ts';

export type ListEffect = 'add' | 'remove' | 'none';

export interface MembershipEvent {
  typeCode: string;
  /** ISO date (partial dates sort before the full dates of the same period). */
  eventDate: string;
  cancelled?: boolean;
  /**
   * An admission that happened in another province (stored with no organisation of this province,
   * org_to_id NULL): it starts the membership and probation but puts the member on no list here;
   * the transfer in from that province does. See membershipEventOf.
   */
  outside?: boolean;
}

export interface MembershipStatus {
  onList: boolean;
  membership: 'probationary' | 'full';
  /** Miễn công tác và sinh hoạt đảng (EXEMPT until EXEMPT_END). */
  exempted: boolean;
  /** Đình chỉ sinh hoạt (SUSPEND until SUSPEND_END). */
  suspended: boolean;
  /** Sinh hoạt tạm thời elsewhere (TEMP_OUT until TEMP_IN). */
  temporarilyAway: boolean;
}

/** Event codes with a meaning beyond their list effect. */
export const ADMISSION_CODES = new Set<string>([EVENT.ADMIT, EVENT.READMIT]);
export const FULL_CODE = EVENT.FULL;

/** Events that start (flag) or end (-flag) an orthogonal state. */
const FLAG_EVENTS: Record<string, string> = {
  EXEMPT: 'exempted',
  EXEMPT_END: '-exempted',
  SUSPEND: 'suspended',
  SUSPEND_END: '-suspended',
  TEMP_OUT: 'temporarilyAway',
  TEMP_IN: '-temporarilyAway',
};

/** Status as of `asOf` (ISO date, inclusive), from the events in date order. */
export function deriveMembership(events: readonly MembershipEvent[], effects: ReadonlyMap<string, ListEffect>, asOf: string): MembershipStatus {
  const relevant = events.filter((e) => !e.cancelled && e.eventDate <= asOf).sort((a, b) => (a.eventDate < b.eventDate ? -1 : a.eventDate > b.eventDate ? 1 : 0));
  let onList = false;
  let membership: MembershipStatus['membership'] = 'probationary';
  let exempted = false;
  let suspended = false;
  let temporarilyAway = false;
  for (const e of relevant) {
    if (ADMISSION_CODES.has(e.typeCode)) membership = 'probationary';
    if (e.typeCode === FULL_CODE) membership = 'full';
    const flag = FLAG_EVENTS[e.typeCode];
    if (flag === 'exempted') exempted = true;
    else if (flag === 'suspended') suspended = true;
    else if (flag === 'temporarilyAway') temporarilyAway = true;
    else if (flag === '-exempted') exempted = false;
    else if (flag === '-suspended') suspended = false;
    else if (flag === '-temporarilyAway') temporarilyAway = false;
    const effect = effects.get(e.typeCode) ?? 'none';
    if (effect === 'add' && !e.outside) onList = true;
    else if (effect === 'remove') {
      // Leaving the list ends every state that only a member on the list can be in.
      onList = false;
      exempted = false;
      suspended = false;
      temporarilyAway = false;
    }
  }
  return { onList, membership, exempted, suspended, temporarilyAway };
}

/**
 * A member_event row as the derivation reads it. Every caller that maps stored events should use it,
 * so an admission recorded without an organisation of this province (org_to_id NULL: admitted in
 * another province, then transferred in) is read the same way everywhere.
 */
export function membershipEventOf(row: { type_code: string; event_date: string; cancelled: number; org_to_id: number | null }): MembershipEvent {
  return {
    typeCode: row.type_code,
    eventDate: row.event_date,
    cancelled: row.cancelled === 1,
    outside: ADMISSION_CODES.has(row.type_code) && row.org_to_id === null,
  };
}
