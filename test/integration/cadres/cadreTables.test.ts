import { describe, expect, it } from 'vitest';
import type { Connection } from '../../../db/connection.ts';
import { makeCadre } from '../../support/builders/index.ts';
import type { TestCore } from '../../support/core.ts';
import { eachTestWithTree } from '../../support/treeCore.ts';

let t: TestCore;
let raw: Connection;
eachTestWithTree((env) => {
  ({ t, raw } = env);
});

const audits = (cadreId: number, action: string): { old_values: string | null; new_values: string | null }[] =>
  raw.sqlite.prepare("SELECT old_values, new_values FROM audit_log WHERE entity = 'cadre' AND entity_id = ? AND action = ? ORDER BY id").all(cadreId, action) as never;

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
const GIF = Buffer.from('GIF89a\x01\x00\x01\x00', 'latin1');

describe('cadre:saveTable', () => {
  it('replaces a table’s rows (NFC, in order), keeps the year column, round-trips through cadre:get and audits old and new rows', async () => {
    const { id } = await makeCadre(t);
    await t.must('cadre:saveTable', { cadreId: id, table: 'assessments', rows: [{ year: 2023, result: 'Hoàn thành tốt nhiệm vụ' }] });
    const tables = await t.must('cadre:saveTable', {
      cadreId: id,
      table: 'assessments',
      rows: [
        { year: 2024, result: 'Hoàn thành xuất sắc nhiệm vụ'.normalize('NFD'), note: '  Dẫn đầu khối  ' },
        { year: 2025, result: 'Hoàn thành tốt nhiệm vụ' },
      ],
    });
    expect(tables.assessments.map((r) => [r.year, r.result, r.note])).toEqual([
      [2024, 'Hoàn thành xuất sắc nhiệm vụ'.normalize('NFC'), 'Dẫn đầu khối'],
      [2025, 'Hoàn thành tốt nhiệm vụ', null],
    ]);
    expect(raw.sqlite.prepare("SELECT year FROM cadre_row WHERE cadre_id = ? AND kind = 'assessments' ORDER BY sort_order").pluck().all(id)).toEqual([2024, 2025]);
    await t.must('cadre:saveTable', { cadreId: id, table: 'family', rows: [{ side: 'spouse', relation: 'Vợ', fullName: 'Lê Thị Mai', birthYear: 1972 }] });
    await t.must('cadre:saveTable', { cadreId: id, table: 'workHistory', rows: [{ fromDate: '1995-09', toDate: '2001-12', post: 'Chuyên viên', unit: 'Sở Nội vụ' }] });
    const file = await t.must('cadre:get', { id });
    expect(file.tables.family).toMatchObject([{ side: 'spouse', relation: 'Vợ', fullName: 'Lê Thị Mai', birthYear: 1972 }]);
    expect(file.tables.workHistory).toMatchObject([{ fromDate: '1995-09', toDate: '2001-12', post: 'Chuyên viên', unit: 'Sở Nội vụ' }]);
    expect(file.tables.assessments).toHaveLength(2);
    expect(file.tables.salary).toEqual([]);
    const saved = audits(id, 'cadre.assessments.save');
    expect(saved).toHaveLength(2);
    expect(JSON.parse(saved[1]!.old_values!)).toEqual({ rows: [{ year: 2023, result: 'Hoàn thành tốt nhiệm vụ', note: null }] });
    expect(JSON.parse(saved[1]!.new_values!).rows).toHaveLength(2);
  });

  it('refuses a discipline level that is not in the catalogue, naming the row; a known level is kept', async () => {
    const { id } = await makeCadre(t);
    const bad = await t.call('cadre:saveTable', {
      cadreId: id,
      table: 'discipline',
      rows: [
        { decidedOn: '2019-05', levelCode: 'REPRIMAND' },
        { decidedOn: '2021-05', levelCode: 'SPANKING' },
      ],
    });
    expect(bad.ok ? null : bad.error).toMatchObject({ code: 'BAD_INPUT', message: expect.stringContaining('Dòng 2'), fields: { 'rows.1.levelCode': expect.any(String) } });
    expect(raw.sqlite.prepare('SELECT count(*) FROM cadre_row').pluck().get()).toBe(0);
    const ok = await t.must('cadre:saveTable', { cadreId: id, table: 'discipline', rows: [{ decidedOn: '2019-05', levelCode: 'REPRIMAND', reason: 'Vi phạm quy chế' }] });
    expect(ok.discipline).toMatchObject([{ levelCode: 'REPRIMAND', reason: 'Vi phạm quy chế' }]);
  });

  it('refuses a date ahead of today, naming the box', async () => {
    const { id } = await makeCadre(t);
    const r = await t.call('cadre:saveTable', { cadreId: id, table: 'workHistory', rows: [{ fromDate: '2020-01', toDate: '2027-05', post: 'Chuyên viên' }] });
    expect(r.ok ? null : r.error).toMatchObject({ code: 'BAD_INPUT', fields: { 'rows.0.toDate': expect.any(String) } });
    await t.must('cadre:saveTable', { cadreId: id, table: 'workHistory', rows: [{ fromDate: '2020-01', toDate: '2026-11', post: 'Chuyên viên' }] });
  });

  it('answers NOT_FOUND for an unknown file', async () => {
    const r = await t.call('cadre:saveTable', { cadreId: 999, table: 'salary', rows: [] });
    expect(r.ok ? null : r.error.code).toBe('NOT_FOUND');
  });
});

