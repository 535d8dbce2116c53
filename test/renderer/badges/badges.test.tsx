import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fail, ok } from '../../../shared/contract/index.ts';
import type { BadgeRow, CandidateRow, CandidatesResult, MemberBadgesResult } from '../../../shared/badges/schemas.ts';
import { BadgesScreen } from '../../../renderer/src/screens/badges/BadgesScreen.tsx';
import { MemberBadgesTab } from '../../../renderer/src/screens/badges/MemberBadgesTab.tsx';
import { base64Bytes } from '../../../renderer/src/screens/badges/download.ts';
import { useBadgeStore } from '../../../renderer/src/screens/badges/store.ts';
import { fakeApi } from '../fakeApi.ts';
import { orgNode } from '../fixtures.ts';
import { renderApp, renderWith } from '../render.tsx';
import { call } from '../../../renderer/src/api/client.ts';

const ROUND = '2026-02-03';

function cand(memberId: number, fullName: string, over: Partial<CandidateRow> = {}): CandidateRow {
  return {
    memberId,
    fullName,
    birthDate: '1965-03-12',
    organisationId: 7,
    organisationName: 'Chi bộ thôn Đồng Xuân',
    milestone: 30,
    milestoneDate: '2026-01-10',
    partyAgeMonths: 360,
    kind: 'REGULAR',
    deathDate: null,
    dueRound: null,
    eligibleFrom: null,
    disciplineLevel: null,
    ...over,
  };
}

function badge(id: number, memberId: number, fullName: string, over: Partial<BadgeRow> = {}): BadgeRow {
  return {
    id,
    memberId,
    fullName,
    birthDate: '1965-03-12',
    organisationId: 7,
    organisationName: 'Chi bộ thôn Đồng Xuân',
    milestone: 30,
    kind: 'REGULAR',
    roundDate: ROUND,
    status: 'PROPOSED',
    proposedBy: 'Đảng bộ xã Thanh Sơn',
    decisionNo: null,
    decisionDate: null,
    badgeNo: null,
    note: null,
    ...over,
  };
}

const lists: CandidatesResult = {
  roundDate: ROUND,
  previousRound: '2025-11-07',
  regular: [
    { milestone: 30, rows: [cand(1, 'Lê Thị An'), cand(2, 'Trần Văn Bình', { dueRound: '2025-11-07' })] },
    { milestone: 40, rows: [cand(3, 'Phạm Văn Cường', { milestone: 40, partyAgeMonths: 480 })] },
  ],
  early: [cand(4, 'Vũ Văn Dũng', { kind: 'EARLY_ILL', milestoneDate: '2026-12-01', partyAgeMonths: 349 })],
  posthumous: [cand(5, 'Hoàng Văn Em', { kind: 'POSTHUMOUS', milestone: 50, deathDate: '2025-12-20', partyAgeMonths: 594 })],
  blocked: [cand(6, 'Đỗ Văn Hải', { eligibleFrom: '2026-03-01', disciplineLevel: 'Cảnh cáo' })],
};

beforeEach(() => {
  useBadgeStore.setState(useBadgeStore.getInitialState(), true);
});
afterEach(() => {
  vi.restoreAllMocks();
});

/** Renders on a fixed round: renderWith resets every store first, so the round is set after it. */
function renderScreen(api: ReturnType<typeof fakeApi>) {
  return renderWith(api, <BadgesScreen />, () => useBadgeStore.setState({ year: 2026, roundDate: ROUND }));
}

