import type { TFunction } from 'i18next';
import { cadreFieldsVi } from '../cadres/fieldMessages.ts';
import { memberFileVi } from '../memberFile/messages.ts';
import { memberFormVi } from '../members/messages.ts';
import { auditVi } from './auditMessages.ts';
import { leaf } from './auditLabels.ts';

/** The message trees a field's label is read from. */
export type LabelRoot = 'memberFile.columns' | 'memberForm.fields' | 'memberFile.history.fields' | 'audit.fields' | 'audit.byEntity' | 'cadres.fields' | 'cadres.cv' | 'cadres.columns';

/**
 * Where the label of an audited field lives, for an entry on `entity` (a table name of the log:
 * member, organisation, member_event, …): a message tree and the path in it. The card's fields
 * read as on the card, a file table's columns as in the table, the rest from audit.fields
 * (audit.byEntity where the sense depends on the record: an organisation's typeCode is its type,
 * an event's its event type). Null for a field no label covers (shown as recorded).
 */
export function fieldLabelPath(entity: string, key: string, inTable: boolean): { root: LabelRoot; path: string[] } | null {
  const has = (tree: object, k: string) => Object.hasOwn(tree, k);
  // A cadre file's entries (issue 9): its tables' columns, its own fields and the CV fields read as in the file.
  if (entity.startsWith('cadre')) {
    if (inTable && has(cadreFieldsVi.columns, key)) return { root: 'cadres.columns', path: [key] };
    if (has(cadreFieldsVi.fields, key)) return { root: 'cadres.fields', path: [key] };
    if (has(cadreFieldsVi.cv, key)) return { root: 'cadres.cv', path: [key] };
  }
  if (inTable && has(memberFileVi.columns, key)) return { root: 'memberFile.columns', path: [key] };
  const own: object | null = has(auditVi.byEntity, entity) ? (auditVi.byEntity as Record<string, object>)[entity] ?? null : null;
  if (own && has(own, key)) return { root: 'audit.byEntity', path: [entity, key] };
  if (entity === 'member' && has(memberFormVi.fields, key)) return { root: 'memberForm.fields', path: [key] };
  if (has(memberFileVi.history.fields, key)) return { root: 'memberFile.history.fields', path: [key] };
  if (has(auditVi.fields, key)) return { root: 'audit.fields', path: [key] };
  if (has(memberFormVi.fields, key)) return { root: 'memberForm.fields', path: [key] };
  if (has(memberFileVi.columns, key)) return { root: 'memberFile.columns', path: [key] };
  return null;
}

/** The label of an audited field in the interface's language, or the field's name when none covers it. */
export function fieldLabel(t: TFunction, entity: string, key: string, inTable: boolean): string {
  const at = fieldLabelPath(entity, key, inTable);
  return (at && leaf(t(at.root, { returnObjects: true }), at.path)) ?? key;
}

/** Fields an entry keeps for the machine, never shown (one list with the audit export's: shared/system/auditFields.ts). */
export { HIDDEN_FIELDS } from '../../../../shared/system/auditFields.ts';
