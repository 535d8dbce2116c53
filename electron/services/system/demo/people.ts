/**
 * Party members of the demo province, one cell at a time: names, dates (names-and-dates.md,
 * members.md), identifiers and the ADMIT / FULL events the record card's dates stand for.
 */
import { deriveMembership, type ListEffect } from '../../../../shared/events/membership.ts';
import { partyAge } from '../../../../shared/members/partyAge.ts';
import { fullName } from '../../../../shared/kernel/text/names.ts';
import { personSearchParts } from '../../../../shared/kernel/text/normalise.ts';
import { personSortKey } from '../../../../shared/kernel/text/sortKey.ts';
import type { DemoEventRow, DemoMemberRow } from '../../../../db/repositories/system/demoWriter.ts';
import { addMonths, civilFromDays, daysFromCivil, isoFromDays, wholeYears } from './days.ts';
import { HistoryMaker } from './histories.ts';
import { NamePicker, type Sex } from './names.ts';
import { OLD_DISTRICTS, OLD_PROVINCES, OTHER_BIRTH_PROVINCES, type CommuneSeed, type OldDistrict, type OldProvince } from './places.ts';
import { Random, WeightedPicker, decimalPermutation } from './random.ts';
import { PROVINCE_CARD_PREFIX, PROVINCE_NAME, type PlannedOrg, type Profile } from './tree.ts';
import { EVENT } from '../../../../shared/events/eventTypes.ts';

function searchColumns(name: { familyName: string; middleName: string; givenName: string }, otherNames: string | null): { searchHead: string; searchRest: string } {
  const parts = personSearchParts({ ...name, otherNames });
  return { searchHead: parts.head, searchRest: parts.rest };
}

/** Age bands [from, to, weight] as of today, by profile. */
type Bands = readonly (readonly [number, number, number])[];

const RURAL_AGES: Bands = [[20, 29, 6], [30, 39, 14], [40, 49, 18], [50, 59, 20], [60, 69, 20], [70, 79, 14], [80, 96, 8]];
const WORKING_AGES: Bands = [[22, 29, 12], [30, 39, 33], [40, 49, 29], [50, 59, 24], [60, 62, 2]];
const COOP_AGES: Bands = [[25, 39, 20], [40, 59, 55], [60, 72, 25]];
const ARMED_AGES: Bands = [[20, 29, 29], [30, 39, 36], [40, 49, 23], [50, 58, 12]];

const ADMISSION_AGES: Bands = [[18, 21, 16], [22, 26, 34], [27, 32, 28], [33, 38, 15], [39, 45, 7]];
const ARMED_ADMISSION_AGES: Bands = [[18, 21, 40], [22, 26, 40], [27, 32, 15], [33, 40, 5]];

interface ProfileSpec {
  female: number;
  ages: Bands;
  admissionAges: Bands;
  /** Occupation codes of working-age members. */
  jobs: readonly (readonly [string, number])[];
  professional: readonly (readonly [string | null, number])[];
  theory: readonly (readonly [string | null, number])[];
}

const DEGREE_HIGH: ProfileSpec['professional'] = [['BACHELOR', 72], ['MASTER', 19], ['COLLEGE', 5], ['DOCTOR', 3], ['INTERMEDIATE', 1]];
const DEGREE_RURAL: ProfileSpec['professional'] = [[null, 50], ['ELEMENTARY', 15], ['INTERMEDIATE', 16], ['COLLEGE', 6], ['BACHELOR', 12], ['MASTER', 1]];
const THEORY_OFFICIAL: ProfileSpec['theory'] = [['BASIC', 35], ['INTERMEDIATE', 40], ['ADVANCED', 14], [null, 11]];
const THEORY_PLAIN: ProfileSpec['theory'] = [['BASIC', 72], ['INTERMEDIATE', 5], [null, 23]];

