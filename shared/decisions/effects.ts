/**
 * What a personnel action does to the cadre's file, by the `effect` of its type
 * (`cat_action_types.effect`; boards add their own types and pick one of these effects).
 * The derivation (./posts.ts) reads this table only: a change of rule is a change of data here.
 */

export const actionEffects = ['appoint', 'reappoint', 'extend', 'assign', 'committee', 'end', 'retire', 'planAdd', 'planRemove', 'none'] as const;
export type ActionEffect = (typeof actionEffects)[number];

export function isActionEffect(value: string): value is ActionEffect {
  return (actionEffects as readonly string[]).includes(value);
}

export interface EffectRule {
  /**
   * - `open`: the action's post is held from its effective date (a main post replaces the main
   *   post; a concurrent or committee post is added, or replaces the same title in the same unit);
   * - `renew`: the post already held gets a new term (its `since` stays: heading the same body is
   *   counted from the first appointment, for the 8-year rotation rule);
   * - `close`: the post named by "post before" ends (else the latest post of the action's kind);
   * - `closeAll`: every post ends and the cadre is retired;
   * - `keep`: the posts do not change.
   */
  posts: 'open' | 'renew' | 'close' | 'closeAll' | 'keep';
  /** The kind of post opened: the action's own, or always a committee seat. */
  kind: 'action' | 'committee';
  /**
   * `months`: the term is the action's months from its effective date (none when it has none);
   * `retirement`: the term runs to the retirement date (extension); `none`: no term.
   */
  term: 'months' | 'retirement' | 'none';
  /** Months of term when neither the action nor the type's catalogue row gives any. */
  defaultTermMonths: number | null;
  planning: 'add' | 'remove' | null;
  /** Whether the action is a line of the work history (post and unit). */
  history: boolean;
  /** The new post must be named ("post after"), or the unit for an assignment without a title. */
  needs: 'post' | 'postOrUnit' | null;
}

export const EFFECT_RULES: Readonly<Record<ActionEffect, EffectRule>> = {
  // Appointment to a leadership post: a 5-year term from the effective date (cadres.md, "Terms").
  appoint: { posts: 'open', kind: 'action', term: 'months', defaultTermMonths: 60, planning: null, history: true, needs: 'post' },
  // Reappointment: same post, a new term from the reappointment's effective date.
  reappoint: { posts: 'renew', kind: 'action', term: 'months', defaultTermMonths: 60, planning: null, history: true, needs: null },
  // Extension: same post, held until retirement (less than 2 years left at the term's end).
  extend: { posts: 'renew', kind: 'action', term: 'retirement', defaultTermMonths: null, planning: null, history: true, needs: null },
  // Recruitment, transfer, rotation, secondment, reassignment: a post or a unit, no term unless the
  // decision fixes one (a rotation or a secondment usually does).
  assign: { posts: 'open', kind: 'action', term: 'months', defaultTermMonths: null, planning: null, history: true, needs: 'postOrUnit' },
  // A committee seat (appointed or an election approved) is counted apart from the posts held.
  committee: { posts: 'open', kind: 'committee', term: 'months', defaultTermMonths: null, planning: null, history: true, needs: 'post' },
  // Relieved, suspended, resigned, dismissed: the post ends; the others stay.
  end: { posts: 'close', kind: 'action', term: 'none', defaultTermMonths: null, planning: null, history: true, needs: null },
  // Retirement ends every post.
  retire: { posts: 'closeAll', kind: 'action', term: 'none', defaultTermMonths: null, planning: null, history: true, needs: null },
  // Succession planning is a register of its own: it touches no post and no work history.
  planAdd: { posts: 'keep', kind: 'action', term: 'none', defaultTermMonths: null, planning: 'add', history: false, needs: 'post' },
  planRemove: { posts: 'keep', kind: 'action', term: 'none', defaultTermMonths: null, planning: 'remove', history: false, needs: null },
  // Nominations, opinions…: counted in reports, nothing in the file changes.
  none: { posts: 'keep', kind: 'action', term: 'none', defaultTermMonths: null, planning: null, history: false, needs: null },
};

export const effectRule = (effect: string): EffectRule => EFFECT_RULES[isActionEffect(effect) ? effect : 'none'];

/**
 * The term of an action when the clerk leaves it empty: the type's catalogue months, else the
 * effect's default (60 for appointments and reappointments), else none.
 */
export function defaultTermMonths(effect: string, catalogueMonths: number | null): number | null {
  const rule = effectRule(effect);
  if (rule.term !== 'months') return null;
  return catalogueMonths ?? rule.defaultTermMonths;
}
