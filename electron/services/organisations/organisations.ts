import { AppFailure } from '../../../shared/kernel/result.ts';
import { organisationProblems as P } from '../../../shared/organisations/problems.ts';
import type { OrgDetail, OrgNode, OrgSearchHit } from '../../../shared/organisations/schemas.ts';
import type { ParsedInput } from '../../../shared/contract/methods.ts';
import { cleanText, searchKey, searchWords } from '../../../shared/kernel/text/normalise.ts';
import { formatVi } from '../../../shared/kernel/dates/partialDate.ts';
import * as catalogues from '../../../db/repositories/catalogues/catalogues.ts';
import * as orgs from '../../../db/repositories/organisations/organisations.ts';
import * as members from '../../../db/repositories/members/members.ts';
import type { OrganisationRow } from '../../../db/repositories/organisations/organisations.ts';
import type { ServiceContext } from '../context.ts';
import { EVENT } from '../../../shared/events/eventTypes.ts';

const MOVE_BY_REORGANISATION = EVENT.MOVE_BY_REORGANISATION;

function orgSearchText(name: string, shortName: string | null, code: string | null): string {
  return searchKey([name, shortName ?? '', code ?? ''].join(' '));
}

async function toNode(ctx: ServiceContext, row: OrganisationRow, childCount?: number): Promise<OrgNode> {
  return {
    id: row.id,
    parentId: row.parent_id,
    code: row.code,
    name: row.name,
    shortName: row.short_name,
    typeCode: row.type_code,
    unitTypeCode: row.unit_type_code,
    displayOrder: row.display_order,
    effectiveFrom: row.effective_from,
    effectiveTo: row.effective_to,
    successorId: row.successor_id,
    childCount: childCount ?? (await orgs.activeChildCount(ctx.db, row.id)),
    memberCount: await orgs.subtreeMemberCount(ctx.db, row.path),
  };
}

async function mustGet(ctx: ServiceContext, id: number): Promise<OrganisationRow> {
  const row = await orgs.getOrganisation(ctx.db, id);
  if (!row) throw new AppFailure('NOT_FOUND', P.notFound());
  return row;
}

async function mustBeActive(ctx: ServiceContext, id: number): Promise<OrganisationRow> {
  const row = await mustGet(ctx, id);
  if (row.effective_to !== null) {
    throw new AppFailure('RULE', P.inactiveSince({ name: row.name, date: formatVi(row.effective_to) }));
  }
  return row;
}

function snapshot(row: OrganisationRow): Record<string, unknown> {
  return {
    parentId: row.parent_id,
    code: row.code,
    name: row.name,
    shortName: row.short_name,
    typeCode: row.type_code,
    unitTypeCode: row.unit_type_code,
    displayOrder: row.display_order,
    effectiveFrom: row.effective_from,
    effectiveTo: row.effective_to,
    successorId: row.successor_id,
  };
}

async function checkCodes(ctx: ServiceContext, typeCode: string, unitTypeCode: string | null): Promise<void> {
  if (!(await catalogues.hasOrganisationType(ctx.db, typeCode))) throw new AppFailure('BAD_INPUT', P.typeNotInCatalogue(), { typeCode: P.chooseType() });
  if (unitTypeCode !== null) {
    if (!(await catalogues.hasUnitType(ctx.db, unitTypeCode))) throw new AppFailure('BAD_INPUT', P.unitTypeNotInCatalogue(), { unitTypeCode: P.chooseUnitType() });
  }
}

async function checkCodeFree(ctx: ServiceContext, code: string | null, exceptId: number | null): Promise<void> {
  if (code === null) return;
  const other = await orgs.findByCode(ctx.db, code);
  if (other && other.id !== exceptId) {
    throw new AppFailure('CONFLICT', P.codeTaken({ code, name: other.name }), { code: P.codeTakenField({ name: other.name }) });
  }
}

export async function children(ctx: ServiceContext, input: ParsedInput<'organisation:children'>): Promise<OrgNode[]> {
  const rows = await orgs.childrenOf(ctx.db, input.parentId, input.includeInactive);
  const nodes: OrgNode[] = [];
  for (const row of rows) nodes.push(await toNode(ctx, row, row.child_count));
  return nodes;
}

