import { z } from 'zod';
import { CARD_NO, CITIZEN_ID, RECORD_NO, cleanDigits } from '../kernel/ids/identifiers.ts';
import { nameOrders } from '../kernel/text/names.ts';
import { code, fullDate, id, optionalText, page, partialDate, text } from '../kernel/schemas.ts';
import { listExportFields } from '../kernel/listExport.ts';
import { searchMatchKinds } from './searchMatch.ts';

const digits = (re: RegExp, message: string) =>
  z
    .string()
    .transform(cleanDigits)
    .pipe(z.string().regex(re, message))
    .nullable()
    .transform((v) => (v === '' ? null : v))
    .default(null);

const optionalDate = partialDate.nullable().default(null);
const optionalCode = code.nullable().default(null);

export const sexes = ['M', 'F'] as const;
export const membershipKinds = ['probationary', 'full'] as const;
export { nameOrders, type NameOrder } from '../kernel/text/names.ts';

/** Where the family name stands in the full name (shared/kernel/text/names.ts): 'familyLast' for Ê Đê names. */
export const nameOrder = z.enum(nameOrders, 'Chọn thứ tự họ tên: họ trước hoặc họ sau');

/** The record-card fields entered on the member form (2-HSĐV, the part the first screens cover). */
export const memberFields = z.object({
  familyName: text(60),
  middleName: z.string().trim().max(80, 'Tối đa 80 ký tự').default(''),
  givenName: text(40),
  /** familyLast: the full name is middle + given + family ("Y Ngông Niê Kdăm"). */
  nameOrder: nameOrder.default('familyFirst'),
  otherNames: optionalText(200),
  sex: z.enum(sexes, 'Chọn giới tính'),
  birthDate: partialDate,
  birthPlace: optionalText(300),
  homeTown: optionalText(300),
  residence: optionalText(300),
  temporaryResidence: optionalText(300),
  ethnicCode: optionalCode,
  religionCode: optionalCode,
  citizenId: digits(CITIZEN_ID, 'Số CCCD phải gồm đúng 12 chữ số'),
  cardNo: digits(CARD_NO, 'Số thẻ đảng viên phải gồm đúng 12 chữ số'),
  recordNo: digits(RECORD_NO, 'Số lý lịch gồm tối đa 10 chữ số'),
  organisationId: id,
  /** ngày vào Đảng: the admission ceremony. */
  admissionDate: partialDate,
  /** ngày quyết định kết nạp: party age counts from here. */
  admissionDecisionDate: optionalDate,
  /** ngày chính thức. */
  fullMemberDate: optionalDate,
  generalEducation: optionalText(20),
  professionalCode: optionalCode,
  politicalTheoryCode: optionalCode,
  occupationCode: optionalCode,
  phone: z
    .string()
    .trim()
    .regex(/^[0-9 +().-]{0,20}$/, 'Số điện thoại không hợp lệ')
    .nullable()
    .transform((v) => (v === '' ? null : v))
    .default(null),
  notes: optionalText(4000),
});
export type MemberFieldsInput = z.input<typeof memberFields>;
export type MemberFields = z.output<typeof memberFields>;

export const memberCreateInput = memberFields;
/**
 * The whole card again, with its id. Without nameOrder the stored order stays (a caller that does not
 * know the field must not turn "Y Ngông Niê Kdăm" back into "Niê Kdăm Y Ngông").
 */
export const memberUpdateInput = memberFields.extend({ id, nameOrder: nameOrder.optional() });
export type MemberUpdate = z.output<typeof memberUpdateInput>;

/** Status derived from the events (members.md): as of today on a record, as of a date in a tally. */
export const memberStatus = z.object({
  onList: z.boolean(),
  membership: z.enum(membershipKinds),
  /** Miễn công tác và sinh hoạt đảng. */
  exempted: z.boolean(),
  /** Đình chỉ sinh hoạt đảng. */
  suspended: z.boolean(),
  /** Sinh hoạt tạm thời ở nơi khác. */
  temporarilyAway: z.boolean(),
});
export type MemberStatus = z.infer<typeof memberStatus>;

/** Tuổi Đảng as of a date (shared/members/partyAge.ts). */
export const partyAgeInfo = z.object({
  /** Whole months of party age. */
  months: z.number().int(),
  /** Whole years (months / 12, rounded down). */
  years: z.number().int(),
  /** A partial date (year or month only) was completed with the 1st. */
  approximate: z.boolean(),
  /** false while the member is out of the party (left, expelled, removed, died). */
  running: z.boolean(),
  /** The date party age counts from (the first admission decision, moved later by interruptions); null: never admitted. */
  anchor: z.string().nullable(),
});
export type PartyAgeInfo = z.infer<typeof partyAgeInfo>;

