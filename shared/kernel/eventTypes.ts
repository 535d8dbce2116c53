/**
 * The codes of the member life-cycle events (catalogue table member_event_type, seeded from
 * db/seed/csv/member-events.csv; test/unit/events/eventTypes.test.ts keeps the two equal). Code
 * names an event by these constants, never by a bare string. In the kernel because repositories use
 * them too (repositories import shared/kernel only); shared/events/eventTypes.ts is their domain home.
 */
export const EVENT = {
  ADMIT: 'ADMIT',
  READMIT: 'READMIT',
  TRANSFER_IN_PROVINCE: 'TRANSFER_IN_PROVINCE',
  TRANSFER_IN_LOCAL: 'TRANSFER_IN_LOCAL',
  RESTORE: 'RESTORE',
  DEATH: 'DEATH',
  EXPEL: 'EXPEL',
  REMOVE: 'REMOVE',
  QUIT: 'QUIT',
  TRANSFER_OUT_PROVINCE: 'TRANSFER_OUT_PROVINCE',
  TRANSFER_OUT_LOCAL: 'TRANSFER_OUT_LOCAL',
  FULL: 'FULL',
  TEMP_OUT: 'TEMP_OUT',
  TEMP_IN: 'TEMP_IN',
  EXEMPT: 'EXEMPT',
  EXEMPT_END: 'EXEMPT_END',
  SUSPEND: 'SUSPEND',
  SUSPEND_END: 'SUSPEND_END',
  CARD_ISSUE: 'CARD_ISSUE',
  CARD_REISSUE: 'CARD_REISSUE',
  CARD_REPLACE: 'CARD_REPLACE',
  MOVE_BY_REORGANISATION: 'MOVE_BY_REORGANISATION',
} as const;

export type EventTypeCode = (typeof EVENT)[keyof typeof EVENT];

export const eventTypeCodes: readonly EventTypeCode[] = Object.values(EVENT);
