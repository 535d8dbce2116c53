import { z } from 'zod';
import { listExportFields } from '../kernel/listExport.ts';
import { code, fullDate, id, optionalText, partialDate, text } from '../kernel/schemas.ts';
import { memberStatus, partyAgeInfo } from '../members/schemas.ts';

/**
 * Life-cycle events of a member (members.md): each with a date, an optional decision (number, date,
 * body, signer), the organisation before and after, and a note. Status and party age are derived
 * from them; wrong events are corrected or cancelled, never deleted.
 */

/** Most members one bulk action may touch (one decision for a cell or a commune). */
export const MAX_BULK_MEMBERS = 500;

export const listEffects = ['add', 'remove', 'none'] as const;

/** The decision fields every event may carry; all optional. */
const decisionFields = {
  decisionNo: optionalText(60),
  /** Ngày quyết định; old decisions may be known by month or year only. */
  decisionDate: partialDate.nullable().default(null),
  /** Cơ quan ra quyết định ("Đảng ủy xã Thanh Sơn"). */
  decisionBody: optionalText(200),
  /** Người ký. */
  decisionSigner: optionalText(120),
  note: optionalText(2000),
};

/**
 * Only for TRANSFER_IN_PROVINCE with a decision date (the transfer letter's date): the time from the
 * letter to presenting it (the event date) was an interruption of party life, subtracted from party
 * age. Refused on other events. A correction sets it as given (omitted: not marked).
 */
const gapField = {
  interruptsPartyAge: z.boolean().default(false),
};

export const eventListInput = z.object({ memberId: id });

export const memberEvent = z.object({
  id,
  memberId: id,
  typeCode: z.string(),
  typeName: z.string(),
  /** The event's effect on the organisation's list (member-events catalogue). */
  effect: z.enum(listEffects),
  eventDate: z.string(),
  decisionNo: z.string().nullable(),
  decisionDate: z.string().nullable(),
  decisionBody: z.string().nullable(),
  decisionSigner: z.string().nullable(),
  /** Organisation before the event (null: none of this province, e.g. a transfer in from another province). */
  orgFromId: id.nullable(),
  orgFromName: z.string().nullable(),
  /** Organisation after the event (null: none of this province, e.g. a transfer out, a death). */
  orgToId: id.nullable(),
  orgToName: z.string().nullable(),
  note: z.string().nullable(),
  cancelled: z.boolean(),
  cancelReason: z.string().nullable(),
  /** The record card's own admission or full-membership date (kept in step with the card). */
  fromCard: z.boolean(),
  /** An admission that took place in another province (the member came here by a transfer). */
  outside: z.boolean(),
  /**
   * A transfer in from another province whose time from the transfer letter (decision date) to
   * presenting it (event date) the clerk marked as an interruption of party life (left out of party age).
   */
  interruptsPartyAge: z.boolean(),
  /**
   * Deadline warnings of a standing event (shared/events/transferRules.ts: a late transfer, a transfer
   * letter presented late), in Vietnamese; empty for a cancelled event. Warnings never refuse a write.
   */
  warnings: z.array(z.string()),
  createdAt: z.string(),
  updatedAt: z.string().nullable(),
});
export type MemberEvent = z.infer<typeof memberEvent>;

export const eventListResult = z.object({
  memberId: id,
  /** In date order (then entry order), cancelled ones included. */
  events: z.array(memberEvent),
  /** Derived from the events as of today. */
  status: memberStatus,
  partyAge: partyAgeInfo,
});
export type EventListResult = z.infer<typeof eventListResult>;

export const eventRecordInput = z.object({
  memberIds: z
    .array(id)
    .min(1, 'Chọn ít nhất một đảng viên')
    .max(MAX_BULK_MEMBERS, `Mỗi lần ghi tối đa ${MAX_BULK_MEMBERS} đảng viên`)
    .refine((ids) => new Set(ids).size === ids.length, 'Danh sách có đảng viên bị chọn hai lần'),
  /** A code of the member-events catalogue. TRANSFER_OUT_LOCAL and TRANSFER_IN_LOCAL both record the pair. */
  typeCode: code,
  /** Ngày của sự kiện: a whole day, not in the future. */
  eventDate: fullDate,
  /**
   * The cell after the event: required for a transfer within the province, a transfer in from another
   * province and a move by reorganisation; optional for re-admission and restoration (default: the
   * member's cell) and a temporary transfer (the host cell, when it is in the province).
   */
  orgToId: id.nullable().default(null),
  ...decisionFields,
  ...gapField,
});
export type EventRecordInput = z.input<typeof eventRecordInput>;