export async function get(ctx: ServiceContext, id: number): Promise<OrgDetail> {
  const row = await mustGet(ctx, id);
  const ancestorIds = orgs.pathIds(row.path).slice(0, -1);
  const ancestors = await orgs.getOrganisations(ctx.db, ancestorIds);
  const byId = new Map(ancestors.map((a) => [a.id, a]));
  const history = await orgs.historyOf(ctx.db, id);
  return {
    ...(await toNode(ctx, row)),
    ancestors: ancestorIds.flatMap((aid) => {
      const a = byId.get(aid);
      return a ? [{ id: a.id, name: a.name }] : [];
    }),
    history: history.map((h) => ({
      id: h.id,
      kind: h.kind,
      effectiveDate: h.effective_date,
      oldName: h.old_name,
      newName: h.new_name,
      otherOrganisationId: h.other_organisation_id,
      otherOrganisationName: h.other_name,
      decisionNo: h.decision_no,
      note: h.note,
    })),
    directMemberCount: await orgs.directMemberCount(ctx.db, id),
  };
}

export async function search(ctx: ServiceContext, input: ParsedInput<'organisation:search'>): Promise<OrgSearchHit[]> {
  const words = searchWords(input.q);
  if (words.length === 0) return [];
  const rows = await orgs.searchOrganisations(ctx.db, words, input.limit);
  const ancestorIds = [...new Set(rows.flatMap((r) => orgs.pathIds(r.path).slice(0, -1)))];
  // The path reads as the tree names its organisations ("Đảng bộ tỉnh …"), never by short names ("Tỉnh ủy …").
  const names = new Map((await orgs.getOrganisations(ctx.db, ancestorIds)).map((a) => [a.id, a.name]));
  const hits: OrgSearchHit[] = [];
  for (const row of rows) {
    hits.push({
      ...(await toNode(ctx, row)),
      pathNames: orgs
        .pathIds(row.path)
        .slice(0, -1)
        .map((aid) => names.get(aid) ?? ''),
    });
  }
  return hits;
}

export async function create(ctx: ServiceContext, input: ParsedInput<'organisation:create'>): Promise<OrgNode> {
  await checkCodes(ctx, input.typeCode, input.unitTypeCode);
  let parent: OrganisationRow | null = null;
  if (input.parentId === null) {
    const roots = await orgs.childrenOf(ctx.db, null, false);
    if (roots.length > 0) throw new AppFailure('RULE', P.rootExists({ name: roots[0]?.name ?? '' }));
  } else {
    parent = await mustBeActive(ctx, input.parentId);
  }
  const name = cleanText(input.name);
  const shortName = input.shortName === null ? null : cleanText(input.shortName);
  await checkCodeFree(ctx, input.code, null);
  const row = await orgs.insertOrganisation(
    ctx.db,
    {
      parent_id: parent?.id ?? null,
      code: input.code,
      name,
      short_name: shortName,
      search_text: orgSearchText(name, shortName, input.code),
      type_code: input.typeCode,
      unit_type_code: input.unitTypeCode,
      display_order: input.displayOrder ?? (await orgs.nextDisplayOrder(ctx.db, parent?.id ?? null)),
      effective_from: input.effectiveFrom,
      effective_to: null,
      successor_id: null,
      created_at: ctx.now,
      updated_at: ctx.now,
    },
    parent,
  );
  await orgs.insertHistory(ctx.db, {
    organisation_id: row.id,
    kind: 'CREATE',
    effective_date: input.effectiveFrom,
    old_name: null,
    new_name: name,
    other_organisation_id: parent?.id ?? null,
    decision_no: input.decisionNo,
    note: input.note,
    created_at: ctx.now,
  });
  ctx.audit({ action: 'organisation.create', entity: 'organisation', entityId: row.id, oldValues: null, newValues: snapshot(row) });
  return toNode(ctx, row, 0);
}