const PROFILES: Record<Profile, ProfileSpec> = {
  village: {
    female: 0.33,
    ages: RURAL_AGES,
    admissionAges: ADMISSION_AGES,
    jobs: [['FARMER', 45], ['VILLAGE_PART_TIME', 10], ['COMMUNE_OFFICIAL', 4], ['OTHER_WORK', 20], ['ENTERPRISE_WORKER', 11], ['PUBLIC_EMPLOYEE', 6], ['STATE_CIVIL_SERVANT', 3], ['STUDENT', 1]],
    professional: DEGREE_RURAL,
    theory: THEORY_PLAIN,
  },
  ward: {
    female: 0.41,
    ages: RURAL_AGES,
    admissionAges: ADMISSION_AGES,
    jobs: [['OTHER_WORK', 30], ['VILLAGE_PART_TIME', 8], ['ENTERPRISE_STAFF', 18], ['ENTERPRISE_WORKER', 14], ['PUBLIC_EMPLOYEE', 12], ['STATE_CIVIL_SERVANT', 8], ['FARMER', 8], ['STUDENT', 2]],
    professional: [[null, 30], ['ELEMENTARY', 10], ['INTERMEDIATE', 18], ['COLLEGE', 10], ['BACHELOR', 28], ['MASTER', 4]],
    theory: THEORY_PLAIN,
  },
  partyAgency: { female: 0.46, ages: WORKING_AGES, admissionAges: ADMISSION_AGES, jobs: [['PARTY_CIVIL_SERVANT', 1]], professional: DEGREE_HIGH, theory: THEORY_OFFICIAL },
  stateAgency: { female: 0.44, ages: WORKING_AGES, admissionAges: ADMISSION_AGES, jobs: [['STATE_CIVIL_SERVANT', 1]], professional: DEGREE_HIGH, theory: THEORY_OFFICIAL },
  communeAgency: { female: 0.38, ages: WORKING_AGES, admissionAges: ADMISSION_AGES, jobs: [['COMMUNE_OFFICIAL', 1]], professional: DEGREE_HIGH, theory: THEORY_OFFICIAL },
  school: { female: 0.74, ages: WORKING_AGES, admissionAges: ADMISSION_AGES, jobs: [['PUBLIC_EMPLOYEE', 1]], professional: DEGREE_HIGH, theory: [['BASIC', 60], ['INTERMEDIATE', 25], ['ADVANCED', 3], [null, 12]] },
  health: { female: 0.63, ages: WORKING_AGES, admissionAges: ADMISSION_AGES, jobs: [['PUBLIC_EMPLOYEE', 1]], professional: DEGREE_HIGH, theory: [['BASIC', 60], ['INTERMEDIATE', 25], ['ADVANCED', 3], [null, 12]] },
  enterprise: {
    female: 0.39,
    ages: WORKING_AGES,
    admissionAges: ADMISSION_AGES,
    jobs: [['ENTERPRISE_MANAGER', 20], ['ENTERPRISE_STAFF', 40], ['ENTERPRISE_WORKER', 40]],
    professional: [[null, 10], ['ELEMENTARY', 15], ['INTERMEDIATE', 20], ['COLLEGE', 15], ['BACHELOR', 36], ['MASTER', 4]],
    theory: THEORY_PLAIN,
  },
  coop: { female: 0.28, ages: COOP_AGES, admissionAges: ADMISSION_AGES, jobs: [['FARMER', 60], ['OTHER_WORK', 25], ['ENTERPRISE_MANAGER', 15]], professional: DEGREE_RURAL, theory: THEORY_PLAIN },
  army: { female: 0.06, ages: ARMED_AGES, admissionAges: ARMED_ADMISSION_AGES, jobs: [['ARMED_FORCES', 1]], professional: [['BACHELOR', 55], ['INTERMEDIATE', 25], ['MASTER', 10], ['COLLEGE', 10]], theory: THEORY_OFFICIAL },
  police: { female: 0.15, ages: ARMED_AGES, admissionAges: ARMED_ADMISSION_AGES, jobs: [['ARMED_FORCES', 1]], professional: [['BACHELOR', 62], ['INTERMEDIATE', 22], ['MASTER', 12], ['COLLEGE', 4]], theory: THEORY_OFFICIAL },
};

/** Ethnic mix by the old province of the locality (codes of cat_ethnic_groups). */
const ETHNIC_MIX: Record<string, readonly (readonly [string, number])[]> = {
  'Phú Thọ': [['1', 92], ['6', 5], ['9', 1.3], ['2', 0.6], ['15', 0.6], ['7', 0.2], ['8', 0.1], ['4', 0.2]],
  'Vĩnh Phúc': [['1', 96.8], ['18', 2.6], ['2', 0.2], ['6', 0.2], ['7', 0.1], ['4', 0.1]],
  'Hòa Bình': [['1', 42], ['6', 48], ['3', 4], ['9', 3], ['2', 1.5], ['8', 1], ['7', 0.5]],
  province: [['1', 88], ['6', 8], ['2', 1], ['3', 0.8], ['9', 0.8], ['18', 0.8], ['8', 0.3], ['7', 0.2], ['15', 0.1]],
};

