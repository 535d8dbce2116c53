/**
 * The demo province: a realistic merged province built deterministically from a seed and written
 * in one transaction through db/repositories/system/demoWriter.ts. Only for an empty database.
 */
import type { BulkHandle } from '../../../../db/bulk.ts';
import {
  DemoDatabaseNotEmptyError,
  countOrganisations,
  demoCatalogueCodes,
  demoEventEffects,
  writeDemo,
  type DemoBatch,
  type DemoEventRow,
  type DemoMemberRow,
  type DemoOrganisationRow,
  type IndexStrategy,
} from '../../../../db/repositories/system/demoWriter.ts';
import { AppFailure } from '../../../../shared/kernel/result.ts';
import { systemProblems as P } from '../../../../shared/system/problems.ts';
import { searchKey } from '../../../../shared/kernel/text/normalise.ts';
import { daysFromIso, localToday } from './days.ts';
import { PeopleFactory } from './people.ts';
import { rederive } from '../../decisions/derive.ts';
import { generateDemoCadres } from './cadres.ts';
import { generateDemoRatings } from './ratings.ts';
import { Random } from './random.ts';
import { planProvince, type ProvincePlan } from './tree.ts';
import { EVENT } from '../../../../shared/events/eventTypes.ts';

export interface DemoOptions {
  members: number;
  seed: number;
  /** The date the data is "as of" (ISO); defaults to today's local date. Fixes the result with the seed. */
  today?: string;
  onProgress?: (done: number, total: number) => void;
  /** How far the whole build is (share 0..1) with a Vietnamese line: the job's progress bar. */
  progress?: (share: number, line: string) => void;
  /** Members per insert batch (memory bound). */
  batchSize?: number;
  /** How the indexes and member_fts are filled (same result); the default is the faster one measured. */
  indexStrategy?: IndexStrategy;
  /** Completed years of quality ratings to generate before `today`'s year (default 5; 0 for none). */
  ratingYears?: number;
}

export interface DemoResult {
  organisations: number;
  members: number;
}

export const MAX_DEMO_MEMBERS = 1_000_000;
/** The benchmark province carries five years of rating history (issue 3). */
export const DEFAULT_RATING_YEARS = 5;

const NOT_EMPTY = P.demoNotEmpty();

/** Plans the province (organisations, who sits where) without touching a database. */
export function planDemo(options: { members: number; seed: number }): ProvincePlan {
  return planProvince(new Random(options.seed), options.members);
}

function checkCatalogues(conn: BulkHandle): void {
  const codes = demoCatalogueCodes(conn);
  const need: [string, Set<string>, string[]][] = [
    ['cat_organisation_types', codes.organisationTypes, ['PROVINCE', 'UPPER', 'COMMUNE', 'GRASSROOTS_COMMITTEE', 'GRASSROOTS_CELL', 'SUB_COMMITTEE', 'CELL']],
    ['cat_unit_types', codes.unitTypes, ['XA', 'PHUONG', 'PARTY_BODY', 'STATE_BODY', 'PUBLIC_SERVICE', 'ARMY', 'POLICE', 'SOE_100', 'SOE_MAJORITY', 'SOE_MINORITY', 'JSC', 'PRIVATE', 'LLC', 'FDI', 'FDI_100', 'COOP']],
    [
      'cat_member_events',
      codes.memberEvents,
      [EVENT.ADMIT, EVENT.FULL, EVENT.READMIT, EVENT.RESTORE, EVENT.DEATH, EVENT.EXPEL, EVENT.REMOVE, EVENT.QUIT, EVENT.TRANSFER_IN_PROVINCE, EVENT.TRANSFER_OUT_PROVINCE, EVENT.TRANSFER_IN_LOCAL, EVENT.TRANSFER_OUT_LOCAL, EVENT.EXEMPT, EVENT.SUSPEND, EVENT.SUSPEND_END, EVENT.TEMP_OUT, EVENT.TEMP_IN, EVENT.CARD_ISSUE, EVENT.CARD_REISSUE],
    ],
    ['cat_ethnic_groups', codes.ethnicGroups, ['1', '2', '3', '4', '6', '7', '8', '9', '15', '18']],
    ['cat_religions', codes.religions, ['NONE', 'BUDDHIST', 'CATHOLIC', 'PROTESTANT', 'OTHER']],
    ['cat_occupations', codes.occupations, ['FARMER', 'RETIRED', 'ARMED_FORCES', 'PUBLIC_EMPLOYEE', 'STATE_CIVIL_SERVANT', 'PARTY_CIVIL_SERVANT', 'COMMUNE_OFFICIAL', 'VILLAGE_PART_TIME', 'OTHER_WORK', 'ENTERPRISE_MANAGER', 'ENTERPRISE_STAFF', 'ENTERPRISE_WORKER', 'STUDENT']],
    ['cat_education (professional)', codes.professional, ['ELEMENTARY', 'INTERMEDIATE', 'COLLEGE', 'BACHELOR', 'MASTER', 'DOCTOR']],
    ['cat_education (political_theory)', codes.politicalTheory, ['BASIC', 'INTERMEDIATE', 'ADVANCED']],
  ];
  const missing = need.flatMap(([table, have, want]) => want.filter((c) => !have.has(c)).map((c) => `${table}: ${c}`));
  if (missing.length > 0) throw new AppFailure('RULE', P.demoMissingCodes({ codes: missing.join(', ') }));
}

