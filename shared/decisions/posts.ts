import type { PostKind } from '../cadres/schemas.ts';
import { termEnd } from '../cadres/terms.ts';
import { searchKey } from '../kernel/text/normalise.ts';
import { effectRule } from './effects.ts';

/**
 * A cadre's file derived from the decisions about her (ARCHITECTURE.md, "Data rules": current state
 * is derived from dated events): the posts held on a date, the work-history lines and the planning
 * entries. Pure: the services read the actions and write what this returns (`cadre_post`,
 * `planning_entry`, the cached main post); the entry screen's "before" columns come from it too.
 * What each effect does is the data of ./effects.ts.
 */

export interface DerivationAction {
  id: number;
  decisionId: number;
  decisionNo: string;
  seq: number;
  typeCode: string;
  /** `cat_action_types.effect` of the type. */
  effect: string;
  effectiveOn: string;
  postKind: PostKind;
  postBefore: string | null;
  unitBefore: string | null;
  postAfter: string | null;
  unitAfter: string | null;
  orgAfterId: number | null;
  termMonths: number | null;
  planningCycle: string | null;
  note: string | null;
  status: 'active' | 'cancelled';
}

export interface DerivedPost {
  postKind: PostKind;
  title: string;
  unit: string | null;
  orgId: number | null;
  /** Held since (a reappointment or an extension keeps the first appointment's date). */
  since: string;
  termEnd: string | null;
  /** `term`: a term of months (a reappointment notice is due before it); `retirement`: extended to retirement. */
  termKind: 'term' | 'retirement' | null;
  /** The action that set the current term (or opened the post). */
  actionId: number;
  decisionId: number;
  decisionNo: string;
}

export interface DerivedHistoryLine {
  actionId: number;
  decisionId: number;
  decisionNo: string;
  effectiveOn: string;
  typeCode: string;
  postKind: PostKind;
  postAfter: string | null;
  unitAfter: string | null;
  status: 'active';
  /** The effective date of the action that ended or replaced the post this line opened. */
  endedOn: string | null;
}

export interface DerivedPlanning {
  cycleCode: string;
  post: string;
  postKey: string;
  addedOn: string;
  addedActionId: number;
  removedOn: string | null;
  removedActionId: number | null;
  removalReason: string | null;
}

export interface Derivation {
  posts: DerivedPost[];
  history: DerivedHistoryLine[];
  planning: DerivedPlanning[];
  /** The effective date of the retirement, when one applies on the date. */
  retiredOn: string | null;
  /** How many appointments (effect `appoint`) the cadre had by the date. */
  appointments: number;
}

/** Effective date, then the decision, then the row: the order in which the actions took effect. */
export function byEffect(a: DerivationAction, b: DerivationAction): number {
  if (a.effectiveOn !== b.effectiveOn) return a.effectiveOn < b.effectiveOn ? -1 : 1;
  return a.decisionId - b.decisionId || a.seq - b.seq;
}

/** Folded titles, kept between calls: the same few hundred post names come back for every cadre. */
const folded = new Map<string, string>();
const key = (text: string | null): string => {
  if (text === null) return '';
  let k = folded.get(text);
  if (k === undefined) {
    if (folded.size > 20_000) folded.clear();
    k = searchKey(text);
    folded.set(text, k);
  }
  return k;
};

/**
 * The file as of `asOf` (inclusive): active actions only, in the order they took effect.
 * `retirementDate` is where an extension's term ends (null when unknown: the term is then open).
 */