const RURAL_RELIGION: readonly (readonly [string, number])[] = [['NONE', 88], ['BUDDHIST', 7], ['CATHOLIC', 4], ['PROTESTANT', 0.5], ['OTHER', 0.5]];
const OFFICE_RELIGION: readonly (readonly [string, number])[] = [['NONE', 95], ['BUDDHIST', 4], ['CATHOLIC', 1]];

const PLACE_SYLLABLES = ['An', 'Bình', 'Cao', 'Đồng', 'Hà', 'Hòa', 'Hưng', 'Kim', 'Lạc', 'Minh', 'Ngọc', 'Phú', 'Quang', 'Sơn', 'Tân', 'Thanh', 'Tiên', 'Trung', 'Văn', 'Vĩnh', 'Xuân', 'Yên', 'Phong', 'Thịnh', 'Lâm', 'Long', 'Lương', 'Mỹ', 'Nghĩa', 'Thủy'];

function bandPicker(bands: Bands): WeightedPicker<readonly [number, number]> {
  return new WeightedPicker(bands.map(([from, to, w]) => [[from, to] as const, w] as const));
}

/** Everything the factory needs beyond the cell itself. */
export interface PeopleOptions {
  seed: number;
  today: string;
  /** ISO timestamp written to created_at / updated_at. */
  createdAt: string;
  /** Share of members admitted within the last 12 months (probationary). */
  recentShare?: number;
  communes: readonly CommuneSeed[];
  /** The cells members may have moved from (transfers within the province). */
  holders?: readonly PlannedOrg[];
  /** The member-events catalogue's effect of each code on the list (for the cached status). */
  effects?: ReadonlyMap<string, string>;
}

/** Admitting bodies outside the province, for members who came by a transfer. */
const OTHER_PROVINCE_BODIES = ['Huyện ủy Sơn Dương, tỉnh Tuyên Quang', 'Thành ủy Yên Bái, tỉnh Yên Bái', 'Quận ủy Đống Đa, thành phố Hà Nội', 'Huyện ủy Văn Chấn, tỉnh Yên Bái', 'Huyện ủy Lục Nam, tỉnh Bắc Giang'];

/** Makes members and their events; holds the state that must span cells (unique citizen IDs). */
export class PeopleFactory {
  private readonly names = new NamePicker();
  private readonly todayDays: number;
  private readonly today: string;
  private readonly todayYear: number;
  private readonly createdAt: string;
  private readonly recentShare: number;
  private readonly communes: readonly CommuneSeed[];
  private readonly usedCitizenIds = new Set<number>();
  private readonly cardKey: number;
  private readonly recordKey: number;
  private readonly ages = new Map<Profile, WeightedPicker<readonly [number, number]>>();
  private readonly admissionAges = new Map<Profile, WeightedPicker<readonly [number, number]>>();
  private readonly jobs = new Map<Profile, WeightedPicker<string>>();
  private readonly degrees = new Map<Profile, WeightedPicker<string | null>>();
  private readonly theory = new Map<Profile, WeightedPicker<string | null>>();
  private readonly ethnic = new Map<string, WeightedPicker<string>>();
  private readonly ruralReligion = new WeightedPicker(RURAL_RELIGION);
  private readonly officeReligion = new WeightedPicker(OFFICE_RELIGION);
  private readonly birthProvince = new WeightedPicker<OldProvince>([
    [OLD_PROVINCES[0] as OldProvince, 42],
    [OLD_PROVINCES[1] as OldProvince, 36],
    [OLD_PROVINCES[2] as OldProvince, 22],
  ]);
  private eventId = 0;
  private readonly histories: HistoryMaker;
  private readonly effects: Map<string, ListEffect>;

  constructor(options: PeopleOptions) {
    const [y, m, d] = options.today.split('-').map(Number) as [number, number, number];
    this.todayDays = daysFromCivil(y, m, d);
    this.today = options.today;
    this.todayYear = y;
    this.createdAt = options.createdAt;
    this.recentShare = options.recentShare ?? 0.025;
    this.communes = options.communes;
    const keys = new Random(options.seed ^ 0x5eed);
    this.cardKey = keys.nextUint32();
    this.recordKey = keys.nextUint32();
    for (const [profile, spec] of Object.entries(PROFILES) as [Profile, ProfileSpec][]) {
      this.ages.set(profile, bandPicker(spec.ages));
      this.admissionAges.set(profile, bandPicker(spec.admissionAges));
      this.jobs.set(profile, new WeightedPicker(spec.jobs));
      this.degrees.set(profile, new WeightedPicker(spec.professional));
      this.theory.set(profile, new WeightedPicker(spec.theory));
    }
    for (const [key, mix] of Object.entries(ETHNIC_MIX)) this.ethnic.set(key, new WeightedPicker(mix));
    this.histories = new HistoryMaker(options.seed, this.todayDays, options.holders ?? []);
    const effects = options.effects ?? new Map([[EVENT.ADMIT, 'add']]);
    this.effects = new Map([...effects].map(([code, e]) => [code, e === 'add' || e === 'remove' ? e : 'none']));
  }

