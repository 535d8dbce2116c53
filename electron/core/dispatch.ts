import { z } from 'zod';
import { contract, isMethodName, type MethodName } from '../../shared/contract/methods.ts';
import { AppFailure, fail, ok, type Result } from '../../shared/kernel/result.ts';
import { kernelProblems, type Problem } from '../../shared/kernel/problems.ts';
import { roleAllows } from '../../shared/kernel/roles.ts';
import { todayIso } from '../../shared/kernel/dates/partialDate.ts';
import type { Connection } from '../../db/connection.ts';
import { writeAudit } from '../services/system/audit.ts';
import type { AuditChange, ServiceContext } from '../services/context.ts';
import type { HandlerMap } from './handlers.ts';
import type { CallContext, Dispatch } from './types.ts';

z.config(z.locales.vi());

export interface DispatchDeps {
  connection: Connection;
  handlers: HandlerMap;
  dataDir: string;
  appVersion: string;
  now: () => Date;
  /** Called after a write committed (the composition root schedules the WAL checkpoint). */
  afterWrite?: () => void;
  /** Where failures that are not the caller's fault are reported (codes only, never personal data). */
  report?: (method: string, error: unknown) => void;
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

/** Turns anything thrown by a service into a failed envelope with a Vietnamese message. */
export function failureOf(error: unknown): Result<never> {
  if (error instanceof AppFailure) return { ok: false, error: error.toError() };
  const code = sqliteCode(error);
  if (code === 'SQLITE_FULL') return fail('DISK_FULL', 'Ổ đĩa đã đầy: chưa lưu được thay đổi, dữ liệu cũ vẫn nguyên vẹn. Hãy giải phóng dung lượng rồi lưu lại.');
  if (code === 'SQLITE_READONLY' || code === 'SQLITE_PERM' || code === 'SQLITE_CANTOPEN') {
    return fail('READ_ONLY', 'Không ghi được vào tệp dữ liệu (tệp chỉ đọc hoặc không có quyền). Thay đổi chưa được lưu.');
  }
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') return fail('INTERNAL', 'Cơ sở dữ liệu đang bận; hãy thử lại sau giây lát.');
  if (code?.startsWith('SQLITE_CONSTRAINT')) return fail('RULE', 'Dữ liệu vi phạm ràng buộc của cơ sở dữ liệu (mã danh mục hoặc liên kết không hợp lệ). Thay đổi chưa được lưu.');
  return fail('INTERNAL', 'Đã xảy ra lỗi không mong muốn; thay đổi chưa được lưu.');
}

/**
 * The handler layer: validate input, check the role, run the service in a transaction, write the
 * audit entries in that transaction, return an envelope. A write that records no change of its own
 * is audited with its method name, so every write leaves a trace.
 */
export function createDispatch(deps: DispatchDeps): Dispatch {
  return async (method: string, input: unknown, call: CallContext): Promise<Result<unknown>> => {
    if (!isMethodName(method)) return fail('UNKNOWN_METHOD', kernelProblems.unknownMethod({ method: method.slice(0, 60) }));
    const def = contract[method];
    if (!roleAllows(call.user.role, def.role)) return fail('FORBIDDEN', kernelProblems.forbidden());
    const parsed = def.input.safeParse(input ?? {});
    if (!parsed.success) {
      const fields = fieldMessages(parsed.error);
      const first = Object.entries(fields)[0];
      return fail('BAD_INPUT', first ? kernelProblems.badInput({ detail: first[1].params.detail ?? '' }) : kernelProblems.badInputBare(), fields);
    }
    const now = deps.now();
    const changes: AuditChange[] = [];
    try {
      const run = async (db: ServiceContext['db']) => {
        const ctx: ServiceContext = {
          db,
          user: call.user,
          now: now.toISOString(),
          today: todayIso(now),
          audit: (c) => void changes.push(c),
          connection: deps.connection,
          dataDir: deps.dataDir,
          appVersion: deps.appVersion,
        };
        return invoke(deps.handlers, method, parsed.data, ctx);
      };
      if (!def.writes) {
        const value = await run(deps.connection.db);
        // Reads may record an access (a backup, later a viewed file): written in a transaction of its own.
        if (changes.length > 0) await deps.connection.db.transaction().execute((trx) => writeAudit(trx, call.user.id, now.toISOString(), changes));
        return ok(value);
      }
      const value = await deps.connection.db.transaction().execute(async (trx) => {
        const result = await run(trx);
        if (changes.length === 0) changes.push({ action: method, entity: method.split(':')[0] ?? method, entityId: null, oldValues: null, newValues: null });
        await writeAudit(trx, call.user.id, now.toISOString(), changes);
        return result;
      });
      deps.afterWrite?.();
      return ok(value);
    } catch (error) {
      const failure = failureOf(error);
      if (!failure.ok && failure.error.code === 'INTERNAL') deps.report?.(method, error);
      return failure;
    }
  };
}

function invoke<K extends MethodName>(handlers: HandlerMap, method: K, input: unknown, ctx: ServiceContext): Promise<unknown> {
  // The input was parsed by contract[method].input, so it is ParsedInput<K>; TypeScript cannot
  // correlate the map's key with the parsed value's type, hence the widening here and only here.
  const handler = handlers[method] as (input: unknown, ctx: ServiceContext) => unknown;
  return Promise.resolve(handler(input, ctx));
}