describe('photo and perusal log', () => {
  it('stores a PNG by its bytes, refuses what is not an image, and reads it back', async () => {
    const { id } = await makeCadre(t);
    expect(await t.must('cadre:getPhoto', { id })).toBeNull();
    const gif = await t.call('cadre:setPhoto', { cadreId: id, mime: 'image/png', base64: GIF.toString('base64') });
    expect(gif.ok ? null : gif.error.code).toBe('BAD_INPUT');
    // Declared as JPEG, stored as the PNG it is.
    expect(await t.must('cadre:setPhoto', { cadreId: id, mime: 'image/jpeg', base64: PNG.toString('base64') })).toEqual({ hasPhoto: true });
    expect(await t.must('cadre:getPhoto', { id })).toEqual({ mime: 'image/png', base64: PNG.toString('base64') });
    expect((await t.must('cadre:get', { id })).hasPhoto).toBe(true);
    expect(JSON.parse(audits(id, 'cadre.photo.set')[0]!.new_values!)).toMatchObject({ mime: 'image/png', bytes: PNG.length });
  });

  it('lists the entered rows and the app’s viewings of the file, newest first', async () => {
    const { id } = await makeCadre(t);
    const other = await makeCadre(t);
    t.clock.now = new Date('2026-11-18T03:00:00.000Z');
    await t.must('cadre:get', { id });
    await t.must('cadre:get', { id: other.id });
    t.clock.now = new Date('2026-11-20T03:00:00.000Z');
    const logged = await t.must('cadre:logPerusal', { cadreId: id, kind: 'borrow', onDate: '2026-11-19', person: '  Nguyễn Văn Kiểm ', purpose: 'Thẩm định bổ nhiệm', dueDate: '2026-11-30' });
    expect(logged).toMatchObject({ kind: 'borrow', person: 'Nguyễn Văn Kiểm', source: 'entered' });
    await t.must('cadre:get', { id });
    const log = await t.must('cadre:perusals', { id });
    expect(log.map((r) => [r.source, r.kind, r.onDate])).toEqual([
      ['app', 'view', '2026-11-20'],
      ['entered', 'borrow', '2026-11-19'],
      ['app', 'view', '2026-11-18'],
    ]);
    expect(log[0]!.person).not.toBe('');
    expect(new Set(log.map((r) => r.id)).size).toBe(3);
  });
});
