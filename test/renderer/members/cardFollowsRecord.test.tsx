import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MemberForm } from '../../../renderer/src/screens/members/MemberForm.tsx';
import { draftFromMember, mergeRecordChanges } from '../../../renderer/src/screens/members/memberDraft.ts';
import { AppProviders } from '../../../renderer/src/AppProviders.tsx';
import { fakeApi } from '../fakeApi.ts';
import { member } from '../fixtures.ts';
import { renderWith } from '../render.tsx';

const probationary = member(5, { membership: 'probationary', fullMemberDate: null, organisationId: 7, organisationName: 'Chi bộ Thôn 1' });
// What the record is after "made full" and a transfer were recorded on the file's events tab.
const movedAndFull = { ...probationary, membership: 'full' as const, fullMemberDate: '2025-03-02', organisationId: 9, organisationName: 'Chi bộ Thôn 2' };

describe('the record card while the record changes under it', () => {
  it('takes the new values in untouched boxes and keeps what the clerk typed', () => {
    const before = draftFromMember(probationary);
    const typed = { ...before, notes: 'Đã chuyển hộ khẩu', phone: '0912345678' };
    const after = draftFromMember(movedAndFull);
    const merged = mergeRecordChanges(typed, before, after);
    expect(merged).toEqual({ ...after, notes: 'Đã chuyển hộ khẩu', phone: '0912345678' });
    // A box both changed keeps the clerk's text (the core decides on save).
    const both = mergeRecordChanges({ ...typed, fullMemberDate: '01/04/2025' }, before, after);
    expect(both.fullMemberDate).toBe('01/04/2025');
    expect(both.organisation).toEqual({ id: 9, name: 'Chi bộ Thôn 2' });
  });

  it('shows the new cell and full-member date in an open, edited form', async () => {
    const noop = () => undefined;
    const form = (m: typeof probationary) => <MemberForm memberId={5} initial={draftFromMember(m)} onSaved={noop} onCancel={noop} />;
    const { user, rerender } = renderWith(fakeApi(), form(probationary));
    const notes = screen.getByLabelText('Ghi chú');
    await user.type(notes, 'Đã chuyển hộ khẩu');
    expect(screen.getByLabelText('Ngày chính thức')).toHaveValue('');

    rerender(<AppProviders env="test">{form(movedAndFull)}</AppProviders>);
    expect(await screen.findByDisplayValue('02/03/2025')).toBe(screen.getByLabelText('Ngày chính thức'));
    expect(screen.getByRole('combobox', { name: 'Tổ chức đảng' })).toHaveValue('Chi bộ Thôn 2');
    expect(screen.getByLabelText('Ghi chú')).toHaveValue('Đã chuyển hộ khẩu');
  });
});
