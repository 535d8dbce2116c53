import { screen } from '@testing-library/react';
import { ok, type Api } from '../../../shared/contract/index.ts';
import type { GridResult, QuotaSetting, Rating, SummaryResult } from '../../../shared/ratings/schemas.ts';
import { RatingsScreen } from '../../../renderer/src/screens/ratings/RatingsScreen.tsx';
import { fakeApi } from '../fakeApi.ts';
import { orgNode } from '../fixtures.ts';
import { renderWith } from '../render.tsx';

/** Answers and helpers shared by the ratings screen tests. */
export const CATEGORIES = [
  { code: 'HTXSNV', name: 'Hoàn thành xuất sắc nhiệm vụ', order: 1, minScore: 90, belowScore: null },
  { code: 'HTTNV', name: 'Hoàn thành tốt nhiệm vụ', order: 2, minScore: 70, belowScore: 90 },
  { code: 'HTNV', name: 'Hoàn thành nhiệm vụ', order: 3, minScore: 50, belowScore: 70 },
  { code: 'KHTNV', name: 'Không hoàn thành nhiệm vụ', order: 4, minScore: 0, belowScore: 50 },
];
export const REGIME = { regime: 2025, firstYear: 2025, lastYear: null, defaultQuotaPct: 20, maxQuotaPct: 25, quotaPct: 20 };
/** The setting as the core answers it with nothing set: each regime's own percentage. */
export const QUOTA_SETTING: QuotaSetting = { pct: null, min: 20, max: 25, regimes: [{ regime: 2018, firstYear: 2018, lastYear: 2024, defaultQuotaPct: 20, maxQuotaPct: 20, quotaPct: 20 }, REGIME] };
export const NAMES = ['An', 'Bình', 'Cường', 'Dung', 'Giang', 'Hà', 'Khánh', 'Lan', 'Minh', 'Nga'];

export function rating(categoryCode: string, over: Partial<Rating> = {}): Rating {
  const category = CATEGORIES.find((c) => c.code === categoryCode);
  return {
    year: 2025,
    regime: 2025,
    categoryCode,
    categoryName: category?.name ?? categoryCode,
    score: null,
    decidingBody: null,
    decisionNo: null,
    decisionDate: null,
    note: null,
    updatedAt: '2026-01-10T08:00:00.000Z',
    ...over,
  };
}

export function memberGrid(over: Partial<GridResult> = {}, stored: Record<number, Rating> = {}): GridResult {
  return {
    organisation: { id: 7, name: 'Chi bộ Trường THCS Thanh Sơn', typeCode: 'GRASSROOTS_CELL' },
    year: 2025,
    ratingDate: '2025-12-31',
    regime: REGIME,
    categories: CATEGORIES,
    rows: NAMES.map((n, i) => ({
      memberId: 100 + i,
      fullName: `Nguyễn Văn ${n}`,
      birthDate: '1980-01-01',
      organisationId: 7,
      organisationName: 'Chi bộ Trường THCS Thanh Sơn',
      membership: 'full' as const,
      rating: stored[100 + i] ?? null,
    })),
    notSubject: [
      {
        memberId: 200,
        fullName: 'Trần Thị Oanh',
        birthDate: '1940-05-05',
        organisationName: 'Chi bộ Trường THCS Thanh Sơn',
        reason: 'exempted',
        reasonText: 'Miễn công tác và sinh hoạt đảng',
        since: '2025-03-01',
        rating: null,
      },
      {
        memberId: 201,
        fullName: 'Lê Văn Phú',
        birthDate: '2000-05-05',
        organisationName: 'Chi bộ Trường THCS Thanh Sơn',
        reason: 'recentlyAdmitted',
        reasonText: 'Kết nạp chưa đủ 6 tháng tính đến ngày xét 31/12/2025',
        since: '2025-09-02',
        rating: null,
      },
    ],
    quota: quotaGroup({ peerOrganisationId: 7, peerOrganisationName: 'Chi bộ Trường THCS Thanh Sơn' }),
    ...over,
  };
}

export const tally = (code: string, name: string, count: number, pct: number, pctOfRated: number | null = null) => ({ code, name, count, pct, pctOfRated });
const summary: SummaryResult = {
  organisation: { id: 7, name: 'Chi bộ Trường THCS Thanh Sơn', typeCode: 'GRASSROOTS_CELL' },
  year: 2025,
  ratingDate: '2025-12-31',
  regime: REGIME,
  members: {
    total: 12,
    notSubject: tally('notSubject', 'Không thuộc diện đánh giá', 2, 16.7),
    notSubjectByReason: [tally('exempted', 'Miễn công tác và sinh hoạt đảng', 1, 8.3), tally('suspended', 'Đình chỉ sinh hoạt đảng', 0, 0), tally('recentlyAdmitted', 'Kết nạp chưa đủ 6 tháng', 1, 8.3)],
    notRated: tally('notRated', 'Thuộc diện nhưng chưa xếp loại', 10, 83.3),
    rated: tally('rated', 'Đã xếp loại', 0, 0),
    categories: CATEGORIES.map((c) => tally(c.code, c.name, 0, 0, 0)),
    ratedNotSubject: 0,
  },
  organisations: { total: 0, notRated: tally('notRated', 'Chưa xếp loại', 0, 0), rated: tally('rated', 'Đã xếp loại', 0, 0), categories: [] },
};

export const hit = { ...orgNode(7, 'Chi bộ Trường THCS Thanh Sơn', { typeCode: 'GRASSROOTS_CELL' }), pathNames: ['Đảng bộ tỉnh', 'Đảng bộ xã Thanh Sơn'] };

export function api(over: Partial<Api> = {}) {
  return fakeApi({
    'organisation:search': async () => ok([hit]),
    'rating:grid': async () => ok(memberGrid()),
    'rating:summary': async () => ok(summary),
    'rating:quotaSetting': async () => ok(QUOTA_SETTING),
    ...over,
  });
}

/** The ratings screen with the grid of the cell open (`arrange`: puts the stores in a starting state). */
export async function openGrid(fake: ReturnType<typeof api>, arrange?: () => void) {
  const view = renderWith(fake, <RatingsScreen />, arrange);
  await view.user.type(screen.getByRole('combobox', { name: 'Tổ chức đảng' }), 'thanh son');
  await view.user.click(await screen.findByRole('option', { name: /Chi bộ Trường THCS Thanh Sơn/ }));
  const grid = await screen.findByRole('grid', { name: 'Bảng xếp loại đảng viên' });
  return { ...view, grid };
}

/** An empty peer group's quota (20 % of the good ratings, nothing rated yet). */
export function quotaGroup(peer: { peerOrganisationId: number; peerOrganisationName: string; typeCode?: string | null; typeName?: string | null }) {
  return {
    typeCode: null,
    typeName: null,
    ...peer,
    pct: 20,
    excellentCode: 'HTXSNV',
    excellentName: 'Hoàn thành xuất sắc nhiệm vụ',
    goodCode: 'HTTNV',
    goodName: 'Hoàn thành tốt nhiệm vụ',
    excellent: 0,
    good: 0,
    limit: 0,
    exceeded: false,
    outsideExcellent: 0,
    outsideGood: 0,
  };
}
