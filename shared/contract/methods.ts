import type { z } from 'zod';
import { badgeMethods } from './parts/badges.ts';
import { eventMethods } from './parts/events.ts';
import { memberFileMethods } from './parts/memberFile.ts';
import { memberMethods } from './parts/members.ts';
import { organisationMethods } from './parts/organisations.ts';
import { ratingMethods } from './parts/ratings.ts';
import { systemMethods } from './parts/system.ts';

/**
 * The single contract: every method the app exposes, over IPC, the browser host and the CLI.
 * Names are `domain:verb`. Each domain keeps its methods in parts/; the handler map
 * (electron/core/handlers.ts) must cover every key, and no name may appear in two parts.
 */
export const contractParts = [systemMethods, organisationMethods, memberMethods, eventMethods, ratingMethods, badgeMethods, memberFileMethods] as const;

export const contract = {
  ...systemMethods,
  ...organisationMethods,
  ...memberMethods,
  ...eventMethods,
  ...ratingMethods,
  ...badgeMethods,
  ...memberFileMethods,
} as const;


export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type Input<K extends MethodName> = z.input<Contract[K]['input']>;
export type ParsedInput<K extends MethodName> = z.output<Contract[K]['input']>;
export type Output<K extends MethodName> = z.output<Contract[K]['output']>;

export const methodNames = Object.keys(contract) as MethodName[];

export function isMethodName(name: string): name is MethodName {
  return Object.hasOwn(contract, name);
}
