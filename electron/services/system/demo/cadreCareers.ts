/**
 * The careers of the demo cadres (cadres.ts): each person's personnel actions over up to 20 years, in
 * the proportions of a board's year-end figures (issue 9: transfers and appointments, committee
 * appointments and approvals, reassignments, reappointments, nominations, opinions, planning), with
 * the posts held before and after, so the derivation of posts from actions has coherent input.
 */
import { addMonths, daysFromIso, isoFromDays } from './days.ts';
import { WeightedPicker, type Random } from './random.ts';

export interface Unit {
  name: string;
  orgId: number | null;
  /** Provincial body or local (commune/district) committee: decides the posts held there. */
  local: boolean;
}

export interface CareerAction {
  typeCode: string;
  date: string;
  /** The date as a day number (days.ts), for the grouping into decisions. */
  day: number;
  postKind: 'main' | 'concurrent' | 'committee';
  postBefore: string | null;
  unitBefore: string | null;
  postAfter: string | null;
  unitAfter: string | null;
  orgAfterId: number | null;
  termMonths: number | null;
  planningCycle: string | null;
}

export interface Career {
  actions: CareerAction[];
  mainPost: string | null;
  mainUnit: Unit | null;
}

/** Relative weights of the action types after the first appointment (a board's year, roughly). */
const TYPE_WEIGHTS: readonly (readonly [string, number])[] = [
  ['APPOINT', 7],
  ['TRANSFER_APPOINT', 5],
  ['REAPPOINT', 6],
  ['TRANSFER', 6],
  ['ROTATE', 2],
  ['SECOND', 1],
  ['REASSIGN', 6],
  ['COMMITTEE_APPOINT', 8],
  ['COMMITTEE_APPROVE', 12],
  ['NOMINATE', 4],
  ['RENOMINATE', 2],
  ['OPINION', 16],
  ['PLAN_ADD', 10],
  ['PLAN_REMOVE', 2],
  ['RELIEVE', 1],
  ['DISMISS_NONDISC', 0.3],
  ['RESIGN', 0.2],
];
const PICKER = new WeightedPicker(TYPE_WEIGHTS);

const PROVINCIAL_POSTS = ['Giám đốc', 'Phó Giám đốc', 'Phó Giám đốc', 'Chánh Văn phòng', 'Trưởng phòng', 'Trưởng phòng', 'Phó Trưởng phòng'];
const BOARD_POSTS = ['Trưởng ban', 'Phó Trưởng ban', 'Phó Trưởng ban', 'Vụ trưởng', 'Trưởng phòng'];
const LOCAL_POSTS = ['Bí thư Đảng ủy', 'Phó Bí thư Đảng ủy', 'Chủ tịch Ủy ban nhân dân', 'Phó Chủ tịch Ủy ban nhân dân', 'Chủ tịch Hội đồng nhân dân', 'Chủ nhiệm Ủy ban Kiểm tra'];
const COMMITTEE_POSTS = ['Ủy viên Ban Chấp hành Đảng bộ tỉnh', 'Ủy viên Ban Thường vụ Tỉnh ủy', 'Ủy viên Ủy ban Kiểm tra Tỉnh ủy', 'Ủy viên Ban Chấp hành Đảng bộ tỉnh'];
const PLANNED_POSTS = ['Ủy viên Ban Chấp hành Đảng bộ tỉnh', 'Ủy viên Ban Thường vụ Tỉnh ủy', 'Giám đốc sở và tương đương', 'Bí thư cấp ủy cấp xã', 'Phó Chủ tịch Ủy ban nhân dân tỉnh'];

function postAt(rng: Random, unit: Unit): string {
  if (unit.local) return rng.pick(LOCAL_POSTS);
  return rng.pick(unit.name.startsWith('Ban ') ? BOARD_POSTS : PROVINCIAL_POSTS);
}

/** The planning cycle a date's planning decision belongs to (migration 0007's cycles), or null before them. */
function cycleAt(rng: Random, date: string): string | null {
  const year = Number(date.slice(0, 4));
  if (year >= 2025) return rng.chance(0.6) ? 'P2030' : 'S2026';
  if (year >= 2020) return rng.chance(0.6) ? 'P2025' : 'S2026';
  return null;
}

/**
 * Dates of `count` actions between `from` and `to`, in order, at least `gap` days apart (fewer when
 * the span is short). The gap keeps a person's actions in order once grouped into decisions.
 */
function actionDays(rng: Random, from: number, to: number, count: number, gap: number): number[] {
  const span = to - from;
  if (span < 0) return [];
  const offsets = Array.from({ length: count }, () => rng.int(0, span)).sort((a, b) => a - b);
  const out: number[] = [];
  let last = -Infinity;
  for (const o of offsets) {
    if (o - last < gap) continue;
    out.push(from + o);
    last = o;
  }
  return out;
}

