import { TextInput } from '@mantine/core';
import { screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { ok } from '../../../shared/contract/index.ts';
import { CatalogueSelect } from '../../../renderer/src/components/CatalogueSelect.tsx';
import { advanceOnEnter } from '../../../renderer/src/components/enterAdvances.ts';
import { OrgPicker, type OrgRef } from '../../../renderer/src/components/OrgPicker.tsx';
import { requiredField } from '../../../renderer/src/components/required.ts';
import { fakeApi } from '../fakeApi.ts';
import { orgNode } from '../fixtures.ts';
import { renderWith } from '../render.tsx';

const LEVELS = [
  { code: 'INTERMEDIATE', name: 'Trung cấp' },
  { code: 'BACHELOR', name: 'Đại học' },
  { code: 'MASTER', name: 'Thạc sĩ' },
];

/** A keyboard-first form as the screens build it: Enter moves on, only the save button submits. */
function Form({ onSubmit, required = false }: { onSubmit(values: { level: string | null; org: OrgRef | null }): void; required?: boolean }) {
  const [level, setLevel] = useState<string | null>(null);
  const [org, setOrg] = useState<OrgRef | null>(null);
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit({ level, org });
      }}
      onKeyDown={advanceOnEnter}
    >
      <TextInput label="Họ" {...requiredField} />
      <CatalogueSelect label="Chuyên môn" {...(required ? requiredField : {})} items={LEVELS} value={level} onChange={setLevel} />
      <TextInput label="Nghề nghiệp" />
      <OrgPicker label="Tổ chức đảng" value={org} onChange={setOrg} />
      <TextInput label="Ngày vào Đảng" />
      <button type="submit">Lưu</button>
    </form>
  );
}

const HIT = { ...orgNode(9, 'Chi bộ Thôn Đình Tiến', { typeCode: 'GRASSROOTS_CELL' }), pathNames: ['Đảng bộ tỉnh Mẫu'] };

describe('shared form pieces', () => {
  it('CatalogueSelect: Enter on a text matching nothing stays with a message and never submits; Enter on a match takes it and moves on', async () => {
    const onSubmit = vi.fn();
    const { user } = renderWith(fakeApi(), <Form onSubmit={onSubmit} />);
    const box = screen.getByRole('combobox', { name: 'Chuyên môn' });
    await user.click(box);
    await user.keyboard('Kỹ sư nông nghiệp{Enter}');
    expect(onSubmit).not.toHaveBeenCalled();
    expect(box).toHaveFocus();
    expect(box).toHaveValue('Kỹ sư nông nghiệp');
    expect(box).toHaveAccessibleDescription('Không có mục nào khớp “Kỹ sư nông nghiệp”. Hãy chọn một mục trong danh sách.');

    // Typing again clears the message; a text without diacritics finds the option, Enter takes it and moves on.
    await user.clear(box);
    await user.keyboard('dai hoc{Enter}');
    await waitFor(() => expect(box).toHaveValue('Đại học'));
    expect(screen.getByLabelText('Nghề nghiệp')).toHaveFocus();
    expect(box).not.toHaveAccessibleDescription(/Không có mục nào khớp/);
    expect(onSubmit).not.toHaveBeenCalled();

    // Enter on the box as it is keeps the choice (it is not undone) and moves on.
    await user.click(box);
    await user.keyboard('{Enter}');
    expect(box).toHaveValue('Đại học');
    expect(screen.getByLabelText('Nghề nghiệp')).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Lưu' }));
    expect(onSubmit).toHaveBeenCalledWith({ level: 'BACHELOR', org: null });
  });

  it('CatalogueSelect: a click on an option moves the cursor on too', async () => {
    const { user } = renderWith(fakeApi(), <Form onSubmit={() => {}} />);
    await user.click(screen.getByRole('combobox', { name: 'Chuyên môn' }));
    await user.click(await screen.findByRole('option', { name: 'Thạc sĩ' }));
    expect(screen.getByRole('combobox', { name: 'Chuyên môn' })).toHaveValue('Thạc sĩ');
    expect(screen.getByLabelText('Nghề nghiệp')).toHaveFocus();
  });

  it('OrgPicker: Enter before the search answers takes its first hit and moves on; Enter on a name matching nothing stays with a message', async () => {
    const onSubmit = vi.fn();
    const api = fakeApi({ 'organisation:search': async ({ q }) => ok(q.includes('dinh') ? [HIT] : []) });
    const { user } = renderWith(api, <Form onSubmit={onSubmit} />);
    const picker = screen.getByRole('combobox', { name: 'Tổ chức đảng' });
    await user.click(picker);
    await user.keyboard('dinh{Enter}');
    await waitFor(() => expect(picker).toHaveValue('Chi bộ Thôn Đình Tiến'));
    expect(screen.getByLabelText('Ngày vào Đảng')).toHaveFocus();
    expect(onSubmit).not.toHaveBeenCalled();

    await user.click(picker);
    await user.clear(picker);
    await user.keyboard('xyz');
    await waitFor(() => expect(api['organisation:search']).toHaveBeenLastCalledWith({ q: 'xyz', limit: 30 }));
    await user.keyboard('{Enter}');
    await waitFor(() => expect(picker).toHaveAccessibleDescription('Không có mục nào khớp “xyz”. Hãy chọn một mục trong danh sách.'));
    expect(picker).toHaveFocus();
    expect(onSubmit).not.toHaveBeenCalled();

    // Leaving the box gives back the name chosen before; the save sends it.
    await user.click(screen.getByRole('button', { name: 'Lưu' }));
    expect(onSubmit).toHaveBeenCalledWith({ level: null, org: { id: 9, name: 'Chi bộ Thôn Đình Tiến' } });
  });

  it('required boxes carry `required` and keep the field name as their label (the asterisk is drawn by CSS)', () => {
    renderWith(fakeApi(), <Form onSubmit={() => {}} required />);
    const name = screen.getByLabelText('Họ');
    expect(name).toBeRequired();
    expect(document.querySelector('label[for="' + name.id + '"]')).toHaveAttribute('data-required-mark');
    expect(screen.getByRole('combobox', { name: 'Chuyên môn' })).toBeRequired();
    expect(screen.getByLabelText('Nghề nghiệp')).not.toBeRequired();
    expect(document.querySelector('label[for="' + screen.getByLabelText('Nghề nghiệp').id + '"]')).not.toHaveAttribute('data-required-mark');
  });
});
