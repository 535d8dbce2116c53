/**
 * The organisation tree of the demo province (organisations.md), planned before anything is written:
 * Đảng bộ tỉnh → communes and wards (type COMMUNE) and the four sector committees (type UPPER) →
 * grassroots organisations (about a quarter đảng bộ cơ sở with sub-units, the rest chi bộ cơ sở) →
 * đảng bộ bộ phận → chi bộ trực thuộc. Sizes scale with the number of members: for 500,000 members
 * about 150 upper-level organisations, 2,500 grassroots organisations and 20,000 cells.
 */
import { apportion, type Random } from './random.ts';
import {
  OLD_PROVINCES,
  communeSeeds,
  companyName,
  districtCommittee,
  placeName,
  villageName,
  type CommuneSeed,
} from './places.ts';

export type OrgTypeCode = 'PROVINCE' | 'UPPER' | 'COMMUNE' | 'GRASSROOTS_COMMITTEE' | 'GRASSROOTS_CELL' | 'SUB_COMMITTEE' | 'CELL';

/** What kind of people a cell holds: drives ages, sex ratio, occupation and education. */
export type Profile =
  | 'village'
  | 'ward'
  | 'partyAgency'
  | 'stateAgency'
  | 'communeAgency'
  | 'school'
  | 'health'
  | 'enterprise'
  | 'coop'
  | 'army'
  | 'police';

export const PROVINCE_NAME = 'Phú Thọ';
export const PROVINCE_CARD_PREFIX = '25';

/** The committee that signs admission decisions for an organisation, with the reform date it changed. */
export interface AdmittingBody {
  current: { name: string; suffix: string };
  /** Who decided before `since` (a former district committee, a former bloc committee). */
  historic: { name: string; suffix: string };
  since: string;
}

export interface Locality {
  /** The commune or ward the cell is in; null for province-wide units (members live anywhere). */
  commune: CommuneSeed | null;
  /** A former commune's name (the area committee), for birth places. */
  oldCommune: string | null;
  /** The village or residential group ("thôn Đồng Xuân", "Tổ dân phố số 3"), for residences. */
  place: string | null;
}

export interface PlannedOrg {
  id: number;
  parentId: number | null;
  path: string;
  depth: number;
  name: string;
  shortName: string | null;
  typeCode: OrgTypeCode;
  unitTypeCode: string | null;
  displayOrder: number;
  effectiveFrom: string;
  /** Members on this organisation's own list (cells and grassroots cells only). */
  members: number;
  profile: Profile;
  locality: Locality;
  body: AdmittingBody | null;
}

export interface ProvincePlan {
  /** Every organisation, parents before children (depth-first, in display order); ids 1..n. */
  organisations: PlannedOrg[];
  /** The organisations that hold members, in id order. */
  holders: PlannedOrg[];
  communes: CommuneSeed[];
}

interface Node {
  name: string;
  shortName: string | null;
  type: OrgTypeCode;
  unit: string | null;
  effectiveFrom: string;
  profile: Profile;
  members: number;
  locality: Locality;
  body: AdmittingBody | null;
  children: Node[];
}

interface UnitSpec {
  unit: string;
  profile: Profile;
  unitType: string;
}

interface Sector {
  name: string;
  shortName: string;
  committee: string;
  suffix: string;
  historic: { name: string; suffix: string };
  since: string;
  effectiveFrom: string;
  share: number;
  subChance: number;
  units: (rng: Random, communes: readonly CommuneSeed[]) => Generator<UnitSpec>;
}

const BLOC_COMMITTEE = { name: 'Đảng ủy Khối các cơ quan tỉnh', suffix: 'ĐUK' };
const BUSINESS_BLOC = { name: 'Đảng ủy Khối Doanh nghiệp tỉnh', suffix: 'ĐUK' };

function* fixedThen(fixed: readonly UnitSpec[], more: () => UnitSpec): Generator<UnitSpec> {
  yield* fixed;
  for (;;) yield more();
}

const spec = (unit: string, profile: Profile, unitType: string): UnitSpec => ({ unit, profile, unitType });

