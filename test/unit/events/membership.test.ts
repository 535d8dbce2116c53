import { describe, expect, it } from 'vitest';
import { deriveMembership, membershipEventOf, type ListEffect } from '../../../shared/events/membership.ts';

const effects = new Map<string, ListEffect>([
  ['ADMIT', 'add'],
  ['READMIT', 'add'],
  ['TRANSFER_IN_LOCAL', 'add'],
  ['TRANSFER_IN_PROVINCE', 'add'],
  ['TRANSFER_OUT_PROVINCE', 'remove'],
  ['EXPEL', 'remove'],
  ['DEATH', 'remove'],
  ['FULL', 'none'],
]);

describe('deriveMembership', () => {
  const admitted = [
    { typeCode: 'ADMIT', eventDate: '2020-03-01' },
    { typeCode: 'FULL', eventDate: '2021-03-01' },
  ];

  it('is off the list before admission, probationary during probation, full after', () => {
    expect(deriveMembership(admitted, effects, '2020-02-28')).toEqual({ onList: false, membership: 'probationary', exempted: false, suspended: false, temporarilyAway: false });
    expect(deriveMembership(admitted, effects, '2020-03-01')).toEqual({ onList: true, membership: 'probationary', exempted: false, suspended: false, temporarilyAway: false });
    expect(deriveMembership(admitted, effects, '2021-03-01')).toEqual({ onList: true, membership: 'full', exempted: false, suspended: false, temporarilyAway: false });
  });

  it('ignores cancelled events and sorts by date whatever the input order', () => {
    const events = [{ typeCode: 'FULL', eventDate: '2021-03-01', cancelled: true }, ...admitted.slice(0, 1)];
    expect(deriveMembership(events, effects, '2025-01-01')).toEqual({ onList: true, membership: 'probationary', exempted: false, suspended: false, temporarilyAway: false });
    expect(deriveMembership([...admitted].reverse(), effects, '2025-01-01')).toEqual({ onList: true, membership: 'full', exempted: false, suspended: false, temporarilyAway: false });
  });

  it('removes on expulsion and restarts probation on re-admission', () => {
    const events = [...admitted, { typeCode: 'EXPEL', eventDate: '2022-01-01' }, { typeCode: 'READMIT', eventDate: '2024-01-01' }];
    expect(deriveMembership(events, effects, '2023-01-01')).toEqual({ onList: false, membership: 'full', exempted: false, suspended: false, temporarilyAway: false });
    expect(deriveMembership(events, effects, '2024-06-01')).toEqual({ onList: true, membership: 'probationary', exempted: false, suspended: false, temporarilyAway: false });
  });

  it('tracks exemption, suspension and temporary attachment until they end, and clears them on leaving the list', () => {
    const events = [
      ...admitted,
      { typeCode: 'EXEMPT', eventDate: '2022-01-01' },
      { typeCode: 'SUSPEND', eventDate: '2022-02-01' },
      { typeCode: 'SUSPEND_END', eventDate: '2022-08-01' },
      { typeCode: 'TEMP_OUT', eventDate: '2023-01-01' },
    ];
    expect(deriveMembership(events, effects, '2022-03-01')).toMatchObject({ exempted: true, suspended: true, temporarilyAway: false });
    expect(deriveMembership(events, effects, '2023-06-01')).toMatchObject({ exempted: true, suspended: false, temporarilyAway: true });
    const died = [...events, { typeCode: 'DEATH', eventDate: '2024-01-01' }];
    expect(deriveMembership(died, effects, '2024-06-01')).toEqual({ onList: false, membership: 'full', exempted: false, suspended: false, temporarilyAway: false });
  });

  it('treats unknown event types as having no effect on the list', () => {
    expect(deriveMembership([...admitted, { typeCode: 'CARD_ISSUE', eventDate: '2021-05-01' }], effects, '2022-01-01')).toEqual({ onList: true, membership: 'full', exempted: false, suspended: false, temporarilyAway: false });
  });

  it('does not put on the list an admission that took place in another province; the transfer in does', () => {
    const events = [
      { typeCode: 'ADMIT', eventDate: '2000-04-01', outside: true },
      { typeCode: 'FULL', eventDate: '2001-04-01' },
      { typeCode: 'TRANSFER_IN_PROVINCE', eventDate: '2020-05-01' },
    ];
    expect(deriveMembership(events, effects, '2019-01-01')).toMatchObject({ onList: false, membership: 'full' });
    expect(deriveMembership(events, effects, '2020-05-01')).toMatchObject({ onList: true, membership: 'full' });
  });

  it('reads stored rows: an admission without an organisation of the province took place outside', () => {
    expect(membershipEventOf({ type_code: 'ADMIT', event_date: '2000-01-01', cancelled: 0, org_to_id: null })).toEqual({ typeCode: 'ADMIT', eventDate: '2000-01-01', cancelled: false, outside: true });
    expect(membershipEventOf({ type_code: 'ADMIT', event_date: '2000-01-01', cancelled: 1, org_to_id: 5 })).toEqual({ typeCode: 'ADMIT', eventDate: '2000-01-01', cancelled: true, outside: false });
    // Only admissions: a death has no organisation after it and is not "outside".
    expect(membershipEventOf({ type_code: 'DEATH', event_date: '2000-01-01', cancelled: 0, org_to_id: null }).outside).toBe(false);
  });
});
