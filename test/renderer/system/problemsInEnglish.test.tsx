import { act, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { fail } from '../../../shared/contract/index.ts';
import { memberProblems } from '../../../shared/members/problems.ts';
import { organisationProblems } from '../../../shared/organisations/problems.ts';
import { call } from '../../../renderer/src/api/client.ts';
import { i18n } from '../../../renderer/src/i18n/index.ts';
import { fakeApi } from '../fakeApi.ts';
import { renderApp } from '../render.tsx';

afterEach(() => act(() => i18n.changeLanguage('vi')));

describe('failures from the core in the interface language', () => {
  it('shows a server failure in English when the interface is in English', async () => {
    const api = fakeApi({ 'member:list': async () => fail('NOT_FOUND', organisationProblems.chosenNotFound()) });
    const { user } = renderApp(api);
    await act(() => i18n.changeLanguage('en'));
    await user.click(screen.getByRole('tab', { name: 'Party members' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The chosen party organisation was not found.');
    expect(alert).not.toHaveTextContent('Không tìm thấy');
  });

  it('shows the same failure in Vietnamese, word for word as the core wrote it', async () => {
    const api = fakeApi({ 'member:list': async () => fail('NOT_FOUND', organisationProblems.chosenNotFound()) });
    const { user } = renderApp(api);
    await user.click(screen.getByRole('tab', { name: 'Đảng viên' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Không tìm thấy tổ chức đảng đã chọn.');
  });

  it('renders field problems in the interface language, and keeps text that has no problem', async () => {
    const api = fakeApi({
      'member:create': async () =>
        fail('CONFLICT', memberProblems.citizenIdTaken({ citizenId: '001065012345', name: 'Nguyễn Văn A', birth: '1970', organisation: 'Chi bộ 1' }), {
          citizenId: memberProblems.citizenIdTakenField({ name: 'Nguyễn Văn A' }),
          notes: 'Ghi chú',
        }),
    });
    renderApp(api);
    await act(() => i18n.changeLanguage('en'));
    const r = await call('member:create', {} as never);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.message).toBe('Citizen ID 001065012345 already belongs to member Nguyễn Văn A (born 1970, Chi bộ 1).');
    expect(r.error.fields).toEqual({ citizenId: 'Already belongs to member Nguyễn Văn A', notes: 'Ghi chú' });
  });
});
