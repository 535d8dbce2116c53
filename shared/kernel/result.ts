/** The result envelope every contract method returns, over every transport. */

export const errorCodes = [
  'BAD_INPUT', // payload failed the method's schema
  'UNKNOWN_METHOD',
  'FORBIDDEN', // role or sender check failed
  'UNAUTHENTICATED', // browser host: missing or wrong token
  'NOT_FOUND',
  'CONFLICT', // e.g. duplicate citizen ID
  'RULE', // a domain rule refused the change
  'DISK_FULL',
  'READ_ONLY',
  'CORRUPT', // the data file is damaged (met at run time); the message offers the latest backup
  'INTERNAL',
  'CANCELLED', // a job stopped at the user's request; nothing of it was kept
] as const;
export type ErrorCode = (typeof errorCodes)[number];

export interface AppError {
  code: ErrorCode;
  /** Vietnamese, ready to show to the clerk. */
  message: string;
  /** Per-field messages (Vietnamese), keyed by input field path joined with '.'. */
  fields?: Record<string, string>;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail(code: ErrorCode, message: string, fields?: Record<string, string>): Result<never> {
  return fields ? { ok: false, error: { code, message, fields } } : { ok: false, error: { code, message } };
}

/** Thrown by services; turned into a failed envelope by the handler layer. */
export class AppFailure extends Error {
  readonly code: ErrorCode;
  readonly fields: Record<string, string> | undefined;
  constructor(code: ErrorCode, message: string, fields?: Record<string, string>) {
    super(message);
    this.name = 'AppFailure';
    this.code = code;
    this.fields = fields;
  }
  toError(): AppError {
    return this.fields ? { code: this.code, message: this.message, fields: this.fields } : { code: this.code, message: this.message };
  }
}
