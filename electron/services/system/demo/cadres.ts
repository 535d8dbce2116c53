/**
 * The demo province's cadre files (issue 9): about one per 100 members (at least 20), 60 % linked to
 * a member on the list aged 30-60, the others with their own personal fields; about 20 personnel
 * actions each over 20 years (cadreCareers.ts) grouped into decisions of 1-40 people with numbers
 * "n-QĐ/TU" unique per year; training records; yearly asset declarations (most submitted). Written
 * through db/repositories/system/demoCadresWriter.ts in the demo's transaction. Same seed, same data.
 */
import type { BulkHandle } from '../../../../db/bulk.ts';
import {
  demoLocalUnits,
  demoMemberReader,
  writeDemoCadres,
  type DemoActionRow,
  type DemoCadreRow,
  type DemoDecisionRow,
  type DemoDeclarationRow,
  type DemoTrainingRow,
} from '../../../../db/repositories/system/demoCadresWriter.ts';
import { retirementDate } from '../../../../shared/cadres/retirement.ts';
import { addDays, addMonths, daysBetween } from '../../../../shared/kernel/dates/dayMath.ts';
import { fullName } from '../../../../shared/kernel/text/names.ts';
import { personSearchParts, searchKey } from '../../../../shared/kernel/text/normalise.ts';
import { personSortKey } from '../../../../shared/kernel/text/sortKey.ts';
import { career, type CareerAction, type Unit } from './cadreCareers.ts';
import { NamePicker } from './names.ts';
import { isoFromDays } from './days.ts';
import { Random } from './random.ts';

/** One cadre file per this many members, at least MIN_CADRES (none in a province without members). */
export const MEMBERS_PER_CADRE = 100;
export const MIN_CADRES = 20;
export const ACTIONS_PER_CADRE = 20;
const LINKED_SHARE = 0.6;
const YEARS = 20;
/** Days between two actions of a person, more than a decision's spread (DECISION_DAYS), so grouping keeps their order. */
const ACTION_GAP = 60;
const DECISION_DAYS = 40;
const ISSUING_BODY = 'Ban Thường vụ Tỉnh ủy';

const PROVINCIAL_UNITS = [
  'Sở Nội vụ', 'Sở Tài chính', 'Sở Xây dựng', 'Sở Y tế', 'Sở Giáo dục và Đào tạo', 'Sở Công Thương', 'Sở Tư pháp',
  'Sở Nông nghiệp và Môi trường', 'Sở Khoa học và Công nghệ', 'Sở Văn hóa, Thể thao và Du lịch', 'Sở Ngoại vụ', 'Sở Dân tộc và Tôn giáo',
  'Văn phòng Tỉnh ủy', 'Văn phòng Ủy ban nhân dân tỉnh', 'Ban Tổ chức Tỉnh ủy', 'Ban Tuyên giáo và Dân vận Tỉnh ủy', 'Ban Nội chính Tỉnh ủy',
  'Ủy ban Kiểm tra Tỉnh ủy', 'Thanh tra tỉnh', 'Trường Chính trị tỉnh', 'Báo và Phát thanh, Truyền hình tỉnh', 'Đảng ủy các cơ quan Đảng tỉnh',
  'Đảng ủy Ủy ban nhân dân tỉnh', 'Ủy ban Mặt trận Tổ quốc tỉnh', 'Liên đoàn Lao động tỉnh',
];
const TYPE_NAMES: Record<string, string> = {
  APPOINT: 'Bổ nhiệm', REAPPOINT: 'Bổ nhiệm lại', TRANSFER: 'Điều động', TRANSFER_APPOINT: 'Điều động, bổ nhiệm', ROTATE: 'Luân chuyển',
  SECOND: 'Biệt phái', REASSIGN: 'Phân công lại nhiệm vụ', COMMITTEE_APPOINT: 'Chỉ định cấp ủy viên', COMMITTEE_APPROVE: 'Chuẩn y',
  NOMINATE: 'Giới thiệu ứng cử', RENOMINATE: 'Giới thiệu tái cử', OPINION: 'Tham gia ý kiến', PLAN_ADD: 'Bổ sung quy hoạch',
  PLAN_REMOVE: 'Đưa ra khỏi quy hoạch', RELIEVE: 'Cho thôi giữ chức vụ', DISMISS_NONDISC: 'Miễn nhiệm', RESIGN: 'Cho từ chức', RETIRE: 'Nghỉ hưu',
};
const SIGNERS = ['Nguyễn Văn Hùng', 'Trần Quốc Khánh', 'Lê Thị Thu Hà', 'Phạm Minh Tuấn'];

