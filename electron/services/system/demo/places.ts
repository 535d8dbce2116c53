/**
 * Place names for the demo province: the merged Phú Thọ (Phú Thọ, Vĩnh Phúc and Hòa Bình since
 * 1 July 2025), its former districts (which signed admission decisions before the reform), the new
 * communes and wards, villages and residential groups. Names are NFC with full diacritics.
 */
import type { Random } from './random.ts';

export interface OldProvince {
  name: string;
  /** First three digits of a citizen ID registered there. */
  citizenCode: string;
}

export const OLD_PROVINCES: readonly OldProvince[] = [
  { name: 'Phú Thọ', citizenCode: '025' },
  { name: 'Vĩnh Phúc', citizenCode: '026' },
  { name: 'Hòa Bình', citizenCode: '017' },
];

/** Provinces members were born in when not locally (with their citizen-ID codes). */
export const OTHER_BIRTH_PROVINCES: readonly OldProvince[] = [
  { name: 'Hà Nội', citizenCode: '001' },
  { name: 'Tuyên Quang', citizenCode: '008' },
  { name: 'Yên Bái', citizenCode: '015' },
  { name: 'Sơn La', citizenCode: '014' },
  { name: 'Thái Nguyên', citizenCode: '019' },
  { name: 'Bắc Ninh', citizenCode: '027' },
  { name: 'Hải Dương', citizenCode: '030' },
  { name: 'Thái Bình', citizenCode: '034' },
  { name: 'Nam Định', citizenCode: '036' },
  { name: 'Ninh Bình', citizenCode: '037' },
  { name: 'Thanh Hóa', citizenCode: '038' },
  { name: 'Nghệ An', citizenCode: '040' },
];

export type DistrictKind = 'huyện' | 'thành phố' | 'thị xã';

export interface OldDistrict {
  kind: DistrictKind;
  name: string;
  province: OldProvince;
}

const [PHU_THO, VINH_PHUC, HOA_BINH] = OLD_PROVINCES as [OldProvince, OldProvince, OldProvince];

/** District-level units abolished on 1 July 2025. */
export const OLD_DISTRICTS: readonly OldDistrict[] = [
  ...(
    [
      ['thành phố', 'Việt Trì'], ['thị xã', 'Phú Thọ'], ['huyện', 'Đoan Hùng'], ['huyện', 'Hạ Hòa'], ['huyện', 'Thanh Ba'],
      ['huyện', 'Phù Ninh'], ['huyện', 'Yên Lập'], ['huyện', 'Cẩm Khê'], ['huyện', 'Tam Nông'], ['huyện', 'Lâm Thao'],
      ['huyện', 'Thanh Sơn'], ['huyện', 'Thanh Thủy'], ['huyện', 'Tân Sơn'],
    ] as const
  ).map(([kind, name]) => ({ kind, name, province: PHU_THO })),
  ...(
    [
      ['thành phố', 'Vĩnh Yên'], ['thành phố', 'Phúc Yên'], ['huyện', 'Lập Thạch'], ['huyện', 'Tam Dương'], ['huyện', 'Tam Đảo'],
      ['huyện', 'Bình Xuyên'], ['huyện', 'Yên Lạc'], ['huyện', 'Vĩnh Tường'], ['huyện', 'Sông Lô'],
    ] as const
  ).map(([kind, name]) => ({ kind, name, province: VINH_PHUC })),
  ...(
    [
      ['thành phố', 'Hòa Bình'], ['huyện', 'Đà Bắc'], ['huyện', 'Lương Sơn'], ['huyện', 'Kim Bôi'], ['huyện', 'Cao Phong'],
      ['huyện', 'Tân Lạc'], ['huyện', 'Mai Châu'], ['huyện', 'Lạc Sơn'], ['huyện', 'Yên Thủy'], ['huyện', 'Lạc Thủy'],
    ] as const
  ).map(([kind, name]) => ({ kind, name, province: HOA_BINH })),
];

/** The committee that decided admissions in a former district ("Huyện ủy Đoan Hùng") and its number suffix. */
export function districtCommittee(d: OldDistrict): { name: string; suffix: string } {
  if (d.kind === 'huyện') return { name: `Huyện ủy ${d.name}`, suffix: 'HU' };
  if (d.kind === 'thành phố') return { name: `Thành ủy ${d.name}`, suffix: 'TU' };
  return { name: `Thị ủy ${d.name}`, suffix: 'TU' };
}

