/**
 * Demo rating history: a rating per member and per organisation for each year asked, with the
 * proportions of a real year (ratings-and-badges.md: members about 90 % good or better, 9 % completed,
 * 0.6 % not completed; excellent kept within 20 % of good in every peer group), written through
 * db/repositories/system/demoRatingsWriter.ts in one transaction. Same seed, same data.
 *
 * Who is rated follows the app's own rule (shared/ratings/rules.ts ratingSubject on the year's
 * rating date): members off the list then, admitted after it or less than 6 months before it,
 * exempted or suspended are skipped. Organisations are rated when active on the rating date (the
 * province root, rated by the centre, is not).
 */
import type { BulkHandle } from '../../../../db/bulk.ts';
import {
  DemoRatingsExistError,
  demoRatingCatalogue,
  demoRatingOrganisations,
  memberCount,
  memberEventCursor,
  writeDemoRatings,
  type EmitRating,
} from '../../../../db/repositories/system/demoRatingsWriter.ts';
import { AppFailure } from '../../../../shared/kernel/result.ts';
import { systemProblems as P } from '../../../../shared/system/problems.ts';
import { membershipEventOf, type ListEffect, type MembershipEvent } from '../../../../shared/events/membership.ts';
import { categoriesFor, effectiveQuotaPct, ratingDate, ratingSubject, regimeForYear, type RatingCategory, type RatingRegime } from '../../../../shared/ratings/rules.ts';
import { daysFromIso } from './days.ts';
import { Random } from './random.ts';

export interface DemoRatingsOptions {
  /** How far it is (share 0..1) with a Vietnamese line. */
  progress?: (share: number, line: string) => void;
  /** The years to rate; each must be over (its rating date before `today`). */
  years: number[];
  seed: number;
  /** The date the data is "as of" (ISO); the rows' created_at. */
  today: string;
}

export interface DemoRatingsResult {
  memberRatings: number;
  organisationRatings: number;
}

/** Chances of the four categories before the quota is applied, best first. */
const MEMBER_MIX = { excellent: 0.2, completed: 0.091, failed: 0.006 };
const ORGANISATION_MIX = { excellent: 0.22, completed: 0.075, failed: 0.013 };

interface YearPlan {
  year: number;
  date: string;
  regime: number;
  /** Quota percentage (the regime's own, not raised); null: no quota. */
  pct: number | null;
  member: RatingCategory[];
  organisation: RatingCategory[];
}

function planYears(conn: BulkHandle, years: readonly number[], today: string): { plans: YearPlan[]; effects: Map<string, ListEffect>; grassroots: Set<string> } {
  const catalogue = demoRatingCatalogue(conn);
  const regimes: RatingRegime[] = catalogue.regimes.map((r) => ({
    regime: r.regime,
    firstYear: r.first_year,
    lastYear: r.last_year,
    quotaPct: r.quota_excellent_of_good_pct,
    quotaMaxPct: r.quota_max_pct,
  }));
  const plans = [...new Set(years)]
    .sort((a, b) => a - b)
    .map((year) => {
      if (!Number.isInteger(year)) throw new AppFailure('BAD_INPUT', P.demoYear({ year }));
      const regime = regimeForYear(regimes, year);
      if (!regime) throw new AppFailure('BAD_INPUT', P.demoNoRegime({ year }));
      const date = ratingDate(year);
      if (date >= today) throw new AppFailure('BAD_INPUT', P.demoYearNotOver({ year, date }));
      const rows = catalogue.categories
        .filter((c) => c.regime === regime.regime)
        .map((c) => ({ code: c.code, name: c.name, order: c.order, minScore: c.min_score, appliesTo: c.applies_to }));
      const member = categoriesFor(rows, 'member');
      const organisation = categoriesFor(rows, 'organisation');
      if (member.length !== 4 || organisation.length !== 4) throw new AppFailure('RULE', P.demoRegimeLevels({ regime: regime.regime }));
      return { year, date, regime: regime.regime, pct: effectiveQuotaPct(regime, null), member, organisation };
    });
  const effects = new Map<string, ListEffect>(
    catalogue.effects.map((e) => [e.code, e.effect_on_list === 'add' || e.effect_on_list === 'remove' ? e.effect_on_list : 'none']),
  );
  return { plans, effects, grassroots: catalogue.grassrootsTypes };
}

