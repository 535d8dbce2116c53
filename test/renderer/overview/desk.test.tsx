import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ok, type Output } from '../../../shared/contract/index.ts';
import { OverviewScreen } from '../../../renderer/src/screens/overview/OverviewScreen.tsx';
import { useAppStore } from '../../../renderer/src/stores/appStore.ts';
import { fakeApi } from '../fakeApi.ts';
import { systemInfo } from '../fixtures.ts';
import { renderWith } from '../render.tsx';

const cadre = (cadreId: number, fullName: string) => ({ cadreId, fullName, mainPost: 'Giám đốc', mainUnit: 'Sở Tài chính' });

const digest: Output<'reminder:digest'> = {
  today: '2026-11-20',
  reappointments: {
    total: 2,
    rows: [
      { ...cadre(11, 'Nguyễn Văn An'), post: 'Giám đốc', unit: 'Sở Tài chính', termEnd: '2027-04-01', noticeOn: '2026-11-10', extensionAdvised: false },
      { ...cadre(12, 'Trần Thị Bình'), post: 'Phó Giám đốc', unit: 'Sở Nội vụ', termEnd: '2027-05-15', noticeOn: '2026-12-28', extensionAdvised: true },
    ],
  },
  retirements: {
    total: 3,
    rows: [
      { ...cadre(13, 'Lê Văn Cường'), sex: 'M', birthDate: '1965-01', retirementDate: '2027-01-31', estimated: false, stage: 'decision' },
      { ...cadre(14, 'Phạm Thị Dung'), sex: 'F', birthDate: '1970', retirementDate: '2027-05-31', estimated: true, stage: 'notice' },
      { ...cadre(15, 'Hoàng Văn Em'), sex: 'M', birthDate: '1965-09-02', retirementDate: '2027-10-31', estimated: false, stage: 'plan' },
    ],
  },
  probationary: { total: 1, rows: [{ memberId: 501, fullName: 'Vũ Thị Giang', organisationName: 'Chi bộ thôn Đồng Xuân', dueOn: '2026-12-02' }] },
  badges: { total: 120, roundDate: '2027-02-03', rows: [{ memberId: 601, fullName: 'Đỗ Văn Hải', organisationName: 'Chi bộ thôn Hạ', milestone: 40 }] },
  assetDeclarations: { total: 0, rows: [], year: 2026 },
};

function render(renderCadreFile?: (id: number, close: () => void) => React.ReactNode) {
  const fake = fakeApi({
    'reminder:digest': async () => ok(digest),
    'badge:candidates': async ({ roundDate }) => ok({ roundDate, previousRound: '2026-11-07', regular: [{ milestone: 40, rows: [] }], early: [], posthumous: [], blocked: [] }),
  });
  const view = renderWith(fake, <OverviewScreen {...(renderCadreFile ? { renderCadreFile } : {})} />, () => useAppStore.setState({ info: systemInfo() }));
  return { fake, ...view };
}