export interface DemoCadresResult {
  cadres: number;
  linked: number;
  decisions: number;
  actions: number;
  /** The ids of the files written (the posts and planning are derived from their actions next). */
  cadreIds: number[];
}

export function demoCadreCount(members: number): number {
  return members <= 0 ? 0 : Math.max(MIN_CADRES, Math.round(members / MEMBERS_PER_CADRE));
}

interface Person {
  sex: 'M' | 'F';
  birthDate: string;
  memberId: number | null;
}

const age = (birth: string, today: string) => Math.floor(daysBetween(birth, today) / 365.25);

/** A member on the list aged 30-60 not yet linked, drawn at random (a few tries), or null. */
function linkedMember(rng: Random, reader: ReturnType<typeof demoMemberReader>, used: Set<number>, today: string): Person | null {
  for (let tries = 0; tries < 30 && reader.count > 0; tries++) {
    const m = reader.get(rng.int(1, reader.count));
    if (!m || m.on_list !== 1 || used.has(m.id) || m.birth_date.length !== 10) continue;
    const years = age(m.birth_date, today);
    if (years < 30 || years > 60) continue;
    used.add(m.id);
    return { sex: m.sex, birthDate: m.birth_date, memberId: m.id };
  }
  return null;
}

/** Groups the actions by type into decisions of 1-40 people within DECISION_DAYS; the action takes its decision's date. */
function decide(rng: Random, all: (CareerAction & { cadreId: number })[], firstActionId: number): { decisions: DemoDecisionRow[]; actions: DemoActionRow[] } {
  const byType = new Map<string, (CareerAction & { cadreId: number })[]>();
  for (const a of all) {
    const list = byType.get(a.typeCode) ?? [];
    list.push(a);
    byType.set(a.typeCode, list);
  }
  const groups: { date: string; day: number; typeCode: string; members: (CareerAction & { cadreId: number })[] }[] = [];
  const size = () => {
    const u = rng.next();
    return u < 0.4 ? 1 : u < 0.75 ? rng.int(2, 5) : u < 0.92 ? rng.int(6, 15) : rng.int(16, 40);
  };
  for (const [typeCode, list] of [...byType].sort(([a], [b]) => (a < b ? -1 : 1))) {
    list.sort((a, b) => a.day - b.day || a.cadreId - b.cadreId);
    let current: (typeof groups)[number] | null = null;
    let want = 0;
    for (const a of list) {
      if (current === null || current.members.length >= want || a.date.slice(0, 4) !== current.date.slice(0, 4) || a.day - current.day > DECISION_DAYS) {
        current = { date: a.date, day: a.day, typeCode, members: [] };
        want = size();
        groups.push(current);
      }
      current.members.push(a);
    }
  }
  groups.sort((a, b) => a.day - b.day || (a.typeCode < b.typeCode ? -1 : 1));
  const numbers = new Map<number, number>();
  const decisions: DemoDecisionRow[] = [];
  const actions: DemoActionRow[] = [];
  let actionId = firstActionId;
  groups.forEach((g, i) => {
    const issuedOn = isoFromDays(g.day - rng.int(0, 10));
    const year = Number(issuedOn.slice(0, 4));
    const n = (numbers.get(year) ?? 0) + rng.int(1, 3);
    numbers.set(year, n);
    const number = `${n}-QĐ/TU`;
    const summary = `${TYPE_NAMES[g.typeCode] ?? g.typeCode} ${g.members.length} cán bộ`;
    decisions.push({
      id: i + 1,
      number,
      numberKey: searchKey(number),
      year,
      issuedOn,
      effectiveOn: g.date,
      signer: SIGNERS[Math.min(SIGNERS.length - 1, Math.max(0, Math.floor((year - 2005) / 5)))] as string,
      summary,
      summaryKey: searchKey(summary),
    });
    g.members.forEach((a, k) => {
      const { date: _date, day: _day, ...fields } = a;
      actions.push({ ...fields, id: actionId++, decisionId: i + 1, seq: k + 1, effectiveOn: g.date });
    });
  });
  return { decisions, actions };
}

