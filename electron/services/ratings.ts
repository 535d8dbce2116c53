/**
 * Yearly quality ratings (ratings-and-badges.md): the grids of a grassroots organisation's members
 * and of an organisation's sub-organisations, saving one rating or a whole grid (all or nothing),
 * the excellent quota per peer group, the tally of a subtree and the quota setting.
 * Pure rules are in shared/domain/ratings.ts; SQL in db/repositories/ratings.ts.
 */
import { AppFailure } from '../../shared/contract/result.ts';
import type {
  CategoriesResult,
  GridResult,
  NotSubjectRow,
  OrgGridResult,
  QuotaSetting,
  QuotaState,
  Rating,
  RegimeInfo,
  SummaryResult,
  Tally,
} from '../../shared/contract/schemas/ratings.ts';
import { formatVi } from '../../shared/dates/partialDate.ts';
import { membershipEventOf, type ListEffect, type MembershipEvent } from '../../shared/domain/membership.ts';
import {
  RATING_RULES,
  categoriesFor,
  checkQuota,
  checkScore,
  countQuota,
  effectiveQuotaPct,
  notSubjectText,
  quotaCategories,
  quotaMessage,
  quotaNeedsConfirmation,
  quotaSettingRange,
  ratingDate,
  ratingSubject,
  regimeForYear,
  type NotSubjectReason,
  type RatedKind,
  type RatingCategory,
  type RatingRegime,
  type RatingSubject,
} from '../../shared/domain/ratings.ts';
import { cleanText } from '../../shared/text/normalise.ts';
import { getOrganisation, pathIds } from '../../db/repositories/organisations.ts';
import * as repo from '../../db/repositories/ratings.ts';
import type { MemberRatingRow, OrganisationRatingRow, OrgLite, RatingValues, StatusEventRow } from '../../db/repositories/ratings.ts';
import { getSetting, setSetting } from '../../db/repositories/settings.ts';
import type { ServiceContext } from './context.ts';
import { eventCatalogue } from './memberStatus.ts';

// ---- the year: regime, categories, rating date, quota ------------------------------------------

interface YearContext {
  year: number;
  date: string;
  regime: RegimeInfo;
  member: RatingCategory[];
  organisation: RatingCategory[];
}

function toRegime(r: { regime: number; first_year: number; last_year: number | null; quota_excellent_of_good_pct: number | null; quota_max_pct: number | null }): RatingRegime {
  return { regime: r.regime, firstYear: r.first_year, lastYear: r.last_year, quotaPct: r.quota_excellent_of_good_pct, quotaMaxPct: r.quota_max_pct };
}

function regimeInfo(r: RatingRegime, settingPct: number | null): RegimeInfo {
  return {
    regime: r.regime,
    firstYear: r.firstYear,
    lastYear: r.lastYear,
    defaultQuotaPct: r.quotaPct,
    maxQuotaPct: r.quotaPct === null ? null : Math.max(r.quotaPct, r.quotaMaxPct ?? r.quotaPct),
    quotaPct: effectiveQuotaPct(r, settingPct),
  };
}

async function quotaSettingValue(ctx: ServiceContext): Promise<number | null> {
  const raw = await getSetting(ctx.db, RATING_RULES.quotaSettingKey);
  if (raw === null) return null;
  const n = Number(raw);
  return Number.isInteger(n) ? n : null;
}

async function regimes(ctx: ServiceContext): Promise<RatingRegime[]> {
  return (await repo.listRegimes(ctx.db)).map(toRegime);
}

async function yearContext(ctx: ServiceContext, year: number): Promise<YearContext> {
  const all = await regimes(ctx);
  const regime = regimeForYear(all, year);
  if (!regime) {
    const first = Math.min(...all.map((r) => r.firstYear));
    throw new AppFailure('RULE', `Danh mục chưa có chế độ đánh giá, xếp loại cho năm ${year} (các chế độ có từ năm ${first}).`, { year: 'Năm chưa có chế độ xếp loại' });
  }
  const rows = (await repo.listCategories(ctx.db, regime.regime)).map((c) => ({ code: c.code, name: c.name, order: c.order, minScore: c.min_score, appliesTo: c.applies_to }));
  return {
    year,
    date: ratingDate(year),
    regime: regimeInfo(regime, await quotaSettingValue(ctx)),
    member: categoriesFor(rows, 'member'),
    organisation: categoriesFor(rows, 'organisation'),
  };
}

export async function categories(ctx: ServiceContext, input: { year: number }): Promise<CategoriesResult> {
  const yc = await yearContext(ctx, input.year);
  return { year: yc.year, ratingDate: yc.date, regime: yc.regime, member: yc.member, organisation: yc.organisation };
}

function toRating(row: MemberRatingRow | OrganisationRatingRow, categories: readonly RatingCategory[]): Rating {
  return {
    year: row.year,
    regime: row.regime,
    categoryCode: row.category_code,
    categoryName: categories.find((c) => c.code === row.category_code)?.name ?? row.category_code,
    score: row.score,
    decidingBody: row.deciding_body,
    decisionNo: row.decision_no,
    decisionDate: row.decision_date,
    note: row.note,
    updatedAt: row.updated_at,
  };
}

// ---- entries: validation and the values written ------------------------------------------------