export function deriveFile(actions: readonly DerivationAction[], options: { asOf: string; retirementDate: string | null }): Derivation {
  const posts: (DerivedPost & { lines: DerivedHistoryLine[] })[] = [];
  const history: DerivedHistoryLine[] = [];
  const planning: DerivedPlanning[] = [];
  let retiredOn: string | null = null;
  let appointments = 0;

  const ended = (i: number, on: string) => {
    const [post] = posts.splice(i, 1);
    for (const l of post?.lines ?? []) l.endedOn = on;
  };
  const latestOfKind = (kind: PostKind): number => {
    let found = -1;
    let since = '';
    posts.forEach((p, i) => {
      if (p.postKind === kind && (found < 0 || p.since >= since)) [found, since] = [i, p.since];
    });
    return found;
  };
  /** The post titled `title` (folded), of `kind` first, then of any kind when `anyKind`. */
  const named = (title: string | null, kind: PostKind, anyKind: boolean): number => {
    if (title === null) return -1;
    const k = key(title);
    const i = posts.findIndex((p) => p.postKind === kind && key(p.title) === k);
    return i >= 0 || !anyKind ? i : posts.findIndex((p) => key(p.title) === k);
  };

  for (const a of [...actions].filter((x) => x.status === 'active' && x.effectiveOn <= options.asOf).sort(byEffect)) {
    const rule = effectRule(a.effect);
    if (a.effect === 'appoint') appointments += 1;
    const line: DerivedHistoryLine | null = rule.history
      ? { actionId: a.id, decisionId: a.decisionId, decisionNo: a.decisionNo, effectiveOn: a.effectiveOn, typeCode: a.typeCode, postKind: rule.kind === 'committee' ? 'committee' : a.postKind, postAfter: a.postAfter, unitAfter: a.unitAfter, status: 'active', endedOn: null }
      : null;
    if (line) history.push(line);
    const term = (): Pick<DerivedPost, 'termEnd' | 'termKind'> => {
      if (rule.term === 'retirement') return { termEnd: options.retirementDate, termKind: 'retirement' };
      if (rule.term === 'months' && a.termMonths !== null) return { termEnd: termEnd(a.effectiveOn, a.termMonths), termKind: 'term' };
      return { termEnd: null, termKind: null };
    };
    const from = { actionId: a.id, decisionId: a.decisionId, decisionNo: a.decisionNo };

    switch (rule.posts) {
      case 'open': {
        const kind: PostKind = rule.kind === 'committee' ? 'committee' : a.postKind;
        const title = a.postAfter ?? '';
        if (title === '' && a.unitAfter === null) break;
        // At most one main post; a concurrent or committee post of the same title and unit is the same seat.
        const same = kind === 'main' ? posts.findIndex((p) => p.postKind === 'main') : posts.findIndex((p) => p.postKind === kind && key(p.title) === key(title) && key(p.unit) === key(a.unitAfter));
        if (same >= 0) ended(same, a.effectiveOn);
        posts.push({ postKind: kind, title, unit: a.unitAfter, orgId: a.orgAfterId, since: a.effectiveOn, ...term(), ...from, lines: line ? [line] : [] });
        break;
      }
      case 'renew': {
        let i = named(a.postAfter, a.postKind, false);
        if (i < 0) i = named(a.postBefore, a.postKind, false);
        if (i < 0 && a.postAfter === null) i = latestOfKind(a.postKind);
        const held = posts[i];
        if (held) {
          Object.assign(held, term(), from, { unit: a.unitAfter ?? held.unit, orgId: a.orgAfterId ?? held.orgId });
          // The renewal's line and the appointment's end together, when the post ends.
          if (line) held.lines.push(line);
          break;
        }
        // The post was taken before the app (no action opened it): it is held from this action on.
        const title = a.postAfter ?? a.postBefore;
        if (title === null) break;
        if (a.postKind === 'main') {
          const main = posts.findIndex((p) => p.postKind === 'main');
          if (main >= 0) ended(main, a.effectiveOn);
        }
        posts.push({ postKind: a.postKind, title, unit: a.unitAfter ?? a.unitBefore, orgId: a.orgAfterId, since: a.effectiveOn, ...term(), ...from, lines: line ? [line] : [] });
        break;
      }
      case 'close': {
        const i = a.postBefore !== null ? named(a.postBefore, a.postKind, true) : latestOfKind(a.postKind);
        if (i >= 0) ended(i, a.effectiveOn);
        break;
      }
      case 'closeAll':
        while (posts.length > 0) ended(0, a.effectiveOn);
        retiredOn = a.effectiveOn;
        break;
      case 'keep':
        break;
    }

    if (rule.planning !== null && a.planningCycle !== null) {
      const postKey = key(a.postAfter);
      if (rule.planning === 'add') {
        const open = planning.some((p) => p.removedOn === null && p.cycleCode === a.planningCycle && p.postKey === postKey);
        if (!open && a.postAfter !== null) planning.push({ cycleCode: a.planningCycle, post: a.postAfter, postKey, addedOn: a.effectiveOn, addedActionId: a.id, removedOn: null, removedActionId: null, removalReason: null });
      } else {
        // Removal from a named post, or from every post of the cycle when none is named.
        for (const p of planning) {
          if (p.removedOn !== null || p.cycleCode !== a.planningCycle || (a.postAfter !== null && p.postKey !== postKey)) continue;
          Object.assign(p, { removedOn: a.effectiveOn, removedActionId: a.id, removalReason: a.note });
        }
      }
    }
  }
  return { posts: posts.map(({ lines: _lines, ...p }) => p), history, planning, retiredOn, appointments };
}

/**
 * The post of `kind` held on the date (the main post; of several concurrent or committee posts,
 * the latest taken: the one an action of that kind without "post before" ends).
 */
export function postOfKind(derivation: Derivation, kind: PostKind): DerivedPost | null {
  let found: DerivedPost | null = null;
  for (const p of derivation.posts) if (p.postKind === kind && (found === null || p.since >= found.since)) found = p;
  return found;
}
