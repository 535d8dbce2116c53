import { Button, TextInput } from '@mantine/core';
import { screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { GuardedModal, useChangedSinceOpened, useGuardedClose } from '../../../renderer/src/components/UnsavedGuard.tsx';
import { fakeApi } from '../fakeApi.ts';
import { renderWith } from '../render.tsx';

/** A new record's form inside a guarded dialog: "Hủy" goes through the guard. */
function NewRecord({ onClose }: { onClose(): void }) {
  const [name, setName] = useState('');
  const cancel = useGuardedClose(useChangedSinceOpened({ name }), onClose);
  return (
    <>
      <TextInput label="Họ" data-autofocus value={name} onChange={(e) => setName(e.currentTarget.value)} />
      <Button onClick={cancel}>Hủy</Button>
    </>
  );
}

function Dialog({ onClose }: { onClose(): void }) {
  return (
    <GuardedModal opened onClose={onClose} title="Phiếu mới">
      <NewRecord onClose={onClose} />
    </GuardedModal>
  );
}

describe('unsaved-changes guard', () => {
  it('closes an untouched form at once on Esc', async () => {
    const onClose = vi.fn();
    const { user } = renderWith(fakeApi(), <Dialog onClose={onClose} />);
    await waitFor(() => expect(screen.getByLabelText('Họ')).toHaveFocus());
    await user.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('asks before dropping typed data (Esc, Hủy); Esc on the question stays and gives the cursor back', async () => {
    const onClose = vi.fn();
    const { user } = renderWith(fakeApi(), <Dialog onClose={onClose} />);
    const name = screen.getByLabelText('Họ');
    await waitFor(() => expect(name).toHaveFocus());
    await user.keyboard('Trần{Escape}');
    const question = screen.getByRole('alertdialog', { name: 'Bỏ những gì đã nhập?' });
    expect(onClose).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Ở lại' })).toHaveFocus();

    await user.keyboard('{Escape}');
    expect(question).not.toBeInTheDocument();
    expect(onClose).not.toHaveBeenCalled();
    await waitFor(() => expect(name).toHaveFocus());
    expect(name).toHaveValue('Trần');

    await user.click(screen.getByRole('button', { name: 'Hủy' }));
    expect(screen.getByRole('alertdialog', { name: 'Bỏ những gì đã nhập?' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Bỏ những gì đã nhập' }));
    expect(onClose).toHaveBeenCalledTimes(1);
  });
});