  /** Makes one member with id `id` in `org`, appending the rows to `members` and `events`. */
  make(rng: Random, org: PlannedOrg, id: number, members: DemoMemberRow[], events: DemoEventRow[]): void {
    const spec = PROFILES[org.profile];
    const commune = org.locality.commune;
    const ethnicCode = (this.ethnic.get(commune ? commune.district.province.name : 'province') as WeightedPicker<string>).pick(rng);
    const sex: Sex = rng.chance(spec.female) ? 'F' : 'M';
    const name = this.names.person(rng, sex, ethnicCode);
    const full = fullName(name);

    // Dates: a few are admitted within the last year (probationary), the rest earlier.
    const recent = rng.chance(this.recentShare);
    let birth: number;
    let admission: number;
    if (recent) {
      admission = this.todayDays - rng.int(0, 363);
      const age = this.pickInBand(rng, this.admissionAges.get(org.profile) as WeightedPicker<readonly [number, number]>, 18, 35);
      birth = this.yearsBefore(admission, age) - rng.int(1, 364);
      birth = Math.min(birth, daysFromCivil(2006, 12, 31));
    } else {
      const minAge = Math.max(20, this.todayYear - 2006);
      const maxAge = this.todayYear - 1930 - 1;
      const age = this.pickInBand(rng, this.ages.get(org.profile) as WeightedPicker<readonly [number, number]>, minAge, maxAge);
      birth = this.yearsBefore(this.todayDays, age) - rng.int(0, 364);
      const ageNow = wholeYears(birth, this.todayDays);
      const admissionAge = this.pickInBand(rng, this.admissionAges.get(org.profile) as WeightedPicker<readonly [number, number]>, 18, Math.min(45, ageNow - 2));
      admission = this.yearsAfter(birth, admissionAge) + rng.int(0, 364);
      const latest = this.todayDays - 366;
      if (admission > latest) admission = latest - rng.int(0, 60);
      const earliest = this.yearsAfter(birth, 18);
      if (admission < earliest) admission = earliest;
    }
    const decision = admission - rng.int(3, 40);
    const fullDays = addMonths(admission, 12);
    const isFull = fullDays <= this.todayDays;
    const birthCivil = civilFromDays(birth);

    // Where they come from and live.
    const birthPlace = this.birthPlace(rng, org);
    const homeTown = rng.chance(0.85) ? birthPlace.text : this.birthPlace(rng, org).text;
    const residence = this.residence(rng, org);

    const citizenId = this.citizenId(rng, birthPlace.province.citizenCode, sex, birthCivil.year);
    const ageNow = wholeYears(birth, this.todayDays);
    const occupationCode = ageNow >= 61 || (sex === 'F' && ageNow >= 57 && org.profile !== 'village') ? (rng.chance(0.92) ? 'RETIRED' : 'OTHER_WORK') : (this.jobs.get(org.profile) as WeightedPicker<string>).pick(rng);
    const generalEducation = this.generalEducation(rng, birthCivil.year, org.profile);
    const otherNames = ageNow >= 70 && rng.chance(0.03) ? `${name.familyName} ${this.names.givenName(rng, sex)}` : null;
    const religionCode = (org.profile === 'village' || org.profile === 'ward' ? this.ruralReligion : this.officeReligion).pick(rng);
    const phone = rng.chance(0.7) ? `${rng.pick(['09', '03', '08', '07'])}${String(rng.int(0, 99_999_999)).padStart(8, '0')}` : null;
    const birthDate = isoFromDays(birth);
    const admissionDate = isoFromDays(admission);
    const decisionDate = isoFromDays(decision);
    const fullMemberDate = isFull ? isoFromDays(fullDays) : null;
    const body = org.body;
    const decidedBy = (date: string) => (body === null ? null : date < body.since ? body.historic : body.current);
    const admitBody = decidedBy(decisionDate);

    // Drawn from the main stream in the same order as ever: education, then the card events' decisions.
    const professionalCode = (this.degrees.get(org.profile) as WeightedPicker<string | null>).pick(rng);
    const politicalTheoryCode = (this.theory.get(org.profile) as WeightedPicker<string | null>).pick(rng);
    const admitNo = admitBody ? `${rng.int(1, 2999)}-QĐ/${admitBody.suffix}` : null;
    let recognised: string | null = null;
    let fullNo: string | null = null;
    let fullBodyName: string | null = null;
    if (fullMemberDate !== null) {
      recognised = isoFromDays(Math.min(this.todayDays, fullDays + rng.int(5, 45)));
      const fullBody = decidedBy(recognised);
      fullNo = fullBody ? `${rng.int(1, 2999)}-QĐ/${fullBody.suffix}` : null;
      fullBodyName = fullBody?.name ?? null;
    }

    const history = this.histories.make({ org, birth, admission, full: isFull ? fullDays : null });
    const outsideBody = history.admitOrg === null ? (OTHER_PROVINCE_BODIES[id % OTHER_PROVINCE_BODIES.length] as string) : null;
    const mine: DemoEventRow[] = [
      {
        id: 0,
        memberId: id,
        typeCode: EVENT.ADMIT,
        eventDate: admissionDate,
        decisionNo: outsideBody ? admitNo?.replace(/\/.*$/, '/HU') ?? null : admitNo,
        decisionDate,
        decisionBody: outsideBody ?? admitBody?.name ?? null,
        orgFromId: null,
        orgToId: history.admitOrg,
        createdAt: this.createdAt,
      },
    ];
    if (fullMemberDate !== null) {
      mine.push({
        id: 0,
        memberId: id,
        typeCode: EVENT.FULL,
        eventDate: fullMemberDate,
        decisionNo: fullNo,
        decisionDate: recognised,
        decisionBody: outsideBody ?? fullBodyName,
        orgFromId: null,
        orgToId: history.admitOrg,
        createdAt: this.createdAt,
      });
    }
    for (const e of history.events) {
      const decision = e.decisionDay === null ? null : isoFromDays(e.decisionDay);
      const decider = decision === null ? null : decidedBy(decision);
      mine.push({
        id: 0,
        memberId: id,
        typeCode: e.type,
        eventDate: isoFromDays(e.day),
        decisionNo: decider ? `${(e.day % 2999) + 1}-QĐ/${decider.suffix}` : null,
        decisionDate: decision,
        decisionBody: decider?.name ?? null,
        orgFromId: e.orgFrom,
        orgToId: e.orgTo,
        createdAt: this.createdAt,
      });
    }
    for (const e of mine) e.id = ++this.eventId;
    events.push(...mine);

    // The cached columns, as the app derives them (fast path for the plain admission / full story).
    let membership: 'probationary' | 'full' = isFull ? 'full' : 'probationary';
    let onList: 0 | 1 = 1;
    let flags = { exempted: 0 as 0 | 1, suspended: 0 as 0 | 1, temporarilyAway: 0 as 0 | 1 };
    let anchor: string | null = decisionDate;
    if (mine.length > (isFull ? 2 : 1) || history.admitOrg === null) {
      const status = deriveMembership(
        mine.map((e) => ({ typeCode: e.typeCode, eventDate: e.eventDate, outside: (e.typeCode === EVENT.ADMIT || e.typeCode === EVENT.READMIT) && e.orgToId === null })),
        this.effects,
        this.today,
      );
      membership = status.membership;
      onList = status.onList ? 1 : 0;
      flags = { exempted: status.exempted ? 1 : 0, suspended: status.suspended ? 1 : 0, temporarilyAway: status.temporarilyAway ? 1 : 0 };
      anchor = partyAge(mine.map((e) => ({ typeCode: e.typeCode, eventDate: e.eventDate, decisionDate: e.decisionDate })), this.today).anchor;
    }

    members.push({
      id,
      familyName: name.familyName,
      middleName: name.middleName,
      givenName: name.givenName,
      fullName: full,
      otherNames,
      ...searchColumns(name, otherNames),
      sortKey: personSortKey(name, birthDate, id),
      sex,
      birthDate,
      birthPlace: birthPlace.text,
      homeTown,
      residence,
      ethnicCode,
      religionCode,
      citizenId,
      // Only full members hold a card (a re-admitted member is probationary again).
      cardNo: membership === 'full' ? `${PROVINCE_CARD_PREFIX}${String(decimalPermutation(id, 5, this.cardKey)).padStart(10, '0')}` : null,
      recordNo: `${PROVINCE_CARD_PREFIX}${String(decimalPermutation(id, 4, this.recordKey)).padStart(8, '0')}`,
      organisationId: org.id,
      orgPath: org.path,
      admissionDate,
      admissionDecisionDate: decisionDate,
      fullMemberDate,
      generalEducation,
      professionalCode,
      politicalTheoryCode,
      occupationCode,
      phone,
      membership,
      onList,
      partyAgeAnchor: anchor,
      ...flags,
      createdAt: this.createdAt,
    });
  }

