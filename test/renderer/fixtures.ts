import type { Catalogues, Member, MemberRow, OrgDetail, OrgNode, SystemInfo } from '../../shared/contract/index.ts';

/** The renderer tests' today: the core's today in the fake system:info (the real core's test clock, 2026-11-20). */
export const FIXED_TODAY = '2026-11-20';

export function systemInfo(counts: { organisations: number; members: number } = { organisations: 3, members: 12345 }): SystemInfo {
  return {
    appVersion: '0.1.0',
    schemaVersion: 5,
    dataDir: 'C:\\SoToChuc\\data',
    user: { id: 1, username: 'admin', displayName: 'Quản trị viên', role: 'admin' },
    counts,
    lastBackup: null,
    today: FIXED_TODAY,
    demo: null,
  };
}

/** A few rows of each seed catalogue, with their real codes and names (db/seed/csv; test/unit/catalogues/fixtureCodes.test.ts checks them). */
export const catalogues: Catalogues = {
  ethnicGroups: [
    { code: '1', name: 'Kinh', kind: null },
    { code: '2', name: 'Tày', kind: null },
  ],
  religions: [{ code: 'NONE', name: 'Không', kind: null }],
  organisationTypes: [
    { code: 'PROVINCE', name: 'Đảng bộ tỉnh', kind: null, grassroots: false },
    { code: 'COMMUNE', name: 'Đảng bộ xã, phường, đặc khu', kind: null, grassroots: false },
    { code: 'GRASSROOTS_CELL', name: 'Chi bộ cơ sở', kind: null, grassroots: true },
  ],
  unitTypes: [{ code: 'XA', name: 'Xã', kind: null }],
  education: [
    { code: 'BACHELOR', name: 'Đại học', kind: 'professional' },
    { code: 'ADVANCED', name: 'Cao cấp', kind: 'political_theory' },
  ],
  occupations: [{ code: 'FARMER', name: 'Nông, lâm, ngư nghiệp', kind: null }],
  memberEvents: [],
  actionTypes: [
    { code: 'APPOINT', name: 'Bổ nhiệm', kind: 'appoint', termMonths: 60, effect: 'appoint', active: true },
    { code: 'REAPPOINT', name: 'Bổ nhiệm lại', kind: 'reappoint', termMonths: 60, effect: 'reappoint', active: true },
    { code: 'TRANSFER', name: 'Điều động', kind: 'assign', termMonths: null, effect: 'assign', active: true },
    { code: 'RETIRE', name: 'Nghỉ hưu', kind: 'retire', termMonths: null, effect: 'retire', active: true },
  ],
  ageBands: [
    { code: '18-30', label: '18-30', from: 18, to: 30 },
    { code: '61+', label: 'Trên 60', from: 61, to: null },
  ],
};

export function orgNode(id: number, name: string, over: Partial<OrgNode> = {}): OrgNode {
  return {
    id,
    parentId: null,
    code: null,
    name,
    shortName: null,
    typeCode: 'PROVINCE',
    unitTypeCode: null,
    displayOrder: id,
    effectiveFrom: '1946-01-01',
    effectiveTo: null,
    successorId: null,
    childCount: 0,
    memberCount: 0,
    ...over,
  };
}

export function orgDetail(node: OrgNode, over: Partial<OrgDetail> = {}): OrgDetail {
  return { ...node, ancestors: [], history: [], directMemberCount: 0, ...over };
}

export function memberRow(id: number, fullName: string, over: Partial<MemberRow> = {}): MemberRow {
  const [familyName = '', ...rest] = fullName.split(' ');
  return {
    id,
    fullName,
    familyName,
    middleName: rest.slice(0, -1).join(' '),
    givenName: rest.at(-1) ?? '',
    sex: 'M',
    birthDate: '1965-03-12',
    citizenId: '001065012345',
    cardNo: null,
    recordNo: null,
    organisationId: 7,
    organisationName: 'Chi bộ Thôn 1',
    admissionDate: '1990-05',
    fullMemberDate: '1991-05-01',
    ethnicCode: '01',
    membership: 'full',
    ...over,
  };
}

export function member(id: number, over: Partial<Member> = {}): Member {
  return {
    ...memberRow(id, 'Nguyễn Văn An'),
    nameOrder: 'familyFirst',
    otherNames: null,
    birthPlace: null,
    homeTown: 'Xã Yên Lạc',
    residence: null,
    temporaryResidence: null,
    religionCode: null,
    admissionDecisionDate: null,
    generalEducation: '12/12',
    professionalCode: null,
    politicalTheoryCode: null,
    occupationCode: null,
    phone: null,
    notes: null,
    onList: true,
    createdAt: '2025-01-01T00:00:00Z',
    updatedAt: '2025-01-01T00:00:00Z',
    ...over,
  };
}