interface EntryFields {
  categoryCode: string | null;
  score: number | null;
  decidingBody: string | null;
  decisionNo: string | null;
  decisionDate: string | null;
  note: string | null;
}

type Problem = { code: 'BAD_INPUT' | 'RULE'; field: keyof EntryFields; message: string };

const optional = (v: string | null) => (v === null ? null : cleanText(v) || null);

function valuesOf(e: EntryFields, regime: number): RatingValues | null {
  if (e.categoryCode === null) return null;
  const note = e.note === null ? null : e.note.normalize('NFC').trim() || null;
  return {
    regime,
    category_code: e.categoryCode,
    score: e.score,
    deciding_body: optional(e.decidingBody),
    decision_no: optional(e.decisionNo),
    decision_date: e.decisionDate,
    note,
  };
}

/** What is wrong with an entry (null: nothing). The subject rule is checked by the caller. */
function entryProblem(e: EntryFields, yc: YearContext, kind: RatedKind, today: string): Problem | null {
  if (e.categoryCode === null) return null;
  const cats = kind === 'member' ? yc.member : yc.organisation;
  if (!cats.some((c) => c.code === e.categoryCode)) {
    return {
      code: 'BAD_INPUT',
      field: 'categoryCode',
      message: `Mức xếp loại "${e.categoryCode}" không có trong chế độ xếp loại năm ${yc.year} (${cats.map((c) => c.code).join(', ')}).`,
    };
  }
  const score = checkScore(cats, e.categoryCode, e.score, e.note);
  if (!score.ok) return { code: 'RULE', field: 'score', message: score.message };
  if (e.decisionDate !== null && e.decisionDate > today) return { code: 'RULE', field: 'decisionDate', message: 'Ngày quyết định ở tương lai.' };
  return null;
}

function sameValues(old: MemberRatingRow | OrganisationRatingRow | undefined, next: RatingValues | null): boolean {
  if (!old || !next) return !old && !next;
  return (
    old.regime === next.regime &&
    old.category_code === next.category_code &&
    old.score === next.score &&
    old.deciding_body === next.deciding_body &&
    old.decision_no === next.decision_no &&
    old.decision_date === next.decision_date &&
    old.note === next.note
  );
}

function auditValues(year: number, v: RatingValues | MemberRatingRow | OrganisationRatingRow | null | undefined): Record<string, unknown> | null {
  if (!v) return null;
  return {
    year,
    regime: v.regime,
    categoryCode: v.category_code,
    score: v.score,
    decidingBody: v.deciding_body,
    decisionNo: v.decision_no,
    decisionDate: v.decision_date,
    note: v.note,
  };
}

/** One rating to write: the row before (if any) and the values after (null: remove). */
interface Change<R> {
  id: number;
  old: R | undefined;
  next: RatingValues | null;
}

function actionOf(change: Change<unknown>): 'create' | 'update' | 'delete' {
  return change.old === undefined ? 'create' : change.next === null ? 'delete' : 'update';
}

// ---- quota --------------------------------------------------------------------------------------

interface PeerQuota {
  peer: { id: number; name: string };
  typeCode: string | null;
  typeName: string | null;
  pct: number;
  excellent: RatingCategory;
  good: RatingCategory;
  /** Stored counts of the whole peer group before the change. */
  before: { excellent: number; good: number };
}

function quotaState(q: PeerQuota, counts: { excellent: number; good: number }, inGrid: { excellent: number; good: number }): QuotaState {
  const check = checkQuota(counts.excellent, counts.good, q.pct);
  return {
    peerOrganisationId: q.peer.id,
    peerOrganisationName: q.peer.name,
    typeCode: q.typeCode,
    typeName: q.typeName,
    pct: q.pct,
    excellentCode: q.excellent.code,
    excellentName: q.excellent.name,
    goodCode: q.good.code,
    goodName: q.good.name,
    excellent: check.excellent,
    good: check.good,
    limit: check.limit,
    exceeded: check.exceeded,
    outsideExcellent: counts.excellent - inGrid.excellent,
    outsideGood: counts.good - inGrid.good,
  };
}

/** The counts of a peer group after some changes of its members' (organisations') ratings. */
function countsAfter(q: PeerQuota, changes: readonly Change<MemberRatingRow | OrganisationRatingRow>[]): { excellent: number; good: number } {
  let { excellent, good } = q.before;
  for (const c of changes) {
    const was = c.old?.category_code ?? null;
    const will = c.next?.category_code ?? null;
    if (was === q.excellent.code) excellent--;
    if (was === q.good.code) good--;
    if (will === q.excellent.code) excellent++;
    if (will === q.good.code) good++;
  }
  return { excellent, good };
}

/**
 * Refuses a change that breaks the quota unless confirmed (RULE, with the warning in
 * fields.confirmQuotaBreach); a confirmed breach is audited on the peer organisation.
 */
function enforceQuota(ctx: ServiceContext, q: PeerQuota, after: { excellent: number; good: number }, confirm: boolean, year: number, kind: RatedKind): void {
  const check = checkQuota(after.excellent, after.good, q.pct);
  if (!quotaNeedsConfirmation(q.before, check)) return;
  const group = q.typeName ? `nhóm ${q.typeName.toLocaleLowerCase('vi')} trực thuộc ${q.peer.name}` : q.peer.name;
  const message = quotaMessage(group, check, q.excellent.name, q.good.name);
  if (!confirm) throw new AppFailure('RULE', message, { confirmQuotaBreach: message });
  ctx.audit({
    action: 'rating.quotaBreachConfirmed',
    entity: 'organisation',
    entityId: q.peer.id,
    oldValues: { year, kind, excellent: q.before.excellent, good: q.before.good },
    newValues: { year, kind, typeCode: q.typeCode, excellent: check.excellent, good: check.good, pct: check.pct, limit: check.limit },
  });
}

