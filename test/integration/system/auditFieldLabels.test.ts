import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { en } from '../../../renderer/src/i18n/en.ts';
import { vi } from '../../../renderer/src/i18n/vi.ts';
import { fieldLabelPath, HIDDEN_FIELDS } from '../../../renderer/src/screens/system/auditFields.ts';
import { leaf } from '../../../renderer/src/screens/system/auditLabels.ts';
import { member as memberSchema } from '../../../shared/members/schemas.ts';
import { makeMember, makeTree } from '../../support/builders/index.ts';
import { openTestCore, type TestCore } from '../../support/core.ts';

/**
 * Every field name that can appear in the values of member, event and organisation audit entries
 * has a label in Vietnamese and in English (no "exempted: Không", no "temporarilyAway"): the
 * fields are read from entries the services really write, plus the member's whole audited card.
 */
let t: TestCore;
beforeEach(async () => {
  t = await openTestCore();
});
afterEach(() => t.close());

type Values = Record<string, unknown> | null;
interface Seen {
  entity: string;
  key: string;
  inTable: boolean;
}

function fieldsOf(entity: string, values: Values, out: Seen[]): void {
  if (values === null) return;
  for (const [key, value] of Object.entries(values)) {
    if (key === 'rows' && Array.isArray(value)) {
      for (const row of value) for (const k of Object.keys(row as object)) out.push({ entity, key: k, inTable: true });
    } else out.push({ entity, key, inTable: false });
  }
}

function unlabelled(seen: readonly Seen[]): string[] {
  const missing = new Set<string>();
  for (const s of seen) {
    if (HIDDEN_FIELDS.has(s.key)) continue;
    const at = fieldLabelPath(s.entity, s.key, s.inTable);
    for (const [lang, tree] of [['vi', vi], ['en', en]] as const) {
      const label = at ? leaf(tree, [...at.root.split('.'), ...at.path]) : null;
      if (label === null || label.trim() === '') missing.add(`${lang} ${s.entity}.${s.key}${s.inTable ? ' (row)' : ''}`);
    }
  }
  return [...missing].sort();
}

describe('labels of audited fields', () => {
  it('covers every field of the audited member card, including the derived flags and the admission decision', () => {
    const notAudited = new Set(['createdAt', 'updatedAt', 'organisationName', 'partyAge']);
    const keys = [...Object.keys(memberSchema.shape).filter((k) => !notAudited.has(k)), 'admissionDecision', 'gravelyIll', 'photo'];
    expect(keys).toContain('exempted');
    expect(keys).toContain('temporarilyAway');
    expect(unlabelled(keys.map((key) => ({ entity: 'member', key, inTable: false })))).toEqual([]);
  });

  it('covers every field the services record on members, their events and organisations', async () => {
    const tree = await makeTree(t);
    const cell2 = (await t.must('organisation:create', { parentId: tree.commune, name: 'Chi bộ thôn Bình Dân', typeCode: 'CELL', effectiveFrom: '2010-01-01' })).id;
    const cell3 = (await t.must('organisation:create', { parentId: tree.commune, name: 'Chi bộ thôn Hòa Bình', typeCode: 'CELL', effectiveFrom: '2010-01-01' })).id;
    const m = await makeMember(t, tree.cell, { familyName: 'Nguyễn', middleName: 'Văn', givenName: 'An', birthDate: '1965-03-12', partyAgeFrom: '1996-02-03' });
    await t.must('member:update', { ...m, notes: 'Đã chuyển hộ khẩu', phone: '0912345678' });
    await t.must('event:record', { memberIds: [m.id], typeCode: 'EXEMPT', eventDate: '2024-01-10' });
    await t.must('event:record', { memberIds: [m.id], typeCode: 'TRANSFER_OUT_LOCAL', eventDate: '2024-03-15', orgToId: cell2 });
    await t.must('memberfile:saveFamily', { memberId: m.id, rows: [{ relation: 'Bố', fullName: 'Nguyễn Văn Cả', birthYear: '1935', homeTown: null, residence: null, occupation: null, position: null, unit: null }] });
    await t.must('memberfile:saveWorkHistory', { memberId: m.id, rows: [{ fromDate: '1990', toDate: null, description: 'Giáo viên' }] });
    await t.must('memberfile:setGravelyIll', { memberId: m.id, gravelyIll: true });
    await t.must('organisation:update', { id: cell3, shortName: 'CB Hòa Bình', code: 'HB', typeCode: 'CELL', unitTypeCode: null, displayOrder: 3 });
    await t.must('organisation:rename', { id: cell3, name: 'Chi bộ thôn Hòa Bình Mới', shortName: null, effectiveDate: '2020-01-01' });
    await t.must('organisation:move', { id: cell3, newParentId: tree.province, effectiveDate: '2021-01-01' });
    await t.must('organisation:merge', { sourceIds: [cell2], successorId: tree.cell, effectiveDate: '2025-01-01' });

    const entries = await t.must('system:auditList', { limit: 500 });
    const seen: Seen[] = [];
    for (const e of entries) {
      if (!['member', 'member_event', 'organisation'].includes(e.entity)) continue;
      fieldsOf(e.entity, e.oldValues, seen);
      fieldsOf(e.entity, e.newValues, seen);
    }
    const entities = new Set(seen.map((s) => s.entity));
    expect([...entities].sort()).toEqual(['member', 'member_event', 'organisation']);
    for (const key of ['organisationId', 'parentId', 'successorId', 'orgToId', 'exempted', 'movedMembers', 'relation']) expect(seen.map((s) => s.key)).toContain(key);
    // A confirmed quota breach is recorded on the peer organisation (services/ratings/ratingEntries.ts).
    for (const key of ['year', 'kind', 'excellent', 'good', 'typeCode', 'pct', 'limit']) seen.push({ entity: 'organisation', key, inTable: false });
    expect(unlabelled(seen)).toEqual([]);
  });
});