export async function update(ctx: ServiceContext, input: ParsedInput<'organisation:update'>): Promise<OrgNode> {
  const old = await mustGet(ctx, input.id);
  await checkCodes(ctx, input.typeCode, input.unitTypeCode);
  await checkCodeFree(ctx, input.code, old.id);
  const shortName = input.shortName === null ? null : cleanText(input.shortName);
  await orgs.updateOrganisation(ctx.db, old.id, {
    code: input.code,
    short_name: shortName,
    search_text: orgSearchText(old.name, shortName, input.code),
    type_code: input.typeCode,
    unit_type_code: input.unitTypeCode,
    display_order: input.displayOrder,
    updated_at: ctx.now,
  });
  const row = await mustGet(ctx, old.id);
  ctx.audit({ action: 'organisation.update', entity: 'organisation', entityId: row.id, oldValues: snapshot(old), newValues: snapshot(row) });
  return toNode(ctx, row);
}

export async function rename(ctx: ServiceContext, input: ParsedInput<'organisation:rename'>): Promise<OrgNode> {
  const old = await mustBeActive(ctx, input.id);
  const name = cleanText(input.name);
  const shortName = input.shortName === null ? old.short_name : cleanText(input.shortName);
  if (name === old.name && shortName === old.short_name) throw new AppFailure('RULE', P.sameName(), { name: P.sameNameField() });
  if (input.effectiveDate < old.effective_from) {
    throw new AppFailure('RULE', P.renameBeforeFounding({ date: formatVi(old.effective_from) }), { effectiveDate: P.renameBeforeFoundingField() });
  }
  await orgs.updateOrganisation(ctx.db, old.id, { name, short_name: shortName, search_text: orgSearchText(name, shortName, old.code), updated_at: ctx.now });
  await orgs.insertHistory(ctx.db, {
    organisation_id: old.id,
    kind: 'RENAME',
    effective_date: input.effectiveDate,
    old_name: old.name,
    new_name: name,
    other_organisation_id: null,
    decision_no: input.decisionNo,
    note: input.note,
    created_at: ctx.now,
  });
  const row = await mustGet(ctx, old.id);
  ctx.audit({ action: 'organisation.rename', entity: 'organisation', entityId: row.id, oldValues: snapshot(old), newValues: snapshot(row) });
  return toNode(ctx, row);
}

async function moveUnder(ctx: ServiceContext, row: OrganisationRow, parent: OrganisationRow): Promise<void> {
  const newPath = `${parent.path}${row.id}/`;
  await orgs.rewriteSubtreePaths(ctx.db, row.path, newPath, parent.depth + 1 - row.depth);
  await orgs.updateOrganisation(ctx.db, row.id, {
    parent_id: parent.id,
    display_order: await orgs.nextDisplayOrder(ctx.db, parent.id),
    updated_at: ctx.now,
  });
}

export async function move(ctx: ServiceContext, input: ParsedInput<'organisation:move'>): Promise<OrgNode> {
  const old = await mustBeActive(ctx, input.id);
  const parent = await mustBeActive(ctx, input.newParentId);
  if (old.parent_id === null) throw new AppFailure('RULE', P.moveRoot());
  if (parent.path.startsWith(old.path)) throw new AppFailure('RULE', P.moveIntoItself());
  if (parent.id === old.parent_id) throw new AppFailure('RULE', P.alreadyUnder({ name: old.name, parent: parent.name }));
  await moveUnder(ctx, old, parent);
  await orgs.insertHistory(ctx.db, {
    organisation_id: old.id,
    kind: 'MOVE',
    effective_date: input.effectiveDate,
    old_name: null,
    new_name: null,
    other_organisation_id: parent.id,
    decision_no: input.decisionNo,
    note: input.note ?? `Từ tổ chức #${old.parent_id}`,
    created_at: ctx.now,
  });
  const row = await mustGet(ctx, old.id);
  ctx.audit({ action: 'organisation.move', entity: 'organisation', entityId: row.id, oldValues: snapshot(old), newValues: snapshot(row) });
  return toNode(ctx, row);
}

