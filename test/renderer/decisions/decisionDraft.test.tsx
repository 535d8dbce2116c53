import { describe, expect, it } from 'vitest';
import {
  compactRows,
  emptyHeader,
  emptyRow,
  errorRow,
  insertRows,
  isBlankRow,
  isCompleteRow,
  parsePaste,
  readDecision,
  resolvePerson,
  rowFromPaste,
  shiftErrors,
  withCheck,
  withType,
  type DecisionRow,
} from '../../../renderer/src/screens/decisions/decisionDraft.ts';
import { catalogues } from '../fixtures.ts';

const types = catalogues.actionTypes;
const an = { id: 11, fullName: 'Nguyễn Văn An', detail: '1975 · Phó Giám đốc' };
const duc1 = { id: 14, fullName: 'Phạm Minh Đức', detail: '1969' };
const duc2 = { id: 15, fullName: 'Phạm Minh Đức', detail: '1983' };
const row = (over: Partial<DecisionRow>): DecisionRow => ({ ...emptyRow(), ...over });

describe('paste parsing', () => {
  it('reads Excel lines in the documented order, skips blank lines, pads missing cells, keeps quoted cells whole', () => {
    const text = 'Nguyễn Văn An\tBổ nhiệm\tGiám đốc\tSở Tài chính\tThay ông B\r\n\r\n001080000012\tTRANSFER\r\n"Lê Văn\nCường"\tBổ nhiệm lại\t\t\t"ghi ""chú"""\r\n';
    expect(parsePaste(text)).toEqual([
      { person: 'Nguyễn Văn An', type: 'Bổ nhiệm', postAfter: 'Giám đốc', unitAfter: 'Sở Tài chính', note: 'Thay ông B' },
      { person: '001080000012', type: 'TRANSFER', postAfter: '', unitAfter: '', note: '' },
      { person: 'Lê Văn\nCường', type: 'Bổ nhiệm lại', postAfter: '', unitAfter: '', note: 'ghi "chú"' },
    ]);
  });

  it('resolves a name typed exactly (marks and case aside), a citizen ID found once, and leaves namesakes or strangers to the clerk', () => {
    expect(resolvePerson('nguyễn văn AN', { rows: [an], total: 1 })).toEqual({ person: an, candidates: [], personIssue: null });
    expect(resolvePerson('001 080 000 012', { rows: [an], total: 1 })).toEqual({ person: an, candidates: [], personIssue: null });
    expect(resolvePerson('Phạm Minh Đức', { rows: [duc1, duc2], total: 2 })).toEqual({ person: null, candidates: [duc1, duc2], personIssue: 'ambiguous' });
    // Words matching but not the whole name: offered, not taken.
    expect(resolvePerson('Nguyễn An', { rows: [an], total: 1 })).toEqual({ person: null, candidates: [an], personIssue: 'ambiguous' });
    expect(resolvePerson('Ai Đó', { rows: [], total: 0 })).toEqual({ person: null, candidates: [], personIssue: 'unknown' });
  });

  it('builds a row from a pasted line: the type by name or code with its default term, an unknown type kept as text', () => {
    const r = rowFromPaste({ person: 'Nguyễn Văn An', type: 'bo nhiem', postAfter: 'Giám đốc', unitAfter: 'Sở Tài chính', note: '' }, { rows: [an], total: 1 }, types);
    expect(r).toMatchObject({ typeCode: 'APPOINT', termMonths: '60', person: an, personText: 'Nguyễn Văn An', postAfter: 'Giám đốc', unitAfter: 'Sở Tài chính' });
    expect(rowFromPaste({ person: 'Nguyễn Văn An', type: 'TRANSFER', postAfter: '', unitAfter: '', note: '' }, { rows: [an], total: 1 }, types)).toMatchObject({ typeCode: 'TRANSFER', termMonths: '' });
    expect(rowFromPaste({ person: 'Nguyễn Văn An', type: 'Thăng chức', postAfter: '', unitAfter: '', note: '' }, { rows: [an], total: 1 }, types)).toMatchObject({ typeCode: null, typeText: 'Thăng chức' });
  });

  it('puts pasted rows at the row pasted into, never over typed rows, and ends with a blank row', () => {
    const typed = row({ personText: 'x', person: an, typeCode: 'APPOINT' });
    const pasted = [row({ note: 'p1' }), row({ note: 'p2' })];
    const out = insertRows([typed, emptyRow(), emptyRow(), row({ note: 'later' })], 1, pasted);
    expect(out.map((r) => r.note)).toEqual(['', 'p1', 'p2', 'later', '']);
    expect(isBlankRow(out[4] as DecisionRow)).toBe(true);
  });
});

