/**
 * Membership status derived from dated events (members.md): never stored as the only truth.
 * The effect of each event type on the list comes from the member-events catalogue.
 */

export type ListEffect = 'add' | 'remove' | 'none';

export interface MembershipEvent {
  typeCode: string;
  /** ISO date (partial dates sort before the full dates of the same period). */
  eventDate: string;
  cancelled?: boolean;
}

export interface MembershipStatus {
  onList: boolean;
  membership: 'probationary' | 'full';
}

/** Event codes with a meaning beyond their list effect. */
export const ADMISSION_CODES = new Set(['ADMIT', 'READMIT']);
export const FULL_CODE = 'FULL';

/** Status as of `asOf` (ISO date, inclusive), from the events in date order. */
export function deriveMembership(events: readonly MembershipEvent[], effects: ReadonlyMap<string, ListEffect>, asOf: string): MembershipStatus {
  const relevant = events.filter((e) => !e.cancelled && e.eventDate <= asOf).sort((a, b) => (a.eventDate < b.eventDate ? -1 : a.eventDate > b.eventDate ? 1 : 0));
  let onList = false;
  let membership: MembershipStatus['membership'] = 'probationary';
  for (const e of relevant) {
    if (ADMISSION_CODES.has(e.typeCode)) membership = 'probationary';
    if (e.typeCode === FULL_CODE) membership = 'full';
    const effect = effects.get(e.typeCode) ?? 'none';
    if (effect === 'add') onList = true;
    else if (effect === 'remove') onList = false;
  }
  return { onList, membership };
}
