import { existsSync, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { backupDatabase, listBackups } from '../../db/backup.ts';
import { DatabaseFileError, openConnection, quickCheck, readSchema, scheduleCheckpoints, type Connection, type Sqlite } from '../../db/connection.ts';
import { inspectDatabaseFile } from '../../db/inspect.ts';
import { appliedMigrations, migrate, NewerDatabaseError, pendingMigrations } from '../../db/migrate.ts';
import * as settings from '../../db/repositories/system/settings.ts';
import { backupDir } from '../services/system/system.ts';
import { runBackupInWorker, stopBackups } from '../workers/runBackup.ts';
import { writeAudit } from '../services/system/audit.ts';
import { rederiveDue } from '../services/decisions/derive.ts';
import { bulkHandle } from '../../db/bulk.ts';
import { todayIso } from '../../shared/kernel/dates/partialDate.ts';
import { acquireDataLock, lockedMessage } from './dataLock.ts';
import { createDispatch } from './dispatch.ts';
import { handlers } from './handlers.ts';
import { JobRunner } from './jobs/runner.ts';
import type { JobEvent } from '../../shared/jobs/schemas.ts';
import type { CoreOpenErrorKind } from './openErrorKinds.ts';
import { environmentFailure, openMessages } from './openErrors.ts';
import { localAdminContext, type Core } from './types.ts';

export const DB_FILE = 'so-to-chuc.db';
const DAY_MS = 24 * 60 * 60 * 1000;

export interface OpenCoreOptions {
  dataDir: string;
  now?: () => Date;
  appVersion?: string;
  /** Make the once-a-day backup this long after opening (ms); null disables it. Default 10 s. */
  dailyBackupDelay?: number | null;
  report?: (method: string, error: unknown) => void;
  /** Milliseconds after the last write before the WAL is checkpointed (default 2 s). */
  checkpointDelay?: number;
  /** Called with the open connection before first use (tests simulate a full disk with it). */
  tune?: (sqlite: Sqlite) => void;
}

/** Unexpected failures: the method, the error's name and SQLite code only (messages may quote data). */
function reportToStderr(method: string, error: unknown): void {
  const name = error instanceof Error ? error.name : typeof error;
  const code = typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' ? ` ${error.code}` : '';
  process.stderr.write(`[core] ${method}: ${name}${code}\n`);
}

/** The database could not be opened as it is; `message` is Vietnamese and says what to do. */
export class CoreOpenError extends Error {
  readonly kind: CoreOpenErrorKind;
  readonly latestBackup: string | null;
  constructor(kind: CoreOpenError['kind'], message: string, latestBackup: string | null, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'CoreOpenError';
    this.kind = kind;
    this.latestBackup = latestBackup;
  }
}

function offerBackup(dataDir: string): { latest: string | null; hint: string } {
  const latest = listBackups(backupDir(dataDir))[0] ?? null;
  return { latest, hint: latest ? ` Bản sao lưu gần nhất: ${latest}.` : ' Không tìm thấy bản sao lưu nào.' };
}

/**
 * A failure to open, said as what it is: a full disk or no right to write (nothing damaged, no backup
 * offered), else the file itself (`fallback`, with the latest backup).
 */
function openFailure(error: unknown, dataDir: string, fallback: { kind: 'CORRUPT' | 'UNREADABLE'; message: string }): CoreOpenError {
  const environment = environmentFailure(error, dataDir);
  if (environment) return new CoreOpenError(environment, openMessages[environment], null, { cause: error });
  const { latest, hint } = offerBackup(dataDir);
  const kind = error instanceof DatabaseFileError && (error.kind === 'CORRUPT' || error.kind === 'UNREADABLE') ? error.kind : fallback.kind;
  const message = error instanceof DatabaseFileError ? error.message : fallback.message;
  return new CoreOpenError(kind, `${message}${hint}`, latest, { cause: error });
}

/** Takes the data folder's lock (see dataLock.ts), or refuses to open with who holds it. */
function lockDataFolder(dataDir: string, now: Date): () => void {
  let lock: ReturnType<typeof acquireDataLock>;
  try {
    mkdirSync(dataDir, { recursive: true });
    lock = acquireDataLock(dataDir, now);
  } catch (error) {
    throw openFailure(error, dataDir, { kind: 'UNREADABLE', message: 'Không tạo được tệp khóa trong thư mục dữ liệu.' });
  }
  if (!lock.ok) throw new CoreOpenError('LOCKED', lockedMessage(lock.owner, lock.file), null);
  return lock.release;
}

/** Refuses, before anything is written to it, a file that is empty or is not this app's database. */
function refuseUnusableFile(file: string, dataDir: string): void {
  const contents = inspectDatabaseFile(file);
  if (contents !== 'EMPTY' && contents !== 'FOREIGN') return;
  const { latest, hint } = offerBackup(dataDir);
  throw new CoreOpenError(contents, `${openMessages[contents]}${hint}`, latest);
}

/**
 * The full structural check (PRAGMA quick_check) reads the whole file: 2 s for a 500,000-member
 * province. It runs at start when the last session did not end cleanly, when the file has not passed
 * it for a day, or on a file from before this bookkeeping; otherwise a cheap read of the schema
 * (which fails on a file that is not a database) stands in. The daily backup verifies its copy too.
 */
async function fullCheckDue(connection: Connection, now: Date, fileExisted: boolean): Promise<boolean> {
  if (!fileExisted) return false;
  if (!(await settings.hasSettingsTable(connection.db))) return true;
  const lastOk = await settings.getSetting(connection.db, settings.INTEGRITY_LAST_OK);
  const open = await settings.getSetting(connection.db, settings.SESSION_OPEN);
  return open !== '0' || lastOk === null || now.getTime() - Date.parse(lastOk) >= DAY_MS || Date.parse(lastOk) > now.getTime();
}

async function prepare(connection: Connection, dataDir: string, now: Date, fileExisted: boolean): Promise<void> {
  readSchema(connection.sqlite);
  const checked = await fullCheckDue(connection, now, fileExisted);
  if (checked && !quickCheck(connection.sqlite).ok) {
    const { latest, hint } = offerBackup(dataDir);
    throw new CoreOpenError('CORRUPT', `Tệp dữ liệu bị hỏng (kiểm tra toàn vẹn không đạt), nên chưa mở để tránh làm hỏng thêm.${hint}`, latest);
  }
  let pending: string[];
  try {
    pending = await pendingMigrations(connection.db);
  } catch (error) {
    if (error instanceof NewerDatabaseError) throw new CoreOpenError('NEWER_VERSION', error.message, offerBackup(dataDir).latest, { cause: error });
    throw error;
  }
  if (pending.length > 0 && fileExisted && (await appliedMigrations(connection.db)).length > 0) {
    backupDatabase(connection.sqlite, backupDir(dataDir), 'truoc-nang-cap', now, 5);
  }
  await migrate(connection.db);
  if (checked || !fileExisted) await settings.setSetting(connection.db, settings.INTEGRITY_LAST_OK, now.toISOString());
  await settings.setSetting(connection.db, settings.SESSION_OPEN, '1');
}

/** The composition root shared by Electron, the browser host and the CLI. */
export async function openCore(options: OpenCoreOptions): Promise<Core> {
  const now = options.now ?? (() => new Date());
  const releaseLock = lockDataFolder(options.dataDir, now());
  const file = join(options.dataDir, DB_FILE);
  const fileExisted = existsSync(file) && statSync(file).size > 0;
  let connection: Connection;
  try {
    refuseUnusableFile(file, options.dataDir);
    connection = openConnection(file);
  } catch (error) {
    releaseLock();
    if (error instanceof CoreOpenError) throw error;
    throw openFailure(error, options.dataDir, { kind: 'UNREADABLE', message: 'Không mở được tệp dữ liệu.' });
  }
  try {
    await prepare(connection, options.dataDir, now(), fileExisted);
  } catch (error) {
    connection.close();
    releaseLock();
    if (error instanceof CoreOpenError) throw error;
    throw openFailure(error, options.dataDir, { kind: 'CORRUPT', message: 'Tệp dữ liệu không đọc được như cơ sở dữ liệu của Sổ Tổ Chức.' });
  }

  options.tune?.(connection.sqlite);
  const dataDir = options.dataDir;
  // Posts are derived as of a day: actions that took effect since the last day the app ran show now
  // (cached derivations, not records: no audit entry). A failure here must not keep the app closed.
  try {
    await connection.db.transaction().execute((trx) => rederiveDue({ db: trx, bulk: bulkHandle(connection), today: todayIso(now()) }));
  } catch (error) {
    (options.report ?? reportToStderr)('decisions:rederiveDue', error);
  }
  const checkpoints = scheduleCheckpoints(connection.sqlite, {
    delayMs: options.checkpointDelay ?? 2000,
    maxWrites: 200,
    onError: (error) => (options.report ?? reportToStderr)('checkpoint', error),
  });
  const appVersion = options.appVersion ?? '0.1.0';
  const listeners = new Set<(event: JobEvent) => void>();
  const jobs = new JobRunner({
    dbFile: file,
    dataDir,
    appVersion,
    now,
    recordAudit: (userId, nowIso, changes) => connection.db.transaction().execute((trx) => writeAudit(trx, userId, nowIso, changes)),
    afterWrite: () => checkpoints.wrote(),
    onEvent: (event) => {
      for (const listener of listeners) listener(event);
    },
  });
  const dispatch = createDispatch({
    connection,
    handlers,
    dataDir,
    appVersion,
    now,
    jobs,
    report: options.report ?? reportToStderr,
    afterWrite: () => checkpoints.wrote(),
  });

  let timer: NodeJS.Timeout | null = null;
  let closed = false;
  /** The once-a-day backup, in a worker thread: calls go on being answered during the copy. */
  const dailyBackup = async (): Promise<void> => {
    const latest = listBackups(backupDir(dataDir), 'hang-ngay')[0];
    const age = latest ? now().getTime() - statSync(latest).mtimeMs : Infinity;
    if (age < DAY_MS || closed) return;
    try {
      await runBackupInWorker({ dbFile: file, dir: backupDir(dataDir), kind: 'hang-ngay', now: now(), keep: 7 });
    } catch (error) {
      // Stopped by close(): not a failure to report.
      if (!closed) (options.report ?? reportToStderr)('backup:daily', error);
    }
  };
  const delay = options.dailyBackupDelay === undefined ? 10_000 : options.dailyBackupDelay;
  if (delay !== null) {
    timer = setTimeout(() => {
      timer = null;
      void dailyBackup();
    }, delay);
    timer.unref();
  }

  let closing: Promise<void> | null = null;
  return {
    dispatch,
    batch: dispatch.batch,
    onJobEvent(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    dataDir,
    defaultContext: localAdminContext,
    close() {
      if (closing) return closing;
      closed = true;
      if (timer) clearTimeout(timer);
      // A backup still copying is stopped: its worker ends after the copy step, its partial file is removed.
      stopBackups(file);
      const release = () => {
        checkpoints.cancel();
        // After damage met at run time the session stays open: the next start runs the full check.
        if (connection.sqlite.open && !connection.damageSeen) settings.markSessionClosed(connection.sqlite);
        connection.close();
        releaseLock();
      };
      // Running jobs are stopped (a write job rolls back) before the file is let go; with none
      // running, the file is let go before close() returns.
      const stopping = jobs.close();
      if (stopping === null) {
        release();
        closing = Promise.resolve();
      } else {
        closing = stopping.then(release);
      }
      return closing;
    },
  };
}
