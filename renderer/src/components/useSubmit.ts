import { useCallback, useState } from 'react';
import type { AppError, Result } from '../../../shared/contract/index.ts';

/** Runs one write for a form: busy flag, and the failed Result's error (message and per-field messages). */
export function useSubmit() {
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<AppError | null>(null);
  const run = useCallback(async <T,>(action: () => Promise<Result<T>>): Promise<Result<T>> => {
    setBusy(true);
    setFailure(null);
    const r = await action();
    setBusy(false);
    if (!r.ok) setFailure(r.error);
    return r;
  }, []);
  return { busy, failure, run, clearFailure: useCallback(() => setFailure(null), []) };
}

/** Ctrl+S (or Cmd+S): the save key of every form. */
export function isSaveKey(event: { key: string; ctrlKey: boolean; metaKey: boolean; altKey: boolean }): boolean {
  return (event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 's';
}
