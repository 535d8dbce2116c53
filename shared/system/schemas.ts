import { z } from 'zod';
import { listExportFields } from '../kernel/listExport.ts';
import { roles } from '../kernel/roles.ts';
import { id, page } from '../kernel/schemas.ts';

export const userInfo = z.object({
  id,
  username: z.string(),
  displayName: z.string(),
  role: z.enum(roles),
});

export const systemInfo = z.object({
  appVersion: z.string(),
  schemaVersion: z.number().int(),
  dataDir: z.string(),
  user: userInfo,
  counts: z.object({ organisations: z.number().int(), members: z.number().int() }),
  lastBackup: z.string().nullable(),
  /** Today as the core sees it (ISO date): the renderer's "today" follows it, so a pinned clock (--now, tests) reaches the screens. */
  today: z.string(),
  /** The day a sample province was built in this data file (system:demo), null for real data: the header says so. */
  demo: z.string().nullable(),
});
export type SystemInfo = z.infer<typeof systemInfo>;

export const backupResult = z.object({ file: z.string(), bytes: z.number().int() });

export const auditVerifyResult = z.object({
  ok: z.boolean(),
  entries: z.number().int(),
  firstBadId: z.number().int().nullable(),
});

export const auditListInput = z.object({
  entity: z.string().max(40).nullable().default(null),
  entityId: z.number().int().nullable().default(null),
  ...page,
});

export const auditEntry = z.object({
  id,
  at: z.string(),
  /** The user's login; `userDisplayName` is the name shown everywhere else. */
  username: z.string(),
  userDisplayName: z.string(),
  action: z.string(),
  entity: z.string(),
  entityId: z.number().int().nullable(),
  /**
   * The record touched, in a few Vietnamese words ("Nguyễn Văn An (1965)"), read from the record as it
   * stands now; null when the entity has none (system, settings) or the record no longer exists.
   */
  subject: z.string().nullable(),
  oldValues: z.record(z.string(), z.unknown()).nullable(),
  newValues: z.record(z.string(), z.unknown()).nullable(),
  /** The names of the organisations whose ids the values hold (ORGANISATION_ID_FIELDS), by id; an id no longer found is absent. */
  orgNames: z.record(z.string(), z.string()),
});
export type AuditEntry = z.infer<typeof auditEntry>;

/** The audit table's columns (as the system screen shows them) a "Xuất Excel" file can hold. */
export const auditExportColumns = ['id', 'at', 'user', 'action', 'entity', 'changes'] as const;

/** The audit log (every entry, newest first, of one record or kind when asked) as an .xlsx file. */
export const auditExportInput = auditListInput.omit({ offset: true, limit: true }).extend(listExportFields(auditExportColumns));
export type AuditExportInput = z.input<typeof auditExportInput>;

export const demoInput = z.object({
  members: z.number().int().min(0).max(1_000_000),
  seed: z.number().int().default(2025),
});
export const demoResult = z.object({ organisations: z.number().int(), members: z.number().int() });