const ASSOCIATIONS = [
  'Hội Khuyến học tỉnh', 'Hội Người cao tuổi tỉnh', 'Hội Làm vườn tỉnh', 'Hội Người mù tỉnh', 'Hội Cựu thanh niên xung phong tỉnh',
  'Hội Nạn nhân chất độc da cam/dioxin tỉnh', 'Hội Đông y tỉnh', 'Hội Sinh vật cảnh tỉnh', 'Liên minh Hợp tác xã tỉnh',
  'Hội Bảo trợ người khuyết tật và trẻ mồ côi tỉnh',
];

/** The four sector-wide upper-level organisations, largest units first. */
const SECTORS: readonly Sector[] = [
  {
    name: 'Đảng bộ Các cơ quan Đảng tỉnh',
    shortName: 'ĐB Các cơ quan Đảng tỉnh',
    committee: 'Đảng ủy Các cơ quan Đảng tỉnh',
    suffix: 'ĐU',
    historic: BLOC_COMMITTEE,
    since: '2025-02-01',
    effectiveFrom: '2025-02-01',
    share: 0.012,
    subChance: 0.5,
    units: (rng) => {
      let n = 0;
      const associations = rng.shuffled(ASSOCIATIONS);
      return fixedThen(
        [
          spec('Văn phòng Tỉnh ủy', 'partyAgency', 'PARTY_BODY'),
          spec(`Báo và Phát thanh, Truyền hình ${PROVINCE_NAME}`, 'partyAgency', 'PUBLIC_SERVICE'),
          spec('Trường Chính trị tỉnh', 'school', 'PUBLIC_SERVICE'),
          spec('Cơ quan Ủy ban Mặt trận Tổ quốc tỉnh', 'partyAgency', 'PARTY_BODY'),
          spec('Tòa án nhân dân tỉnh', 'stateAgency', 'STATE_BODY'),
          spec('Viện Kiểm sát nhân dân tỉnh', 'stateAgency', 'STATE_BODY'),
          spec('Ban Tổ chức Tỉnh ủy', 'partyAgency', 'PARTY_BODY'),
          spec('Ban Tuyên giáo và Dân vận Tỉnh ủy', 'partyAgency', 'PARTY_BODY'),
          spec('Ủy ban Kiểm tra Tỉnh ủy', 'partyAgency', 'PARTY_BODY'),
          spec('Ban Nội chính Tỉnh ủy', 'partyAgency', 'PARTY_BODY'),
          spec('Ban Chính sách, chiến lược Tỉnh ủy', 'partyAgency', 'PARTY_BODY'),
          spec('Liên đoàn Lao động tỉnh', 'partyAgency', 'PARTY_BODY'),
          spec('Hội Nông dân tỉnh', 'partyAgency', 'PARTY_BODY'),
          spec('Hội Liên hiệp Phụ nữ tỉnh', 'partyAgency', 'PARTY_BODY'),
          spec('Tỉnh đoàn', 'partyAgency', 'PARTY_BODY'),
          spec('Hội Cựu chiến binh tỉnh', 'partyAgency', 'PARTY_BODY'),
          spec('Ban Bảo vệ, chăm sóc sức khỏe cán bộ tỉnh', 'health', 'PUBLIC_SERVICE'),
          spec('Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh', 'stateAgency', 'STATE_BODY'),
          spec('Hội Chữ thập đỏ tỉnh', 'partyAgency', 'PARTY_BODY'),
          spec('Liên hiệp các Hội Văn học nghệ thuật tỉnh', 'partyAgency', 'PARTY_BODY'),
          spec('Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh', 'partyAgency', 'PARTY_BODY'),
          spec('Hội Nhà báo tỉnh', 'partyAgency', 'PARTY_BODY'),
          spec('Hội Luật gia tỉnh', 'partyAgency', 'PARTY_BODY'),
        ],
        () => {
          const name = associations[n] ?? `Khối cơ quan số ${n - associations.length + 1}`;
          n++;
          return spec(name, 'partyAgency', 'PARTY_BODY');
        },
      );
    },
  },
  {
    name: 'Đảng bộ Ủy ban nhân dân tỉnh',
    shortName: 'ĐB UBND tỉnh',
    committee: 'Đảng ủy Ủy ban nhân dân tỉnh',
    suffix: 'ĐU',
    historic: BLOC_COMMITTEE,
    since: '2025-02-01',
    effectiveFrom: '2025-02-01',
    share: 0.032,
    subChance: 0.5,
    units: (rng, communes) => {
      const usedPlaces = new Set<string>();
      const usedCompanies = new Set<string>();
      const places = rng.shuffled(communes.map((c) => c.name));
      let i = 0;
      const nextPlace = () => {
        const p = places[i % Math.max(1, places.length)];
        i++;
        return p !== undefined && !usedPlaces.has(p) ? (usedPlaces.add(p), p) : placeName(rng, usedPlaces);
      };
      return fixedThen(
        [
          spec('Văn phòng Ủy ban nhân dân tỉnh', 'stateAgency', 'STATE_BODY'),
          spec(`Bệnh viện Đa khoa tỉnh ${PROVINCE_NAME}`, 'health', 'PUBLIC_SERVICE'),
          spec('Sở Y tế', 'stateAgency', 'STATE_BODY'),
          spec('Sở Giáo dục và Đào tạo', 'stateAgency', 'STATE_BODY'),
          spec('Trường Đại học Hùng Vương', 'school', 'PUBLIC_SERVICE'),
          spec('Sở Nông nghiệp và Môi trường', 'stateAgency', 'STATE_BODY'),
          spec('Sở Tài chính', 'stateAgency', 'STATE_BODY'),
          spec('Bệnh viện Sản - Nhi tỉnh', 'health', 'PUBLIC_SERVICE'),
          spec('Bệnh viện Đa khoa khu vực Vĩnh Phúc', 'health', 'PUBLIC_SERVICE'),
          spec('Bệnh viện Đa khoa khu vực Hòa Bình', 'health', 'PUBLIC_SERVICE'),
          spec('Sở Xây dựng', 'stateAgency', 'STATE_BODY'),
          spec('Sở Công Thương', 'stateAgency', 'STATE_BODY'),
          spec('Sở Nội vụ', 'stateAgency', 'STATE_BODY'),
          spec('Sở Văn hóa, Thể thao và Du lịch', 'stateAgency', 'STATE_BODY'),
          spec(`Trường Cao đẳng Y tế ${PROVINCE_NAME}`, 'school', 'PUBLIC_SERVICE'),
          spec(`Công ty TNHH MTV Khai thác công trình thủy lợi ${PROVINCE_NAME}`, 'enterprise', 'SOE_100'),
          spec(`Công ty Cổ phần Cấp nước ${PROVINCE_NAME}`, 'enterprise', 'SOE_MAJORITY'),
          spec('Sở Tư pháp', 'stateAgency', 'STATE_BODY'),
          spec('Sở Khoa học và Công nghệ', 'stateAgency', 'STATE_BODY'),
          spec('Sở Dân tộc và Tôn giáo', 'stateAgency', 'STATE_BODY'),
          spec('Thanh tra tỉnh', 'stateAgency', 'STATE_BODY'),
          spec('Ban Quản lý các khu công nghiệp', 'stateAgency', 'STATE_BODY'),
          spec('Quỹ Đầu tư phát triển tỉnh', 'stateAgency', 'PUBLIC_SERVICE'),
          spec('Trung tâm Phục vụ hành chính công tỉnh', 'stateAgency', 'STATE_BODY'),
        ],
        () => {
          const r = rng.next();
          if (r < 0.45) return spec(`Trường THPT ${nextPlace()}`, 'school', 'PUBLIC_SERVICE');
          if (r < 0.7) return spec(`Trung tâm Y tế khu vực ${nextPlace()}`, 'health', 'PUBLIC_SERVICE');
          if (r < 0.82) return spec(`Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên khu vực ${nextPlace()}`, 'school', 'PUBLIC_SERVICE');
          return spec(companyName(rng, usedCompanies, 'Cổ phần'), 'enterprise', rng.chance(0.5) ? 'SOE_MINORITY' : 'SOE_MAJORITY');
        },
      );
    },
  },
  {
    name: 'Đảng bộ Quân sự tỉnh',
    shortName: 'ĐB Quân sự tỉnh',
    committee: 'Đảng ủy Quân sự tỉnh',
    suffix: 'ĐU',
    historic: { name: 'Đảng ủy Quân sự tỉnh', suffix: 'ĐU' },
    since: '1997-01-01',
    effectiveFrom: '1997-01-01',
    share: 0.008,
    subChance: 0.7,
    units: (rng, communes) => {
      let n = 0;
      const towns = rng.shuffled(communes.map((c) => c.district.name).filter((v, i, a) => a.indexOf(v) === i));
      return fixedThen(
        [
          spec('Cơ quan Bộ Chỉ huy Quân sự tỉnh', 'army', 'ARMY'),
          spec('Trường Quân sự tỉnh', 'army', 'ARMY'),
          spec('Tiểu đoàn Huấn luyện - Cơ động', 'army', 'ARMY'),
          spec('Đại đội Trinh sát', 'army', 'ARMY'),
          spec('Kho Kỹ thuật tỉnh', 'army', 'ARMY'),
        ],
        () => {
          n++;
          const town = towns[(n - 1) % Math.max(1, towns.length)];
          return spec(`Ban Chỉ huy Phòng thủ khu vực ${n}${town ? ` - ${town}` : ''}`, 'army', 'ARMY');
        },
      );
    },
  },
  {
    name: 'Đảng bộ Công an tỉnh',
    shortName: 'ĐB Công an tỉnh',
    committee: 'Đảng ủy Công an tỉnh',
    suffix: 'ĐU',
    historic: { name: 'Đảng ủy Công an tỉnh', suffix: 'ĐU' },
    since: '1997-01-01',
    effectiveFrom: '1997-01-01',
    share: 0.018,
    subChance: 0.6,
    units: (rng, communes) => {
      let i = 0;
      const local = rng.shuffled(communes);
      const used = new Set<string>();
      return fixedThen(
        [
          spec('Phòng Tham mưu', 'police', 'POLICE'),
          spec('Phòng Cảnh sát hình sự', 'police', 'POLICE'),
          spec('Phòng Cảnh sát giao thông', 'police', 'POLICE'),
          spec('Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ', 'police', 'POLICE'),
          spec('Phòng An ninh chính trị nội bộ', 'police', 'POLICE'),
          spec('Phòng Cảnh sát quản lý hành chính về trật tự xã hội', 'police', 'POLICE'),
          spec('Phòng Cảnh sát điều tra tội phạm về ma túy', 'police', 'POLICE'),
          spec('Phòng An ninh kinh tế', 'police', 'POLICE'),
          spec('Trại tạm giam', 'police', 'POLICE'),
          spec('Phòng Hồ sơ', 'police', 'POLICE'),
          spec('Phòng Công tác đảng và công tác chính trị', 'police', 'POLICE'),
          spec('Phòng Hậu cần', 'police', 'POLICE'),
          spec('Phòng Tổ chức cán bộ', 'police', 'POLICE'),
        ],
        () => {
          const c = local[i];
          i++;
          if (c !== undefined) return spec(`Công an ${c.ward ? 'phường' : 'xã'} ${c.name}`, 'police', 'POLICE');
          return spec(`Công an xã ${placeName(rng, used)}`, 'police', 'POLICE');
        },
      );
    },
  },
];

