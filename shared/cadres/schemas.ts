import { z } from 'zod';
import { CITIZEN_ID, cleanDigits } from '../kernel/ids/identifiers.ts';
import { nameOrders } from '../kernel/text/names.ts';
import { code, fullDate, id, optionalText, page, partialDate, text } from '../kernel/schemas.ts';
import { listExportFields } from '../kernel/listExport.ts';
import { planningEntryOut, trainingRecord } from './registers.ts';

export * from './registers.ts';

/**
 * The cadre file (issue 9; the superset of CV forms 2C-BNV/2008 and 2C/TCTW-98). The personal fields
 * keep member:create's names; a cadre linked to a member shows and edits the member's own fields.
 */

const optionalDate = partialDate.nullable().default(null);
const optionalCode = code.nullable().default(null);

/** Who manages the cadre: the Politburo/Secretariat, the provincial Standing Committee, or other. */
export const managementTiers = ['central', 'provincial', 'other'] as const;
export type ManagementTier = (typeof managementTiers)[number];
export const cadreStatuses = ['working', 'retired', 'left', 'deceased'] as const;
export type CadreStatus = (typeof cadreStatuses)[number];

/** The personal data: on the member record when the cadre is a member, here otherwise. */
export const personalFields = z.object({
  familyName: text(60),
  middleName: z.string().trim().max(80, 'Tối đa 80 ký tự').default(''),
  givenName: text(40),
  nameOrder: z.enum(nameOrders).default('familyFirst'),
  otherNames: optionalText(200),
  sex: z.enum(['M', 'F'], 'Chọn giới tính'),
  birthDate: partialDate,
  birthPlace: optionalText(300),
  homeTown: optionalText(300),
  residence: optionalText(300),
  ethnicCode: optionalCode,
  religionCode: optionalCode,
  citizenId: z
    .string()
    .transform(cleanDigits)
    .pipe(z.string().regex(CITIZEN_ID, 'Số CCCD phải gồm đúng 12 chữ số'))
    .nullable()
    .transform((v) => (v === '' ? null : v))
    .default(null),
});
export type PersonalFields = z.output<typeof personalFields>;

/** The other fields of the two CV forms, kept together (they are shown and printed, not filtered). */
export const cvFields = z
  .object({
    currentResidence: optionalText(300),
    occupationWhenRecruited: optionalText(200),
    recruitedOn: optionalDate,
    recruitedBy: optionalText(300),
    mainWork: optionalText(1000),
    civilServiceRank: optionalText(120),
    rankCode: optionalText(20),
    salaryStep: z.number().int().min(1).max(20).nullable().default(null),
    salaryCoefficient: z.number().min(0).max(20).nullable().default(null),
    salarySince: optionalDate,
    positionAllowance: z.number().min(0).max(5).nullable().default(null),
    otherAllowances: optionalText(300),
    foreignLanguage: optionalText(200),
    itLevel: optionalText(200),
    academicTitleCode: optionalCode,
    joinedRevolutionOn: optionalDate,
    joinedCurrentBodyOn: optionalDate,
    joinedPartyOn: optionalDate,
    fullPartyMemberOn: optionalDate,
    socialOrganisationsOn: optionalText(300),
    armyEnlistedOn: optionalDate,
    armyDischargedOn: optionalDate,
    armyHighestRank: optionalText(100),
    highestHonoraryTitle: optionalText(300),
    strengths: optionalText(1000),
    longestJob: optionalText(300),
    health: optionalText(100),
    heightCm: z.number().int().min(50).max(250).nullable().default(null),
    weightKg: z.number().int().min(20).max(250).nullable().default(null),
    bloodGroup: optionalText(10),
    warInvalidGrade: optionalText(50),
    policyFamily: optionalText(200),
    citizenIdIssuedOn: optionalDate,
    citizenIdIssuedBy: optionalText(200),
    socialInsuranceNo: optionalText(20),
    healthInsuranceNo: optionalText(20),
    mobile: optionalText(20),
    familyBackground: optionalText(100),
    ownBackground: optionalText(100),
    currentCommittee: optionalText(300),
    concurrentCommittee: optionalText(300),
    appointedToCurrentPostOn: optionalDate,
    reappointedOn: optionalDate,
    policyGroup: optionalText(200),
    minorityLanguage: optionalText(200),
    socialMedia: optionalText(300),
    arrestHistory: optionalText(2000),
    oldRegimeWork: optionalText(2000),
    foreignTies: optionalText(2000),
    relativesAbroad: optionalText(2000),
    familyIncome: optionalText(300),
    houseArea: optionalText(300),
    landArea: optionalText(300),
    assessment: optionalText(4000),
  })
  .partial()
  .strict();
