import { isProblem } from '../../../shared/kernel/problems.ts';
import { errorCodes, type AppError, type ErrorCode, type Result } from '../../../shared/contract/index.ts';

/**
 * What the Electron preload exposes on `window.sotochuc` through contextBridge. The answer is the
 * Result envelope; it crosses a process boundary, so it is checked (isResult) before use.
 */
export interface SotochucBridge {
  call(method: string, input: unknown): Promise<unknown>;
  /** Job progress pushed by Electron's main process (absent in the browser host: jobs are polled). */
  onJobEvent?(listener: (event: unknown) => void): () => void;
}

declare global {
  interface Window {
    sotochuc?: SotochucBridge;
  }
}

function isErrorCode(value: unknown): value is ErrorCode {
  return errorCodes.some((c) => c === value);
}

function isFieldMap(value: unknown): value is Record<string, string> {
  if (typeof value !== 'object' || value === null) return false;
  return Object.values(value).every((v) => typeof v === 'string');
}

export function isAppError(value: unknown): value is AppError {
  if (typeof value !== 'object' || value === null) return false;
  if (!('code' in value) || !isErrorCode(value.code)) return false;
  if (!('message' in value) || typeof value.message !== 'string') return false;
  if ('problem' in value && value.problem !== undefined && !isProblem(value.problem)) return false;
  if ('fieldProblems' in value && value.fieldProblems !== undefined) {
    if (typeof value.fieldProblems !== 'object' || value.fieldProblems === null || !Object.values(value.fieldProblems).every(isProblem)) return false;
  }
  return !('fields' in value) || value.fields === undefined || isFieldMap(value.fields);
}

/** Checks that something received over a transport has the shape of the result envelope. */
export function isResult(value: unknown): value is Result<unknown> {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return false;
  if (value.ok === true) return 'value' in value;
  if (value.ok === false) return 'error' in value && isAppError(value.error);
  return false;
}