// ---- organisations: peer groups and order ------------------------------------------------------

async function grassrootsTypes(ctx: ServiceContext): Promise<{ grassroots: Set<string>; names: Map<string, string> }> {
  const types = await repo.organisationTypes(ctx.db);
  return { grassroots: new Set(types.filter((t) => t.grassroots === 1).map((t) => t.code)), names: new Map(types.map((t) => [t.code, t.name])) };
}

/** Organisation types that hold members' records (a cell). */
const HOLDING_TYPES = new Set(['CELL', 'GRASSROOTS_CELL']);

/**
 * The peer group of members for an organisation: its nearest grassroots ancestor (itself included);
 * a cell with no grassroots organisation above it is its own group. null: the organisation is above
 * the grassroots level.
 */
async function memberPeer(ctx: ServiceContext, org: { id: number; path: string; type_code: string; name: string }): Promise<{ id: number; name: string; path: string } | null> {
  const { grassroots } = await grassrootsTypes(ctx);
  const chain = await repo.organisationsByIds(ctx.db, pathIds(org.path));
  const byId = new Map(chain.map((o) => [o.id, o]));
  for (const id of pathIds(org.path).reverse()) {
    const o = byId.get(id);
    if (o && grassroots.has(o.type_code)) return { id: o.id, name: o.name, path: o.path };
  }
  return HOLDING_TYPES.has(org.type_code) ? { id: org.id, name: org.name, path: org.path } : null;
}

/** Position of each organisation of a subtree in the tree's display order (depth first). */
function treeRank(orgs: readonly OrgLite[], rootId: number): Map<number, number> {
  const children = new Map<number, OrgLite[]>();
  for (const o of orgs) {
    if (o.parent_id === null) continue;
    const list = children.get(o.parent_id) ?? [];
    list.push(o);
    children.set(o.parent_id, list);
  }
  const rank = new Map<number, number>();
  const stack = [rootId];
  while (stack.length > 0) {
    const id = stack.pop() as number;
    rank.set(id, rank.size);
    const kids = (children.get(id) ?? []).sort((a, b) => b.display_order - a.display_order || b.id - a.id);
    for (const k of kids) stack.push(k.id);
  }
  return rank;
}

function activeOn(o: Pick<OrgLite, 'effective_from' | 'effective_to'>, date: string): boolean {
  return o.effective_from <= date && (o.effective_to === null || o.effective_to > date);
}

// ---- member status on the rating date -----------------------------------------------------------

async function effects(ctx: ServiceContext): Promise<Map<string, ListEffect>> {
  return (await eventCatalogue(ctx)).effects;
}

/** Events grouped per member (the rows come ordered by member, date, entry). */
function groupEvents(rows: readonly StatusEventRow[]): Map<number, MembershipEvent[]> {
  const out = new Map<number, MembershipEvent[]>();
  for (const r of rows) {
    let list = out.get(r.member_id);
    if (!list) {
      list = [];
      out.set(r.member_id, list);
    }
    list.push(membershipEventOf(r));
  }
  return out;
}

function notSubjectFailure(name: string, year: number, s: Exclude<RatingSubject, { subject: true }>, date: string): AppFailure {
  return new AppFailure('RULE', `${name} không thuộc diện đánh giá, xếp loại năm ${year}: ${notSubjectText(s.reason, date).toLocaleLowerCase('vi')}.`, {
    categoryCode: notSubjectText(s.reason, date),
  });
}

// ---- the member grid ----------------------------------------------------------------------------

interface BuiltGrid {
  grid: GridResult;
  yc: YearContext;
  /** Every member of the subtree with a place in the grid (rows and not-subject), by id. */
  members: Map<number, { fullName: string; subject: RatingSubject; old: MemberRatingRow | undefined }>;
  quota: PeerQuota | null;
}