describe('the clerk’s desk on Tổng quan', () => {
  it('shows every list of the digest with its total, rows and the retirement stages', async () => {
    const { fake } = render();
    const desk = await screen.findByRole('region', { name: 'Việc đến hạn' });
    await waitFor(() => expect(fake['reminder:digest']).toHaveBeenCalledWith({ withinDays: 90, limit: 50 }));

    const reappoint = await within(desk).findByRole('region', { name: 'Bổ nhiệm lại: thông báo đến hạn trong 90 ngày' });
    expect(within(reappoint).getByRole('heading', { name: 'Bổ nhiệm lại: thông báo đến hạn trong 90 ngày: 2' })).toBeInTheDocument();
    expect(within(reappoint).getByText('Nguyễn Văn An')).toBeInTheDocument();
    expect(within(reappoint).getByText('10/11/2026')).toBeInTheDocument();
    expect(within(reappoint).getByText('Đề nghị kéo dài đến nghỉ hưu')).toBeInTheDocument();

    const retire = within(desk).getByRole('region', { name: 'Nghỉ hưu trong 12 tháng tới' });
    const rows = within(within(retire).getByRole('table')).getAllByRole('row');
    expect(rows).toHaveLength(4);
    expect(rows[1]).toHaveTextContent('Lê Văn Cường');
    expect(rows[1]).toHaveTextContent('Đến hạn ra quyết định nghỉ hưu (3 tháng)');
    expect(rows[2]).toHaveTextContent('Đến hạn thông báo bằng văn bản (6 tháng)');
    expect(rows[2]).toHaveTextContent('31/05/2027 (ước tính)');
    expect(rows[3]).toHaveTextContent('Chuẩn bị người thay thế (12 tháng)');

    expect(within(desk).getByRole('heading', { name: 'Đảng viên dự bị đến hạn chuyển chính thức: 1' })).toBeInTheDocument();
    const badges = within(desk).getByRole('region', { name: 'Xét tặng Huy hiệu Đảng đợt 03/02/2027' });
    expect(within(badges).getByText('Huy hiệu 40 năm')).toBeInTheDocument();
    expect(within(badges).getByText('Đang hiện 1 / 120 người; “Xuất Excel” ghi đủ danh sách.')).toBeInTheDocument();
    // The badge list exports as the Khen thưởng tab does: the round's groups, read once.
    expect(await within(badges).findByRole('button', { name: 'Xuất Excel' })).toBeEnabled();
    expect(fake['badge:candidates']).toHaveBeenCalledWith({ organisationId: null, roundDate: '2027-02-03' });
    const assets = within(desk).getByRole('region', { name: 'Chưa kê khai tài sản năm 2026' });
    expect(within(assets).getByText('Không có ai.')).toBeInTheDocument();
    expect(within(assets).getByRole('button', { name: 'Xuất Excel' })).toBeDisabled();
  });

  it('asks again with the number of days typed, and opens a cadre through the file the shell gives', async () => {
    const opened: number[] = [];
    const { user, fake } = render((id) => {
      opened.push(id);
      return <div role="dialog" aria-label={`Hồ sơ ${id}`} />;
    });
    const box = await screen.findByRole('textbox', { name: 'Thông báo bổ nhiệm lại trong (ngày)' });
    await user.clear(box);
    await user.type(box, '180');
    await waitFor(() => expect(fake['reminder:digest']).toHaveBeenLastCalledWith({ withinDays: 180, limit: 50 }));
    await user.click(await screen.findByRole('row', { name: 'Trần Thị Bình' }));
    expect(await screen.findByRole('dialog', { name: 'Hồ sơ 12' })).toBeInTheDocument();
  });

  it('exports a cadre list with reminder:digestExport: the columns on screen and the stages in words', async () => {
    const fake = fakeApi({ 'reminder:digest': async () => ok(digest), 'reminder:digestExport': async () => ok({ fileName: 'nghi-huu.xlsx', base64: '', rows: 3 }) });
    const { user } = renderWith(fake, <OverviewScreen />, () => useAppStore.setState({ info: systemInfo() }));
    URL.createObjectURL = () => 'blob:x';
    URL.revokeObjectURL = () => {};
    const retire = await screen.findByRole('region', { name: 'Nghỉ hưu trong 12 tháng tới' });
    await user.click(within(retire).getByRole('button', { name: 'Xuất Excel' }));
    await waitFor(() => expect(fake['reminder:digestExport']).toHaveBeenCalled());
    const input = fake['reminder:digestExport'].mock.calls[0]?.[0];
    expect(input?.list).toBe('retirements');
    expect(input?.columns.map((c) => c.key)).toEqual(['fullName', 'mainPost', 'mainUnit', 'birthDate', 'retirementDate', 'stage']);
    expect(input?.columns.find((c) => c.key === 'stage')?.labels?.notice).toBe('Đến hạn thông báo bằng văn bản (6 tháng)');
  });
});