/** Names the 2025 reform gave to wards: the old towns' names. */
const WARD_NAMES_BY_DISTRICT: Record<string, readonly string[]> = {
  'Việt Trì': ['Việt Trì', 'Nông Trang', 'Thanh Miếu', 'Vân Phú'],
  'Phú Thọ': ['Phú Thọ', 'Phong Châu', 'Âu Cơ'],
  'Vĩnh Yên': ['Vĩnh Yên', 'Vĩnh Phúc'],
  'Phúc Yên': ['Phúc Yên', 'Xuân Hòa'],
  'Hòa Bình': ['Hòa Bình', 'Kỳ Sơn', 'Tân Hòa', 'Thống Nhất'],
};

const PLACE_FIRST = [
  'An', 'Bình', 'Cẩm', 'Đại', 'Đông', 'Đồng', 'Hà', 'Hải', 'Hòa', 'Hoàng', 'Hưng', 'Hương', 'Kim', 'Lạc', 'Lâm', 'Long',
  'Minh', 'Nam', 'Nghĩa', 'Ngọc', 'Phú', 'Phúc', 'Quang', 'Sơn', 'Tam', 'Tân', 'Thạch', 'Thái', 'Thanh', 'Thượng', 'Tiên',
  'Trung', 'Tứ', 'Vân', 'Văn', 'Việt', 'Vĩnh', 'Xuân', 'Yên', 'Bảo', 'Cao', 'Chí', 'Đức', 'Hiền', 'Hợp', 'Khải', 'Liên',
  'Mỹ', 'Ninh', 'Quế', 'Tiền', 'Trường', 'Tuy', 'Vạn', 'Võ', 'Hạ', 'Hy', 'Chân', 'Sai', 'Dị',
] as const;

const PLACE_SECOND = [
  'An', 'Bình', 'Cường', 'Dương', 'Điền', 'Hà', 'Hòa', 'Hưng', 'Khê', 'Lạc', 'Lâm', 'Lập', 'Linh', 'Long', 'Lương', 'Minh',
  'Mỹ', 'Ninh', 'Nông', 'Phong', 'Phú', 'Phúc', 'Quang', 'Sơn', 'Tân', 'Thành', 'Thịnh', 'Thủy', 'Tiến', 'Trung', 'Tường',
  'Xuyên', 'Yên', 'Cương', 'Đạo', 'Định', 'Đức', 'Hải', 'Hiền', 'Hóa', 'Hồng', 'Kiệt', 'Lộc', 'Mai', 'Nghĩa', 'Quý', 'Tài',
  'Thái', 'Thanh', 'Thuận', 'Tiên', 'Trạch', 'Vinh', 'Xá', 'Cát', 'Chi', 'Động', 'Lĩnh', 'Sở', 'Ấp',
] as const;

/** A two-syllable Sino-Vietnamese place name not already in `used` ("Thanh Sơn", "Vĩnh Lạc"). */
export function placeName(rng: Random, used: Set<string>): string {
  for (let tries = 0; ; tries++) {
    const a = rng.pick(PLACE_FIRST);
    const b = rng.pick(PLACE_SECOND);
    const name = `${a} ${b}`;
    if (a !== b && !used.has(name)) {
      used.add(name);
      return name;
    }
    if (tries > 10_000) throw new Error('placeName: out of names');
  }
}

const VILLAGE_FIRST = [
  'Đồng', 'Gò', 'Bãi', 'Xuân', 'Đông', 'Tây', 'Nam', 'Bắc', 'Trung', 'Thượng', 'Hạ', 'Tân', 'Phú', 'Hòa', 'An', 'Yên',
  'Lũng', 'Khe', 'Đá', 'Cầu', 'Chợ', 'Đình', 'Mỏ', 'Ao', 'Bến', 'Cây', 'Làng', 'Dốc', 'Suối', 'Núi', 'Rừng', 'Hồ', 'Vườn',
  'Quyết', 'Minh', 'Hợp', 'Kim', 'Cổ', 'Quán', 'Ngòi',
] as const;

const VILLAGE_SECOND = [
  'Xuân', 'Thịnh', 'Hòa', 'Lạc', 'Sơn', 'Lâm', 'Bình', 'Phú', 'Mới', 'Cũ', 'Thượng', 'Hạ', 'Trung', 'Đông', 'Tây', 'Nam',
  'Bắc', 'Giữa', 'Kè', 'Bông', 'Dọc', 'Mai', 'Đào', 'Quế', 'Phong', 'Hưng', 'Long', 'Tiến', 'Thắng', 'Lợi', 'Cả', 'Chè',
  'Mít', 'Gạo', 'Sen', 'Vàng', 'Cao', 'Thông', 'Nội', 'Ngoài',
] as const;