async function buildGrid(ctx: ServiceContext, organisationId: number, year: number): Promise<BuiltGrid> {
  const org = await getOrganisation(ctx.db, organisationId);
  if (!org) throw new AppFailure('NOT_FOUND', 'Không tìm thấy tổ chức đảng đã chọn.');
  const yc = await yearContext(ctx, year);
  const peer = await memberPeer(ctx, org);
  if (!peer) {
    throw new AppFailure(
      'RULE',
      `Đảng viên được xếp loại theo từng tổ chức cơ sở đảng: hãy chọn một đảng bộ cơ sở, chi bộ cơ sở hoặc chi bộ (${org.name} là cấp trên cơ sở).`,
      { organisationId: 'Chọn tổ chức cơ sở đảng hoặc chi bộ' },
    );
  }
  const [members, orgs, effectMap] = await Promise.all([repo.subtreeMembers(ctx.db, org.path), repo.subtreeOrganisations(ctx.db, org.path), effects(ctx)]);
  const ids = members.map((m) => m.id);
  const [eventRows, ratingRows] = await Promise.all([repo.eventsOfMembers(ctx.db, ids), repo.memberRatingsOfYear(ctx.db, ids, year)]);
  const events = groupEvents(eventRows);
  const ratings = new Map(ratingRows.map((r) => [r.member_id, r]));
  const rank = treeRank(orgs, org.id);

  const byOrder = [...members].sort(
    (a, b) => (rank.get(a.organisation_id) ?? 0) - (rank.get(b.organisation_id) ?? 0) || (a.sort_key < b.sort_key ? -1 : a.sort_key > b.sort_key ? 1 : 0),
  );
  const rows: GridResult['rows'] = [];
  const notSubject: NotSubjectRow[] = [];
  const placed: BuiltGrid['members'] = new Map();
  for (const m of byOrder) {
    const subject = ratingSubject(events.get(m.id) ?? [], effectMap, yc.date);
    const old = ratings.get(m.id);
    const rating = old ? toRating(old, yc.member) : null;
    if (subject.subject) {
      rows.push({ memberId: m.id, fullName: m.full_name, birthDate: m.birth_date, organisationId: m.organisation_id, organisationName: m.organisation_name, membership: m.membership, rating });
    } else if (subject.reason !== 'notOnList' || old) {
      notSubject.push({
        memberId: m.id,
        fullName: m.full_name,
        birthDate: m.birth_date,
        organisationName: m.organisation_name,
        reason: subject.reason,
        reasonText: notSubjectText(subject.reason, yc.date),
        since: subject.since,
        rating,
      });
    } else {
      continue;
    }
    placed.set(m.id, { fullName: m.full_name, subject, old });
  }

  let quota: PeerQuota | null = null;
  let state: QuotaState | null = null;
  const pair = quotaCategories(yc.member);
  if (yc.regime.quotaPct !== null && pair) {
    // The grid's own subtree is the peer group (the usual case): its stored ratings are at hand.
    let before = countQuota(
      ratingRows.map((r) => r.category_code),
      pair.excellent.code,
      pair.good.code,
    );
    if (peer.id !== org.id) {
      const counts = await repo.memberCategoryCounts(ctx.db, peer.path, year);
      before = { excellent: counts.get(pair.excellent.code) ?? 0, good: counts.get(pair.good.code) ?? 0 };
    }
    quota = { peer, typeCode: null, typeName: null, pct: yc.regime.quotaPct, excellent: pair.excellent, good: pair.good, before };
    const inGrid = countQuota(
      rows.map((r) => r.rating?.categoryCode ?? null),
      pair.excellent.code,
      pair.good.code,
    );
    state = quotaState(quota, before, inGrid);
  }

  return {
    grid: {
      organisation: { id: org.id, name: org.name, typeCode: org.type_code },
      year,
      ratingDate: yc.date,
      regime: yc.regime,
      categories: yc.member,
      rows,
      notSubject,
      quota: state,
    },
    yc,
    members: placed,
    quota,
  };
}

export async function grid(ctx: ServiceContext, input: { organisationId: number; year: number }): Promise<GridResult> {
  return (await buildGrid(ctx, input.organisationId, input.year)).grid;
}

interface MemberEntry extends EntryFields {
  memberId: number;
}

function writeMemberChange(ctx: ServiceContext, year: number, change: Change<MemberRatingRow>): Promise<void> {
  const action = actionOf(change);
  ctx.audit({ action: `rating.${action}`, entity: 'member_rating', entityId: change.id, oldValues: auditValues(year, change.old), newValues: auditValues(year, change.next) });
  if (change.next === null) return repo.deleteMemberRating(ctx.db, change.id, year);
  if (change.old === undefined) return repo.insertMemberRating(ctx.db, change.id, year, change.next, ctx.now);
  return repo.updateMemberRating(ctx.db, change.id, year, change.next, ctx.now);
}

function failWithProblems(problems: { index: number; name: string; problem: Problem }[]): never {
  const fields: Record<string, string> = {};
  for (const p of problems) fields[`entries.${p.index}.${p.problem.field}`] = p.problem.message;
  const first = problems[0] as { index: number; name: string; problem: Problem };
  const more = problems.length > 1 ? ` (và ${problems.length - 1} dòng khác có lỗi)` : '';
  throw new AppFailure(first.problem.code, `Chưa lưu bảng xếp loại: ${first.name}: ${first.problem.message}${more}`, fields);
}