function training(rng: Random, cadreId: number, from: string, today: string): DemoTrainingRow[] {
  const rows: DemoTrainingRow[] = [];
  const start = (years: number) => addMonths(from, rng.int(0, Math.max(0, years * 12)));
  const political = start(10);
  if (political < today) {
    const ends = addMonths(political, rng.chance(0.5) ? 12 : 24);
    rows.push({
      cadreId, kind: 'politicalTheory', levelCode: rng.chance(0.85) ? 'ADVANCED' : 'ADVANCED_ADMIN', mode: rng.chance(0.4) ? 'fullTime' : 'partTime',
      institution: rng.chance(0.6) ? 'Học viện Chính trị khu vực I' : 'Học viện Chính trị quốc gia Hồ Chí Minh', subject: null,
      fromDate: political, toDate: ends, status: ends <= today ? 'graduated' : 'studying', qualification: ends <= today ? 'Bằng cao cấp lý luận chính trị' : null,
    });
  }
  const state = start(12);
  if (state < today && rng.chance(0.8)) {
    const ends = addMonths(state, 3);
    rows.push({
      cadreId, kind: 'stateManagement', levelCode: rng.chance(0.6) ? 'PRINCIPAL' : 'SENIOR', mode: 'partTime', institution: 'Học viện Hành chính quốc gia',
      subject: null, fromDate: state, toDate: ends, status: ends <= today ? 'graduated' : 'studying', qualification: null,
    });
  }
  if (rng.chance(0.35)) {
    const master = start(8);
    if (master < today) {
      const ends = addMonths(master, 24);
      rows.push({
        cadreId, kind: 'professional', levelCode: 'MASTER', mode: 'partTime', institution: rng.pick(['Đại học Kinh tế quốc dân', 'Học viện Hành chính quốc gia', 'Đại học Luật Hà Nội']),
        subject: rng.pick(['Quản lý công', 'Kinh tế', 'Luật']), fromDate: master, toDate: ends, status: ends <= today ? 'graduated' : 'studying', qualification: ends <= today ? 'Thạc sĩ' : null,
      });
    }
  }
  return rows;
}

/** Yearly declarations of the last three years: earlier years nearly all submitted, this year's most. */
function declarations(rng: Random, cadreId: number, today: string): DemoDeclarationRow[] {
  const year = Number(today.slice(0, 4));
  const rows: DemoDeclarationRow[] = [];
  for (const y of [year - 2, year - 1, year]) {
    const current = y === year;
    const u = rng.next();
    if (u < (current ? 0.1 : 0.02)) continue; // no row at all
    const submitted = u >= (current ? 0.2 : 0.03);
    const lastDay = current ? today : `${y}-12-31`;
    rows.push({ cadreId, year: y, submittedOn: submitted ? addDays(lastDay, -rng.int(0, Math.min(60, daysBetween(`${y}-01-01`, lastDay)))) : null });
  }
  return rows;
}

/**
 * Generates and writes the cadre files, their decisions and actions. Call after the members are
 * written, in the same transaction; the posts and planning entries are derived from the actions next.
 */
