import { z } from 'zod';
import { fullDate, id, optionalText, partialDate, text } from '../kernel/schemas.ts';

/**
 * The member file beyond the record card (2-HSĐV): sponsors (field 12 and 27), work history (21),
 * training (22), family (29), awards (23), discipline (26), the 3×4 photo and the gravely-ill flag.
 * The tables are edited as a whole: a save replaces the member's rows of that table.
 */

/** Most rows one table of one member may hold (a long career fits many times over). */
export const MAX_TABLE_ROWS = 200;
/** The photo's largest size, in bytes (2 MB). */
export const MAX_PHOTO_BYTES = 2 * 1024 * 1024;
export const photoMimes = ['image/jpeg', 'image/png'] as const;
export type PhotoMime = (typeof photoMimes)[number];

/** The tables of the file that are saved whole. */
export const fileTables = ['sponsors', 'workHistory', 'training', 'family', 'awards'] as const;
export type FileTable = (typeof fileTables)[number];

/** Discipline levels a probationary member can receive (members.md). */
export const PROBATIONARY_DISCIPLINE_LEVELS: readonly string[] = ['REPRIMAND', 'WARNING'];
/** Expulsion is recorded as the "Khai trừ" event, which takes the member off the list. */
export const EXPULSION_LEVEL = 'EXPULSION';

/**
 * True when a period ends before it starts. Partial dates compare on their common precision, so
 * "1990-03" to "1990" (both within 1990) is accepted.
 */
export function endsBeforeStart(from: string, to: string): boolean {
  const n = Math.min(from.length, to.length);
  return to.slice(0, n) < from.slice(0, n);
}

const optionalDate = partialDate.nullable().default(null);

function period<T extends z.ZodType<{ fromDate: string | null; toDate: string | null }>>(row: T) {
  return row.superRefine((r, ctx) => {
    if (r.fromDate !== null && r.toDate !== null && endsBeforeStart(r.fromDate, r.toDate)) {
      ctx.addIssue({ code: 'custom', path: ['toDate'], message: 'Thời điểm kết thúc trước thời điểm bắt đầu' });
    }
  });
}

// ---- rows as written -------------------------------------------------------------------------

/** A sponsor (người giới thiệu) of the first admission (1) or of a re-admission (2). */
export const sponsorFields = z.object({
  admission: z.literal([1, 2], 'Chọn lần kết nạp').default(1),
  fullName: text(120),
  position: optionalText(200),
  unit: optionalText(300),
});

/** Quá trình công tác: from (month/)year to (month/)year, or to now when `toDate` is empty. */
export const workHistoryFields = period(
  z.object({
    fromDate: partialDate,
    toDate: optionalDate,
    description: text(1000),
  }),
);

/** Đào tạo, bồi dưỡng. */
export const trainingFields = period(
  z.object({
    school: text(300),
    subject: optionalText(300),
    fromDate: optionalDate,
    toDate: optionalDate,
    mode: optionalText(100),
    qualification: optionalText(200),
  }),
);

/** Quan hệ gia đình (field 29): relatives are often known by birth year only. */
export const familyFields = z.object({
  relation: text(60),
  fullName: text(120),
  birthYear: optionalDate,
  homeTown: optionalText(300),
  residence: optionalText(300),
  occupation: optionalText(200),
  position: optionalText(200),
  unit: optionalText(300),
});

/** Khen thưởng (field 23). */
export const awardFields = z.object({
  awardedOn: partialDate,
  title: text(300),
  decisionNo: optionalText(60),
  decidingBody: optionalText(300),
  note: optionalText(1000),
});

export type SponsorFields = z.output<typeof sponsorFields>;
export type WorkHistoryFields = z.output<typeof workHistoryFields>;
export type TrainingFields = z.output<typeof trainingFields>;
export type FamilyFields = z.output<typeof familyFields>;
export type AwardFields = z.output<typeof awardFields>;

const memberId = id;

function tableInput<T extends z.ZodType>(row: T) {
  return z.object({
    memberId,
    rows: z.array(row).max(MAX_TABLE_ROWS, `Tối đa ${MAX_TABLE_ROWS} dòng`),
  });
}

export const saveSponsorsInput = tableInput(sponsorFields).superRefine((input, ctx) => {
  for (const admission of [1, 2] as const) {
    const indexes = input.rows.flatMap((r, i) => (r.admission === admission ? [i] : []));
    for (const i of indexes.slice(2)) {
      ctx.addIssue({ code: 'custom', path: ['rows', i, 'admission'], message: 'Mỗi lần kết nạp có tối đa hai người giới thiệu' });
    }
  }
});
export const saveWorkHistoryInput = tableInput(workHistoryFields);
export const saveTrainingInput = tableInput(trainingFields);
export const saveFamilyInput = tableInput(familyFields);
export const saveAwardsInput = tableInput(awardFields);

// ---- rows as read ----------------------------------------------------------------------------