/** A village name unique within `used` ("Đồng Xuân", "Gò Mít"). */
export function villageName(rng: Random, used: Set<string>): string {
  for (let tries = 0; ; tries++) {
    const a = rng.pick(VILLAGE_FIRST);
    const b = rng.pick(VILLAGE_SECOND);
    const name = `${a} ${b}`;
    if (a !== b && !used.has(name)) {
      used.add(name);
      return name;
    }
    if (tries > 10_000) throw new Error('villageName: out of names');
  }
}

export interface CommuneSeed {
  name: string;
  ward: boolean;
  district: OldDistrict;
}

/**
 * Communes and wards of the province, `count` of them, names unique: wards keep the old towns'
 * names; communes first take the names of the old districts (as the reform often did), then
 * generated names. About one unit in ten is a ward, as in the merged Phú Thọ (15 of 148).
 */
export function communeSeeds(rng: Random, count: number): CommuneSeed[] {
  const used = new Set<string>();
  const wardsWanted = Math.max(count >= 3 ? 1 : 0, Math.round(count * 0.1));
  const out: CommuneSeed[] = [];
  const wardPool = rng.shuffled(
    Object.entries(WARD_NAMES_BY_DISTRICT).flatMap(([district, names]) =>
      names.map((name) => ({ name, district: OLD_DISTRICTS.find((d) => d.name === district && d.kind !== 'huyện') as OldDistrict })),
    ),
  );
  const towns = OLD_DISTRICTS.filter((d) => d.kind !== 'huyện');
  for (let i = 0; i < wardsWanted; i++) {
    const fromPool = wardPool[i];
    if (fromPool) {
      used.add(fromPool.name);
      out.push({ name: fromPool.name, ward: true, district: fromPool.district });
    } else {
      out.push({ name: placeName(rng, used), ward: true, district: rng.pick(towns) });
    }
  }
  // Rural communes: the old province follows a fixed rotation (5 Phú Thọ, 4 Vĩnh Phúc, 1 Hòa Bình in
  // ten), so even a small demo province is representative; each takes an unused old district's name
  // first (as the reform often did), then a generated name.
  const rotation = [PHU_THO, VINH_PHUC, PHU_THO, VINH_PHUC, PHU_THO, VINH_PHUC, HOA_BINH, PHU_THO, VINH_PHUC, PHU_THO];
  const unnamed = new Map(OLD_PROVINCES.map((p) => [p, rng.shuffled(OLD_DISTRICTS.filter((d) => d.kind === 'huyện' && d.province === p))]));
  for (let k = 0; out.length < count; k++) {
    const province = rotation[k % rotation.length] as OldProvince;
    const districts = OLD_DISTRICTS.filter((d) => d.kind === 'huyện' && d.province === province);
    const pool = unnamed.get(province) as OldDistrict[];
    let named: OldDistrict | undefined;
    while (!named && pool.length > 0) {
      const d = pool.shift() as OldDistrict;
      if (!used.has(d.name)) named = d;
    }
    if (named) {
      used.add(named.name);
      out.push({ name: named.name, ward: false, district: named });
    } else {
      out.push({ name: placeName(rng, used), ward: false, district: rng.pick(districts) });
    }
  }
  // Official lists put wards first, then communes, each group in the configured order: keep that.
  return out;
}

const COMPANY_TRADES = [
  'May', 'Chè', 'Gỗ', 'Xây dựng', 'Cơ khí', 'Vận tải', 'Thương mại', 'Giấy', 'Điện tử', 'Dược phẩm', 'Vật liệu xây dựng',
  'Gạch ngói', 'Thực phẩm', 'Nông sản', 'Môi trường', 'Du lịch', 'Đầu tư', 'Bao bì',
] as const;
const COMPANY_WORDS = ['Hưng', 'Thịnh', 'Phát', 'Minh', 'An', 'Phú', 'Tân', 'Thành', 'Đại', 'Việt', 'Hoàng', 'Long', 'Nam', 'Hà', 'Phong', 'Quang', 'Sông Thao', 'Hùng Vương', 'Đất Tổ', 'Sông Đà'] as const;

/** "Công ty TNHH May Hưng Thịnh", "Công ty Cổ phần Chè Phú Đa"… unique within `used`. */
export function companyName(rng: Random, used: Set<string>, form: 'TNHH' | 'Cổ phần'): string {
  for (let tries = 0; ; tries++) {
    const a = rng.pick(COMPANY_WORDS);
    const b = rng.pick(COMPANY_WORDS);
    const suffix = a === b || a.includes(' ') ? a : `${a} ${b}`;
    const name = `Công ty ${form} ${rng.pick(COMPANY_TRADES)} ${suffix}`;
    if (!used.has(name)) {
      used.add(name);
      return name;
    }
    if (tries > 10_000) return `${name} ${used.size}`;
  }
}