describe('row completeness and the form', () => {
  it('a row is complete with a type and a person; blank rows are dropped but one row always stays', () => {
    expect(isCompleteRow(row({ typeCode: 'APPOINT', person: an }))).toBe(true);
    expect(isCompleteRow(row({ typeCode: 'APPOINT', personText: 'Nguyễn' }))).toBe(false);
    expect(isCompleteRow(row({ person: an }))).toBe(false);
    expect(compactRows([emptyRow(), row({ note: 'x' }), emptyRow()])).toHaveLength(1);
    expect(compactRows([emptyRow(), emptyRow()])).toHaveLength(1);
  });

  it('takes the type’s default term unless typed, keeps the cycle only for PLAN_* types, and fills "before" unless edited', () => {
    expect(withType(row({}), 'APPOINT', types).termMonths).toBe('60');
    expect(withType(row({ termMonths: '36', termEdited: true }), 'APPOINT', types).termMonths).toBe('36');
    expect(withType(row({ planningCycle: 'P2025' }), 'TRANSFER', types).planningCycle).toBe('');
    expect(withType(row({ planningCycle: 'P2025' }), 'PLAN_ADD', types).planningCycle).toBe('P2025');
    const check = { postBefore: 'Phó Giám đốc', unitBefore: 'Sở Tài chính', termMonths: 60, termEnd: null, warnings: [] };
    expect(withCheck(row({}), check)).toMatchObject({ postBefore: 'Phó Giám đốc', unitBefore: 'Sở Tài chính' });
    expect(withCheck(row({ postBefore: 'Trưởng phòng', beforeEdited: true }), check).postBefore).toBe('Trưởng phòng');
  });

  it('reads the decision: required boxes, rows not ready marked by row and field, or the contract input', () => {
    const header = { ...emptyHeader(), number: '123-QĐ/TU', issuedOn: '10/12/2026', effectiveOn: '15/12/2026', issuingBody: 'Ban Thường vụ Tỉnh ủy' };
    const bad = readDecision({ ...header, number: ' ', effectiveOn: '31/02/2026' }, [row({ typeCode: 'APPOINT', personText: 'Ai Đó', personIssue: 'unknown' }), row({ person: an, termMonths: '0' }), row({ typeCode: 'PLAN_ADD', person: an })]);
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(Object.keys(bad.errors).sort()).toEqual(['actions.0.cadreId', 'actions.1.termMonths', 'actions.1.typeCode', 'actions.2.planningCycle', 'decision.effectiveOn', 'decision.number']);
    expect(bad.errors['actions.0.cadreId']).toBe('Không tìm thấy cán bộ “Ai Đó”');

    const good = readDecision(header, [row({ typeCode: 'APPOINT', person: an, postBefore: 'Phó Giám đốc', postAfter: ' Giám đốc ', termMonths: '60' })]);
    expect(good).toEqual({
      ok: true,
      input: {
        decision: { number: '123-QĐ/TU', issuedOn: '2026-12-10', effectiveOn: '2026-12-15', receivedOn: null, issuingBody: 'Ban Thường vụ Tỉnh ủy', signer: null, summary: null },
        actions: [{ typeCode: 'APPOINT', cadreId: 11, postKind: 'main', postBefore: 'Phó Giám đốc', unitBefore: null, postAfter: 'Giám đốc', unitAfter: null, orgAfterId: null, termMonths: 60, effectiveOn: null, planningCycle: null, note: null }],
      },
    });
    expect(readDecision(header, [emptyRow()])).toEqual({ ok: false, errors: { actions: 'Nhập ít nhất một người' } });
  });

  it('reads the row of a core error key and moves errors up when a row is removed', () => {
    expect(errorRow('actions.3.cadreId')).toBe(3);
    expect(errorRow('actions.12')).toBe(12);
    expect(errorRow('decision.number')).toBeNull();
    expect(shiftErrors({ 'actions.0.note': 'a', 'actions.1.cadreId': 'b', 'actions.2': 'c', 'decision.number': 'd' }, 1)).toEqual({ 'actions.0.note': 'a', 'actions.1': 'c', 'decision.number': 'd' });
  });
});
