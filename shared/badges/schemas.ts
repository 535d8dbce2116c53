import { z } from 'zod';
import { listExportFields } from '../kernel/listExport.ts';
import { isRoundDate } from './rules.ts';
import { fullDate, id, optionalText, text } from '../kernel/schemas.ts';

export const badgeKinds = ['REGULAR', 'EARLY_ILL', 'POSTHUMOUS', 'REPLACEMENT'] as const;
export type BadgeKind = (typeof badgeKinds)[number];
export const badgeStatuses = ['PROPOSED', 'AWARDED'] as const;
export type BadgeStatus = (typeof badgeStatuses)[number];
export const badgeForms = ['4', '4A', '4B', '5'] as const;
export type BadgeForm = (typeof badgeForms)[number];

/** A presentation day: 3/2, 19/5, 2/9 or 7/11 of a year (shared/badges/rules.ts). */
export const roundDate = fullDate.refine(isRoundDate, 'Đợt tặng Huy hiệu Đảng là ngày 03/02, 19/05, 02/09 hoặc 07/11');
const year = z.number().int().min(1930, 'Năm không hợp lệ').max(2200, 'Năm không hợp lệ');
const milestone = z.number().int().min(1).max(100);

export const roundsInput = z.object({ year });
export const round = z.object({
  date: z.string(),
  /** The round before: the list covers milestones reached after it, up to `date`. */
  previous: z.string(),
});
export const roundsResult = z.object({
  year: z.number().int(),
  rounds: z.array(round),
  /** Milestone years from the catalogue (30, 40, 45 … 90). */
  milestones: z.array(z.number().int()),
});
export type RoundsResult = z.infer<typeof roundsResult>;

export const candidatesInput = z.object({
  /** null: the whole province. */
  organisationId: id.nullable().default(null),
  roundDate,
});
export type CandidatesInput = z.input<typeof candidatesInput>;

export const candidateRow = z.object({
  memberId: id,
  fullName: z.string(),
  birthDate: z.string(),
  organisationId: id,
  organisationName: z.string(),
  milestone: z.number().int(),
  /** The day the member reaches (or, counted on, would reach) the milestone. */
  milestoneDate: z.string(),
  /** Whole months of party age at the round date (at death for a deceased member). */
  partyAgeMonths: z.number().int(),
  kind: z.enum(['REGULAR', 'EARLY_ILL', 'POSTHUMOUS']),
  deathDate: z.string().nullable(),
  /** A milestone missed while under discipline: the round it was due in. */
  dueRound: z.string().nullable(),
  /** Blocked rows: the first day the member may be considered again, and the discipline level. */
  eligibleFrom: z.string().nullable(),
  disciplineLevel: z.string().nullable(),
});
export type CandidateRow = z.infer<typeof candidateRow>;

export const candidatesResult = z.object({
  roundDate: z.string(),
  previousRound: z.string(),
  /** Regular candidates grouped by milestone (ascending), each in official order. */
  regular: z.array(z.object({ milestone: z.number().int(), rows: z.array(candidateRow) })),
  /** Gravely ill members, early (by milestone, then official order). */
  early: z.array(candidateRow),
  /** Deceased members, posthumous award. */
  posthumous: z.array(candidateRow),
  /** Members who would be candidates but are under discipline at the round date. */
  blocked: z.array(candidateRow),
});
export type CandidatesResult = z.infer<typeof candidatesResult>;

/** The columns of the candidate tables (as the screen shows them) a "Xuất Excel" file can hold. */
export const candidateExportColumns = ['no', 'name', 'birth', 'organisation', 'milestone', 'milestoneDate', 'partyAge', 'death', 'discipline', 'eligibleFrom', 'note'] as const;
export const candidateGroups = ['regular', 'early', 'posthumous', 'blocked'] as const;

