import type { z } from 'zod';
import { badgeMethods } from '../badges/contract.ts';
import { cadreMethods } from '../cadres/contract.ts';
import { catalogueMethods } from '../catalogues/contract.ts';
import { decisionMethods } from '../decisions/contract.ts';
import { eventMethods } from '../events/contract.ts';
import { jobMethods } from '../jobs/contract.ts';
import { memberFileMethods } from '../memberFile/contract.ts';
import { memberMethods } from '../members/contract.ts';
import { organisationMethods } from '../organisations/contract.ts';
import { ratingMethods } from '../ratings/contract.ts';
import { reminderMethods } from '../reminders/contract.ts';
import { systemMethods } from '../system/contract.ts';
import type { MethodDef } from './define.ts';

/**
 * The registry of contract parts: every method the app exposes, over IPC, the browser host and the
 * CLI. Names are `domain:verb`; each domain keeps its methods in `shared/<domain>/contract.ts`.
 * Adding a domain adds one line here (ARCHITECTURE.md, "Adding a domain").
 */
export const contractParts = [
  systemMethods,
  catalogueMethods,
  organisationMethods,
  memberMethods,
  eventMethods,
  ratingMethods,
  badgeMethods,
  memberFileMethods,
  cadreMethods,
  decisionMethods,
  reminderMethods,
  jobMethods,
] as const;

type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;
type Merged = UnionToIntersection<(typeof contractParts)[number]>;

/** Merges the parts; a name in two parts is a programming error, refused when the module loads. */
export function mergeParts<P extends readonly Record<string, MethodDef>[]>(parts: P): Record<string, MethodDef> {
  const merged: Record<string, MethodDef> = {};
  for (const part of parts) {
    for (const [name, def] of Object.entries(part)) {
      if (Object.hasOwn(merged, name)) throw new Error(`Contract method "${name}" is defined in two parts.`);
      merged[name] = def;
    }
  }
  return merged;
}

// The merge checked every part's names; the intersection of the parts is its exact type.
export const contract = mergeParts(contractParts) as Merged;

export type Contract = typeof contract;
export type MethodName = keyof Contract & string;
export type Input<K extends MethodName> = z.input<Contract[K]['input']>;
export type ParsedInput<K extends MethodName> = z.output<Contract[K]['input']>;
export type Output<K extends MethodName> = z.output<Contract[K]['output']>;

export const methodNames = Object.keys(contract) as MethodName[];

export function isMethodName(name: string): name is MethodName {
  return Object.hasOwn(contract, name);
}