export const member = z.object({
  id,
  familyName: z.string(),
  middleName: z.string(),
  givenName: z.string(),
  nameOrder,
  fullName: z.string(),
  otherNames: z.string().nullable(),
  sex: z.enum(sexes),
  birthDate: z.string(),
  birthPlace: z.string().nullable(),
  homeTown: z.string().nullable(),
  residence: z.string().nullable(),
  temporaryResidence: z.string().nullable(),
  ethnicCode: z.string().nullable(),
  religionCode: z.string().nullable(),
  citizenId: z.string().nullable(),
  cardNo: z.string().nullable(),
  recordNo: z.string().nullable(),
  organisationId: id,
  organisationName: z.string(),
  admissionDate: z.string(),
  admissionDecisionDate: z.string().nullable(),
  fullMemberDate: z.string().nullable(),
  generalEducation: z.string().nullable(),
  professionalCode: z.string().nullable(),
  politicalTheoryCode: z.string().nullable(),
  occupationCode: z.string().nullable(),
  phone: z.string().nullable(),
  notes: z.string().nullable(),
  /** Derived from the events, as of today. */
  membership: z.enum(membershipKinds),
  onList: z.boolean(),
  /**
   * Derived from the events, as of today. Optional in the schema only so older fixtures still type;
   * the core always fills them.
   */
  exempted: z.boolean().optional(),
  suspended: z.boolean().optional(),
  temporarilyAway: z.boolean().optional(),
  partyAge: partyAgeInfo.optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Member = z.infer<typeof member>;

export const memberRow = member.pick({
  id: true,
  fullName: true,
  familyName: true,
  middleName: true,
  givenName: true,
  sex: true,
  birthDate: true,
  citizenId: true,
  cardNo: true,
  recordNo: true,
  organisationId: true,
  organisationName: true,
  admissionDate: true,
  fullMemberDate: true,
  ethnicCode: true,
  membership: true,
}).extend({
  /**
   * Tuổi Đảng in whole months as of the list's date (asOf or today), from the cached anchor; null when
   * never admitted. Optional in the schema only so older fixtures still type; member:list always fills it.
   */
  partyAgeMonths: z.number().int().nullable().optional(),
  /** Tên gọi khác, shown when a search matched through them. Optional like partyAgeMonths. */
  otherNames: z.string().nullable().optional(),
  /** How the row matched the search (shared/members/searchMatch.ts); null without a search. */
  matchedBy: z.enum(searchMatchKinds).nullable().optional(),
});
export type MemberRow = z.infer<typeof memberRow>;

export const memberSortColumns = ['official', 'birthDate', 'admissionDate', 'recordNo'] as const;
export type MemberSortColumn = (typeof memberSortColumns)[number];

export const memberListInput = z.object({
  /** null: the whole province. */
  organisationId: id.nullable().default(null),
  /** Search text: name without diacritics (đ = d), citizen ID, card or record number. */
  q: z.string().max(200).default(''),
  sort: z.enum(memberSortColumns).default('official'),
  descending: z.boolean().default(false),
  sex: z.enum(sexes).nullable().default(null),
  /** An age band code from the report-bands catalogue ("31-35"). */
  ageBand: z.string().max(20).nullable().default(null),
  membership: z.enum(membershipKinds).nullable().default(null),
  ethnicCode: optionalCode,
  /** Tuổi Đảng in whole years (as of asOf or today), both ends included; null: no bound. */
  minPartyAgeYears: z.number().int('Nhập số năm nguyên').min(0, 'Tuổi Đảng không âm').max(100, 'Tuổi Đảng tối đa 100 năm').nullable().default(null),
  maxPartyAgeYears: z.number().int('Nhập số năm nguyên').min(0, 'Tuổi Đảng không âm').max(100, 'Tuổi Đảng tối đa 100 năm').nullable().default(null),
  /** The date ages and party ages are computed on (defaults to today). */
  asOf: fullDate.nullable().default(null),
  ...page,
});
export type MemberListInput = z.input<typeof memberListInput>;
export type MemberListQuery = z.output<typeof memberListInput>;

export const memberListResult = z.object({
  rows: z.array(memberRow),
  total: z.number().int(),
  /** true when the search matched more rows than are counted exactly. */
  totalIsLowerBound: z.boolean(),
});
export type MemberListResult = z.infer<typeof memberListResult>;

export const memberGetInput = z.object({ id });

/** The member list's columns (as the grid shows them) a "Xuất Excel" file can hold. */
export const memberExportColumns = ['index', 'fullName', 'birthDate', 'sex', 'citizenId', 'cardNo', 'organisation', 'admissionDate', 'membership', 'partyAge'] as const;
export type MemberExportColumn = (typeof memberExportColumns)[number];

/** The member list with the screen's filters and sort, as an .xlsx file (every row, not a page). */
export const memberExportInput = memberListInput.omit({ offset: true, limit: true }).extend(listExportFields(memberExportColumns));
export type MemberExportInput = z.input<typeof memberExportInput>;