/**
 * Draws the categories (orders 1..4, 0 = not rated) of one peer group for one year, then demotes
 * excellent ratings to good until excellent ≤ ⌊good × pct / 100⌋.
 */
function drawGroup(rng: Random, mix: typeof MEMBER_MIX, pct: number | null, slots: Uint8Array, indices: Int32Array, from: number, to: number, stride: number, y: number): void {
  let excellent = 0;
  let good = 0;
  for (let k = from; k < to; k++) {
    const slot = (indices[k] as number) * stride + y;
    if (slots[slot] === 0) continue;
    const u = rng.next();
    const order = u < mix.failed ? 4 : u < mix.failed + mix.completed ? 3 : u < mix.failed + mix.completed + mix.excellent ? 1 : 2;
    slots[slot] = order;
    if (order === 1) excellent++;
    else if (order === 2) good++;
  }
  if (pct === null) return;
  let k = to - 1;
  while (excellent > Math.floor((good * pct) / 100) && k >= from) {
    const slot = (indices[k] as number) * stride + y;
    if (slots[slot] === 1) {
      slots[slot] = 2;
      excellent--;
      good++;
    }
    k--;
  }
}

/** Groups item indices by group number: [start offsets, indices sorted by group]. */
function byGroup(groupOf: Int32Array, groups: number): { start: Int32Array; indices: Int32Array } {
  const start = new Int32Array(groups + 1);
  for (const g of groupOf) start[g + 1] = (start[g + 1] ?? 0) + 1;
  for (let g = 0; g < groups; g++) start[g + 1] = (start[g + 1] ?? 0) + (start[g] ?? 0);
  const fill = start.slice(0, groups);
  const indices = new Int32Array(groupOf.length);
  groupOf.forEach((g, i) => {
    const at = fill[g] ?? 0;
    indices[at] = i;
    fill[g] = at + 1;
  });
  return { start, indices };
}

function scoreOf(rng: Random, c: RatingCategory): number | null {
  if (c.minScore === null) return null;
  const low = c.belowScore !== null && c.minScore <= 0 ? Math.max(0, c.belowScore - 25) : c.minScore;
  const high = c.belowScore === null ? 100 : c.belowScore - 1;
  return rng.int(low, high);
}

/**
 * Writes the demo rating history for `years` (e.g. the last five finished years). Refuses when
 * ratings of one of those years already exist. Call it after generateDemo, in the same transaction
 * or on its own.
 */