const withId = { id };
export const sponsorRow = z.object({ ...withId, admission: z.literal([1, 2]), fullName: z.string(), position: z.string().nullable(), unit: z.string().nullable() });
export const workHistoryRow = z.object({ ...withId, fromDate: z.string(), toDate: z.string().nullable(), description: z.string() });
export const trainingRow = z.object({
  ...withId,
  school: z.string(),
  subject: z.string().nullable(),
  fromDate: z.string().nullable(),
  toDate: z.string().nullable(),
  mode: z.string().nullable(),
  qualification: z.string().nullable(),
});
export const familyRow = z.object({
  ...withId,
  relation: z.string(),
  fullName: z.string(),
  birthYear: z.string().nullable(),
  homeTown: z.string().nullable(),
  residence: z.string().nullable(),
  occupation: z.string().nullable(),
  position: z.string().nullable(),
  unit: z.string().nullable(),
});
export const awardRow = z.object({
  ...withId,
  awardedOn: z.string(),
  title: z.string(),
  decisionNo: z.string().nullable(),
  decidingBody: z.string().nullable(),
  note: z.string().nullable(),
});
export type SponsorRow = z.infer<typeof sponsorRow>;
export type WorkHistoryRow = z.infer<typeof workHistoryRow>;
export type TrainingRow = z.infer<typeof trainingRow>;
export type FamilyRow = z.infer<typeof familyRow>;
export type AwardRow = z.infer<typeof awardRow>;

// ---- discipline ------------------------------------------------------------------------------

const disciplineFields = {
  levelCode: z.string('Chọn hình thức kỷ luật').trim().min(1, 'Chọn hình thức kỷ luật').max(40),
  /** The date of the decision: a whole day (decisions are dated). */
  decidedOn: fullDate,
  decisionNo: optionalText(60),
  decisionBody: optionalText(300),
  reason: optionalText(2000),
};
export const addDisciplineInput = z.object({ memberId, ...disciplineFields });
/** A correction of a recorded decision (typing errors, a wrong date); the old values stay in the audit log. */
export const updateDisciplineInput = z.object({ memberId, id, ...disciplineFields });
export const cancelDisciplineInput = z.object({ memberId, id, reason: text(500) });

export const disciplineLevel = z.object({ code: z.string(), name: z.string() });
export const disciplineRecord = z.object({
  id,
  levelCode: z.string(),
  levelName: z.string(),
  decidedOn: z.string(),
  decisionNo: z.string().nullable(),
  decisionBody: z.string().nullable(),
  reason: z.string().nullable(),
  cancelled: z.boolean(),
  cancelReason: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type DisciplineRecord = z.infer<typeof disciplineRecord>;
export type DisciplineLevel = z.infer<typeof disciplineLevel>;

// ---- photo, flag, the whole file, history ----------------------------------------------------

/** Base64 of at most 2 MB (the exact size and the file type are checked on the decoded bytes). */
const base64 = z
  .string()
  .min(1, 'Chưa chọn ảnh')
  .max(Math.ceil(MAX_PHOTO_BYTES / 3) * 4, 'Ảnh quá lớn: tối đa 2 MB')
  .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'Dữ liệu ảnh không hợp lệ')
  .refine((s) => s.length % 4 === 0, 'Dữ liệu ảnh không hợp lệ');

export const setPhotoInput = z.object({ memberId, mime: z.enum(photoMimes, 'Ảnh phải là tệp JPEG hoặc PNG'), base64 });
export const photoInfo = z.object({ mime: z.enum(photoMimes), bytes: z.number().int(), updatedAt: z.string() });
export const photo = photoInfo.extend({ base64: z.string() });
export type Photo = z.infer<typeof photo>;

export const memberRef = z.object({ memberId });
export const setGravelyIllInput = z.object({ memberId, gravelyIll: z.boolean() });

export const memberFile = z.object({
  memberId,
  /** Đang ốm nặng: the member may receive a badge early. */
  gravelyIll: z.boolean(),
  hasPhoto: z.boolean(),
  /** The member's cadre file, when the member is also a cadre (one person, two files: issue 9). */
  cadreId: id.nullable(),
  sponsors: z.array(sponsorRow),
  workHistory: z.array(workHistoryRow),
  training: z.array(trainingRow),
  family: z.array(familyRow),
  awards: z.array(awardRow),
  /** Newest first, cancelled ones included (marked). */
  discipline: z.array(disciplineRecord),
  /** The discipline levels that apply to members, for the choice box. */
  disciplineLevels: z.array(disciplineLevel),
});
export type MemberFile = z.infer<typeof memberFile>;

export const historyInput = z.object({
  memberId,
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(200).default(50),
});
export const historyEntry = z.object({
  id,
  at: z.string(),
  username: z.string(),
  userDisplayName: z.string(),
  action: z.string(),
  oldValues: z.record(z.string(), z.unknown()).nullable(),
  newValues: z.record(z.string(), z.unknown()).nullable(),
  /** The names of the organisations whose ids the values hold (the member's cell before and after a move), by id. */
  orgNames: z.record(z.string(), z.string()),
});
export type HistoryEntry = z.infer<typeof historyEntry>;
export const historyPage = z.object({ entries: z.array(historyEntry), hasMore: z.boolean() });
