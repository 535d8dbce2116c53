import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ok } from '../../../shared/contract/index.ts';
import { i18n } from '../../../renderer/src/i18n/index.ts';
import { describeChanges } from '../../../renderer/src/screens/memberFile/historyFormat.ts';
import { MemberForm } from '../../../renderer/src/screens/members/MemberForm.tsx';
import { draftFromMember, emptyDraft } from '../../../renderer/src/screens/members/memberDraft.ts';
import { fakeApi } from '../fakeApi.ts';
import { member } from '../fixtures.ts';
import { renderWith } from '../render.tsx';

const CELL = { id: 7, name: 'Chi bộ Thôn 1' };
const FIRST = 'Họ trước (Nguyễn Văn An, Ksor Ní)';
const LAST = 'Họ sau (Y Ngông Niê Kdăm)';
const noop = () => undefined;
const ngong = member(5, { familyName: 'Niê Kdăm', middleName: 'Y', givenName: 'Ngông', nameOrder: 'familyLast', fullName: 'Y Ngông Niê Kdăm' });

const orderBox = () => screen.getByRole('combobox', { name: 'Thứ tự họ tên' });
/** The line under the name boxes showing the full name as it will be printed. */
const preview = () => screen.getByText(/^Họ và tên: /);

describe('name order on the record card', () => {
  it('previews the printed full name as the names are typed and the order chosen, and sends the order', async () => {
    const api = fakeApi({ 'member:create': async () => ok(ngong) });
    const { user } = renderWith(api, <MemberForm memberId={null} initial={emptyDraft(CELL)} onSaved={noop} onCancel={noop} />);
    expect(orderBox()).toHaveValue(FIRST);
    expect(preview()).toHaveTextContent('Họ và tên: —');

    await user.type(screen.getByLabelText('Họ'), 'Niê Kdăm');
    await user.type(screen.getByLabelText('Chữ đệm'), 'Y');
    await user.type(screen.getByLabelText('Tên'), 'Ngông');
    expect(preview()).toHaveTextContent(/^Họ và tên: Niê Kdăm Y Ngông$/);

    // Keyboard first: Enter in "Tên" goes on to the order; typing over it without marks finds "Họ sau".
    await user.keyboard('{Enter}');
    expect(orderBox()).toHaveFocus();
    await user.keyboard('{Control>}a{/Control}ho sau{Enter}');
    expect(orderBox()).toHaveValue(LAST);
    expect(preview()).toHaveTextContent(/^Họ và tên: Y Ngông Niê Kdăm$/);

    await user.type(screen.getByLabelText('Ngày sinh'), '1970');
    await user.click(screen.getByRole('combobox', { name: 'Giới tính' }));
    await user.click(await screen.findByRole('option', { name: 'Nam' }));
    await user.type(screen.getByLabelText('Ngày vào Đảng'), '05/1995');
    await user.keyboard('{Control>}s{/Control}');
    await waitFor(() => expect(api['member:create']).toHaveBeenCalledTimes(1));
    expect(api['member:create']).toHaveBeenCalledWith(expect.objectContaining({ familyName: 'Niê Kdăm', middleName: 'Y', givenName: 'Ngông', nameOrder: 'familyLast' }));
  });

  it('opens a family-last record in its order and sends the changed order on save', async () => {
    const api = fakeApi({ 'member:update': async () => ok({ ...ngong, nameOrder: 'familyFirst', fullName: 'Niê Kdăm Y Ngông' }) });
    const { user } = renderWith(api, <MemberForm memberId={5} initial={draftFromMember(ngong)} onSaved={noop} onCancel={noop} />);
    expect(orderBox()).toHaveValue(LAST);
    expect(preview()).toHaveTextContent(/^Họ và tên: Y Ngông Niê Kdăm$/);

    await user.click(orderBox());
    await user.click(await screen.findByRole('option', { name: FIRST }));
    expect(preview()).toHaveTextContent(/^Họ và tên: Niê Kdăm Y Ngông$/);
    await user.keyboard('{Control>}s{/Control}');
    await waitFor(() => expect(api['member:update']).toHaveBeenCalledTimes(1));
    expect(api['member:update']).toHaveBeenCalledWith(expect.objectContaining({ id: 5, nameOrder: 'familyFirst' }));
  });

  it('names the order in the history of changes', () => {
    const t = i18n.getFixedT('vi');
    const lines = describeChanges(
      t,
      {
        action: 'member.update',
        oldValues: { nameOrder: 'familyFirst', fullName: 'Niê Kdăm Y Ngông' },
        newValues: { nameOrder: 'familyLast', fullName: 'Y Ngông Niê Kdăm' },
      },
      null,
    );
    expect(lines).toEqual([`Thứ tự họ tên: ${FIRST} → ${LAST}`, 'Họ và tên: Niê Kdăm Y Ngông → Y Ngông Niê Kdăm']);
  });
});
