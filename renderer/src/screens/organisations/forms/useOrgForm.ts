import { useState } from 'react';
import type { Result } from '../../../../../shared/contract/index.ts';
import { useSubmit } from '../../../components/useSubmit.ts';
import type { FieldErrors } from './decision.ts';

/**
 * State shared by the organisation forms: the client's own checks and the core's answer. `build`
 * fills the errors it finds and returns the call to make, or null when the input is not ready.
 */
export function useOrgForm() {
  const [clientErrors, setClientErrors] = useState<FieldErrors>({});
  const { busy, failure, run } = useSubmit();
  const errors: FieldErrors = { ...failure?.fields, ...clientErrors };

  async function submit<T>(build: (errors: FieldErrors) => (() => Promise<Result<T>>) | null): Promise<{ value: T } | null> {
    const found: FieldErrors = {};
    const action = build(found);
    setClientErrors(found);
    if (action === null || Object.keys(found).length > 0) return null;
    const r = await run(action);
    return r.ok ? { value: r.value } : null;
  }

  return { errors, busy, failure, submit };
}