/** Cell names inside a committee, by profile; numbered names continue after the list runs out. */
const CELL_NAMES: Partial<Record<Profile, { list: readonly string[]; numbered: string }>> = {
  partyAgency: { list: ['Văn phòng', 'Phòng Tổ chức - Hành chính', 'Phòng Tổng hợp', 'Phòng Kế hoạch - Tài chính', 'Phòng Nghiên cứu', 'Phòng Tuyên truyền'], numbered: 'Phòng Nghiệp vụ' },
  stateAgency: { list: ['Văn phòng', 'Thanh tra', 'Phòng Tổ chức cán bộ', 'Phòng Kế hoạch - Tài chính', 'Phòng Pháp chế', 'Phòng Tổng hợp', 'Chi cục Quản lý chất lượng', 'Trung tâm Công nghệ thông tin'], numbered: 'Phòng Nghiệp vụ' },
  communeAgency: { list: ['Văn phòng Đảng ủy', 'Ủy ban nhân dân', 'Mặt trận và các đoàn thể'], numbered: 'Bộ phận' },
  school: { list: ['Khoa Toán - Tin', 'Khoa Ngữ văn', 'Khoa Ngoại ngữ', 'Khoa Kinh tế', 'Khoa Nông lâm', 'Khoa Giáo dục Tiểu học', 'Khoa Giáo dục Mầm non', 'Phòng Đào tạo', 'Khoa Khoa học xã hội', 'Khoa Công nghệ thông tin', 'Khoa Điều dưỡng', 'Khoa Dược'], numbered: 'Bộ môn' },
  health: {
    list: ['Khoa Nội tổng hợp', 'Khoa Ngoại tổng hợp', 'Khoa Sản', 'Khoa Nhi', 'Khoa Hồi sức tích cực - Chống độc', 'Khoa Cấp cứu', 'Khoa Xét nghiệm', 'Khoa Chẩn đoán hình ảnh', 'Khoa Dược', 'Khoa Truyền nhiễm', 'Khoa Tim mạch', 'Khoa Ung bướu', 'Khoa Y học cổ truyền', 'Phòng Kế hoạch tổng hợp', 'Phòng Điều dưỡng', 'Phòng Tổ chức cán bộ', 'Phòng Tài chính - Kế toán'],
    numbered: 'Khoa Lâm sàng',
  },
  enterprise: { list: ['Phòng Kỹ thuật', 'Phòng Kinh doanh', 'Phòng Tổ chức - Hành chính', 'Phòng Tài chính - Kế toán'], numbered: 'Phân xưởng' },
  coop: { list: [], numbered: 'Tổ sản xuất' },
  army: { list: ['Phòng Tham mưu', 'Phòng Chính trị', 'Phòng Hậu cần - Kỹ thuật'], numbered: 'Đại đội' },
  police: { list: ['Đội Tổng hợp', 'Đội Điều tra tổng hợp', 'Đội Tuần tra, kiểm soát'], numbered: 'Đội' },
};

