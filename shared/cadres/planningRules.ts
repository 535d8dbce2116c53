/**
 * Succession planning (quy hoạch) checks and shares (cadres.md, "Succession planning"): at most 3
 * people per post and 3 posts per person in a planning cycle (warnings, not refusals); the report
 * gives the share of women (target ≥ 25%) and of young cadres (under 40).
 */

import type { Problem } from '../kernel/problems.ts';
import { ageOn } from '../kernel/dates/partialDate.ts';
import type { Sex } from './retirement.ts';

export const PLANNING_MAX_PEOPLE_PER_POST = 3;
export const PLANNING_MAX_POSTS_PER_PERSON = 3;
export const PLANNING_WOMEN_TARGET = 0.25;
export const PLANNING_YOUNG_AGE = 40;

export interface PlanningEntry {
  cadreId: string;
  postKey: string;
  cycleCode: string;
}

function countDistinct(entries: readonly PlanningEntry[], key: (e: PlanningEntry) => string, member: (e: PlanningEntry) => string) {
  const groups = new Map<string, { sample: PlanningEntry; members: Set<string> }>();
  for (const e of entries) {
    const k = key(e);
    let g = groups.get(k);
    if (!g) groups.set(k, (g = { sample: e, members: new Set() }));
    g.members.add(member(e));
  }
  return [...groups.values()];
}

/** Warnings for posts planned for more than 3 people and people planned for more than 3 posts, per cycle. */
export function planningWarnings(entries: readonly PlanningEntry[]): Problem[] {
  const warnings: Problem[] = [];
  const sep = '\u0000';
  for (const g of countDistinct(entries, (e) => e.cycleCode + sep + e.postKey, (e) => e.cadreId)) {
    if (g.members.size > PLANNING_MAX_PEOPLE_PER_POST) {
      warnings.push({
        code: 'cadres.planningTooManyPeople',
        params: { postKey: g.sample.postKey, cycleCode: g.sample.cycleCode, count: g.members.size, max: PLANNING_MAX_PEOPLE_PER_POST },
      });
    }
  }
  for (const g of countDistinct(entries, (e) => e.cycleCode + sep + e.cadreId, (e) => e.postKey)) {
    if (g.members.size > PLANNING_MAX_POSTS_PER_PERSON) {
      warnings.push({
        code: 'cadres.planningTooManyPosts',
        params: { cadreId: g.sample.cadreId, cycleCode: g.sample.cycleCode, count: g.members.size, max: PLANNING_MAX_POSTS_PER_PERSON },
      });
    }
  }
  return warnings;
}

export interface PlanningShares {
  total: number;
  women: number;
  /** 0..1; 0 when nobody is planned. */
  womenShare: number;
  womenTargetMet: boolean;
  /** Under 40 on the given date; a birth date without day or month counts from 1 January. */
  young: number;
  youngShare: number;
  /** People without a birth date (not counted as young). */
  unknownAge: number;
}

export function planningShares(people: readonly { sex: Sex; birthDate: string | null }[], on: string): PlanningShares {
  const total = people.length;
  const women = people.filter((p) => p.sex === 'F').length;
  const young = people.filter((p) => p.birthDate !== null && ageOn(p.birthDate, on) < PLANNING_YOUNG_AGE).length;
  const womenShare = total === 0 ? 0 : women / total;
  return {
    total,
    women,
    womenShare,
    womenTargetMet: total > 0 && womenShare >= PLANNING_WOMEN_TARGET,
    young,
    youngShare: total === 0 ? 0 : young / total,
    unknownAge: people.filter((p) => p.birthDate === null).length,
  };
}
