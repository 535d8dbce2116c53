/**
 * Why the core did not open the data folder (the `kind` of compose.ts's CoreOpenError). The doors
 * (Electron's startup dialog, the browser host, the CLI) read it without importing compose.ts.
 */
export const coreOpenErrorKinds = ['CORRUPT', 'NEWER_VERSION', 'UNREADABLE', 'DISK_FULL', 'READ_ONLY', 'EMPTY', 'FOREIGN', 'LOCKED'] as const;
export type CoreOpenErrorKind = (typeof coreOpenErrorKinds)[number];

export function isCoreOpenErrorKind(value: unknown): value is CoreOpenErrorKind {
  return typeof value === 'string' && (coreOpenErrorKinds as readonly string[]).includes(value);
}

/** Kinds where nothing is damaged: the message must not send the clerk to a backup. */
export const nothingDamaged: ReadonlySet<CoreOpenErrorKind> = new Set(['DISK_FULL', 'READ_ONLY', 'LOCKED']);
