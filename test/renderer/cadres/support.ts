import { screen } from '@testing-library/react';
import { createElement } from 'react';
import type { CadreFile, CadreListRow } from '../../../shared/cadres/schemas.ts';
import { ok } from '../../../shared/contract/index.ts';
import { CadresScreen } from '../../../renderer/src/screens/cadres/CadresScreen.tsx';
import { fakeApi, type FakeApi } from '../fakeApi.ts';
import { renderWith } from '../render.tsx';

/** Fixtures of the cadre tests: list rows, a file as cadre:get answers it, and the screen on its own. */

export function cadreRow(id: number, fullName: string, over: Partial<CadreListRow> = {}): CadreListRow {
  return {
    id,
    memberId: null,
    fullName,
    sex: 'M',
    birthDate: '1968-05-10',
    mainPost: 'Giám đốc Sở Tài chính',
    mainUnit: 'Sở Tài chính',
    managementTier: 'provincial',
    status: 'working',
    politicalTheoryCode: 'ADVANCED',
    retirementDate: '2030-08-31',
    planned: false,
    ...over,
  };
}

export function cadreFile(id: number, fullName: string, over: Partial<CadreFile> = {}): CadreFile {
  const [familyName = '', ...rest] = fullName.split(' ');
  const personal: CadreFile['personal'] = {
      familyName,
      middleName: rest.slice(0, -1).join(' '),
      givenName: rest.at(-1) ?? '',
      nameOrder: 'familyFirst',
      otherNames: null,
      sex: 'M',
      birthDate: '1968',
      birthPlace: null,
      homeTown: 'Xã Yên Lạc',
      residence: null,
      ethnicCode: null,
      religionCode: null,
      citizenId: null,
  };
  return {
    id,
    memberId: null,
    fullName,
    personal,
    ...personal,
    managementTier: 'provincial',
    status: 'working',
    generalEducation: '12/12',
    professionalCode: null,
    politicalTheoryCode: 'ADVANCED',
    highestPoliticalTheoryCode: 'ADVANCED',
    stateManagementCode: null,
    retirementAdjustMonths: 0,
    cv: {},
    tables: { workHistory: [], family: [], salary: [], awards: [], discipline: [], assessments: [], assetDeclarations: [], documents: [] },
    posts: [
      {
        postKind: 'main',
        title: 'Giám đốc',
        unit: 'Sở Tài chính',
        orgId: null,
        since: '2022-03-01',
        termEnd: '2027-03-01',
        noticeOn: '2026-10-16',
        extensionAdvised: false,
        actionId: 11,
        decisionNo: '123-QĐ/TU',
      },
    ],
    history: [
      { actionId: 11, decisionId: 5, decisionNo: '123-QĐ/TU', effectiveOn: '2022-03-01', typeCode: 'APPOINT', postKind: 'main', postAfter: 'Giám đốc', unitAfter: 'Sở Tài chính', status: 'active' },
    ],
    retirement: { date: '2030-01-31', estimated: true, age: { years: 62, months: 0 } },
    planning: [
      { id: 1, cycleCode: 'P2025', post: 'Phó Chủ tịch UBND tỉnh', addedOn: '2025-06-01', removedOn: null, removalReason: null },
      { id: 2, cycleCode: 'P2020', post: 'Bí thư Huyện ủy', addedOn: '2020-06-01', removedOn: '2023-01-01', removalReason: 'Đã bổ nhiệm' },
    ],
    training: [],
    hasPhoto: false,
    updatedAt: '2026-11-01T00:00:00Z',
    ...over,
  };
}

export const CADRES = [cadreRow(1, 'Nguyễn Văn An'), cadreRow(2, 'Trần Thị Bình', { sex: 'F', planned: true }), cadreRow(3, 'Lê Văn Cường', { mainPost: null, mainUnit: null })];

export function cadreApi(over: Parameters<typeof fakeApi>[0] = {}): FakeApi {
  return fakeApi({
    'cadre:list': async () => ok({ rows: CADRES, total: CADRES.length }),
    'cadre:get': async ({ id }) => ok(cadreFile(id, CADRES.find((c) => c.id === id)?.fullName ?? `Cán bộ ${id}`)),
    'cadre:perusals': async () => ok([]),
    ...over,
  });
}

/** The Cán bộ tab's screen on its own, once its list has drawn. */
export async function renderCadres(api: FakeApi) {
  const view = renderWith(api, createElement(CadresScreen));
  await screen.findByRole('row', { name: /Nguyễn Văn An/ });
  return view;
}
