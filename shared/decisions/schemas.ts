import { z } from 'zod';
import { code, fullDate, id, optionalText, page, text } from '../kernel/schemas.ts';
import { postKinds } from '../cadres/schemas.ts';
import type { Problem } from '../kernel/problems.ts';

/**
 * Personnel decisions (issue 9): a decision (number unique per issuing body and year) carries one or
 * many actions; current posts, work history and planning entries are derived from the actions.
 */

/** Most actions one decision may carry (a decision annexes a list of people). */
export const MAX_ACTIONS = 500;

export const decisionFields = z.object({
  number: text(60),
  issuedOn: fullDate,
  effectiveOn: fullDate,
  /** The date the board received the proposal file: the 60-month rule counts from it. */
  receivedOn: fullDate.nullable().default(null),
  issuingBody: text(300),
  signer: optionalText(200),
  summary: optionalText(2000),
});
export type DecisionFields = z.output<typeof decisionFields>;

/** One action of a decision, as typed on the entry screen (the "before" columns fill themselves). */
export const actionFields = z.object({
  typeCode: code,
  cadreId: id,
  postKind: z.enum(postKinds).default('main'),
  /** Left empty: filled from the file (the post held of that kind on the effective date). */
  postBefore: optionalText(300),
  unitBefore: optionalText(300),
  postAfter: optionalText(300),
  unitAfter: optionalText(300),
  orgAfterId: id.nullable().default(null),
  /** Empty: the type's default (60 months for appointments). */
  termMonths: z.number().int().min(1).max(240).nullable().default(null),
  /** Empty: the decision's effective date. */
  effectiveOn: fullDate.nullable().default(null),
  /** For PLAN_ADD / PLAN_REMOVE: the planning cycle (P2025, S2026…). */
  planningCycle: code.nullable().default(null),
  note: optionalText(1000),
});
export type ActionFields = z.output<typeof actionFields>;

const decisionCreateNested = z.object({
  decision: decisionFields,
  actions: z.array(actionFields).min(1, 'Quyết định phải có ít nhất một người').max(MAX_ACTIONS, `Tối đa ${MAX_ACTIONS} người`),
});
const decisionKeys = Object.keys(decisionFields.shape);
type DecisionCreateShape = z.input<typeof decisionCreateNested> | (z.input<typeof decisionFields> & Pick<z.input<typeof decisionCreateNested>, 'actions'>);
/** A decision with its actions; its own fields may also come flat beside `actions` (as scripts write them). */
export const decisionCreateInput = z
  .custom<DecisionCreateShape>((v) => typeof v === 'object' && v !== null, 'Dữ liệu quyết định phải là một đối tượng')
  .transform((v) => {
    const input = v as Record<string, unknown>;
    if ('decision' in input) return input;
    const decision = Object.fromEntries(decisionKeys.filter((k) => k in input).map((k) => [k, input[k]]));
    return { decision, actions: input.actions };
  })
  .pipe(decisionCreateNested);
export type DecisionCreateInput = z.output<typeof decisionCreateInput>;

/** A warning (not a refusal): the 60-month rule, discipline waits, 8 years in one post, planning limits. */
export const actionWarning = z.custom<Problem>((v) => typeof v === 'object' && v !== null && typeof (v as Problem).code === 'string');

export const actionRecord = z.object({
  id,
  decisionId: id,
  seq: z.number(),
  typeCode: z.string(),
  cadreId: id,
  fullName: z.string(),
  effectiveOn: z.string(),
  postKind: z.enum(postKinds),
  postBefore: z.string().nullable(),
  unitBefore: z.string().nullable(),
  postAfter: z.string().nullable(),
  unitAfter: z.string().nullable(),
  orgAfterId: id.nullable(),
  termMonths: z.number().nullable(),
  termEnd: z.string().nullable(),
  planningCycle: z.string().nullable(),
  note: z.string().nullable(),
  status: z.enum(['active', 'cancelled']),
  cancelReason: z.string().nullable(),
});
export type ActionRecord = z.output<typeof actionRecord>;

