import { z } from 'zod';
import { CITIZEN_ID, cleanDigits } from '../kernel/ids/identifiers.ts';
import { fullDate, id, optionalText, text } from '../kernel/schemas.ts';
import { memberFields, nameOrder } from './schemas.ts';

/**
 * Admission of many new members under one decision (members.md, "kết nạp"): the district or commune
 * committee admits a cell's applicants in one decision; the clerk enters the decision once and one
 * row of the record card per person. All or nothing.
 */

/** Most people one decision may admit in one action. */
export const MAX_ADMISSIONS = 100;

/**
 * One new member's row: the record card without the cell and the party dates (they come from the
 * decision), and without a card number (a new member is probationary; only full members have a card).
 * The citizen ID is required: it is mandatory on every record now (members.md), and a new record has it.
 * The name order (nameOrder) is optional: family first unless given.
 */
export const admissionPerson = memberFields
  .omit({
    organisationId: true,
    admissionDate: true,
    admissionDecisionDate: true,
    fullMemberDate: true,
    cardNo: true,
  })
  .extend({
    /** Omitted: family first (the admission table does not show it). */
    nameOrder: nameOrder.optional(),
    citizenId: z.string('Không được để trống').transform(cleanDigits).pipe(z.string().min(1, 'Không được để trống').regex(CITIZEN_ID, 'Số CCCD phải gồm đúng 12 chữ số')),
  });
export type AdmissionPersonInput = z.input<typeof admissionPerson>;
export type AdmissionPerson = z.output<typeof admissionPerson>;

/** The admission decision (quyết định kết nạp): its date is the date party age counts from. */
export const admissionDecision = z.object({
  /** Số quyết định ("125-QĐ/ĐU"). */
  number: text(60),
  /** Ngày ký quyết định: not after the ceremony (checked by the core). */
  date: fullDate,
  /** Cơ quan ra quyết định ("Đảng ủy xã Thanh Sơn"). */
  body: optionalText(200),
  /** Người ký. */
  signer: optionalText(120),
});

export const admitManyInput = z.object({
  /** The cell the new members join (a party cell of either kind). */
  organisationId: id,
  /** Ngày vào Đảng: the admission ceremony at the cell, the start of the 12-month probation. */
  admissionDate: fullDate,
  decision: admissionDecision,
  people: z.array(admissionPerson).min(1, 'Nhập ít nhất một người được kết nạp').max(MAX_ADMISSIONS, `Mỗi lần kết nạp tối đa ${MAX_ADMISSIONS} người`),
});
export type AdmitManyInput = z.input<typeof admitManyInput>;
export type AdmitManyQuery = z.output<typeof admitManyInput>;

export const admitManyResult = z.object({
  count: z.number().int(),
  /** In the order of the rows. */
  members: z.array(z.object({ id, fullName: z.string(), citizenId: z.string().nullable() })),
});
export type AdmitManyResult = z.infer<typeof admitManyResult>;