function organisationRows(plan: ProvincePlan, createdAt: string): DemoOrganisationRow[] {
  return plan.organisations.map((o) => ({
    id: o.id,
    parentId: o.parentId,
    path: o.path,
    depth: o.depth,
    name: o.name,
    shortName: o.shortName,
    searchText: searchKey(`${o.name} ${o.shortName ?? ''}`),
    typeCode: o.typeCode,
    unitTypeCode: o.unitTypeCode,
    displayOrder: o.displayOrder,
    effectiveFrom: o.effectiveFrom,
    createdAt,
  }));
}

/** Members cell by cell, in batches of about `batchSize`; ids 1..n in tree order. */
function* memberBatches(plan: ProvincePlan, rng: Random, factory: PeopleFactory, batchSize: number): Generator<DemoBatch> {
  let members: DemoMemberRow[] = [];
  let events: DemoEventRow[] = [];
  let id = 0;
  for (const org of plan.holders) {
    for (let k = 0; k < org.members; k++) {
      factory.make(rng, org, ++id, members, events);
      if (members.length >= batchSize) {
        yield { members, events };
        members = [];
        events = [];
      }
    }
  }
  if (members.length > 0) yield { members, events };
}

/**
 * Builds the demo province into an empty database: organisations, members, their events (the card's
 * ADMIT / FULL and, for a few percent, a life story: see histories.ts) with the cached status and
 * party-age anchor, and the search index, in one transaction. Same seed and `today`, same data.
 * Throws AppFailure('RULE') when the database already has organisations.
 */
export function generateDemo(conn: BulkHandle, options: DemoOptions): DemoResult {
  const total = options.members;
  if (!Number.isInteger(total) || total < 0 || total > MAX_DEMO_MEMBERS) {
    throw new AppFailure('BAD_INPUT', P.demoMembers({ max: MAX_DEMO_MEMBERS.toLocaleString('vi-VN') }));
  }
  if (!Number.isInteger(options.seed)) throw new AppFailure('BAD_INPUT', P.demoSeed());
  const today = options.today ?? localToday();
  try {
    daysFromIso(today);
  } catch {
    throw new AppFailure('BAD_INPUT', P.demoDate({ date: today }));
  }
  if (countOrganisations(conn) > 0) throw new AppFailure('RULE', NOT_EMPTY);
  checkCatalogues(conn);

  const rng = new Random(options.seed);
  const plan = planProvince(rng, total);
  const createdAt = `${today}T00:00:00.000Z`;
  const factory = new PeopleFactory({ seed: options.seed, today, createdAt, communes: plan.communes, holders: plan.holders, effects: demoEventEffects(conn) });
  try {
    const written = writeDemo(conn, {
      organisations: organisationRows(plan, createdAt),
      batches: memberBatches(plan, rng, factory, options.batchSize ?? 5000),
      ...(options.indexStrategy ? { indexStrategy: options.indexStrategy } : {}),
      onBatch: (done) => {
        options.onProgress?.(done, total);
        options.progress?.(0.55 * (total === 0 ? 1 : done / total), `Đã tạo ${done.toLocaleString('vi-VN')} / ${total.toLocaleString('vi-VN')} đảng viên`);
      },
      onIndexStep: (done, steps) => options.progress?.(0.55 + (0.1 * done) / steps, `Đang lập chỉ mục tìm kiếm (${done}/${steps})`),
    });
    const year = Number(today.slice(0, 4));
    const ratingYears = options.ratingYears ?? DEFAULT_RATING_YEARS;
    const years = Array.from({ length: ratingYears }, (_, i) => year - ratingYears + i);
    generateDemoRatings(conn, {
      years,
      seed: options.seed,
      today,
      ...(options.progress ? { progress: (share: number, line: string) => options.progress?.(0.65 + 0.33 * share, line) } : {}),
    });
    options.progress?.(0.98, 'Đang tạo hồ sơ cán bộ và quyết định nhân sự');
    const cadres = generateDemoCadres(conn, { members: written.members, seed: options.seed, today });
    // Current posts, term ends, notice dates and planning entries follow from the actions, as for any decision.
    rederive({ bulk: conn, today }, cadres.cadreIds);
    return { organisations: written.organisations, members: written.members };
  } catch (e) {
    if (e instanceof DemoDatabaseNotEmptyError) throw new AppFailure('RULE', NOT_EMPTY);
    throw e;
  }
}