  /** An age from the picker's bands, clamped to [min, max] (redrawn a few times before clamping). */
  private pickInBand(rng: Random, picker: WeightedPicker<readonly [number, number]>, min: number, max: number): number {
    if (max <= min) return min;
    for (let tries = 0; tries < 4; tries++) {
      const [from, to] = picker.pick(rng);
      const lo = Math.max(from, min);
      const hi = Math.min(to, max);
      if (lo <= hi) return rng.int(lo, hi);
    }
    return rng.int(min, max);
  }

  private yearsBefore(days: number, years: number): number {
    const c = civilFromDays(days);
    return daysFromCivil(c.year - years, c.month, c.month === 2 && c.day === 29 ? 28 : c.day);
  }

  private yearsAfter(days: number, years: number): number {
    const c = civilFromDays(days);
    return daysFromCivil(c.year + years, c.month, c.month === 2 && c.day === 29 ? 28 : c.day);
  }

  /** Birth place as written on the card before the reform: "Xã Tiên Kiên, huyện Lâm Thao, tỉnh Phú Thọ". */
  private birthPlace(rng: Random, org: PlannedOrg): { text: string; province: OldProvince } {
    const commune = org.locality.commune;
    const local = rng.chance(commune ? 0.88 : 0.72);
    if (!local) {
      const province = rng.pick(OTHER_BIRTH_PROVINCES);
      return { text: `${province.name === 'Hà Nội' ? 'Thành phố' : 'Tỉnh'} ${province.name}`, province };
    }
    let district: OldDistrict;
    let village: string;
    if (commune && rng.chance(0.8)) {
      district = commune.district;
      village = org.locality.oldCommune ?? commune.name;
    } else {
      const province = this.birthProvince.pick(rng);
      const inProvince = OLD_DISTRICTS.filter((d) => d.province === province);
      district = rng.pick(inProvince);
      const first = rng.pick(PLACE_SYLLABLES);
      let second = rng.pick(PLACE_SYLLABLES);
      while (second === first) second = rng.pick(PLACE_SYLLABLES);
      village = `${first} ${second}`;
    }
    const unit = district.kind === 'huyện' ? 'Xã' : 'Phường';
    return { text: `${unit} ${village}, ${district.kind} ${district.name}, tỉnh ${district.province.name}`, province: district.province };
  }

