import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ok } from '../../../shared/contract/index.ts';
import { MemberForm } from '../../../renderer/src/screens/members/MemberForm.tsx';
import { ProbationNote } from '../../../renderer/src/screens/members/PlausibilityNotes.tsx';
import { admissionNotes, emptyHeader, emptyRow } from '../../../renderer/src/screens/members/admitManyDraft.ts';
import { draftFromMember, emptyDraft } from '../../../renderer/src/screens/members/memberDraft.ts';
import { problemText } from '../../../renderer/src/api/problems.ts';
import { fakeApi } from '../fakeApi.ts';
import { member } from '../fixtures.ts';
import { renderWith } from '../render.tsx';

const noop = () => undefined;
const CELL = { id: 7, name: 'Chi bộ Thôn 1' };
const notes = () => screen.queryByRole('status', { name: 'Kiểm tra ngày tháng' });

describe('plausibility notes on the record card', () => {
  it('say nothing for a plausible card, then tell an admission under 18 while the clerk types', async () => {
    const api = fakeApi();
    const { user } = renderWith(api, <MemberForm memberId={null} initial={emptyDraft(CELL)} onSaved={noop} onCancel={noop} />);
    await user.type(screen.getByLabelText('Ngày sinh'), '01/01/2000');
    await user.type(screen.getByLabelText('Ngày vào Đảng'), '01/06/2010');
    await waitFor(() => expect(notes()).toHaveTextContent('Không lưu được: Sinh 01/01/2000, vào Đảng 01/06/2010: chưa đủ 18 tuổi'));
    // A new record: nothing to load.
    expect(api['member:get']).not.toHaveBeenCalled();
    await user.clear(screen.getByLabelText('Ngày vào Đảng'));
    await user.type(screen.getByLabelText('Ngày vào Đảng'), '01/06/2026');
    await waitFor(() => expect(notes()).toBeNull());
  });

  it('warn of a probation over 24 months only once the record’s status says it is on the list', async () => {
    const probationary = member(5, { admissionDate: '2023-06-01', fullMemberDate: null, membership: 'probationary' });
    renderWith(fakeApi({ 'member:get': async () => ok(probationary) }), <MemberForm memberId={5} initial={draftFromMember(probationary)} onSaved={noop} onCancel={noop} />);
    await waitFor(() => expect(notes()).toHaveTextContent('Cần xem lại: Đã dự bị hơn 24 tháng (vào Đảng 01/06/2023)'));
  });

  it('say nothing of the probation of a member off the list (removed, died)', async () => {
    const removed = member(6, { admissionDate: '2023-06-01', fullMemberDate: null, membership: 'probationary', onList: false });
    const api = fakeApi({ 'member:get': async () => ok(removed) });
    renderWith(api, <MemberForm memberId={6} initial={draftFromMember(removed)} onSaved={noop} onCancel={noop} />);
    await waitFor(() => expect(api['member:get']).toHaveBeenCalledWith({ id: 6 }));
    expect(notes()).toBeNull();
  });

  it('keep a problem the stored record already had as a warning, as the core does', async () => {
    const old = member(8, { birthDate: '1975-01-01', admissionDate: '1990-05-19', fullMemberDate: '1991-05-19' });
    const { user } = renderWith(fakeApi({ 'member:get': async () => ok(old) }), <MemberForm memberId={8} initial={draftFromMember(old)} onSaved={noop} onCancel={noop} />);
    await waitFor(() => expect(notes()).toHaveTextContent(/^Kiểm tra ngày tháng\s*Cần xem lại: Sinh 01\/01\/1975, vào Đảng 19\/05\/1990: chưa đủ 18 tuổi.*Có từ trước trong hồ sơ/));
    await user.clear(screen.getByLabelText('Ngày sinh'));
    await user.type(screen.getByLabelText('Ngày sinh'), '01/01/1976');
    await waitFor(() => expect(notes()).toHaveTextContent('Không lưu được: Sinh 01/01/1976'));
  });
});

describe('the member file header and the admission by decision', () => {
  it('the header tells a probation over 24 months, and nothing for a full member', () => {
    const { rerender } = renderWith(fakeApi(), <ProbationNote member={member(5, { admissionDate: '2023-06-01', fullMemberDate: null, membership: 'probationary' })} />);
    expect(screen.getByRole('status', { name: 'Thời gian dự bị' })).toHaveTextContent('Đã dự bị hơn 24 tháng');
    rerender(<ProbationNote member={member(5)} />);
    expect(screen.queryByRole('status', { name: 'Thời gian dự bị' })).toBeNull();
  });

  it('the admission’s notes read the boxes as typed', () => {
    const rows = [{ ...emptyRow(), birthDate: '2008' }, { ...emptyRow(), birthDate: '12/03/1990' }];
    const said = admissionNotes({ ...emptyHeader(), admissionDate: '02/09/2026' }, rows, '2026-11-20').map(problemText);
    expect(said).toEqual(['Dòng 1: Sinh 2008, vào Đảng 02/09/2026: có thể chưa đủ 18 tuổi; ghi ngày sinh, ngày vào Đảng đầy đủ nếu biết.']);
    expect(admissionNotes({ ...emptyHeader(), admissionDate: '02/09/20' }, rows, '2026-11-20')).toEqual([]);
  });
});
