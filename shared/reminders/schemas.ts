import { z } from 'zod';
import { id } from '../kernel/schemas.ts';
import { listExportFields } from '../kernel/listExport.ts';

/**
 * The clerk's desk (Tổng quan, issue 9): what is due, from every register. Each list answers its
 * total and its first rows; the screen opens the people and exports a list to Excel.
 */

export const digestInput = z.object({
  /** Reappointment notices due within this many days (overdue ones included while the term runs). */
  withinDays: z.number().int().min(1).max(730).default(90),
  /** Rows per list (the totals count them all). */
  limit: z.number().int().min(1).max(500).default(50),
});

const cadreRef = { cadreId: id, fullName: z.string(), mainPost: z.string().nullable(), mainUnit: z.string().nullable() };

export const reappointmentDue = z.object({
  ...cadreRef,
  post: z.string(),
  unit: z.string().nullable(),
  termEnd: z.string(),
  noticeOn: z.string(),
  /** Less than 2 years of service left at term end: extension to retirement instead. */
  extensionAdvised: z.boolean(),
});

/** The retirement ladder: 12 months (plan), 6 months (written notice), 3 months (decision). */
export const retirementStages = ['decision', 'notice', 'plan'] as const;
export const retirementDue = z.object({
  ...cadreRef,
  sex: z.enum(['M', 'F']),
  birthDate: z.string(),
  retirementDate: z.string(),
  estimated: z.boolean(),
  stage: z.enum(retirementStages),
});

export const probationaryDue = z.object({ memberId: id, fullName: z.string(), organisationName: z.string(), dueOn: z.string() });
export const badgeDue = z.object({ memberId: id, fullName: z.string(), organisationName: z.string(), milestone: z.number() });
export const assetDeclarationDue = z.object({ ...cadreRef });

const list = <T extends z.ZodType>(row: T) => z.object({ total: z.number(), rows: z.array(row) });

export const digestResult = z.object({
  today: z.string(),
  reappointments: list(reappointmentDue),
  retirements: list(retirementDue),
  probationary: list(probationaryDue),
  badges: list(badgeDue).extend({ roundDate: z.string().nullable() }),
  assetDeclarations: list(assetDeclarationDue).extend({ year: z.number() }),
});
export type Digest = z.output<typeof digestResult>;

export const digestLists = ['reappointments', 'retirements', 'assetDeclarations'] as const;
export const digestExportKeys = ['fullName', 'mainPost', 'mainUnit', 'post', 'unit', 'termEnd', 'noticeOn', 'extensionAdvised', 'birthDate', 'sex', 'retirementDate', 'stage'] as const;
export const digestExportInput = z.object({
  list: z.enum(digestLists),
  withinDays: z.number().int().min(1).max(730).default(90),
  ...listExportFields(digestExportKeys),
});