export type CvFields = z.output<typeof cvFields>;

/** The file's own fields (not the member's). */
export const cadreOwnFields = z.object({
  managementTier: z.enum(managementTiers).default('provincial'),
  status: z.enum(cadreStatuses).default('working'),
  generalEducation: optionalText(20),
  professionalCode: optionalCode,
  politicalTheoryCode: optionalCode,
  stateManagementCode: optionalCode,
  /** Special groups may retire up to 5 years earlier or later (cadres.md). */
  retirementAdjustMonths: z.number().int().min(-60).max(60).default(0),
  cv: cvFields.default({}),
});

/**
 * A new file: either linked to a member (`memberId`, the personal fields then come from the member
 * record and `personal` must be absent), or a person who is not a member (`personal` required).
 */
const personalKeys = Object.keys(personalFields.shape) as (keyof z.input<typeof personalFields>)[];
type PersonalInput = z.input<typeof personalFields>;

/**
 * The personal fields may also come flat, under member:create's names (`familyName`, `birthDate`…),
 * as scripts write them: they are gathered into `personal` before the file's own checks run.
 */
function gatherPersonal<T extends Record<string, unknown>>(input: T): T {
  if (typeof input !== 'object' || input === null || 'personal' in input) return input;
  const flat = personalKeys.filter((k) => k in input);
  if (flat.length === 0) return input;
  const personal = Object.fromEntries(flat.map((k) => [k, input[k]]));
  const rest = Object.fromEntries(Object.entries(input).filter(([k]) => !flat.includes(k as keyof PersonalInput)));
  return { ...rest, personal } as unknown as T;
}

const cadreCreateNested = cadreOwnFields
  .extend({ memberId: id.nullable().default(null), personal: personalFields.nullable().default(null) })
  .superRefine((v, ctx) => {
    if (v.memberId === null && v.personal === null) ctx.addIssue({ code: 'custom', path: ['personal'], message: 'Nhập thông tin cá nhân hoặc chọn đảng viên' });
    if (v.memberId !== null && v.personal !== null) ctx.addIssue({ code: 'custom', path: ['personal'], message: 'Cán bộ là đảng viên: thông tin cá nhân sửa trên phiếu đảng viên' });
  });
type CadreCreateShape = z.input<typeof cadreCreateNested> | (Omit<z.input<typeof cadreCreateNested>, 'personal'> & PersonalInput);
export const cadreCreateInput = z
  .custom<CadreCreateShape>((v) => typeof v === 'object' && v !== null, 'Dữ liệu hồ sơ cán bộ phải là một đối tượng')
  .transform((v) => gatherPersonal(v as Record<string, unknown>))
  .pipe(cadreCreateNested);
export type CadreCreateInput = z.output<typeof cadreCreateInput>;

/** The whole file again; `personal` (or the same fields flat) edits the member's fields when the file is linked. */
const cadreUpdateNested = cadreOwnFields.extend({ id, personal: personalFields });
type CadreUpdateShape = z.input<typeof cadreUpdateNested> | (Omit<z.input<typeof cadreUpdateNested>, 'personal'> & PersonalInput);
export const cadreUpdateInput = z
  .custom<CadreUpdateShape>((v) => typeof v === 'object' && v !== null, 'Dữ liệu hồ sơ cán bộ phải là một đối tượng')
  .transform((v) => gatherPersonal(v as Record<string, unknown>))
  .pipe(cadreUpdateNested);
export type CadreUpdateInput = z.output<typeof cadreUpdateInput>;

// ---- repeating tables (month/year ranges) ------------------------------------------------------