describe('Huy hiệu Đảng screen', () => {
  it('keeps its lists across tab switches and loads them again after a write (issue 8: the tab took 1.3-2.1 s every time)', async () => {
    const api = fakeApi({ 'badge:candidates': async () => ok(lists), 'badge:list': async () => ok([]), 'badge:withdraw': async () => ok({ withdrawn: 0 }) });
    const { user } = renderApp(api);
    const thirty = { name: 'Huy hiệu 30 năm tuổi Đảng: 2 đồng chí' };
    await user.keyboard('{Control>}5{/Control}');
    await screen.findByRole('table', thirty);
    await waitFor(() => expect(api['badge:list']).toHaveBeenCalledTimes(1));
    await user.keyboard('{Control>}1{/Control}');
    await waitFor(() => expect(screen.queryByRole('table', thirty)).toBeNull());
    await user.keyboard('{Control>}5{/Control}');
    expect(screen.getByRole('table', thirty)).toBeInTheDocument();
    expect(api['badge:candidates']).toHaveBeenCalledTimes(1);
    expect(api['badge:list']).toHaveBeenCalledTimes(1);

    // Any write (here one made elsewhere in the app) makes the lists kept out of date.
    await user.keyboard('{Control>}1{/Control}');
    await call('badge:withdraw', { badgeIds: [1] });
    await user.keyboard('{Control>}5{/Control}');
    await waitFor(() => expect(api['badge:candidates']).toHaveBeenCalledTimes(2));
    expect(api['badge:list']).toHaveBeenCalledTimes(2);
    expect(await screen.findByRole('table', thirty)).toBeInTheDocument();
  });

  it('shows the candidates by milestone, the early, posthumous and blocked lists apart', async () => {
    const api = fakeApi({ 'badge:candidates': async () => ok(lists), 'badge:list': async () => ok([]) });
    renderScreen(api);
    const thirty = await screen.findByRole('table', { name: 'Huy hiệu 30 năm tuổi Đảng: 2 đồng chí' });
    expect(within(thirty).getAllByRole('row').map((r) => r.textContent)).toEqual([
      'STTHọ và tênNgày sinhChi bộNgày đủ tuổi ĐảngTuổi ĐảngGhi chú',
      '1Lê Thị An12/03/1965Chi bộ thôn Đồng Xuân10/01/202630 năm 0 tháng',
      '2Trần Văn Bình12/03/1965Chi bộ thôn Đồng Xuân10/01/202630 năm 0 thángĐến hạn từ đợt 07/11/2025',
    ]);
    expect(screen.getByRole('table', { name: 'Huy hiệu 40 năm tuổi Đảng: 1 đồng chí' })).toBeInTheDocument();
    expect(screen.getByText('Đảng viên đủ tuổi Đảng sau ngày 07/11/2025 đến hết ngày 03/02/2026.')).toBeInTheDocument();
    const blocked = screen.getByRole('table', { name: 'Đang thi hành kỷ luật, chưa xét (1)' });
    expect(within(blocked).getByRole('row', { name: /Đỗ Văn Hải .*Cảnh cáo 01\/03\/2026/ })).toBeInTheDocument();
    expect(within(blocked).queryByRole('checkbox')).toBeNull();
    const dead = screen.getByRole('table', { name: 'Truy tặng, đảng viên đã từ trần (1)' });
    expect(within(dead).getByRole('row', { name: /Hoàng Văn Em .*50 năm .*20\/12\/2025/ })).toBeInTheDocument();
    expect(api['badge:candidates']).toHaveBeenCalledWith({ organisationId: null, roundDate: ROUND });
    expect(api['badge:list']).toHaveBeenCalledWith({ roundDate: ROUND, organisationId: null });
  });

  it('proposes the ticked members and reloads both lists', async () => {
    const api = fakeApi({
      'badge:candidates': async () => ok(lists),
      'badge:list': async () => ok([]),
      'badge:propose': async () => ok([badge(11, 1, 'Lê Thị An'), badge(12, 2, 'Trần Văn Bình'), badge(13, 4, 'Vũ Văn Dũng', { kind: 'EARLY_ILL' })]),
    });
    const { user } = renderScreen(api);
    await user.click(await screen.findByRole('checkbox', { name: 'Chọn tất cả: Huy hiệu 30 năm tuổi Đảng: 2 đồng chí' }));
    await user.click(screen.getByRole('checkbox', { name: 'Chọn Vũ Văn Dũng' }));
    await user.type(screen.getByRole('textbox', { name: 'Nơi đề nghị tặng' }), 'Đảng bộ xã Thanh Sơn');
    await user.click(screen.getByRole('button', { name: 'Đề nghị (3)' }));
    expect(api['badge:propose']).toHaveBeenCalledWith({
      roundDate: ROUND,
      proposedBy: 'Đảng bộ xã Thanh Sơn',
      items: [
        { memberId: 1, milestone: 30, kind: 'REGULAR' },
        { memberId: 2, milestone: 30, kind: 'REGULAR' },
        { memberId: 4, milestone: 30, kind: 'EARLY_ILL' },
      ],
    });
    expect(await screen.findByRole('status')).toHaveTextContent('Đã đề nghị 3 đồng chí.');
    await waitFor(() => expect(api['badge:candidates']).toHaveBeenCalledTimes(2));
    expect(api['badge:list']).toHaveBeenCalledTimes(2);
  });

  it('shows the core’s refusal of a proposal', async () => {
    const api = fakeApi({
      'badge:candidates': async () => ok(lists),
      'badge:list': async () => ok([]),
      'badge:propose': async () => fail('RULE', 'Đồng chí Lê Thị An đang trong thời gian thi hành kỷ luật; được xét tặng Huy hiệu Đảng từ ngày 01/03/2026.'),
    });
    const { user } = renderScreen(api);
    await user.click(await screen.findByRole('checkbox', { name: 'Chọn Lê Thị An' }));
    await user.click(screen.getByRole('button', { name: 'Đề nghị (1)' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('được xét tặng Huy hiệu Đảng từ ngày 01/03/2026');
  });

  it('records the decision with badge numbers typed row after row, and shows a duplicate number on its row', async () => {
    let proposed = [badge(11, 1, 'Lê Thị An'), badge(12, 2, 'Trần Văn Bình'), badge(13, 3, 'Phạm Văn Cường', { milestone: 40 })];
    let refuse = true;
    const api = fakeApi({
      'badge:candidates': async () => ok({ ...lists, regular: [], early: [], posthumous: [], blocked: [] }),
      'badge:list': async () => ok(proposed),
      'badge:decide': async (input) => {
        if (refuse) {
          refuse = false;
          return fail('CONFLICT', 'Số Huy hiệu Đảng 0123450 đã cấp cho đồng chí Bùi Thị Giang (Huy hiệu 45 năm tuổi Đảng, đợt 19/05/2025). Chưa ghi quyết định.', {
            'numbers.1.badgeNo': 'Đã cấp cho đồng chí Bùi Thị Giang',
          });
        }
        proposed = proposed.map((p) => {
          const n = input.numbers.find((x) => x.badgeId === p.id);
          return n ? { ...p, status: 'AWARDED' as const, badgeNo: n.badgeNo, decisionNo: input.decisionNo, decisionDate: input.decisionDate } : p;
        });
        return ok(proposed.filter((p) => p.status === 'AWARDED'));
      },
    });
    const { user } = renderScreen(api);
    const first = await screen.findByRole('textbox', { name: 'Số HHĐ của Lê Thị An' });
    await user.click(first);
    await user.keyboard('0123451{Enter}');
    expect(screen.getByRole('textbox', { name: 'Số HHĐ của Trần Văn Bình' })).toHaveFocus();
    await user.keyboard('0123450{Enter}{Enter}');
    expect(screen.getByRole('textbox', { name: 'Số quyết định' })).toHaveFocus();
    await user.keyboard('219-QĐ/TU{Enter}28/01/2026');
    await user.keyboard('{Control>}s{/Control}');
    expect(api['badge:decide']).toHaveBeenLastCalledWith({
      roundDate: ROUND,
      decisionNo: '219-QĐ/TU',
      decisionDate: '2026-01-28',
      numbers: [
        { badgeId: 11, badgeNo: '0123451' },
        { badgeId: 12, badgeNo: '0123450' },
      ],
    });
    expect(await screen.findByRole('alert')).toHaveTextContent('Số Huy hiệu Đảng 0123450 đã cấp cho đồng chí Bùi Thị Giang');
    expect(screen.getByText('Đã cấp cho đồng chí Bùi Thị Giang')).toBeInTheDocument();

    const second = screen.getByRole('textbox', { name: 'Số HHĐ của Trần Văn Bình' });
    await user.clear(second);
    await user.type(second, '0123452');
    await user.click(screen.getByRole('button', { name: 'Ghi quyết định (2)' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Đã ghi quyết định cho 2 đồng chí.');
    const table = screen.getByRole('table', { name: 'Đã đề nghị trong đợt 03/02/2026' });
    expect(within(table).getByRole('row', { name: /Lê Thị An .*Đã tặng · QĐ 219-QĐ\/TU ngày 28\/01\/2026/ })).toBeInTheDocument();
  });

  it('withdraws the ticked proposals', async () => {
    const api = fakeApi({
      'badge:candidates': async () => ok(lists),
      'badge:list': async () => ok([badge(11, 1, 'Lê Thị An'), badge(12, 2, 'Trần Văn Bình', { status: 'AWARDED', badgeNo: '7' })]),
      'badge:withdraw': async () => ok({ withdrawn: 1 }),
    });
    const { user } = renderScreen(api);
    const table = await screen.findByRole('table', { name: 'Đã đề nghị trong đợt 03/02/2026' });
    expect(within(table).getAllByRole('checkbox')).toHaveLength(1); // an awarded badge cannot be withdrawn
    await user.click(within(table).getByRole('checkbox', { name: 'Chọn Lê Thị An' }));
    await user.click(screen.getByRole('button', { name: 'Rút đề nghị (1)' }));
    expect(api['badge:withdraw']).toHaveBeenCalledWith({ badgeIds: [11] });
    expect(await screen.findByRole('status')).toHaveTextContent('Đã rút 1 đề nghị.');
  });

  it('changes the round and reloads for it', async () => {
    const api = fakeApi({ 'badge:candidates': async () => ok(lists), 'badge:list': async () => ok([]) });
    const { user } = renderScreen(api);
    await screen.findByRole('table', { name: 'Huy hiệu 30 năm tuổi Đảng: 2 đồng chí' });
    await user.click(screen.getByRole('radio', { name: '19/05' }));
    await waitFor(() => expect(api['badge:candidates']).toHaveBeenLastCalledWith({ organisationId: null, roundDate: '2026-05-19' }));
    expect(api['badge:list']).toHaveBeenLastCalledWith({ roundDate: '2026-05-19', organisationId: null });
    const year = screen.getByRole('textbox', { name: 'Năm' });
    await user.clear(year);
    await user.type(year, '2027');
    await waitFor(() => expect(api['badge:candidates']).toHaveBeenLastCalledWith({ organisationId: null, roundDate: '2027-05-19' }));
    expect(api['badge:candidates']).not.toHaveBeenCalledWith({ organisationId: null, roundDate: '202-05-19' });
    expect(year).toHaveValue('2027');
  });

  it('keeps to the organisation chosen as scope, for the lists and the exports', async () => {
    const api = fakeApi({
      'badge:candidates': async () => ok(lists),
      'badge:list': async () => ok([]),
      'organisation:search': async () => ok([{ ...orgNode(5, 'Đảng bộ xã Thanh Sơn', { parentId: 1, typeCode: 'COMMUNE' }), pathNames: ['Đảng bộ tỉnh Phú Thọ', 'Đảng bộ xã Thanh Sơn'] }]),
      'badge:export': async () => fail('RULE', 'Không có đảng viên nào.'),
    });
    const { user } = renderScreen(api);
    await screen.findByRole('table', { name: 'Huy hiệu 30 năm tuổi Đảng: 2 đồng chí' });
    await user.type(screen.getByRole('combobox', { name: 'Phạm vi' }), 'thanh son');
    await screen.findByText('Đảng bộ tỉnh Phú Thọ › Đảng bộ xã Thanh Sơn');
    await user.keyboard('{Enter}');
    await waitFor(() => expect(api['badge:candidates']).toHaveBeenLastCalledWith({ organisationId: 5, roundDate: ROUND }));
    expect(api['badge:list']).toHaveBeenLastCalledWith({ roundDate: ROUND, organisationId: 5 });
    await user.click(screen.getByRole('button', { name: 'Mẫu 4-HHĐ' }));
    expect(api['badge:export']).toHaveBeenCalledWith({ form: '4', roundDate: ROUND, organisationId: 5 });
  });

  it('exports a form and hands the file over under its name', async () => {
    const bytes = new Uint8Array([80, 75, 3, 4, 1, 2, 3]);
    const base64 = btoa(String.fromCharCode(...bytes));
    const api = fakeApi({
      'badge:candidates': async () => ok(lists),
      'badge:list': async () => ok([]),
      'badge:export': async () => ok({ fileName: '4A-HHD_dot-2026-02-03.xlsx', base64, rows: 2 }),
    });
    const blobs: Blob[] = [];
    const createObjectURL = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:test/1';
    });
    Object.defineProperty(URL, 'createObjectURL', { configurable: true, value: createObjectURL });
    Object.defineProperty(URL, 'revokeObjectURL', { configurable: true, value: vi.fn() });
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });
    const { user } = renderScreen(api);
    await user.click(await screen.findByRole('button', { name: 'Mẫu 4A-HHĐ (cấp lại)' }));
    expect(api['badge:export']).toHaveBeenCalledWith({ form: '4A', roundDate: ROUND, organisationId: null });
    expect(await screen.findByRole('status')).toHaveTextContent('Đã xuất 4A-HHD_dot-2026-02-03.xlsx (2 đồng chí). Việc xuất danh sách đã được ghi vào nhật ký.');
    expect(clicked).toHaveLength(1);
    expect(clicked[0]!.download).toBe('4A-HHD_dot-2026-02-03.xlsx');
    expect(clicked[0]!.href).toBe('blob:test/1');
    expect(blobs[0]!.type).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(new Uint8Array(await blobs[0]!.arrayBuffer())).toEqual(bytes);
    expect(base64Bytes(base64)).toEqual(bytes);
  });

  it('shows the core’s message when there is nothing to export', async () => {
    const api = fakeApi({
      'badge:candidates': async () => ok(lists),
      'badge:list': async () => ok([]),
      'badge:export': async () => fail('RULE', 'Không có đảng viên nào trong danh sách mẫu 4B-HHĐ đợt 03/02/2026.'),
    });
    const { user } = renderScreen(api);
    await user.click(await screen.findByRole('button', { name: 'Mẫu 4B-HHĐ (truy tặng)' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Không có đảng viên nào trong danh sách mẫu 4B-HHĐ đợt 03/02/2026.');
  });
});

describe('member file: badges tab', () => {
  const file: MemberBadgesResult = {
    badges: [badge(21, 9, 'Nguyễn Văn Nên', { status: 'AWARDED', badgeNo: '0099001', decisionNo: '12-QĐ/TU', decisionDate: '2016-01-20', roundDate: '2016-02-03' })],
    anchor: '1986-01-10',
    partyAgeMonths: 490,
    next: { milestone: 45, date: '2031-01-10', roundDate: '2031-02-03', blockedUntil: '2031-06-01' },
    owed: [],
  };

  it('lists the badges received and the next milestone with its round', async () => {
    const api = fakeApi({ 'badge:member': async () => ok(file) });
    renderWith(api, <MemberBadgesTab memberId={9} />);
    expect(await screen.findByText('Mốc kế tiếp: Huy hiệu 45 năm tuổi Đảng, đủ tuổi Đảng ngày 10/01/2031, xét trong đợt 03/02/2031.')).toBeInTheDocument();
    expect(screen.getByText('Tuổi Đảng hiện nay: 40 năm 10 tháng (tính từ ngày 10/01/1986).')).toBeInTheDocument();
    expect(screen.getByText('Đang thi hành kỷ luật: được xét từ ngày 01/06/2031.')).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Huy hiệu Đảng đã nhận' });
    expect(within(table).getByRole('row', { name: /30 năm Tặng 03\/02\/2016 Đã tặng QĐ 12-QĐ\/TU ngày 20\/01\/2016 0099001/ })).toBeInTheDocument();
    expect(api['badge:member']).toHaveBeenCalledWith({ memberId: 9 });
  });

  it('says a milestone passed without a badge on file is owed, not next', async () => {
    const owed: MemberBadgesResult = {
      badges: [],
      anchor: '1981-03-01',
      partyAgeMonths: 548,
      next: null,
      owed: [{ milestone: 30, date: '2011-03-01', roundDate: '2011-05-19' }],
    };
    renderWith(fakeApi({ 'badge:member': async () => ok(owed) }), <MemberBadgesTab memberId={9} />);
    expect(
      await screen.findByText('Đã đủ 30 năm tuổi Đảng từ ngày 01/03/2011 (đợt 19/05/2011) nhưng hồ sơ chưa ghi Huy hiệu 30 năm: ghi lại huy hiệu đã nhận, hoặc đề nghị tặng bổ sung.'),
    ).toBeInTheDocument();
    expect(screen.queryByText(/Mốc kế tiếp/)).not.toBeInTheDocument();
  });

  it('tells a member with 47 years of party age about every badge owed (30, 40, 45), and the next one', async () => {
    const owed: MemberBadgesResult = {
      badges: [],
      anchor: '1979-06-10',
      partyAgeMonths: 569,
      next: { milestone: 50, date: '2029-06-10', roundDate: '2029-09-02', blockedUntil: null },
      owed: [
        { milestone: 30, date: '2009-06-10', roundDate: '2009-09-02' },
        { milestone: 40, date: '2019-06-10', roundDate: '2019-09-02' },
        { milestone: 45, date: '2024-06-10', roundDate: '2024-09-02' },
      ],
    };
    renderWith(fakeApi({ 'badge:member': async () => ok(owed) }), <MemberBadgesTab memberId={9} />);
    for (const [years, date, round] of [
      [30, '10/06/2009', '02/09/2009'],
      [40, '10/06/2019', '02/09/2019'],
      [45, '10/06/2024', '02/09/2024'],
    ] as const) {
      expect(
        await screen.findByText(`Đã đủ ${years} năm tuổi Đảng từ ngày ${date} (đợt ${round}) nhưng hồ sơ chưa ghi Huy hiệu ${years} năm: ghi lại huy hiệu đã nhận, hoặc đề nghị tặng bổ sung.`),
      ).toBeInTheDocument();
    }
    expect(screen.getByText('Mốc kế tiếp: Huy hiệu 50 năm tuổi Đảng, đủ tuổi Đảng ngày 10/06/2029, xét trong đợt 02/09/2029.')).toBeInTheDocument();
  });

  it('proposes a lost badge for replacement in the next round', async () => {
    const api = fakeApi({ 'badge:member': async () => ok(file), 'badge:propose': async () => ok([badge(22, 9, 'Nguyễn Văn Nên', { kind: 'REPLACEMENT' })]) });
    const { user } = renderWith(api, <MemberBadgesTab memberId={9} />);
    const button = await screen.findByRole('button', { name: /Đề nghị cấp lại Huy hiệu 30 năm \(bị mất\) trong đợt/ });
    await user.click(button);
    const call = api['badge:propose'].mock.calls[0]![0];
    expect(call.items).toEqual([{ memberId: 9, milestone: 30, kind: 'REPLACEMENT' }]);
    expect(call.roundDate).toMatch(/^\d{4}-(02-03|05-19|09-02|11-07)$/);
    expect(await screen.findByRole('status')).toHaveTextContent('Đã đề nghị cấp lại trong đợt');
    expect(api['badge:member']).toHaveBeenCalledTimes(2);
  });

  it('says when there is no anchor to count from', async () => {
    const api = fakeApi({ 'badge:member': async () => ok({ badges: [], anchor: null, partyAgeMonths: null, next: null, owed: [] }) });
    renderWith(api, <MemberBadgesTab memberId={9} />);
    expect(await screen.findByText('Chưa có ngày tính tuổi Đảng.')).toBeInTheDocument();
    expect(screen.getByText('Chưa có Huy hiệu Đảng.')).toBeInTheDocument();
  });

  it('shows a refusal to read', async () => {
    const api = fakeApi({ 'badge:member': async () => fail('NOT_FOUND', 'Không tìm thấy đảng viên này.') });
    renderWith(api, <MemberBadgesTab memberId={9} />);
    expect(await screen.findByRole('alert')).toHaveTextContent('Không tìm thấy đảng viên này.');
  });
});