/**
 * One career: an appointment first, then actions drawn by weight (a reappointment only once a term
 * has nearly run, planning removals only when planned), and the retirement for a retired cadre.
 */
export function career(rng: Random, units: readonly Unit[], span: { from: string; to: string; retiredOn: string | null }, count: number, gap: number): Career {
  const days = actionDays(rng, daysFromIso(span.from), daysFromIso(span.to), count, gap);
  const actions: CareerAction[] = [];
  let post: string | null = null;
  let unit: Unit | null = null;
  let appointedOn: number | null = null;
  let planned: { post: string; cycle: string } | null = null;
  const base = (typeCode: string, day: number): CareerAction => ({
    typeCode, date: isoFromDays(day), day, postKind: 'main', postBefore: post, unitBefore: unit?.name ?? null, postAfter: null, unitAfter: null, orgAfterId: null, termMonths: null, planningCycle: null,
  });
  const move = (a: CareerAction, to: Unit, title: string, term: number | null) => {
    a.postAfter = title;
    a.unitAfter = to.name;
    a.orgAfterId = to.orgId;
    a.termMonths = term;
    post = title;
    unit = to;
  };
  days.forEach((day, i) => {
    const date = isoFromDays(day);
    // A term that has (nearly) run ends mostly in a reappointment (about 4 % of a year's actions).
    const termRun = appointedOn !== null && addMonths(appointedOn, 54) <= day;
    let type = i === 0 ? 'APPOINT' : termRun && rng.chance(0.5) ? 'REAPPOINT' : PICKER.pick(rng);
    if (type === 'REAPPOINT' && !termRun) type = 'COMMITTEE_APPROVE';
    if (type === 'PLAN_REMOVE' && planned === null) type = 'OPINION';
    if (type === 'PLAN_ADD' && cycleAt(rng, date) === null) type = 'OPINION';
    if ((type === 'RELIEVE' || type === 'DISMISS_NONDISC' || type === 'RESIGN' || type === 'REASSIGN') && post === null) type = 'APPOINT';
    const a = base(type, day);
    switch (type) {
      case 'APPOINT':
      case 'TRANSFER_APPOINT': {
        const to = type === 'APPOINT' && unit !== null && rng.chance(0.6) ? unit : rng.pick(units);
        if (type === 'APPOINT' && rng.chance(0.08) && post !== null) {
          a.postKind = 'concurrent';
          a.postAfter = postAt(rng, to);
          a.unitAfter = to.name;
          a.orgAfterId = to.orgId;
          a.termMonths = 60;
          break;
        }
        move(a, to, postAt(rng, to), 60);
        appointedOn = day;
        break;
      }
      case 'REAPPOINT':
        a.postAfter = post;
        a.unitAfter = unit?.name ?? null;
        a.orgAfterId = unit?.orgId ?? null;
        a.termMonths = 60;
        appointedOn = day;
        break;
      case 'TRANSFER':
      case 'ROTATE':
      case 'SECOND': {
        const to = rng.pick(units);
        move(a, to, postAt(rng, to), type === 'ROTATE' ? 36 : type === 'SECOND' ? 24 : null);
        appointedOn = null;
        break;
      }
      case 'REASSIGN':
        a.postAfter = post;
        a.unitAfter = unit?.name ?? null;
        a.orgAfterId = unit?.orgId ?? null;
        break;
      case 'COMMITTEE_APPOINT':
      case 'COMMITTEE_APPROVE':
      case 'NOMINATE':
      case 'RENOMINATE':
        a.postKind = 'committee';
        a.postAfter = rng.pick(COMMITTEE_POSTS);
        a.unitAfter = 'Tỉnh ủy';
        break;
      case 'PLAN_ADD': {
        const cycle = cycleAt(rng, date) as string;
        planned = { post: rng.pick(PLANNED_POSTS), cycle };
        a.postAfter = planned.post;
        a.planningCycle = cycle;
        break;
      }
      case 'PLAN_REMOVE':
        a.postAfter = planned?.post ?? null;
        a.planningCycle = planned?.cycle ?? null;
        planned = null;
        break;
      case 'RELIEVE':
      case 'DISMISS_NONDISC':
      case 'RESIGN':
        post = null;
        unit = null;
        appointedOn = null;
        break;
      default:
        // OPINION: the board's opinion on the person's case; no post changes.
        a.postAfter = post;
        a.unitAfter = unit?.name ?? null;
        break;
    }
    actions.push(a);
  });
  if (span.retiredOn !== null) {
    actions.push(base('RETIRE', daysFromIso(span.retiredOn)));
    post = null;
    unit = null;
  }
  return { actions, mainPost: post, mainUnit: unit };
}