  private residence(rng: Random, org: PlannedOrg): string {
    const commune = org.locality.commune ?? rng.pick(this.communes);
    const kind = commune.ward ? 'phường' : 'xã';
    const place = org.locality.place;
    const head = place ? `${place.charAt(0).toUpperCase()}${place.slice(1)}, ` : '';
    return `${head}${kind} ${commune.name}, tỉnh ${PROVINCE_NAME}`;
  }

  /** 12 digits: province of registration, sex and century, year, six random digits; never reused. */
  private citizenId(rng: Random, provinceCode: string, sex: Sex, birthYear: number): string {
    const centuryDigit = (birthYear >= 2000 ? 2 : 0) + (sex === 'F' ? 1 : 0);
    const prefix = (Number(provinceCode) * 10 + centuryDigit) * 100 + (birthYear % 100);
    for (;;) {
      const value = prefix * 1_000_000 + rng.int(0, 999_999);
      if (!this.usedCitizenIds.has(value)) {
        this.usedCitizenIds.add(value);
        return String(value).padStart(12, '0');
      }
    }
  }

  private generalEducation(rng: Random, birthYear: number, profile: Profile): string {
    const rural = profile === 'village' || profile === 'ward' || profile === 'coop';
    if (birthYear < 1965) {
      const r = rng.next();
      return r < 0.55 ? '10/10' : r < 0.8 ? (rural ? '7/10' : '10/10') : '12/12';
    }
    if (rural && rng.chance(0.12)) return '9/12';
    return '12/12';
  }
}
