import { z } from 'zod';
import { contract, isMethodName, type MethodName } from '../../shared/contract/methods.ts';
import { AppFailure, fail, ok, type Result } from '../../shared/kernel/result.ts';
import { kernelProblems, type Problem } from '../../shared/kernel/problems.ts';
import { roleAllows } from '../../shared/kernel/roles.ts';
import { todayIso } from '../../shared/kernel/dates/partialDate.ts';
import { listBackups } from '../../db/backup.ts';
import { bulkHandle } from '../../db/bulk.ts';
import type { Connection } from '../../db/connection.ts';
import { backupDir } from '../services/system/system.ts';
import { writeAudit } from '../services/system/audit.ts';
import type { AuditChange, ServiceContext } from '../services/context.ts';
import type { JobControl } from '../services/jobs/control.ts';
import type { HandlerMap } from './handlers.ts';
import type { BatchCall, CallContext, Dispatch } from './types.ts';

z.config(z.locales.vi());

export interface DispatchDeps {
  connection: Connection;
  handlers: HandlerMap;
  dataDir: string;
  appVersion: string;
  now: () => Date;
  /** The job runner the job:* methods reach (electron/core/jobs/runner.ts). */
  jobs: JobControl;
  /** Called after a write committed (the composition root schedules the WAL checkpoint). */
  afterWrite?: () => void;
  /** Where failures that are not the caller's fault are reported (codes only, never personal data). */
  report?: (method: string, error: unknown) => void;
  /** Inside a job: its progress line and cancel check (a plain call's progress does nothing). */
  progress?: (share: number, line: string) => void;
  /**
   * Inside a read job (read-only connection): the audit entries a read records (an export) are handed
   * here to be written by the core, instead of in a transaction of this connection.
   */
  handOverReadAudit?: (changes: AuditChange[]) => void;
}

/** Field problems from a failed parse (zod's Vietnamese message as the detail), keyed by the field path joined with '.'. */
function fieldMessages(error: z.ZodError): Record<string, Problem> {
  const fields: Record<string, Problem> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.') || '_';
    fields[key] ??= kernelProblems.invalidField({ detail: issue.message });
  }
  return fields;
}

