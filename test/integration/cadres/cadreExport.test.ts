import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatVi } from '../../../shared/kernel/dates/partialDate.ts';
import { makeCadre, makeDecision } from '../../support/builders/index.ts';
import { openTestCore, type TestCore } from '../../support/core.ts';
import { readXlsx } from '../../support/xlsx.ts';

let t: TestCore;
beforeEach(async () => {
  t = await openTestCore();
});
afterEach(() => t.close());

const columns = [
  { key: 'index', header: 'STT' },
  { key: 'fullName', header: 'Họ và tên' },
  { key: 'birthDate', header: 'Ngày sinh' },
  { key: 'sex', header: 'Giới tính', labels: { M: 'Nam', F: 'Nữ' } },
  { key: 'mainPost', header: 'Chức vụ' },
  { key: 'retirementDate', header: 'Ngày nghỉ hưu' },
] as const;

describe('cadre:export', () => {
  it('writes the list with its filters as on screen, every row, and audits the export', async () => {
    const a = (await makeCadre(t, { personal: { familyName: 'Lê', middleName: 'Thị', givenName: 'Hoa', sex: 'F', birthDate: '1972-03-05' } })).id;
    await makeCadre(t, { personal: { givenName: 'Nam', sex: 'M' } });
    await makeDecision(t, { actions: [{ typeCode: 'APPOINT', cadreId: a, postAfter: 'Giám đốc', unitAfter: 'Sở Y tế' }] });
    const filtersOnScreen = { query: '', sex: 'F' as const };
    const list = await t.must('cadre:list', filtersOnScreen);
    expect(list.total).toBe(1);
    const r = await t.must('cadre:export', { ...filtersOnScreen, columns: [...columns], title: 'Danh sách cán bộ', filters: 'Nữ' });
    expect(r.rows).toBe(1);
    const x = await readXlsx(r.base64);
    const head = x.headerRow('STT');
    expect(x.texts(2)[0]).toBe('Lọc: Nữ');
    expect(x.texts(head)).toEqual(columns.map((c) => c.header));
    expect(x.values(head + 1)).toEqual([1, 'Lê Thị Hoa', '05/03/1972', 'Nữ', 'Giám đốc', formatVi(list.rows[0]!.retirementDate)]);
    expect(x.ws.rowCount - head).toBe(1);
    const audit = t.sqlite.prepare(`SELECT action, entity, new_values FROM audit_log WHERE action = 'cadre.export'`).all() as { new_values: string }[];
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0]!.new_values)).toMatchObject({ rows: 1, filters: 'Nữ' });
  });
});