export async function saveGrid(
  ctx: ServiceContext,
  input: { organisationId: number; year: number; entries: MemberEntry[]; confirmQuotaBreach: boolean },
): Promise<{ created: number; updated: number; removed: number; unchanged: number; grid: GridResult }> {
  const built = await buildGrid(ctx, input.organisationId, input.year);
  const { yc } = built;
  const problems: { index: number; name: string; problem: Problem }[] = [];
  const changes: Change<MemberRatingRow>[] = [];
  const seen = new Set<number>();
  let unchanged = 0;
  input.entries.forEach((e, index) => {
    const member = built.members.get(e.memberId);
    const name = member?.fullName ?? `Đảng viên số ${e.memberId}`;
    if (seen.has(e.memberId)) {
      problems.push({ index, name, problem: { code: 'BAD_INPUT', field: 'categoryCode', message: 'đảng viên này có hai dòng trong bảng.' } });
      return;
    }
    seen.add(e.memberId);
    if (!member) {
      problems.push({ index, name, problem: { code: 'BAD_INPUT', field: 'categoryCode', message: `không thuộc ${built.grid.organisation.name} hoặc không có tên trong danh sách năm ${yc.year}.` } });
      return;
    }
    if (e.categoryCode !== null && !member.subject.subject) {
      problems.push({ index, name, problem: { code: 'RULE', field: 'categoryCode', message: `không thuộc diện xếp loại (${notSubjectText(member.subject.reason, yc.date).toLocaleLowerCase('vi')}).` } });
      return;
    }
    const problem = entryProblem(e, yc, 'member', ctx.today);
    if (problem) {
      problems.push({ index, name, problem });
      return;
    }
    const next = valuesOf(e, yc.regime.regime);
    if (sameValues(member.old, next)) unchanged++;
    else changes.push({ id: e.memberId, old: member.old, next });
  });
  if (problems.length > 0) failWithProblems(problems);

  if (built.quota) enforceQuota(ctx, built.quota, countsAfter(built.quota, changes), input.confirmQuotaBreach, yc.year, 'member');
  for (const c of changes) await writeMemberChange(ctx, yc.year, c);
  const counts = { created: 0, updated: 0, removed: 0 };
  for (const c of changes) {
    const action = actionOf(c);
    if (action === 'create') counts.created++;
    else if (action === 'update') counts.updated++;
    else counts.removed++;
  }
  const after = changes.length > 0 ? (await buildGrid(ctx, input.organisationId, input.year)).grid : built.grid;
  return { ...counts, unchanged, grid: after };
}

export async function save(
  ctx: ServiceContext,
  input: MemberEntry & { year: number; confirmQuotaBreach: boolean },
): Promise<{ rating: Rating | null; quota: QuotaState | null }> {
  const member = await repo.memberWithOrganisation(ctx.db, input.memberId);
  if (!member) throw new AppFailure('NOT_FOUND', 'Không tìm thấy đảng viên này.');
  const yc = await yearContext(ctx, input.year);
  const old = await repo.memberRating(ctx.db, input.memberId, input.year);
  if (input.categoryCode !== null) {
    const subject = ratingSubject(groupEvents(await repo.eventsOfMembers(ctx.db, [input.memberId])).get(input.memberId) ?? [], await effects(ctx), yc.date);
    if (!subject.subject) throw notSubjectFailure(member.full_name, yc.year, subject, yc.date);
    const problem = entryProblem(input, yc, 'member', ctx.today);
    if (problem) throw new AppFailure(problem.code, problem.message, { [problem.field]: problem.message });
  }
  const next = valuesOf(input, yc.regime.regime);
  const change: Change<MemberRatingRow> = { id: input.memberId, old, next };

  let quota: PeerQuota | null = null;
  const pair = quotaCategories(yc.member);
  if (yc.regime.quotaPct !== null && pair) {
    const org = await getOrganisation(ctx.db, member.organisation_id);
    const peer = org ? await memberPeer(ctx, org) : null;
    if (peer) {
      const counts = await repo.memberCategoryCounts(ctx.db, peer.path, yc.year);
      quota = { peer, typeCode: null, typeName: null, pct: yc.regime.quotaPct, excellent: pair.excellent, good: pair.good, before: { excellent: counts.get(pair.excellent.code) ?? 0, good: counts.get(pair.good.code) ?? 0 } };
    }
  }
  const after = quota ? countsAfter(quota, [change]) : null;
  if (!sameValues(old, next)) {
    if (quota && after) enforceQuota(ctx, quota, after, input.confirmQuotaBreach, yc.year, 'member');
    await writeMemberChange(ctx, yc.year, change);
  }
  const saved = next === null ? undefined : await repo.memberRating(ctx.db, input.memberId, input.year);
  const own = countQuota([next?.category_code ?? null], quota?.excellent.code ?? '', quota?.good.code ?? '');
  return { rating: saved ? toRating(saved, yc.member) : null, quota: quota && after ? quotaState(quota, after, own) : null };
}

// ---- the organisation grid ----------------------------------------------------------------------

interface BuiltOrgGrid {
  grid: OrgGridResult;
  yc: YearContext;
  orgs: Map<number, { name: string; typeCode: string; old: OrganisationRatingRow | undefined }>;
  quotas: Map<string, PeerQuota>;
}

async function orgPeerQuota(
  ctx: ServiceContext,
  yc: YearContext,
  peer: { id: number; name: string },
  parentId: number | null,
  typeCode: string,
  typeName: string,
): Promise<PeerQuota | null> {
  const pair = quotaCategories(yc.organisation);
  if (yc.regime.quotaPct === null || !pair) return null;
  const counts = await repo.organisationCategoryCounts(ctx.db, parentId, typeCode, yc.year);
  return {
    peer,
    typeCode,
    typeName,
    pct: yc.regime.quotaPct,
    excellent: pair.excellent,
    good: pair.good,
    before: { excellent: counts.get(pair.excellent.code) ?? 0, good: counts.get(pair.good.code) ?? 0 },
  };
}