function sqliteCode(error: unknown): string | null {
  if (typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' && error.code.startsWith('SQLITE_')) return error.code;
  return null;
}

/**
 * Turns anything thrown by a service into a failed envelope with a Vietnamese message. A damaged page
 * met at run time (after a start that skipped the full check) names the latest backup, which
 * `latestBackup` finds.
 */
export function failureOf(error: unknown, latestBackup: () => string | null = () => null): Result<never> {
  if (error instanceof AppFailure) return { ok: false, error: error.toError() };
  const code = sqliteCode(error);
  if (code?.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') {
    const latest = latestBackup();
    return fail('CORRUPT', kernelProblems.corrupt({ backup: latest ? kernelProblems.latestBackup({ path: latest }) : kernelProblems.noBackup() }));
  }
  if (code === 'SQLITE_FULL') return fail('DISK_FULL', kernelProblems.diskFull());
  if (code === 'SQLITE_READONLY' || code === 'SQLITE_PERM' || code === 'SQLITE_CANTOPEN') return fail('READ_ONLY', kernelProblems.readOnly());
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') return fail('INTERNAL', kernelProblems.busy());
  if (code?.startsWith('SQLITE_CONSTRAINT')) return fail('RULE', kernelProblems.constraint());
  return fail('INTERNAL', kernelProblems.unexpected());
}

type Checked = { ok: true; method: MethodName; input: unknown } | { ok: false; failure: Result<never> };

/** The method, the caller's role and the input, checked before anything runs. */
function check(method: string, input: unknown, call: CallContext): Checked {
  if (!isMethodName(method)) return { ok: false, failure: fail('UNKNOWN_METHOD', kernelProblems.unknownMethod({ method: method.slice(0, 60) })) };
  const def = contract[method];
  if (!roleAllows(call.user.role, def.role)) return { ok: false, failure: fail('FORBIDDEN', kernelProblems.forbidden()) };
  const parsed = def.input.safeParse(input ?? {});
  if (!parsed.success) {
    const fields = fieldMessages(parsed.error);
    const first = Object.entries(fields)[0];
    return { ok: false, failure: fail('BAD_INPUT', first ? kernelProblems.badInput({ detail: first[1].params.detail ?? '' }) : kernelProblems.badInputBare(), fields) };
  }
  return { ok: true, method, input: parsed.data };
}

/** The audit entry of a write that recorded no change of its own: its method name. */
function defaultChange(method: string): AuditChange {
  return { action: method, entity: method.split(':')[0] ?? method, entityId: null, oldValues: null, newValues: null };
}

/**
 * The handler layer: validate input, check the role, run the service in a transaction, write the
 * audit entries in that transaction, return an envelope. A write that records no change of its own
 * is audited with its method name, so every write leaves a trace.
 */
export function createDispatch(deps: DispatchDeps): Dispatch & { batch(calls: readonly BatchCall[], call: CallContext, options: { atomic: boolean }): Promise<Result<unknown>[]> } {
  const bulk = bulkHandle(deps.connection);
  const dbFile = deps.connection.sqlite.name;
  const progress = deps.progress ?? (() => undefined);

  const contextFor = (db: ServiceContext['db'], call: CallContext, now: Date, changes: AuditChange[]): ServiceContext => ({
    db,
    user: call.user,
    call,
    now: now.toISOString(),
    today: todayIso(now),
    audit: (c) => void changes.push(c),
    bulk,
    dbFile,
    progress,
    jobs: deps.jobs,
    dataDir: deps.dataDir,
    appVersion: deps.appVersion,
  });

  const failed = (method: string, error: unknown): Result<never> => {
    const failure = failureOf(error, () => listBackups(backupDir(deps.dataDir))[0] ?? null);
    // Damage met: this session is not marked closed cleanly, so the next start runs the full check.
    if (!failure.ok && failure.error.code === 'CORRUPT') deps.connection.damageSeen = true;
    if (!failure.ok && (failure.error.code === 'INTERNAL' || failure.error.code === 'CORRUPT')) deps.report?.(method, error);
    return failure;
  };

  const dispatch: Dispatch = async (method, input, call) => {
    const checked = check(method, input, call);
    if (!checked.ok) return checked.failure;
    const now = deps.now();
    const changes: AuditChange[] = [];
    try {
      if (!contract[checked.method].writes) {
        const value = await invoke(deps.handlers, checked.method, checked.input, contextFor(deps.connection.db, call, now, changes));
        // Reads may record an access (a backup, an export): written in a transaction of its own.
        if (changes.length > 0) {
          if (deps.handOverReadAudit) deps.handOverReadAudit(changes);
          else await deps.connection.db.transaction().execute((trx) => writeAudit(trx, call.user.id, now.toISOString(), changes));
        }
        return ok(value);
      }
      const value = await deps.connection.db.transaction().execute(async (trx) => {
        const result = await invoke(deps.handlers, checked.method, checked.input, contextFor(trx, call, now, changes));
        if (changes.length === 0) changes.push(defaultChange(checked.method));
        await writeAudit(trx, call.user.id, now.toISOString(), changes);
        return result;
      });
      deps.afterWrite?.();
      return ok(value);
    } catch (error) {
      return failed(method, error);
    }
  };

  /**
   * Several calls in one go (the CLI's `batch`). Each call is its own transaction, or with `atomic`
   * all of them run in one: the first failure rolls every call back, and the answers say which one
   * failed (the others answer CANCELLED: nothing of the batch was kept).
   */
  const batch = async (calls: readonly BatchCall[], call: CallContext, options: { atomic: boolean }): Promise<Result<unknown>[]> => {
    if (!options.atomic) {
      const answers: Result<unknown>[] = [];
      for (const c of calls) answers.push(await dispatch(c.method, c.input, call));
      return answers;
    }
    const answers: Result<unknown>[] = [];
    class Abort extends Error {}
    const now = deps.now();
    try {
      await deps.connection.db.transaction().execute(async (trx) => {
        for (const c of calls) {
          const checked = check(c.method, c.input, call);
          if (!checked.ok) {
            answers.push(checked.failure);
            throw new Abort();
          }
          const changes: AuditChange[] = [];
          try {
            answers.push(ok(await invoke(deps.handlers, checked.method, checked.input, contextFor(trx, call, now, changes))));
          } catch (error) {
            answers.push(failed(c.method, error));
            throw new Abort();
          }
          if (contract[checked.method].writes && changes.length === 0) changes.push(defaultChange(checked.method));
          if (changes.length > 0) await writeAudit(trx, call.user.id, now.toISOString(), changes);
        }
      });
      deps.afterWrite?.();
      return answers;
    } catch (error) {
      if (!(error instanceof Abort)) {
        // The commit itself failed (disk full…): nothing was kept, every answer says so.
        const failure = failed('batch', error);
        return calls.map(() => failure);
      }
      const failedAt = answers.length - 1;
      const rolledBack = fail('CANCELLED', kernelProblems.batchRolledBack());
      const notRun = fail('CANCELLED', kernelProblems.batchNotRun());
      return calls.map((_c, i) => (i === failedAt ? (answers[i] ?? rolledBack) : i < failedAt ? rolledBack : notRun));
    }
  };

  return Object.assign(dispatch, { batch });
}

function invoke<K extends MethodName>(handlers: HandlerMap, method: K, input: unknown, ctx: ServiceContext): Promise<unknown> {
  // The input was parsed by contract[method].input, so it is ParsedInput<K>; TypeScript cannot
  // correlate the map's key with the parsed value's type, hence the widening here and only here.
  const handler = handlers[method] as (input: unknown, ctx: ServiceContext) => unknown;
  return Promise.resolve(handler(input, ctx));
}