export const workHistoryRow = z.object({ fromDate: partialDate, toDate: optionalDate, post: text(300), unit: optionalText(300) });
export const familyRow = z.object({
  side: z.enum(['own', 'spouse']).default('own'),
  relation: text(60),
  fullName: text(120),
  birthYear: z.number().int().min(1850).max(2100).nullable().default(null),
  homeTown: optionalText(300),
  occupation: optionalText(300),
  residence: optionalText(300),
});
export const salaryRow = z.object({ since: partialDate, rankCode: optionalText(20), step: z.number().int().min(1).max(20).nullable().default(null), coefficient: z.number().min(0).max(20).nullable().default(null) });
export const awardRow = z.object({ year: z.number().int().min(1930).max(2100), form: text(300), decisionNo: optionalText(60), body: optionalText(300) });
export const disciplineRow = z.object({ decidedOn: partialDate, levelCode: code, reason: optionalText(1000), decisionNo: optionalText(60), body: optionalText(300) });
export const assessmentRow = z.object({ year: z.number().int().min(1930).max(2100), result: text(200), note: optionalText(1000) });
export const assetDeclarationRow = z.object({ year: z.number().int().min(2000).max(2100), submittedOn: fullDate.nullable().default(null) });
export const documentRow = z.object({ title: text(300), receivedOn: optionalDate, pages: z.number().int().min(0).max(10000).nullable().default(null), note: optionalText(500), hasScan: z.boolean().default(false) });

export const cadreTables = {
  workHistory: workHistoryRow,
  family: familyRow,
  salary: salaryRow,
  awards: awardRow,
  discipline: disciplineRow,
  assessments: assessmentRow,
  assetDeclarations: assetDeclarationRow,
  documents: documentRow,
} as const;
export type CadreTableName = keyof typeof cadreTables;
export const cadreTableNames = Object.keys(cadreTables) as CadreTableName[];
export const MAX_CADRE_TABLE_ROWS = 200;

const rows = <T extends z.ZodType>(row: T) => z.array(row).max(MAX_CADRE_TABLE_ROWS, `Tối đa ${MAX_CADRE_TABLE_ROWS} dòng`);
/** One table saved whole (its rows replace the stored ones). */
export const cadreSaveTableInput = z.discriminatedUnion('table', [
  z.object({ cadreId: id, table: z.literal('workHistory'), rows: rows(workHistoryRow) }),
  z.object({ cadreId: id, table: z.literal('family'), rows: rows(familyRow) }),
  z.object({ cadreId: id, table: z.literal('salary'), rows: rows(salaryRow) }),
  z.object({ cadreId: id, table: z.literal('awards'), rows: rows(awardRow) }),
  z.object({ cadreId: id, table: z.literal('discipline'), rows: rows(disciplineRow) }),
  z.object({ cadreId: id, table: z.literal('assessments'), rows: rows(assessmentRow) }),
  z.object({ cadreId: id, table: z.literal('assetDeclarations'), rows: rows(assetDeclarationRow) }),
  z.object({ cadreId: id, table: z.literal('documents'), rows: rows(documentRow) }),
]);
export type CadreSaveTableInput = z.output<typeof cadreSaveTableInput>;

const withId = <T extends z.ZodObject>(row: T) => row.extend({ id });
export const cadreTablesOut = z.object({
  workHistory: z.array(withId(workHistoryRow)),
  family: z.array(withId(familyRow)),
  salary: z.array(withId(salaryRow)),
  awards: z.array(withId(awardRow)),
  discipline: z.array(withId(disciplineRow)),
  assessments: z.array(withId(assessmentRow)),
  assetDeclarations: z.array(withId(assetDeclarationRow)),
  documents: z.array(withId(documentRow)),
});

// ---- what cadre:get answers -------------------------------------------------------------------

export const postKinds = ['main', 'concurrent', 'committee'] as const;
export type PostKind = (typeof postKinds)[number];

/** A post held as of a date, derived from the actions (shared/decisions/posts.ts). */
export const currentPost = z.object({
  postKind: z.enum(postKinds),
  title: z.string(),
  unit: z.string().nullable(),
  orgId: id.nullable(),
  since: z.string(),
  termEnd: z.string().nullable(),
  /** 90 working days before the term end: the reappointment notice is due. */
  noticeOn: z.string().nullable(),
  /** Less than 2 years of service left at term end: propose extension to retirement. */
  extensionAdvised: z.boolean(),
  actionId: id,
  decisionNo: z.string(),
});
export type CurrentPost = z.output<typeof currentPost>;

/** A work-history line derived from an action (besides the manual rows of the years before the app). */
export const derivedHistoryRow = z.object({
  actionId: id,
  decisionId: id,
  decisionNo: z.string(),
  effectiveOn: z.string(),
  typeCode: z.string(),
  postKind: z.enum(postKinds),
  postAfter: z.string().nullable(),
  unitAfter: z.string().nullable(),
  status: z.enum(['active', 'cancelled']),
});

