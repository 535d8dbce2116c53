import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ok } from '../../../shared/contract/index.ts';
import { fileApi, memberFile, openFile } from '../memberFile/support.ts';
import { cadreFile } from './support.ts';

/** One person, two files: the member file opens her cadre file, which does not offer the member file again. */
describe('a member who is also a cadre', () => {
  it('opens the cadre file from the member file, without a way back into a second member file', async () => {
    const api = fileApi({
      'memberfile:get': async ({ memberId }) => ok(memberFile(memberId, { cadreId: memberId === 2 ? 7 : null })),
      'cadre:get': async ({ id }) => ok(cadreFile(id, 'Trần Thị Bình', { memberId: 2 })),
      'cadre:getPhoto': async () => ok(null),
      'cadre:perusals': async () => ok([]),
    });
    const { user, dialog } = await openFile(api, 'Trần Thị Bình');
    await user.click(await within(dialog).findByRole('button', { name: 'Mở hồ sơ cán bộ' }));
    const cadre = await screen.findByRole('dialog', { name: 'Hồ sơ cán bộ: Trần Thị Bình' });
    expect(api['cadre:get']).toHaveBeenCalledWith({ id: 7 });
    expect(within(cadre).queryByRole('button', { name: 'Mở phiếu đảng viên' })).not.toBeInTheDocument();
  });

  it('shows no cadre link for a member without a cadre file', async () => {
    const api = fileApi();
    const { dialog } = await openFile(api, 'Nguyễn Văn An');
    await within(dialog).findByRole('tab', { name: 'Sự kiện' });
    expect(within(dialog).queryByRole('button', { name: 'Mở hồ sơ cán bộ' })).not.toBeInTheDocument();
  });
});