const SUB_NAMES: Record<Profile, string> = {
  village: 'cụm dân cư số',
  ward: 'cụm dân cư số',
  partyAgency: 'Khối',
  stateAgency: 'Khối',
  communeAgency: 'Khối',
  school: 'Khối',
  health: 'Khối',
  enterprise: 'Xí nghiệp',
  coop: 'Khối',
  army: 'Tiểu đoàn',
  police: 'Khối',
};

/** Random ISO date between two years (inclusive), for founding dates. */
function randomDate(rng: Random, fromYear: number, toYear: number): string {
  const y = rng.int(fromYear, toYear);
  const m = rng.int(1, 12);
  const d = rng.int(1, 28);
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function later(a: string, b: string): string {
  return a > b ? a : b;
}

/** The members of a committee spread over its cells; cells named by profile, optionally grouped in sub-committees. */
function committeeChildren(rng: Random, quota: number, profile: Profile, locality: Locality, from: string, subChance: number, usedPlaces: Set<string>): Node[] {
  const cellCount = Math.max(1, Math.round(quota / 23));
  const quotas = apportion(quota, Array.from({ length: cellCount }, () => 0.5 + rng.next()));
  const cells: Node[] = [];
  const commune = locality.commune;
  const thon = commune?.district.province === OLD_PROVINCES[2] ? 'xóm' : 'thôn';
  const wardStyle = rng.chance(0.5) ? 'Tổ dân phố số' : 'Khu dân cư số';
  const names = CELL_NAMES[profile];
  quotas.forEach((members, i) => {
    let name: string;
    let place: string | null = null;
    if (profile === 'village') {
      place = `${thon} ${villageName(rng, usedPlaces)}`;
      name = `Chi bộ ${place}`;
    } else if (profile === 'ward') {
      place = `${wardStyle} ${i + 1}`;
      name = `Chi bộ ${place}`;
    } else if (names) {
      const listed = names.list[i];
      name = `Chi bộ ${listed ?? `${names.numbered} ${i - names.list.length + 1}`}`;
    } else {
      name = `Chi bộ số ${i + 1}`;
    }
    cells.push({
      name,
      shortName: null,
      type: 'CELL',
      unit: null,
      effectiveFrom: later(from, randomDate(rng, 1976, 2024)),
      profile,
      members,
      locality: { ...locality, place: place ?? locality.place },
      body: null,
      children: [],
    });
  });
  if (cellCount < 10 || !rng.chance(subChance)) return cells;
  const subCount = Math.max(2, Math.round(cellCount / 8));
  const grouped = Math.round(cellCount * 0.85);
  const subs: Node[] = [];
  for (let s = 0; s < subCount; s++) {
    const start = Math.floor((grouped * s) / subCount);
    const end = Math.floor((grouped * (s + 1)) / subCount);
    const children = cells.slice(start, end);
    subs.push(subCommittee(`${SUB_NAMES[profile]} ${s + 1}`, profile, locality, from, children, rng));
  }
  return [...subs, ...cells.slice(grouped)];
}

function subCommittee(label: string, profile: Profile, locality: Locality, from: string, children: Node[], rng: Random): Node {
  return {
    name: `Đảng bộ bộ phận ${label}`,
    shortName: null,
    type: 'SUB_COMMITTEE',
    unit: null,
    effectiveFrom: later(from, randomDate(rng, 1990, 2024)),
    profile,
    members: 0,
    locality,
    body: null,
    children,
  };
}

function grassroots(rng: Random, s: UnitSpec, committee: boolean, quota: number, locality: Locality, subChance: number, usedPlaces: Set<string>, from?: string): Node {
  const effectiveFrom = from ?? randomDate(rng, 1976, 2024);
  return {
    name: `${committee ? 'Đảng bộ' : 'Chi bộ'} ${s.unit}`,
    shortName: s.unit,
    type: committee ? 'GRASSROOTS_COMMITTEE' : 'GRASSROOTS_CELL',
    unit: s.unitType,
    effectiveFrom,
    profile: s.profile,
    members: committee ? 0 : quota,
    locality,
    body: null,
    children: committee ? committeeChildren(rng, quota, s.profile, locality, effectiveFrom, subChance, usedPlaces) : [],
  };
}

/** Grassroots cell sizes (fewer than 30 members each) and committee quotas that together make `quota`. */
function splitQuota(rng: Random, quota: number, committees: number, cells: number): { committee: number[]; cell: number[] } {
  let cellSizes = Array.from({ length: cells }, () => rng.int(6, 29));
  const cellTotal = cellSizes.reduce((a, b) => a + b, 0);
  const cellBudget = committees === 0 ? quota : Math.min(cellTotal, Math.floor(quota * 0.5));
  cellSizes = apportion(cellBudget, cellSizes);
  const rest = quota - cellBudget;
  const committee = apportion(rest, Array.from({ length: committees }, () => 0.6 + 0.8 * rng.next()));
  return { committee, cell: cellSizes };
}

function communeUnits(rng: Random, c: CommuneSeed, oldCommunes: readonly string[], usedCompanies: Set<string>): Generator<UnitSpec> {
  const kind = c.ward ? 'phường' : 'xã';
  const fixed: UnitSpec[] = [
    spec(`Cơ quan Ủy ban nhân dân ${kind} ${c.name}`, 'communeAgency', 'STATE_BODY'),
    spec(`Trạm Y tế ${kind} ${c.name}`, 'health', 'PUBLIC_SERVICE'),
    spec(`Quân sự ${kind} ${c.name}`, 'army', 'ARMY'),
    spec(`Cơ quan Đảng - Mặt trận - Đoàn thể ${kind} ${c.name}`, 'communeAgency', 'PARTY_BODY'),
  ];
  const schools: UnitSpec[] = [];
  for (const old of oldCommunes) {
    schools.push(spec(`Trường Tiểu học ${old}`, 'school', 'PUBLIC_SERVICE'));
    schools.push(spec(`Trường THCS ${old}`, 'school', 'PUBLIC_SERVICE'));
    schools.push(spec(`Trường Mầm non ${old}`, 'school', 'PUBLIC_SERVICE'));
    if (!c.ward) schools.push(spec(`Hợp tác xã nông nghiệp ${old}`, 'coop', 'COOP'));
  }
  schools.push(spec(`Trường THPT ${c.name}`, 'school', 'PUBLIC_SERVICE'));
  schools.push(spec(`Quỹ tín dụng nhân dân ${c.name}`, 'enterprise', 'COOP'));
  const ENTERPRISE_TYPES = ['LLC', 'LLC', 'JSC', 'JSC', 'PRIVATE', 'FDI', 'FDI_100'] as const;
  return fixedThen([...fixed, ...rng.shuffled(schools)], () => {
    const unitType = rng.pick(ENTERPRISE_TYPES);
    return spec(companyName(rng, usedCompanies, unitType === 'JSC' ? 'Cổ phần' : 'TNHH'), 'enterprise', unitType);
  });
}

function takeUnits(units: Generator<UnitSpec>, n: number): UnitSpec[] {
  const out: UnitSpec[] = [];
  while (out.length < n) {
    const next = units.next();
    if (next.done) throw new Error('unit names ran out');
    out.push(next.value);
  }
  return out;
}

/** How many grassroots organisations an upper-level organisation gets, and how many of them are committees. */
function grassrootsCounts(quota: number): { committees: number; cells: number } {
  const total = Math.max(1, Math.round(quota / 200));
  const committees = Math.max(1, Math.round(total * 0.25));
  return { committees, cells: total - committees };
}

/** Plans the whole province for `totalMembers` members. */
export function planProvince(rng: Random, totalMembers: number): ProvincePlan {
  const scale = totalMembers / 500_000;
  const communeCount = Math.min(170, Math.max(1, Math.round(146 * scale)));
  const sectorCount = Math.min(4, Math.max(1, Math.round(totalMembers / 2000)));
  const sectors = SECTORS.slice(0, sectorCount);
  const communes = communeSeeds(rng, communeCount);

  const sectorShare = sectors.reduce((a, s) => a + s.share, 0);
  const communeWeights = communes.map((c) => (0.6 + 0.9 * rng.next()) * (c.ward ? 1.4 : 1));
  const communeWeightSum = communeWeights.reduce((a, b) => a + b, 0);
  const quotas = apportion(totalMembers, [...sectors.map((s) => s.share), ...communeWeights.map((w) => ((1 - sectorShare) * w) / communeWeightSum)]);
  const counts = quotas.map(grassrootsCounts);
  // At least one grassroots cell somewhere: give the largest upper-level organisation one.
  if (counts.every((c) => c.cells === 0)) {
    const largest = quotas.indexOf(Math.max(...quotas));
    (counts[largest] as { cells: number }).cells = 1;
  }

  const usedOldCommunes = new Set<string>(communes.map((c) => c.name));
  const usedCompanies = new Set<string>();
  const uppers: Node[] = [];

  sectors.forEach((s, i) => {
    const quota = quotas[i] as number;
    const { committees, cells } = counts[i] as { committees: number; cells: number };
    const split = splitQuota(rng, quota, committees, cells);
    const units = takeUnits(s.units(rng, communes), committees + cells);
    const body: AdmittingBody = { current: { name: s.committee, suffix: s.suffix }, historic: s.historic, since: s.since };
    const locality: Locality = { commune: null, oldCommune: null, place: null };
    const usedPlaces = new Set<string>();
    const children = [
      ...split.committee.map((q, k) => grassroots(rng, units[k] as UnitSpec, true, q, locality, s.subChance, usedPlaces)),
      ...split.cell.map((q, k) => grassroots(rng, units[committees + k] as UnitSpec, false, q, locality, 0, usedPlaces)),
    ];
    // Before 2025 the provincial enterprises' admissions went through the business bloc committee.
    for (const child of children) setBody(child, child.profile === 'enterprise' && s.historic === BLOC_COMMITTEE ? { ...body, historic: BUSINESS_BLOC } : body);
    uppers.push({ name: s.name, shortName: s.shortName, type: 'UPPER', unit: null, effectiveFrom: s.effectiveFrom, profile: 'stateAgency', members: 0, locality, body, children });
  });

  communes.forEach((c, j) => {
    const i = sectorCount + j;
    const quota = quotas[i] as number;
    const { committees, cells } = counts[i] as { committees: number; cells: number };
    const kind = c.ward ? 'phường' : 'xã';
    const committeeName = `Đảng ủy ${kind} ${c.name}`;
    const historic = districtCommittee(c.district);
    const body: AdmittingBody = { current: { name: committeeName, suffix: 'ĐU' }, historic, since: '2025-07-01' };
    const oldCommunes = Array.from({ length: committees }, () => placeName(rng, usedOldCommunes));
    const split = splitQuota(rng, quota, committees, cells);
    const units = takeUnits(communeUnits(rng, c, oldCommunes, usedCompanies), cells);
    const usedPlaces = new Set<string>();
    const areaProfile: Profile = c.ward ? 'ward' : 'village';
    const children: Node[] = [
      ...split.committee.map((q, k) => {
        const old = oldCommunes[k] as string;
        const locality: Locality = { commune: c, oldCommune: old, place: null };
        return grassroots(rng, spec(`khu vực ${old}`, areaProfile, c.ward ? 'PHUONG' : 'XA'), true, q, locality, 0.1, usedPlaces, '2025-07-01');
      }),
      ...split.cell.map((q, k) => grassroots(rng, units[k] as UnitSpec, false, q, { commune: c, oldCommune: rng.pick(oldCommunes), place: null }, 0, usedPlaces)),
    ];
    for (const child of children) setBody(child, body);
    uppers.push({
      name: `Đảng bộ ${kind} ${c.name}`,
      shortName: `${c.ward ? 'Phường' : 'Xã'} ${c.name}`,
      type: 'COMMUNE',
      unit: c.ward ? 'PHUONG' : 'XA',
      effectiveFrom: '2025-07-01',
      profile: areaProfile,
      members: 0,
      locality: { commune: c, oldCommune: null, place: null },
      body,
      children,
    });
  });

  ensureSubCommittee(uppers, rng);

  const root: Node = {
    name: `Đảng bộ tỉnh ${PROVINCE_NAME}`,
    shortName: `Tỉnh ủy ${PROVINCE_NAME}`,
    type: 'PROVINCE',
    unit: null,
    effectiveFrom: '1997-01-01',
    profile: 'stateAgency',
    members: 0,
    locality: { commune: null, oldCommune: null, place: null },
    body: null,
    children: uppers,
  };
  const organisations = flatten(root);
  return { organisations, holders: organisations.filter((o) => o.typeCode === 'CELL' || o.typeCode === 'GRASSROOTS_CELL'), communes };
}

function setBody(node: Node, body: AdmittingBody): void {
  node.body = body;
  for (const child of node.children) setBody(child, body);
}

/** Small provinces may draw no sub-committee: group half the cells of the largest committee into one. */
function ensureSubCommittee(uppers: Node[], rng: Random): void {
  const committees = uppers.flatMap((u) => u.children).filter((g) => g.type === 'GRASSROOTS_COMMITTEE');
  if (committees.some((g) => g.children.some((c) => c.type === 'SUB_COMMITTEE'))) return;
  let largest: Node | undefined;
  for (const g of committees) if (!largest || g.children.length > largest.children.length) largest = g;
  if (!largest) return;
  const take = Math.max(1, Math.floor(largest.children.length / 2));
  const grouped = largest.children.slice(0, take);
  const sub = subCommittee(`${SUB_NAMES[largest.profile]} 1`, largest.profile, largest.locality, largest.effectiveFrom, grouped, rng);
  sub.body = largest.body;
  largest.children = [sub, ...largest.children.slice(take)];
}

function flatten(root: Node): PlannedOrg[] {
  const out: PlannedOrg[] = [];
  const visit = (node: Node, parent: PlannedOrg | null, order: number) => {
    const id = out.length + 1;
    const org: PlannedOrg = {
      id,
      parentId: parent?.id ?? null,
      path: `${parent?.path ?? '/'}${id}/`,
      depth: parent ? parent.depth + 1 : 0,
      name: node.name,
      shortName: node.shortName,
      typeCode: node.type,
      unitTypeCode: node.unit,
      displayOrder: order,
      effectiveFrom: node.effectiveFrom,
      members: node.members,
      profile: node.profile,
      locality: node.locality,
      body: node.body,
    };
    out.push(org);
    node.children.forEach((child, i) => visit(child, org, i + 1));
  };
  visit(root, null, 1);
  return out;
}