export const decisionRecord = decisionFields.extend({
  id,
  year: z.number(),
  kind: z.enum(['personnel', 'training']),
  actions: z.array(actionRecord),
  createdAt: z.string(),
  /** The scan of the signed decision, when one was attached (decision:setScan). */
  scan: z.lazy(() => scanInfo).nullable(),
});
export type DecisionRecord = z.output<typeof decisionRecord>;

export const decisionCreateResult = z.object({
  id,
  actionIds: z.array(id),
  /** Per action (same order): the warnings shown when it was entered. */
  warnings: z.array(z.array(actionWarning)),
});

/**
 * What the entry screen asks while the clerk types: the "before" columns and the warnings of each
 * row, without saving anything.
 */
export const decisionCheckInput = z.object({
  effectiveOn: fullDate,
  /** The 60-month rule counts from receivedOn, else from this date, else from the effective date. */
  issuedOn: fullDate.nullable().default(null),
  receivedOn: fullDate.nullable().default(null),
  actions: z.array(actionFields.partial({ postKind: true }).extend({ typeCode: code, cadreId: id })).max(MAX_ACTIONS),
});
export const decisionCheckRow = z.object({
  postBefore: z.string().nullable(),
  unitBefore: z.string().nullable(),
  termMonths: z.number().nullable(),
  termEnd: z.string().nullable(),
  warnings: z.array(actionWarning),
  /** What decision:create would refuse on this row (type not in use, no such cadre, no cycle…). */
  errors: z.array(actionWarning).optional(),
});
export const decisionCheckResult = z.object({ rows: z.array(decisionCheckRow) });

export const decisionListInput = z.object({
  query: z.string().trim().max(120).default(''),
  year: z.number().int().min(1930).max(2100).nullable().default(null),
  typeCode: code.nullable().default(null),
  cadreId: id.nullable().default(null),
  ...page,
});
export const decisionListRow = decisionFields.extend({ id, year: z.number(), kind: z.enum(['personnel', 'training']), actionCount: z.number(), typeCodes: z.array(z.string()) });
export const decisionListResult = z.object({ rows: z.array(decisionListRow), total: z.number() });

/**
 * The fields a correction may change, none defaulted: Zod 4 applies a `.default()` inside `.partial()`,
 * so `actionFields.partial()` would turn every field not given into null (and the post kind into main).
 */
const change = <T extends z.ZodType>(schema: T) => schema.optional();
const changedText = (max: number) => change(z.string().trim().max(max, `Tối đa ${max} ký tự`).nullable());
export const actionChanges = z.object({
  typeCode: change(code),
  postKind: change(z.enum(postKinds)),
  postBefore: changedText(300),
  unitBefore: changedText(300),
  postAfter: changedText(300),
  unitAfter: changedText(300),
  orgAfterId: change(id.nullable()),
  termMonths: change(z.number().int().min(1).max(240).nullable()),
  effectiveOn: change(fullDate),
  planningCycle: change(code.nullable()),
  note: changedText(1000),
});

/** Correct one action: the fields given replace the stored ones (null empties one); the reason is audited. */
export const actionCorrectInput = z.object({
  id,
  reason: text(1000),
  changes: actionChanges,
});
export const actionCancelInput = z.object({ id, reason: text(1000) });

/** The scan of a signed decision (optional): a PDF or an image, at most 10 MB. */
export const MAX_SCAN_BYTES = 10 * 1024 * 1024;
export const scanMimes = ['application/pdf', 'image/jpeg', 'image/png'] as const;
export const decisionSetScanInput = z.object({
  decisionId: id,
  fileName: z.string().trim().min(1).max(200),
  mime: z.enum(scanMimes, 'Chọn tệp PDF, JPEG hoặc PNG'),
  base64: z.string().min(1).max(Math.ceil((MAX_SCAN_BYTES * 4) / 3) + 4, 'Tệp quá 10 MB'),
});
export const scanInfo = z.object({ fileName: z.string(), mime: z.string(), bytes: z.number(), createdAt: z.string() });
export const decisionScan = scanInfo.extend({ base64: z.string() });