async function buildOrgGrid(ctx: ServiceContext, organisationId: number, year: number): Promise<BuiltOrgGrid> {
  const parent = await getOrganisation(ctx.db, organisationId);
  if (!parent) throw new AppFailure('NOT_FOUND', 'Không tìm thấy tổ chức đảng đã chọn.');
  const yc = await yearContext(ctx, year);
  const { names } = await grassrootsTypes(ctx);
  const children = await repo.childOrganisations(ctx.db, parent.id);
  const yearStart = `${year}-01-01`;
  const shown = children.filter((c) => activeOn(c, yc.date) || (c.effective_to !== null && c.effective_to >= yearStart && c.effective_to <= yc.date && c.effective_from <= yc.date));
  const ratings = new Map((await repo.organisationRatingsOfYear(ctx.db, shown.map((c) => c.id), year)).map((r) => [r.organisation_id, r]));
  const rows: OrgGridResult['rows'] = [];
  const notSubject: OrgGridResult['notSubject'] = [];
  const orgs: BuiltOrgGrid['orgs'] = new Map();
  for (const c of shown) {
    const old = ratings.get(c.id);
    const rating = old ? toRating(old, yc.organisation) : null;
    const typeName = names.get(c.type_code) ?? c.type_code;
    if (activeOn(c, yc.date)) rows.push({ organisationId: c.id, name: c.name, typeCode: c.type_code, typeName, rating });
    else {
      notSubject.push({
        organisationId: c.id,
        name: c.name,
        typeCode: c.type_code,
        typeName,
        reason: 'dissolved',
        reasonText: `Thôi hoạt động từ ${formatVi(c.effective_to)}`,
        since: c.effective_to,
        rating,
      });
    }
    orgs.set(c.id, { name: c.name, typeCode: c.type_code, old });
  }
  const quotas = new Map<string, PeerQuota>();
  const states: QuotaState[] = [];
  for (const typeCode of [...new Set(rows.map((r) => r.typeCode))]) {
    const q = await orgPeerQuota(ctx, yc, { id: parent.id, name: parent.name }, parent.id, typeCode, names.get(typeCode) ?? typeCode);
    if (!q) continue;
    quotas.set(typeCode, q);
    const inGrid = countQuota(
      rows.filter((r) => r.typeCode === typeCode).map((r) => r.rating?.categoryCode ?? null),
      q.excellent.code,
      q.good.code,
    );
    states.push(quotaState(q, q.before, inGrid));
  }
  return {
    grid: {
      organisation: { id: parent.id, name: parent.name, typeCode: parent.type_code },
      year,
      ratingDate: yc.date,
      regime: yc.regime,
      categories: yc.organisation,
      rows,
      notSubject,
      quotas: states,
    },
    yc,
    orgs,
    quotas,
  };
}

export async function orgGrid(ctx: ServiceContext, input: { organisationId: number; year: number }): Promise<OrgGridResult> {
  return (await buildOrgGrid(ctx, input.organisationId, input.year)).grid;
}

interface OrgEntry extends EntryFields {
  organisationId: number;
}

function writeOrgChange(ctx: ServiceContext, year: number, change: Change<OrganisationRatingRow>): Promise<void> {
  const action = actionOf(change);
  ctx.audit({
    action: `organisationRating.${action}`,
    entity: 'organisation_rating',
    entityId: change.id,
    oldValues: auditValues(year, change.old),
    newValues: auditValues(year, change.next),
  });
  if (change.next === null) return repo.deleteOrganisationRating(ctx.db, change.id, year);
  if (change.old === undefined) return repo.insertOrganisationRating(ctx.db, change.id, year, change.next, ctx.now);
  return repo.updateOrganisationRating(ctx.db, change.id, year, change.next, ctx.now);
}

export async function saveOrgGrid(
  ctx: ServiceContext,
  input: { organisationId: number; year: number; entries: OrgEntry[]; confirmQuotaBreach: boolean },
): Promise<{ created: number; updated: number; removed: number; unchanged: number; grid: OrgGridResult }> {
  const built = await buildOrgGrid(ctx, input.organisationId, input.year);
  const { yc } = built;
  const problems: { index: number; name: string; problem: Problem }[] = [];
  const changes: Change<OrganisationRatingRow>[] = [];
  const typeOf = new Map<number, string>();
  const seen = new Set<number>();
  let unchanged = 0;
  input.entries.forEach((e, index) => {
    const org = built.orgs.get(e.organisationId);
    const name = org?.name ?? `Tổ chức số ${e.organisationId}`;
    if (seen.has(e.organisationId)) {
      problems.push({ index, name, problem: { code: 'BAD_INPUT', field: 'categoryCode', message: 'tổ chức này có hai dòng trong bảng.' } });
      return;
    }
    seen.add(e.organisationId);
    if (!org) {
      problems.push({ index, name, problem: { code: 'BAD_INPUT', field: 'categoryCode', message: `không trực thuộc ${built.grid.organisation.name} hoặc không hoạt động năm ${yc.year}.` } });
      return;
    }
    if (e.categoryCode !== null && !built.grid.rows.some((r) => r.organisationId === e.organisationId)) {
      problems.push({ index, name, problem: { code: 'RULE', field: 'categoryCode', message: `đã thôi hoạt động trước ngày xét ${formatVi(yc.date)}.` } });
      return;
    }
    const problem = entryProblem(e, yc, 'organisation', ctx.today);
    if (problem) {
      problems.push({ index, name, problem });
      return;
    }
    const next = valuesOf(e, yc.regime.regime);
    typeOf.set(e.organisationId, org.typeCode);
    if (sameValues(org.old, next)) unchanged++;
    else changes.push({ id: e.organisationId, old: org.old, next });
  });
  if (problems.length > 0) failWithProblems(problems);

  for (const [typeCode, q] of built.quotas) {
    const own = changes.filter((c) => typeOf.get(c.id) === typeCode);
    enforceQuota(ctx, q, countsAfter(q, own), input.confirmQuotaBreach, yc.year, 'organisation');
  }
  const counts = { created: 0, updated: 0, removed: 0 };
  for (const c of changes) {
    await writeOrgChange(ctx, yc.year, c);
    const action = actionOf(c);
    if (action === 'create') counts.created++;
    else if (action === 'update') counts.updated++;
    else counts.removed++;
  }
  const after = changes.length > 0 ? (await buildOrgGrid(ctx, input.organisationId, input.year)).grid : built.grid;
  return { ...counts, unchanged, grid: after };
}