/** The candidates of a round as an .xlsx file: one sheet per table on screen, each with its columns. */
export const candidateExportInput = candidatesInput.extend({
  title: listExportFields(candidateExportColumns).title,
  filters: listExportFields(candidateExportColumns).filters,
  sheets: z
    .array(
      z.object({
        group: z.enum(candidateGroups),
        /** The milestone of a regular group (null for the other groups). */
        milestone: milestone.nullable().default(null),
        /** The table's title as on screen ("Huy hiệu 30 năm tuổi Đảng: 11 đồng chí"). */
        title: z.string().trim().min(1).max(200),
        columns: listExportFields(candidateExportColumns).columns,
      }),
    )
    .min(1, 'Không có danh sách nào để xuất')
    .max(30),
});
export type CandidateExportInput = z.input<typeof candidateExportInput>;

export const proposeInput = z.object({
  roundDate,
  items: z
    .array(z.object({ memberId: id, milestone, kind: z.enum(badgeKinds) }))
    .min(1, 'Chọn ít nhất một đảng viên')
    .max(20000),
  /** Nơi đề nghị tặng; by default the organisation right under the province the member belongs to. */
  proposedBy: optionalText(300),
  note: optionalText(1000),
});
export type ProposeInput = z.input<typeof proposeInput>;

export const badgeRow = z.object({
  id,
  memberId: id,
  fullName: z.string(),
  birthDate: z.string(),
  organisationId: id,
  organisationName: z.string(),
  milestone: z.number().int(),
  kind: z.enum(badgeKinds),
  roundDate: z.string(),
  status: z.enum(badgeStatuses),
  proposedBy: z.string().nullable(),
  decisionNo: z.string().nullable(),
  decisionDate: z.string().nullable(),
  badgeNo: z.string().nullable(),
  note: z.string().nullable(),
});
export type BadgeRow = z.infer<typeof badgeRow>;

export const withdrawInput = z.object({ badgeIds: z.array(id).min(1, 'Chọn ít nhất một đề nghị').max(20000) });
export const withdrawResult = z.object({ withdrawn: z.number().int() });

export const decideInput = z.object({
  roundDate,
  decisionNo: text(60),
  decisionDate: fullDate,
  numbers: z
    .array(z.object({ badgeId: id, badgeNo: text(30) }))
    .min(1, 'Nhập số Huy hiệu Đảng cho ít nhất một đảng viên')
    .max(20000),
});
export type DecideInput = z.input<typeof decideInput>;

export const listInput = z.object({
  roundDate: roundDate.nullable().default(null),
  /** Rounds of a year (ignored when roundDate is given). */
  year: year.nullable().default(null),
  status: z.enum(badgeStatuses).nullable().default(null),
  kind: z.enum(badgeKinds).nullable().default(null),
  organisationId: id.nullable().default(null),
});
export type ListInput = z.input<typeof listInput>;

export const exportInput = z
  .object({
    form: z.enum(badgeForms),
    roundDate: roundDate.nullable().default(null),
    year: year.nullable().default(null),
    organisationId: id.nullable().default(null),
  })
  .refine((v) => v.roundDate !== null || (v.form === '5' && v.year !== null), {
    message: 'Chọn đợt tặng (sổ 5-HHĐ: đợt hoặc năm)',
    path: ['roundDate'],
  });
export type ExportInput = z.input<typeof exportInput>;

export const exportResult = z.object({
  fileName: z.string(),
  /** The .xlsx file, base64. */
  base64: z.string(),
  rows: z.number().int(),
});
export type ExportResult = z.infer<typeof exportResult>;

export const memberBadgesInput = z.object({ memberId: id });
export const memberBadgesResult = z.object({
  badges: z.array(badgeRow),
  /** The date party age counts from (null: never admitted). */
  anchor: z.string().nullable(),
  /** Party age today (null when it does not run). */
  partyAgeMonths: z.number().int().nullable(),
  /** The coming milestone: the first above the highest held whose round is today or later. */
  next: z
    .object({
      milestone: z.number().int(),
      date: z.string(),
      roundDate: z.string(),
      /** Under discipline at that round: eligible again from this date. */
      blockedUntil: z.string().nullable(),
    })
    .nullable(),
  /** Every milestone above the highest held whose round has passed without a badge on file (shared/badges/rules.ts owedMilestones), in order. */
  owed: z.array(z.object({ milestone: z.number().int(), date: z.string(), roundDate: z.string() })),
});
export type MemberBadgesResult = z.infer<typeof memberBadgesResult>;
