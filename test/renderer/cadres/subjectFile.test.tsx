import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { SubjectFileModal } from '../../../renderer/src/screens/memberFile/SubjectFileModal.tsx';
import { renderWith } from '../render.tsx';
import { cadreApi } from './support.ts';

/** Lists outside the Cán bộ tab (the Tổng quan digest) open a cadre's file through SubjectFileModal. */
describe('a cadre file opened from another list', () => {
  it('opens the cadre file for a cadre subject, and closes it with Esc', async () => {
    const api = cadreApi();
    const onClose = vi.fn();
    renderWith(api, <SubjectFileModal subject={{ kind: 'cadre', id: 2 }} onClose={onClose} />);
    expect(await screen.findByRole('dialog', { name: 'Hồ sơ cán bộ: Trần Thị Bình' })).toBeInTheDocument();
    expect(api['cadre:get']).toHaveBeenCalledWith({ id: 2 });
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(onClose).toHaveBeenCalled());
  });
});
