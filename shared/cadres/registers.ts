import { z } from 'zod';
import { code, fullDate, id, optionalText, page, partialDate, text } from '../kernel/schemas.ts';

/**
 * The registers around the cadre files (issue 9): the opinions given to central bodies, training
 * records and the decisions sending people to courses, and the succession-planning entries as listed.
 * Re-exported by ./schemas.ts.
 */

const optionalDate = partialDate.nullable().default(null);
const optionalCode = code.nullable().default(null);
export const planningEntryOut = z.object({
  id,
  cycleCode: z.string(),
  post: z.string(),
  addedOn: z.string(),
  removedOn: z.string().nullable(),
  removalReason: z.string().nullable(),
});

export const trainingKinds = ['politicalTheory', 'stateManagement', 'professional', 'language', 'it', 'short'] as const;
export const trainingModes = ['fullTime', 'partTime'] as const;
export const trainingStatuses = ['sent', 'studying', 'graduated', 'notCompleted'] as const;
export const trainingRecord = z.object({
  id,
  cadreId: id,
  fullName: z.string(),
  decisionId: id.nullable(),
  decisionNo: z.string().nullable(),
  kind: z.enum(trainingKinds),
  levelCode: z.string().nullable(),
  mode: z.enum(trainingModes),
  institution: z.string(),
  subject: z.string().nullable(),
  fromDate: z.string(),
  toDate: z.string().nullable(),
  status: z.enum(trainingStatuses),
  qualification: z.string().nullable(),
});
export type TrainingRecord = z.output<typeof trainingRecord>;

// ---- opinions register (tham gia ý kiến) --------------------------------------------------------

export const opinionFields = z.object({
  cadreId: id.nullable().default(null),
  personName: text(200),
  personPost: optionalText(300),
  requestingBody: text(300),
  requestNo: optionalText(60),
  receivedOn: fullDate,
  subject: text(2000),
  reply: optionalText(4000),
  replyNo: optionalText(60),
  repliedOn: fullDate.nullable().default(null),
});
export const opinionCreateInput = opinionFields;
export const opinionUpdateInput = opinionFields.extend({ id });
export const opinionRecord = opinionFields.extend({ id, createdAt: z.string() });
export const opinionListInput = z.object({ year: z.number().int().min(1930).max(2100).nullable().default(null), query: z.string().trim().max(120).default(''), pending: z.boolean().default(false), ...page });
export const opinionListResult = z.object({ rows: z.array(opinionRecord), total: z.number() });

// ---- training (one decision sending one or many people to a course) -----------------------------

export const trainingCourse = z.object({
  kind: z.enum(trainingKinds),
  levelCode: optionalCode,
  mode: z.enum(trainingModes),
  institution: text(300),
  subject: optionalText(300),
  fromDate: partialDate,
  toDate: optionalDate,
  status: z.enum(trainingStatuses).default('sent'),
  qualification: optionalText(200),
});
export const trainingDecision = z.object({
  number: text(60),
  issuedOn: fullDate,
  issuingBody: text(300),
  signer: optionalText(200),
});
export const trainingCreateInput = z.object({
  decision: trainingDecision.nullable().default(null),
  course: trainingCourse,
  cadreIds: z.array(id).min(1, 'Chọn ít nhất một người').max(500),
});
export const trainingCreateResult = z.object({ decisionId: id.nullable(), ids: z.array(id) });
export const trainingUpdateInput = z.object({ id, status: z.enum(trainingStatuses), toDate: optionalDate, qualification: optionalText(200) });
export const trainingListInput = z.object({
  cadreId: id.nullable().default(null),
  year: z.number().int().min(1930).max(2100).nullable().default(null),
  kind: z.enum(trainingKinds).nullable().default(null),
  status: z.enum(trainingStatuses).nullable().default(null),
  ...page,
});
export const trainingListResult = z.object({ rows: z.array(trainingRecord), total: z.number() });

// ---- planning (entries come from PLAN_ADD / PLAN_REMOVE actions) --------------------------------

export const planningListInput = z.object({ cycleCode: code, post: z.string().trim().max(120).default(''), includeRemoved: z.boolean().default(false) });
export const planningListRow = planningEntryOut.extend({ cadreId: id, fullName: z.string(), sex: z.enum(['M', 'F']), birthDate: z.string() });
export const planningListResult = z.object({
  rows: z.array(planningListRow),
  cycles: z.array(z.object({ code: z.string(), name: z.string(), kind: z.enum(['party', 'state']), fromYear: z.number(), toYear: z.number() })),
  /** More than 3 people per post or 3 posts per person (cadres.md). */
  warnings: z.array(z.object({ kind: z.enum(['peoplePerPost', 'postsPerPerson']), key: z.string(), count: z.number() })),
  shares: z.object({ people: z.number(), women: z.number(), under40: z.number() }),
});