export function generateDemoRatings(conn: BulkHandle, options: DemoRatingsOptions): DemoRatingsResult {
  if (!Number.isInteger(options.seed)) throw new AppFailure('BAD_INPUT', P.demoSeed());
  try {
    daysFromIso(options.today);
  } catch {
    throw new AppFailure('BAD_INPUT', P.demoDate({ date: options.today }));
  }
  const { plans, effects, grassroots } = planYears(conn, options.years, options.today);
  const Y = plans.length;
  if (Y === 0) return { memberRatings: 0, organisationRatings: 0 };

  // Organisations: the peer group of their members (nearest grassroots ancestor, else their own).
  const orgs = demoRatingOrganisations(conn);
  const orgIndex = new Map<number, number>(orgs.map((o, i) => [o.id, i]));
  const memberPeer = new Int32Array(orgs.length);
  orgs.forEach((o, i) => {
    const ids = o.path.split('/').filter((p) => p !== '').map(Number).reverse();
    const peer = ids.find((id) => {
      const a = orgs[orgIndex.get(id) ?? -1];
      return a !== undefined && grassroots.has(a.type_code);
    });
    memberPeer[i] = peer === undefined ? i : (orgIndex.get(peer) as number);
  });

  // Members: who is subject each year (slot 1 = to rate), and their peer group.
  const n = memberCount(conn);
  const memberIds = new Int32Array(n);
  const memberGroup = new Int32Array(n);
  const memberSlots = new Uint8Array(n * Y);
  let count = 0;
  let currentId = -1;
  let currentOrg = 0;
  let events: MembershipEvent[] = [];
  const finish = () => {
    if (currentId < 0) return;
    memberIds[count] = currentId;
    memberGroup[count] = memberPeer[orgIndex.get(currentOrg) ?? 0] as number;
    plans.forEach((p, y) => {
      if (ratingSubject(events, effects, p.date).subject) memberSlots[count * Y + y] = 1;
    });
    count++;
  };
  let rowsRead = 0;
  for (const row of memberEventCursor(conn)) {
    if (++rowsRead % 20_000 === 0) options.progress?.(0.4 * Math.min(1, count / Math.max(1, n)), `Đang chọn người xếp loại (${count.toLocaleString('vi-VN')} / ${n.toLocaleString('vi-VN')})`);
    if (row.id !== currentId) {
      finish();
      currentId = row.id;
      currentOrg = row.organisation_id;
      events = [];
    }
    if (row.type_code !== null && row.event_date !== null) {
      events.push(membershipEventOf({ type_code: row.type_code, event_date: row.event_date, cancelled: row.cancelled ?? 0, org_to_id: row.org_to_id }));
    }
  }
  finish();

  const rng = new Random(options.seed * 7919 + 2025);
  const members = byGroup(memberGroup.subarray(0, count), orgs.length);
  plans.forEach((p, y) => {
    for (let g = 0; g < orgs.length; g++) drawGroup(rng, MEMBER_MIX, p.pct, memberSlots, members.indices, members.start[g] as number, members.start[g + 1] as number, Y, y);
  });

  // Organisations: active on the rating date, the root excepted; peer group = (parent, type).
  const peerKey = new Map<string, number>();
  const orgGroup = new Int32Array(orgs.length);
  const orgSlots = new Uint8Array(orgs.length * Y);
  orgs.forEach((o, i) => {
    const key = `${o.parent_id ?? 0}:${o.type_code}`;
    let g = peerKey.get(key);
    if (g === undefined) {
      g = peerKey.size;
      peerKey.set(key, g);
    }
    orgGroup[i] = g;
    plans.forEach((p, y) => {
      if (o.parent_id !== null && o.effective_from <= p.date && (o.effective_to === null || o.effective_to > p.date)) orgSlots[i * Y + y] = 1;
    });
  });
  const orgGroups = byGroup(orgGroup, peerKey.size);
  plans.forEach((p, y) => {
    for (let g = 0; g < peerKey.size; g++) drawGroup(rng, ORGANISATION_MIX, p.pct, orgSlots, orgGroups.indices, orgGroups.start[g] as number, orgGroups.start[g + 1] as number, Y, y);
  });

  const scores = new Random(options.seed * 104_729 + 11);
  const emitAll = (ids: ArrayLike<number>, total: number, slots: Uint8Array, kind: 'member' | 'organisation') => (emit: EmitRating) => {
    for (let i = 0; i < total; i++) {
      if (kind === 'member' && i % 20_000 === 0) options.progress?.(0.45 + (0.55 * i) / Math.max(1, total), `Đang ghi kết quả xếp loại (${i.toLocaleString('vi-VN')} / ${total.toLocaleString('vi-VN')} đảng viên)`);
      for (let y = 0; y < Y; y++) {
        const order = slots[i * Y + y] as number;
        if (order === 0) continue;
        const p = plans[y] as YearPlan;
        const c = (kind === 'member' ? p.member : p.organisation)[order - 1] as RatingCategory;
        emit(ids[i] as number, p.year, p.regime, c.code, scoreOf(scores, c));
      }
    }
  };
  try {
    const written = writeDemoRatings(conn, {
      onStep: (line) => options.progress?.(0.99, line),
      years: plans.map((p) => p.year),
      at: `${options.today}T00:00:00.000Z`,
      members: emitAll(memberIds, count, memberSlots, 'member'),
      organisations: emitAll(
        orgs.map((o) => o.id),
        orgs.length,
        orgSlots,
        'organisation',
      ),
    });
    return { memberRatings: written.members, organisationRatings: written.organisations };
  } catch (e) {
    if (e instanceof DemoRatingsExistError) throw new AppFailure('RULE', P.demoRatingsExist({ years: plans.map((p) => p.year).join(', ') }));
    throw e;
  }
}