export async function saveOrg(
  ctx: ServiceContext,
  input: OrgEntry & { year: number; confirmQuotaBreach: boolean },
): Promise<{ rating: Rating | null; quotas: QuotaState[] }> {
  const org = await getOrganisation(ctx.db, input.organisationId);
  if (!org) throw new AppFailure('NOT_FOUND', 'Không tìm thấy tổ chức đảng đã chọn.');
  const yc = await yearContext(ctx, input.year);
  const old = await repo.organisationRating(ctx.db, org.id, yc.year);
  if (input.categoryCode !== null) {
    if (!activeOn(org, yc.date)) throw new AppFailure('RULE', `${org.name} không hoạt động vào ngày xét ${formatVi(yc.date)}, nên không xếp loại năm ${yc.year}.`);
    const problem = entryProblem(input, yc, 'organisation', ctx.today);
    if (problem) throw new AppFailure(problem.code, problem.message, { [problem.field]: problem.message });
  }
  const next = valuesOf(input, yc.regime.regime);
  const change: Change<OrganisationRatingRow> = { id: org.id, old, next };
  const { names } = await grassrootsTypes(ctx);
  const parent = org.parent_id === null ? null : await getOrganisation(ctx.db, org.parent_id);
  const q = await orgPeerQuota(ctx, yc, parent ? { id: parent.id, name: parent.name } : { id: org.id, name: org.name }, org.parent_id, org.type_code, names.get(org.type_code) ?? org.type_code);
  const after = q ? countsAfter(q, [change]) : null;
  if (!sameValues(old, next)) {
    if (q && after) enforceQuota(ctx, q, after, input.confirmQuotaBreach, yc.year, 'organisation');
    await writeOrgChange(ctx, yc.year, change);
  }
  const saved = next === null ? undefined : await repo.organisationRating(ctx.db, org.id, yc.year);
  const own = countQuota([next?.category_code ?? null], q?.excellent.code ?? '', q?.good.code ?? '');
  return { rating: saved ? toRating(saved, yc.organisation) : null, quotas: q && after ? [quotaState(q, after, own)] : [] };
}

// ---- summary ------------------------------------------------------------------------------------

const pctOf = (n: number, of: number) => (of === 0 ? 0 : Math.round((n * 1000) / of) / 10);

function tally(code: string, name: string, count: number, base: number, rated: number | null): Tally {
  return { code, name, count, pct: pctOf(count, base), pctOfRated: rated === null ? null : pctOf(count, rated) };
}

const REASON_NAMES: Record<Exclude<NotSubjectReason, 'notOnList'>, string> = {
  exempted: 'Miễn công tác và sinh hoạt đảng',
  suspended: 'Đình chỉ sinh hoạt đảng',
  recentlyAdmitted: `Kết nạp chưa đủ ${RATING_RULES.minMonthsSinceAdmission} tháng`,
};

/**
 * The tally of a subtree for a year: members on the list on the rating date split into not subject /
 * subject but not rated / rated by category, and the organisations below the chosen one by category.
 * Status is derived from the events on the rating date, member by member, in chunks.
 */