export const retirementInfo = z.object({
  date: z.string(),
  estimated: z.boolean(),
  age: z.object({ years: z.number(), months: z.number() }),
});

export const cadreFile = z.object({
  id,
  memberId: id.nullable(),
  fullName: z.string(),
  personal: personalFields,
  ...personalFields.shape,
  managementTier: z.enum(managementTiers),
  status: z.enum(cadreStatuses),
  generalEducation: z.string().nullable(),
  professionalCode: z.string().nullable(),
  politicalTheoryCode: z.string().nullable(),
  /** The highest political-theory level held, derived from the training records and the field. */
  highestPoliticalTheoryCode: z.string().nullable(),
  stateManagementCode: z.string().nullable(),
  retirementAdjustMonths: z.number(),
  cv: cvFields,
  tables: cadreTablesOut,
  posts: z.array(currentPost),
  history: z.array(derivedHistoryRow),
  retirement: retirementInfo,
  planning: z.array(planningEntryOut),
  training: z.array(trainingRecord),
  hasPhoto: z.boolean(),
  updatedAt: z.string(),
});
export type CadreFile = z.output<typeof cadreFile>;

// ---- the list ---------------------------------------------------------------------------------

export const cadreListInput = z.object({
  query: z.string().trim().max(120).default(''),
  /** Words of the current post or its unit. */
  post: z.string().trim().max(120).default(''),
  tier: z.enum(managementTiers).nullable().default(null),
  status: z.enum([...cadreStatuses, 'all']).default('working'),
  sex: z.enum(['M', 'F']).nullable().default(null),
  ageFrom: z.number().int().min(0).max(120).nullable().default(null),
  ageTo: z.number().int().min(0).max(120).nullable().default(null),
  politicalTheoryCode: optionalCode,
  planning: z.enum(['any', 'planned', 'notPlanned']).default('any'),
  /** Retiring within this many months of today. */
  retiringWithinMonths: z.number().int().min(1).max(120).nullable().default(null),
  ...page,
});
export type CadreListInput = z.output<typeof cadreListInput>;

export const cadreListRow = z.object({
  id,
  memberId: id.nullable(),
  fullName: z.string(),
  sex: z.enum(['M', 'F']),
  birthDate: z.string(),
  mainPost: z.string().nullable(),
  mainUnit: z.string().nullable(),
  managementTier: z.enum(managementTiers),
  status: z.enum(cadreStatuses),
  politicalTheoryCode: z.string().nullable(),
  retirementDate: z.string(),
  planned: z.boolean(),
});
export type CadreListRow = z.output<typeof cadreListRow>;
export const cadreListResult = z.object({ rows: z.array(cadreListRow), total: z.number() });

// ---- photo, scans, perusal log ------------------------------------------------------------------

export const MAX_CADRE_PHOTO_BYTES = 2 * 1024 * 1024;
export const cadreRef = z.object({ id });
export const cadreSetPhotoInput = z.object({ cadreId: id, mime: z.enum(['image/jpeg', 'image/png']), base64: z.string().min(1).max(Math.ceil((MAX_CADRE_PHOTO_BYTES * 4) / 3) + 4) });
export const cadrePhoto = z.object({ mime: z.string(), base64: z.string() });

export const perusalKinds = ['view', 'borrow', 'return'] as const;
export const cadrePerusalInput = z.object({
  cadreId: id,
  kind: z.enum(perusalKinds),
  onDate: fullDate,
  person: text(200),
  purpose: optionalText(500),
  dueDate: fullDate.nullable().default(null),
});
export const perusalRow = z.object({
  id: z.number(),
  kind: z.enum(perusalKinds),
  onDate: z.string(),
  person: z.string(),
  purpose: z.string().nullable(),
  dueDate: z.string().nullable(),
  /** Entered by hand, or a viewing of the file in the app (recorded by cadre:get). */
  source: z.enum(['entered', 'app']),
});

/** "Xuất Excel" of the cadre list: the list's filters and the columns on screen (ARCHITECTURE.md, "Lists exported to Excel"). */
export const cadreExportColumns = ['index', 'fullName', 'birthDate', 'sex', 'mainPost', 'mainUnit', 'managementTier', 'status', 'politicalTheory', 'retirementDate', 'planned'] as const;
export const cadreExportInput = cadreListInput.omit({ offset: true, limit: true }).extend(listExportFields(cadreExportColumns));
