import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ok, type Output } from '../../../shared/contract/index.ts';
import type { TrainingRecord } from '../../../shared/cadres/schemas.ts';
import { OpinionsView } from '../../../renderer/src/screens/decisions/OpinionsView.tsx';
import { PlanningView } from '../../../renderer/src/screens/decisions/PlanningView.tsx';
import { TrainingView } from '../../../renderer/src/screens/decisions/TrainingView.tsx';
import { fakeApi } from '../fakeApi.ts';
import { renderWith } from '../render.tsx';
import { cadreList } from './cadres.ts';

const opinion = {
  id: 3,
  cadreId: null,
  personName: 'Đinh Văn Khoa',
  personPost: 'Thứ trưởng',
  requestingBody: 'Ban Tổ chức Trung ương',
  requestNo: '55-CV/BTCTW',
  receivedOn: '2026-10-02',
  subject: 'Lấy ý kiến về tiêu chuẩn chính trị',
  reply: null,
  replyNo: null,
  repliedOn: null,
  createdAt: '2026-10-02T08:00:00Z',
};

describe('opinions register', () => {
  it('lists the requests, filters those pending, and records a reply', async () => {
    const fake = fakeApi({
      'opinion:list': async () => ok({ rows: [opinion], total: 1 }),
      'opinion:update': async (input) => ok({ ...opinion, ...input, createdAt: opinion.createdAt }),
    });
    const { user } = renderWith(fake, <OpinionsView />);
    const table = await screen.findByRole('table', { name: 'Sổ tham gia ý kiến' });
    expect(await within(table).findByText('Đinh Văn Khoa (Thứ trưởng)')).toBeInTheDocument();
    expect(within(table).getByText('Chưa trả lời')).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Chỉ những đề nghị chưa trả lời' }));
    await waitFor(() => expect(fake['opinion:list']).toHaveBeenLastCalledWith(expect.objectContaining({ pending: true })));

    await user.click(within(table).getByRole('row', { name: 'Đinh Văn Khoa' }));
    const dialog = await screen.findByRole('dialog', { name: 'Trả lời đề nghị về Đinh Văn Khoa' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Ý kiến trả lời' }), 'Đồng ý');
    await user.type(within(dialog).getByRole('textbox', { name: 'Ngày trả lời' }), '20/10/2026');
    await user.keyboard('{Control>}s{/Control}');
    await waitFor(() =>
      expect(fake['opinion:update']).toHaveBeenCalledWith(expect.objectContaining({ id: 3, personName: 'Đinh Văn Khoa', receivedOn: '2026-10-02', reply: 'Đồng ý', repliedOn: '2026-10-20', cadreId: null })),
    );
  });
});

const training = (id: number, fullName: string): TrainingRecord => ({
  id,
  cadreId: 10 + id,
  fullName,
  decisionId: 4,
  decisionNo: '88-QĐ/TU',
  kind: 'politicalTheory',
  levelCode: 'ADVANCED',
  mode: 'fullTime',
  institution: 'Học viện Chính trị khu vực I',
  subject: null,
  fromDate: '2026-09',
  toDate: null,
  status: 'sent',
  qualification: null,
});

describe('training', () => {
  it('sends two cadres to one course in one training:create, and changes a row’s status', async () => {
    const fake = fakeApi({
      'cadre:list': cadreList,
      'training:list': async () => ok({ rows: [training(1, 'Nguyễn Văn An')], total: 1 }),
      'training:create': async (input) => ok({ decisionId: 9, ids: input.cadreIds.map((_, i) => 20 + i) }),
      'training:update': async (input) => ok({ ...training(1, 'Nguyễn Văn An'), status: input.status }),
    });
    const { user } = renderWith(fake, <TrainingView />);
    const table = await screen.findByRole('table', { name: 'Cử đi đào tạo, bồi dưỡng' });
    expect(await within(table).findByText('Cao cấp')).toBeInTheDocument();
    await user.selectOptions(within(table).getByRole('combobox', { name: 'Tình trạng của Nguyễn Văn An' }), 'Tốt nghiệp');
    await waitFor(() => expect(fake['training:update']).toHaveBeenCalledWith({ id: 1, status: 'graduated', toDate: null, qualification: null }));

    await user.click(screen.getByRole('button', { name: 'Cử đi học' }));
    const dialog = await screen.findByRole('dialog', { name: 'Cử cán bộ đi đào tạo, bồi dưỡng' });
    const people = within(dialog).getByRole('combobox', { name: 'Người được cử' });
    await user.type(people, 'Nguyễn Văn An{Enter}');
    await waitFor(() => expect(within(dialog).getByRole('list', { name: 'Người được cử' })).toHaveTextContent('Nguyễn Văn An'));
    await user.click(people);
    await user.type(people, 'Trần Thị Bình{Enter}');
    await waitFor(() => expect(within(dialog).getByRole('list', { name: 'Người được cử' })).toHaveTextContent('Trần Thị Bình'));
    await user.type(within(dialog).getByRole('textbox', { name: 'Cơ sở đào tạo' }), 'Học viện Chính trị khu vực I');
    await user.type(within(dialog).getByRole('textbox', { name: 'Từ' }), '09/2026');
    await user.type(within(dialog).getByRole('textbox', { name: 'Số quyết định' }), '90-QĐ/TU');
    await user.type(within(dialog).getByRole('textbox', { name: 'Ngày ký' }), '01/09/2026');
    await user.type(within(dialog).getByRole('textbox', { name: 'Cơ quan ban hành' }), 'Ban Thường vụ Tỉnh ủy');
    await user.keyboard('{Control>}s{/Control}');
    await waitFor(() =>
      expect(fake['training:create']).toHaveBeenCalledWith({
        decision: { number: '90-QĐ/TU', issuedOn: '2026-09-01', issuingBody: 'Ban Thường vụ Tỉnh ủy', signer: null },
        course: { kind: 'politicalTheory', levelCode: null, mode: 'fullTime', institution: 'Học viện Chính trị khu vực I', subject: null, fromDate: '2026-09', toDate: null, status: 'sent', qualification: null },
        cadreIds: [11, 12],
      }),
    );
    expect(await screen.findByText('Đã cử 2 người đi học.')).toBeInTheDocument();
  }, 60_000);
});

const planning: Output<'planning:list'> = {
  rows: [
    { id: 1, cycleCode: 'P2025', post: 'Giám đốc Sở Tài chính', addedOn: '2025-06-01', removedOn: null, removalReason: null, cadreId: 11, fullName: 'Nguyễn Văn An', sex: 'M', birthDate: '1988-01-01' },
    { id: 2, cycleCode: 'P2025', post: 'Giám đốc Sở Tài chính', addedOn: '2025-06-01', removedOn: null, removalReason: null, cadreId: 12, fullName: 'Trần Thị Bình', sex: 'F', birthDate: '1980-05-01' },
  ],
  cycles: [
    { code: 'P2025', name: 'Nhiệm kỳ Đảng 2025-2030', kind: 'party', fromYear: 2025, toYear: 2030 },
    { code: 'S2026', name: 'Nhiệm kỳ HĐND 2026-2031', kind: 'state', fromYear: 2026, toYear: 2031 },
  ],
  warnings: [{ kind: 'peoplePerPost', key: 'Giám đốc Sở Tài chính', count: 4 }],
  shares: { people: 8, women: 1, under40: 3 },
};

describe('planning', () => {
  it('shows the term’s entries, the warnings and the shares of women and under-40s', async () => {
    const fake = fakeApi({ 'planning:list': async () => ok(planning) });
    renderWith(fake, <PlanningView />);
    const table = await screen.findByRole('table', { name: 'Quy hoạch cán bộ' });
    expect(within(table).getByText('Trần Thị Bình')).toBeInTheDocument();
    expect(fake['planning:list']).toHaveBeenCalledWith({ cycleCode: 'P2025', post: '', includeRemoved: false });
    expect(screen.getByText('Chức danh “Giám đốc Sở Tài chính” có 4 người quy hoạch (tối đa 3).')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('8 người; nữ 1 (12,5 %); dưới 40 tuổi 3 (37,5 %) Tỷ lệ nữ dưới 25 %.');
  });
});
