import { screen, within } from '@testing-library/react';
import { ok, type MemberListInput, type MemberRow } from '../../../shared/contract/index.ts';
import type { MemberFile } from '../../../shared/memberFile/schemas.ts';
import { fakeApi, type FakeApi } from '../fakeApi.ts';
import { member, memberRow } from '../fixtures.ts';
import { renderApp } from '../render.tsx';

/** Helpers of the member-file tests: a list of members, their files, opening one and its tabs. */

export function memberFile(memberId: number, over: Partial<MemberFile> = {}): MemberFile {
  return {
    memberId,
    gravelyIll: false,
    hasPhoto: false,
    cadreId: null,
    sponsors: [],
    workHistory: [],
    training: [],
    family: [],
    awards: [],
    discipline: [],
    disciplineLevels: [
      { code: 'REPRIMAND', name: 'Khiển trách' },
      { code: 'WARNING', name: 'Cảnh cáo' },
      { code: 'REMOVAL_FROM_POST', name: 'Cách chức' },
      { code: 'EXPULSION', name: 'Khai trừ' },
    ],
    ...over,
  };
}

export const NAMES = ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường'];
export const nameOf = (id: number) => NAMES[id - 1] ?? `Đảng viên ${id}`;

/** A list of `total` members: row i has id i + 1. */
function listOf(total: number) {
  return async (input: MemberListInput) => {
    const offset = input.offset ?? 0;
    const rows: MemberRow[] = [];
    for (let i = offset; i < Math.min(offset + (input.limit ?? 50), total); i++) rows.push(memberRow(i + 1, nameOf(i + 1)));
    return ok({ rows, total, totalIsLowerBound: false });
  };
}

export function fileApi(over: Parameters<typeof fakeApi>[0] = {}, total = 3): FakeApi {
  return fakeApi({
    'member:list': listOf(total),
    'member:get': async ({ id }) => ok(member(id, { fullName: nameOf(id), id })),
    'memberfile:get': async ({ memberId }) => ok(memberFile(memberId)),
    'memberfile:history': async () => ok({ entries: [], hasMore: false }),
    ...over,
  });
}

/** Opens the members tab and the file of the member on row `name` (a double click on the row). */
export async function openFile(api: FakeApi, name: string | RegExp) {
  const view = renderApp(api);
  await view.user.click(screen.getByRole('tab', { name: 'Đảng viên' }));
  const row = await screen.findByRole('row', { name: name instanceof RegExp ? name : new RegExp(name) });
  await view.user.dblClick(row);
  const dialog = await screen.findByRole('dialog', { name: /^Hồ sơ đảng viên: / });
  return { ...view, dialog };
}

/** A tab of the open file (the main window has tabs too: "Khen thưởng" is one of them). */
export async function openTab(user: ReturnType<typeof renderApp>['user'], name: string) {
  const dialog = screen.getByRole('dialog');
  await user.click(await within(dialog).findByRole('tab', { name }));
  return within(dialog).findByRole('tabpanel', { name });
}

