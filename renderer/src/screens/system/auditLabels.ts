import type { TFunction } from 'i18next';
import { contract, isMethodName } from '../../../../shared/contract/index.ts';

/**
 * Audit codes in the clerk's words, for every screen that shows the audit log (the system screen,
 * the member file's history). Labels live in screens/system/auditMessages.ts; a code without a label shows as
 * recorded, so nothing is hidden.
 */

/** The string at a dotted path of a message tree, or null (a missing key, or a branch). */
export function leaf(tree: unknown, path: readonly string[]): string | null {
  let node = tree;
  for (const key of path) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, key)) return null;
    node = (node as Record<string, unknown>)[key];
  }
  return typeof node === 'string' ? node : null;
}

/**
 * The action as the clerk reads it. A write that recorded no entry of its own is audited under its
 * method name (`member:create`): that shows the contract's Vietnamese summary of the method.
 */
export function auditActionLabel(t: TFunction, action: string): string {
  const label = leaf(t('audit.actions', { returnObjects: true }), action.split('.'));
  if (label !== null) return label;
  if (isMethodName(action)) return contract[action].summary;
  // A read logged under a method-like code that is no contract method (cadre:get records 'cadre:view'):
  // labelled as the dotted code.
  if (action.includes(':')) return leaf(t('audit.actions', { returnObjects: true }), action.split(/[.:]/)) ?? action;
  return action;
}

/** The kind of record an entry was written on (a table, or a method's domain). */
export function auditEntityLabel(t: TFunction, entity: string): string {
  return leaf(t('audit.entities', { returnObjects: true }), [entity]) ?? entity;
}
