import { Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import type { AppError } from '../../../../../shared/contract/index.ts';
import { advanceOnEnter } from '../../../components/enterAdvances.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { FormButtons } from '../../../components/FormButtons.tsx';
import { isSaveKey } from '../../../components/useSubmit.ts';

interface OrgFormShellProps {
  children: ReactNode;
  onSave(): Promise<void>;
  onCancel(): void;
  busy: boolean;
  failure: AppError | null;
}

/** A form of the organisation tab: Enter moves on, Ctrl+S or "Lưu" saves, the core's message shows above the buttons. */
export function OrgFormShell({ children, onSave, onCancel, busy, failure }: OrgFormShellProps) {
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
        <FormButtons busy={busy} onCancel={onCancel} />
      </Stack>
    </form>
  );
}
