import { Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import type { AppError } from '../../../../../shared/contract/index.ts';
import { advanceOnEnter } from '../../../components/enterAdvances.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { FormButtons } from '../../../components/FormButtons.tsx';
import { useGuardedClose } from '../../../components/UnsavedGuard.tsx';
import { isSaveKey } from '../../../components/useSubmit.ts';

interface OrgFormShellProps {
  children: ReactNode;
  onSave(): Promise<void>;
  onCancel(): void;
  busy: boolean;
  failure: AppError | null;
  /** Something was typed: Esc, × and "Hủy" ask before dropping it. */
  dirty: boolean;
}

/**
 * A form of the organisation tab: Enter moves on (never saves), Ctrl+S or "Lưu" saves, the core's
 * message shows above the buttons; closing it with typed data asks first.
 */
export function OrgFormShell({ children, onSave, onCancel, busy, failure, dirty }: OrgFormShellProps) {
  const cancel = useGuardedClose(dirty, onCancel);
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void onSave();
      }}
      onKeyDown={(event) => {
        if (isSaveKey(event)) {
          event.preventDefault();
          void onSave();
        } else {
          advanceOnEnter(event);
        }
      }}
    >
      <Stack gap="sm">
        {children}
        <ErrorAlert message={failure?.message} />
        <FormButtons busy={busy} onCancel={cancel} />
      </Stack>
    </form>
  );
}
