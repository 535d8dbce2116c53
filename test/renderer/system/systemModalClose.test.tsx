import { Modal } from '@mantine/core';
import { act, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { i18n } from '../../../renderer/src/i18n/index.ts';
import { fakeApi } from '../fakeApi.ts';
import { renderWith } from '../render.tsx';

function Dialog() {
  const [opened, setOpened] = useState(true);
  return (
    <Modal opened={opened} onClose={() => setOpened(false)} title="Ghi sự kiện mới">
      nội dung
    </Modal>
  );
}

describe('Modal close button (theme of the app)', () => {
  it('is named "Đóng" on every modal, and closes it', async () => {
    const { user } = renderWith(fakeApi(), <Dialog />);
    const dialog = await screen.findByRole('dialog', { name: 'Ghi sự kiện mới' });
    expect(dialog).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Đóng' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('follows the interface language ("Close" in English)', async () => {
    renderWith(fakeApi(), <Dialog />);
    expect(await screen.findByRole('button', { name: 'Đóng' })).toBeInTheDocument();
    await act(() => i18n.changeLanguage('en'));
    expect(await screen.findByRole('button', { name: 'Close' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Đóng' })).not.toBeInTheDocument();
  });
});