export function generateDemoCadres(conn: BulkHandle, options: { members: number; seed: number; today: string }): DemoCadresResult {
  const count = demoCadreCount(options.members);
  const empty: DemoCadresResult = { cadres: 0, linked: 0, decisions: 0, actions: 0, cadreIds: [] };
  if (count === 0) return empty;
  const rng = new Random(options.seed * 31_337 + 9);
  const today = options.today;
  const reader = demoMemberReader(conn);
  const names = new NamePicker();
  const units: Unit[] = [
    ...PROVINCIAL_UNITS.map((name) => ({ name, orgId: null, local: false })),
    ...demoLocalUnits(conn, 200).map((o) => ({ name: o.name, orgId: o.id, local: true })),
  ];
  const used = new Set<number>();
  const cadres: DemoCadreRow[] = [];
  const allActions: (CareerAction & { cadreId: number })[] = [];
  const trainingRows: DemoTrainingRow[] = [];
  const declarationRows: DemoDeclarationRow[] = [];
  const twentyYearsAgo = addMonths(today, -12 * YEARS);
  for (let id = 1; id <= count; id++) {
    // Working cadres are 30-60; about one in twelve files is of a cadre retired in the last years.
    const retiredFile = rng.chance(1 / 12);
    const linked = !retiredFile && rng.chance(LINKED_SHARE / (1 - 1 / 12)) ? linkedMember(rng, reader, used, today) : null;
    const sex: 'M' | 'F' = linked?.sex ?? (rng.chance(0.72) ? 'M' : 'F');
    const birthDate = linked?.birthDate ?? addDays(addMonths(today, -12 * (retiredFile ? rng.int(61, 66) : rng.int(30, sex === 'M' ? 61 : 57))), -rng.int(0, 364));
    const retirement = retirementDate({ sex, birthDate }).date;
    const retired = retirement < today;
    const from = [addMonths(birthDate, 12 * 25), twentyYearsAgo].sort()[1] as string;
    const to = retired ? addDays(retirement, -30) : today;
    const c = career(rng, units, { from, to, retiredOn: retired ? addDays(retirement, 1) : null }, rng.int(14, 36), ACTION_GAP);
    for (const a of c.actions) allActions.push({ ...a, cadreId: id });
    const t = training(rng, id, from, today);
    trainingRows.push(...t);
    if (!retired) declarationRows.push(...declarations(rng, id, today));
    const own = linked === null ? names.person(rng, sex, '1') : null;
    cadres.push({
      id,
      memberId: linked?.memberId ?? null,
      familyName: own?.familyName ?? null,
      middleName: own?.middleName ?? null,
      givenName: own?.givenName ?? null,
      fullName: own ? fullName(own) : null,
      searchText: own ? (({ head, rest }) => `${head} ${rest}`.trim())(personSearchParts(own)) : null,
      sortKey: own ? personSortKey(own, birthDate, id) : null,
      sex: own ? sex : null,
      birthDate: own ? birthDate : null,
      homeTown: own ? `Xã ${rng.pick(['Thanh Sơn', 'Yên Lập', 'Tam Nông', 'Cẩm Khê', 'Hạ Hòa', 'Đoan Hùng', 'Lâm Thao'])}, tỉnh Phú Thọ` : null,
      ethnicCode: own ? '1' : null,
      religionCode: own ? 'NONE' : null,
      citizenId: own ? `0259${String(id).padStart(8, '0')}` : null,
      status: retired ? 'retired' : 'working',
      professionalCode: rng.chance(0.55) ? 'MASTER' : rng.chance(0.1) ? 'DOCTOR' : 'BACHELOR',
      politicalTheoryCode: t.some((r) => r.kind === 'politicalTheory' && r.status === 'graduated') ? 'ADVANCED' : 'INTERMEDIATE',
      stateManagementCode: t.find((r) => r.kind === 'stateManagement' && r.status === 'graduated')?.levelCode ?? 'SPECIALIST',
      mainPost: c.mainPost,
      mainUnit: c.mainUnit?.name ?? null,
      mainOrgId: c.mainUnit?.orgId ?? null,
    });
  }
  const { decisions, actions } = decide(rng, allActions, 1);
  writeDemoCadres(conn, {
    cadres,
    decisions,
    actions,
    training: trainingRows,
    declarations: declarationRows,
    at: `${today}T00:00:00.000Z`,
    issuingBody: ISSUING_BODY,
    issuingBodyKey: searchKey(ISSUING_BODY),
  });
  return { cadres: cadres.length, linked: used.size, decisions: decisions.length, actions: actions.length, cadreIds: cadres.map((c) => c.id) };
}