export async function summary(ctx: ServiceContext, input: { organisationId: number | null; year: number }): Promise<SummaryResult> {
  const yc = await yearContext(ctx, input.year);
  const org = input.organisationId === null ? null : await getOrganisation(ctx.db, input.organisationId);
  if (input.organisationId !== null && !org) throw new AppFailure('NOT_FOUND', 'Không tìm thấy tổ chức đảng đã chọn.');
  const path = org?.path ?? null;
  const effectMap = await effects(ctx);

  let total = 0;
  let notRated = 0;
  let ratedNotSubject = 0;
  const byReason = new Map<NotSubjectReason, number>();
  const byCategory = new Map<string, number>();
  const ids = repo.memberIdsInSubtree(ctx.connection.sqlite, path);
  repo.forEachMemberChunk(ctx.connection.sqlite, ids, yc.year, (chunk, eventRows, ratings) => {
    const events = groupEvents(eventRows);
    for (const id of chunk) {
      const s = ratingSubject(events.get(id) ?? [], effectMap, yc.date);
      const category = ratings.get(id);
      if (!s.subject) {
        if (category !== undefined) ratedNotSubject++;
        if (s.reason === 'notOnList') continue;
        total++;
        byReason.set(s.reason, (byReason.get(s.reason) ?? 0) + 1);
        continue;
      }
      total++;
      if (category === undefined) notRated++;
      else byCategory.set(category, (byCategory.get(category) ?? 0) + 1);
    }
  });
  const notSubject = [...byReason.values()].reduce((a, b) => a + b, 0);
  const rated = [...byCategory.values()].reduce((a, b) => a + b, 0);
  const categoryTallies = (cats: readonly RatingCategory[], counts: Map<string, number>, base: number, ratedCount: number) => {
    const known = cats.map((c) => tally(c.code, c.name, counts.get(c.code) ?? 0, base, ratedCount));
    const unknown = [...counts].filter(([code]) => !cats.some((c) => c.code === code)).map(([code, n]) => tally(code, code, n, base, ratedCount));
    return [...known, ...unknown];
  };

  const orgs = (path === null ? await repo.allOrganisations(ctx.db) : await repo.subtreeOrganisations(ctx.db, path)).filter(
    (o) => o.parent_id !== null && o.id !== org?.id && activeOn(o, yc.date),
  );
  const orgRatings = await repo.organisationCategoriesInSubtree(ctx.db, path, yc.year);
  const orgCounts = new Map<string, number>();
  let orgNotRated = 0;
  for (const o of orgs) {
    const c = orgRatings.get(o.id);
    if (c === undefined) orgNotRated++;
    else orgCounts.set(c, (orgCounts.get(c) ?? 0) + 1);
  }
  const orgRated = orgs.length - orgNotRated;

  return {
    organisation: org ? { id: org.id, name: org.name, typeCode: org.type_code } : null,
    year: yc.year,
    ratingDate: yc.date,
    regime: yc.regime,
    members: {
      total,
      notSubject: tally('notSubject', 'Không thuộc diện đánh giá', notSubject, total, null),
      notSubjectByReason: (Object.keys(REASON_NAMES) as (keyof typeof REASON_NAMES)[]).map((r) => tally(r, REASON_NAMES[r], byReason.get(r) ?? 0, total, null)),
      notRated: tally('notRated', 'Thuộc diện nhưng chưa xếp loại', notRated, total, null),
      rated: tally('rated', 'Đã xếp loại', rated, total, null),
      categories: categoryTallies(yc.member, byCategory, total, rated),
      ratedNotSubject,
    },
    organisations: {
      total: orgs.length,
      notRated: tally('notRated', 'Chưa xếp loại', orgNotRated, orgs.length, null),
      rated: tally('rated', 'Đã xếp loại', orgRated, orgs.length, null),
      categories: categoryTallies(yc.organisation, orgCounts, orgs.length, orgRated),
    },
  };
}

// ---- one member's history -----------------------------------------------------------------------

export async function memberRatings(ctx: ServiceContext, input: { memberId: number }): Promise<{ memberId: number; fullName: string; ratings: Rating[] }> {
  const member = await repo.memberWithOrganisation(ctx.db, input.memberId);
  if (!member) throw new AppFailure('NOT_FOUND', 'Không tìm thấy đảng viên này.');
  const [rows, cats] = await Promise.all([repo.memberRatingHistory(ctx.db, input.memberId), repo.allCategories(ctx.db)]);
  const byRegime = new Map<number, RatingCategory[]>();
  const categoriesOf = (regime: number) => {
    let list = byRegime.get(regime);
    if (!list) {
      list = categoriesFor(
        cats.filter((c) => c.regime === regime).map((c) => ({ code: c.code, name: c.name, order: c.order, minScore: c.min_score, appliesTo: c.applies_to })),
        'member',
      );
      byRegime.set(regime, list);
    }
    return list;
  };
  return { memberId: member.id, fullName: member.full_name, ratings: rows.map((r) => toRating(r, categoriesOf(r.regime))) };
}

// ---- the quota setting --------------------------------------------------------------------------

export async function quotaSetting(ctx: ServiceContext): Promise<QuotaSetting> {
  const all = await regimes(ctx);
  const range = quotaSettingRange(all) ?? { min: 0, max: 0 };
  const pct = await quotaSettingValue(ctx);
  return { pct, min: range.min, max: range.max, regimes: all.map((r) => regimeInfo(r, pct)) };
}

export async function setQuotaSetting(ctx: ServiceContext, input: { pct: number | null }): Promise<QuotaSetting> {
  const all = await regimes(ctx);
  const range = quotaSettingRange(all);
  if (input.pct !== null && (!range || input.pct < range.min || input.pct > range.max)) {
    const message = range
      ? `Tỷ lệ "Hoàn thành xuất sắc nhiệm vụ" phải từ ${range.min}% đến ${range.max}% số "Hoàn thành tốt nhiệm vụ".`
      : 'Danh mục không có chế độ xếp loại nào có tỷ lệ xuất sắc.';
    throw new AppFailure('RULE', message, { pct: message });
  }
  const old = await quotaSettingValue(ctx);
  if (old !== input.pct) {
    if (input.pct === null) await repo.deleteSetting(ctx.db, RATING_RULES.quotaSettingKey);
    else await setSetting(ctx.db, RATING_RULES.quotaSettingKey, String(input.pct));
    ctx.audit({ action: 'rating.quotaSetting', entity: 'app_setting', entityId: null, oldValues: { key: RATING_RULES.quotaSettingKey, pct: old }, newValues: { key: RATING_RULES.quotaSettingKey, pct: input.pct } });
  }
  return quotaSetting(ctx);
}
