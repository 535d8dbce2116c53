/** The result envelope every contract method returns, over every transport. */
import { kernelProblems, renderFieldProblems, renderProblem, type Problem } from './problems.ts';

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

/** A code read back from elsewhere (a job's error, a transport): itself when known, else INTERNAL. */
export function asErrorCode(code: string | undefined): ErrorCode {
  return errorCodes.find((c) => c === code) ?? 'INTERNAL';
}

/**
 * A failure. `problem` and `fieldProblems` say what went wrong as codes with parameters (the renderer
 * shows them in the interface's language); `message` and `fields` are the same in Vietnamese, rendered
 * by the core from the catalogue (for the CLI, logs and callers that show text as is). A failure made
 * outside the catalogue (a transport error) has text only.
 */
export interface AppError {
  code: ErrorCode;
  /** Vietnamese, ready to show to the clerk. */
  message: string;
  /** Per-field messages (Vietnamese), keyed by input field path joined with '.'. */
  fields?: Record<string, string>;
  /** What `message` says, as a catalogue code with parameters. */
  problem?: Problem;
  /** What `fields` say, as catalogue codes with parameters (same keys). */
  fieldProblems?: Record<string, Problem>;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

/** Text or a problem; text is kept as written (in every language). */
export type Reason = string | Problem;

const asProblem = (reason: Reason): Problem => (typeof reason === 'string' ? kernelProblems.text({ text: reason }) : reason);

/** The error of a failure: problems and their Vietnamese text. */
export function appError(code: ErrorCode, reason: Reason, fields?: Readonly<Record<string, Reason>>): AppError {
  const problem = asProblem(reason);
  const error: AppError = { code, message: renderProblem(problem), problem };
  if (fields) {
    const fieldProblems = Object.fromEntries(Object.entries(fields).map(([key, r]) => [key, asProblem(r)]));
    error.fields = renderFieldProblems(fieldProblems);
    error.fieldProblems = fieldProblems;
  }
  return error;
}

export function fail(code: ErrorCode, reason: Reason, fields?: Readonly<Record<string, Reason>>): Result<never> {
  return { ok: false, error: appError(code, reason, fields) };
}

/** Thrown by services; turned into a failed envelope by the handler layer. */
export class AppFailure extends Error {
  readonly code: ErrorCode;
  readonly problem: Problem;
  /** Per-field messages in Vietnamese. */
  readonly fields: Record<string, string> | undefined;
  readonly fieldProblems: Record<string, Problem> | undefined;
  constructor(code: ErrorCode, reason: Reason, fields?: Readonly<Record<string, Reason>>) {
    const error = appError(code, reason, fields);
    super(error.message);
    this.name = 'AppFailure';
    this.code = code;
    this.problem = error.problem ?? asProblem(reason);
    this.fields = error.fields;
    this.fieldProblems = error.fieldProblems;
  }
  toError(): AppError {
    const error: AppError = { code: this.code, message: this.message, problem: this.problem };
    if (this.fields && this.fieldProblems) {
      error.fields = this.fields;
      error.fieldProblems = this.fieldProblems;
    }
    return error;
  }
}