export async function dissolve(ctx: ServiceContext, input: ParsedInput<'organisation:dissolve'>): Promise<OrgNode> {
  const old = await mustBeActive(ctx, input.id);
  const childCount = await orgs.activeChildCount(ctx.db, old.id);
  if (childCount > 0) throw new AppFailure('RULE', P.hasChildren({ name: old.name, count: childCount }));
  const memberCount = await orgs.directMemberCount(ctx.db, old.id);
  if (memberCount > 0) throw new AppFailure('RULE', P.hasMembers({ name: old.name, count: memberCount }));
  if (input.effectiveDate < old.effective_from) throw new AppFailure('RULE', P.dissolveBeforeFounding(), { effectiveDate: P.dissolveBeforeFoundingField() });
  await orgs.updateOrganisation(ctx.db, old.id, { effective_to: input.effectiveDate, updated_at: ctx.now });
  await orgs.insertHistory(ctx.db, {
    organisation_id: old.id,
    kind: 'DISSOLVE',
    effective_date: input.effectiveDate,
    old_name: null,
    new_name: null,
    other_organisation_id: null,
    decision_no: input.decisionNo,
    note: input.note,
    created_at: ctx.now,
  });
  const row = await mustGet(ctx, old.id);
  ctx.audit({ action: 'organisation.dissolve', entity: 'organisation', entityId: row.id, oldValues: snapshot(old), newValues: snapshot(row) });
  return toNode(ctx, row, 0);
}

/**
 * Merges sources into a successor on a date: members move with a reorganisation event (not a
 * transfer), active sub-organisations move under the successor, sources end with a successor link.
 */
export async function merge(ctx: ServiceContext, input: ParsedInput<'organisation:merge'>): Promise<{ successorId: number; movedMembers: number; movedChildren: number }> {
  const successor = await mustBeActive(ctx, input.successorId);
  const sourceIds = [...new Set(input.sourceIds)];
  if (sourceIds.includes(successor.id)) throw new AppFailure('RULE', P.successorIsSource());
  let movedMembers = 0;
  let movedChildren = 0;
  for (const sourceId of sourceIds) {
    const source = await mustBeActive(ctx, sourceId);
    if (successor.path.startsWith(source.path)) throw new AppFailure('RULE', P.mergeIntoSubordinate({ successor: successor.name, source: source.name }));
    if (input.effectiveDate < source.effective_from) throw new AppFailure('RULE', P.mergeBeforeFounding({ name: source.name }));
    const current = await orgs.getOrganisation(ctx.db, successor.id);
    if (!current) throw new AppFailure('NOT_FOUND', P.successorNotFound());
    for (const child of await orgs.activeChildren(ctx.db, source.id)) {
      await moveUnder(ctx, child, current);
      movedChildren += 1;
    }
    const moving = await members.membersOf(ctx.db, source.id);
    await members.insertEvents(
      ctx.db,
      moving
        .filter((m) => m.on_list === 1)
        .map((m) => ({
          member_id: m.id,
          type_code: MOVE_BY_REORGANISATION,
          event_date: input.effectiveDate,
          decision_no: input.decisionNo,
          decision_date: null,
          decision_body: null,
          decision_signer: null,
          org_from_id: source.id,
          org_to_id: current.id,
          note: input.note,
          cancelled: 0,
          created_at: ctx.now,
        })),
    );
    await members.moveMembers(ctx.db, source.id, current, ctx.now);
    movedMembers += moving.filter((m) => m.on_list === 1).length;
    await orgs.updateOrganisation(ctx.db, source.id, { effective_to: input.effectiveDate, successor_id: current.id, updated_at: ctx.now });
    for (const [orgId, otherId, kind] of [
      [source.id, current.id, 'MERGE_OUT'],
      [current.id, source.id, 'MERGE_IN'],
    ] as const) {
      await orgs.insertHistory(ctx.db, {
        organisation_id: orgId,
        kind,
        effective_date: input.effectiveDate,
        old_name: null,
        new_name: null,
        other_organisation_id: otherId,
        decision_no: input.decisionNo,
        note: input.note,
        created_at: ctx.now,
      });
    }
    const after = await mustGet(ctx, source.id);
    ctx.audit({ action: 'organisation.merge', entity: 'organisation', entityId: source.id, oldValues: snapshot(source), newValues: { ...snapshot(after), movedMembers: moving.length } });
  }
  return { successorId: successor.id, movedMembers, movedChildren };
}
