import type { ActionEffect } from './schemas.ts';

/**
 * The personnel action types of the official list (catalogues/action-types.csv, 2026-11) and what each
 * does to the file; migration 0007 wrote the same effects into `cat_action_types.effect` (a unit test
 * checks both against the seed). A board may add types and pick their effect, but a built-in type
 * keeps its effect: it is the law's meaning of the word.
 */
export const BUILT_IN_ACTION_EFFECTS: Readonly<Record<string, ActionEffect>> = {
  RECRUIT: 'assign',
  APPOINT: 'appoint',
  REAPPOINT: 'reappoint',
  EXTEND: 'extend',
  TRANSFER: 'assign',
  TRANSFER_APPOINT: 'appoint',
  ROTATE: 'assign',
  SECOND: 'assign',
  REASSIGN: 'assign',
  COMMITTEE_APPOINT: 'committee',
  COMMITTEE_APPROVE: 'committee',
  NOMINATE: 'none',
  RENOMINATE: 'none',
  OPINION: 'none',
  PLAN_ADD: 'planAdd',
  PLAN_REMOVE: 'planRemove',
  RELIEVE: 'end',
  SUSPEND_POST: 'end',
  RESIGN: 'end',
  DISMISS_NONDISC: 'end',
  DISMISS: 'end',
  RETIRE: 'retire',
  RETIRE_EARLY: 'retire',
};

export function isBuiltInActionType(code: string): boolean {
  return Object.hasOwn(BUILT_IN_ACTION_EFFECTS, code);
}
