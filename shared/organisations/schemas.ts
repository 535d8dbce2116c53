import { z } from 'zod';
import { code, decision, fullDate, id, optionalText, text } from '../kernel/schemas.ts';

export const orgNode = z.object({
  id,
  parentId: id.nullable(),
  code: z.string().nullable(),
  name: z.string(),
  shortName: z.string().nullable(),
  typeCode: z.string(),
  unitTypeCode: z.string().nullable(),
  displayOrder: z.number().int(),
  effectiveFrom: z.string(),
  effectiveTo: z.string().nullable(),
  successorId: id.nullable(),
  childCount: z.number().int(),
  /** Members on the list in the whole subtree. */
  memberCount: z.number().int(),
});
export type OrgNode = z.infer<typeof orgNode>;

export const orgHistoryEntry = z.object({
  id,
  kind: z.enum(['CREATE', 'RENAME', 'MOVE', 'DISSOLVE', 'MERGE_OUT', 'MERGE_IN']),
  effectiveDate: z.string(),
  oldName: z.string().nullable(),
  newName: z.string().nullable(),
  otherOrganisationId: id.nullable(),
  otherOrganisationName: z.string().nullable(),
  decisionNo: z.string().nullable(),
  note: z.string().nullable(),
});
export type OrgHistoryEntry = z.infer<typeof orgHistoryEntry>;

export const orgDetail = orgNode.extend({
  ancestors: z.array(z.object({ id, name: z.string() })),
  history: z.array(orgHistoryEntry),
  directMemberCount: z.number().int(),
});
export type OrgDetail = z.infer<typeof orgDetail>;

export const childrenInput = z.object({
  parentId: id.nullable(),
  includeInactive: z.boolean().default(false),
});

export const orgSearchInput = z.object({
  q: z.string().max(200),
  limit: z.number().int().min(1).max(200).default(30),
});
export const orgSearchHit = orgNode.extend({ pathNames: z.array(z.string()) });
export type OrgSearchHit = z.infer<typeof orgSearchHit>;

export const orgCreateInput = z.object({
  parentId: id.nullable(),
  name: text(300),
  shortName: optionalText(100),
  code: optionalText(40),
  typeCode: code,
  unitTypeCode: code.nullable().default(null),
  displayOrder: z.number().int().min(0).nullable().default(null),
  effectiveFrom: fullDate,
  ...decision,
});
export type OrgCreateInput = z.input<typeof orgCreateInput>;

export const orgUpdateInput = z.object({
  id,
  shortName: optionalText(100),
  code: optionalText(40),
  typeCode: code,
  unitTypeCode: code.nullable().default(null),
  displayOrder: z.number().int().min(0),
});

export const orgRenameInput = z.object({ id, name: text(300), shortName: optionalText(100), effectiveDate: fullDate, ...decision });
export const orgMoveInput = z.object({ id, newParentId: id, effectiveDate: fullDate, ...decision });
export const orgDissolveInput = z.object({ id, effectiveDate: fullDate, ...decision });
export const orgMergeInput = z.object({
  sourceIds: z.array(id).min(1, 'Chọn ít nhất một tổ chức được hợp nhất'),
  successorId: id,
  effectiveDate: fullDate,
  ...decision,
});
export const orgMergeResult = z.object({ successorId: id, movedMembers: z.number().int(), movedChildren: z.number().int() });