export const eventRecordResult = z.object({
  recorded: z.number().int(),
  /** The events written (two per member for a transfer within the province). */
  eventIds: z.array(id),
  /**
   * Deadline warnings (Vietnamese) of what was recorded: written anyway. When several members were
   * recorded at once, each starts with the member's name.
   */
  warnings: z.array(z.string()),
});

export const eventCorrectInput = z.object({
  eventId: id,
  /** The corrected date (the record card's events may keep a year or month only). */
  eventDate: partialDate,
  ...decisionFields,
  ...gapField,
});
export type EventCorrectInput = z.input<typeof eventCorrectInput>;

export const eventCancelInput = z.object({
  eventId: id,
  reason: text(500),
});

export const remindersInput = z.object({
  /** null: the whole province. */
  organisationId: id.nullable().default(null),
  /** Probation ending within this many days from today (overdue ones are always listed). */
  withinDays: z.number().int('Nhập số ngày nguyên').min(0, 'Số ngày không âm').max(366, 'Tối đa 366 ngày').default(30),
  /** Most rows returned per list (the totals are exact). */
  limit: z.number().int().min(1).max(1000).default(200),
  /** Where each list's page starts (rows skipped), so every row can be reached a page at a time. */
  probationOffset: z.number().int().min(0).default(0),
  temporaryOffset: z.number().int().min(0).default(0),
});
export type RemindersInput = z.input<typeof remindersInput>;

const reminderMember = z.object({
  memberId: id,
  fullName: z.string(),
  birthDate: z.string(),
  organisationId: id,
  organisationName: z.string(),
});

export const probationReminder = reminderMember.extend({
  /** Ngày vào Đảng of the current admission (or re-admission). */
  admissionDate: z.string(),
  /** 12 months after the ceremony: the day the member may be recognised as a full member. */
  probationEnds: z.string(),
  /** Days from today to probationEnds; negative: overdue. */
  daysLeft: z.number().int(),
});
export type ProbationReminder = z.infer<typeof probationReminder>;

export const temporaryReminder = reminderMember.extend({
  /** Date of the temporary transfer out that is still open. */
  since: z.string(),
  /** Whole months since then. */
  months: z.number().int(),
  /** The host organisation when it is one of the province's. */
  hostName: z.string().nullable(),
});
export type TemporaryReminder = z.infer<typeof temporaryReminder>;

export const remindersResult = z.object({
  asOf: z.string(),
  withinDays: z.number().int(),
  /** A page of each list: `offset` is the place of its first row in the whole list (from 0). */
  probation: z.object({ total: z.number().int(), offset: z.number().int(), rows: z.array(probationReminder) }),
  temporary: z.object({ total: z.number().int(), offset: z.number().int(), rows: z.array(temporaryReminder) }),
});
export type RemindersResult = z.infer<typeof remindersResult>;

/** The columns of the two reminder lists (as the overview shows them) a "Xuất Excel" file can hold. */
export const reminderExportColumns = ['name', 'birthDate', 'organisation', 'admission', 'ends', 'daysLeft', 'since', 'host', 'months'] as const;
export type ReminderExportColumn = (typeof reminderExportColumns)[number];

/** One reminder list (every row, not a page) with the overview's scope and window, as an .xlsx file. */
export const reminderExportInput = remindersInput.pick({ organisationId: true, withinDays: true }).extend({
  list: z.enum(['probation', 'temporary']),
  ...listExportFields(reminderExportColumns),
});
export type ReminderExportInput = z.input<typeof reminderExportInput>;

export const statusAsOfInput = z.object({
  /** null: the whole province. */
  organisationId: id.nullable().default(null),
  asOf: fullDate,
});

export const statusAsOfResult = z.object({
  organisationId: id.nullable(),
  asOf: z.string(),
  /** On the list of an organisation of the subtree on that date. */
  onList: z.number().int(),
  probationary: z.number().int(),
  full: z.number().int(),
  /** Among those on the list. */
  exempted: z.number().int(),
  suspended: z.number().int(),
  temporarilyAway: z.number().int(),
});
export type StatusAsOfResult = z.infer<typeof statusAsOfResult>;
