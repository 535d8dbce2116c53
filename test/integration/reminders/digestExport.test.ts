/**
 * reminder:digestExport: one Tổng quan list as an .xlsx file (read back with exceljs), every row with
 * the screen's columns and headers, coded values in words, the filters in the heading; audited.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestCore, type TestCore } from '../../support/core.ts';
import { readXlsx } from '../../support/xlsx.ts';
import { insertCadre, insertDeclaration, insertPost } from './cadreRows.ts';

let t: TestCore;
beforeEach(async () => {
  t = await openTestCore();
});
afterEach(() => t.close());

describe('digest export', () => {
  it('writes every reappointment due (not the digest page) with the columns asked, and audits it', async () => {
    for (let k = 1; k <= 3; k++) {
      const c = insertCadre(t, { fullName: `Lê Văn Số${k}`, sex: 'M', birthDate: '1967-01-05' });
      insertPost(t, c, { title: 'Phó Giám đốc', unit: `Sở số ${k}`, since: '2022-07-01', termEnd: '2027-06-30', noticeOn: `2027-01-0${k}` });
    }
    const far = insertCadre(t, { fullName: 'Lê Văn Xa' });
    insertPost(t, far, { since: '2023-07-01', termEnd: '2028-06-30', noticeOn: '2028-01-05' });
    const r = await t.must('reminder:digestExport', {
      list: 'reappointments',
      withinDays: 90,
      title: 'Đến hạn thông báo bổ nhiệm lại',
      filters: 'Thông báo đến hạn trong 90 ngày',
      columns: [
        { key: 'fullName', header: 'Họ và tên' },
        { key: 'post', header: 'Chức vụ' },
        { key: 'unit', header: 'Đơn vị' },
        { key: 'termEnd', header: 'Hết nhiệm kỳ' },
        { key: 'noticeOn', header: 'Hạn thông báo' },
        { key: 'extensionAdvised', header: 'Ghi chú', labels: { true: 'Kéo dài đến nghỉ hưu', false: '' } },
      ],
    });
    expect(r.rows).toBe(3);
    expect(r.fileName).toBe('tong-quan_bo-nhiem-lai_2026-11-20.xlsx');
    const x = await readXlsx(r.base64);
    const head = x.headerRow('Họ và tên');
    expect(x.texts(1)[0]).toBe('Đến hạn thông báo bổ nhiệm lại');
    expect(x.texts(2)[0]).toBe('Lọc: Thông báo đến hạn trong 90 ngày');
    expect(x.texts(3)[0]).toBe('Ngày xuất: 20/11/2026 — 3 dòng');
    expect(x.texts(head)).toEqual(['Họ và tên', 'Chức vụ', 'Đơn vị', 'Hết nhiệm kỳ', 'Hạn thông báo', 'Ghi chú']);
    expect(x.texts(head + 1)).toEqual(['Lê Văn Số1', 'Phó Giám đốc', 'Sở số 1', '30/06/2027', '01/01/2027', 'Kéo dài đến nghỉ hưu']);
    expect(x.ws.rowCount - head).toBe(3);
    const audit = await t.must('system:auditList', { limit: 1 });
    expect(audit[0]).toMatchObject({ action: 'reminder.digestExport', entity: 'cadre' });
  });

  it('writes the retirement ladder with the step and sex in words, and the missing declarations a page at a time', async () => {
    t.clock.now = new Date('2026-03-15T03:00:00.000Z');
    insertCadre(t, { fullName: 'Trịnh Văn Hưu', sex: 'M', birthDate: '1965-01-14' });
    const r = await t.must('reminder:digestExport', {
      list: 'retirements',
      columns: [
        { key: 'fullName', header: 'Họ và tên' },
        { key: 'sex', header: 'Giới tính' },
        { key: 'birthDate', header: 'Ngày sinh' },
        { key: 'retirementDate', header: 'Nghỉ hưu từ' },
        { key: 'stage', header: 'Việc cần làm' },
      ],
    });
    const x = await readXlsx(r.base64);
    const head = x.headerRow('Họ và tên');
    expect(x.texts(1)[0]).toBe('Cán bộ sắp nghỉ hưu');
    expect(x.texts(head + 1)).toEqual(['Trịnh Văn Hưu', 'Nam', '14/01/1965', '31/07/2026', 'Thông báo nghỉ hưu']);

    // 1,203 missing declarations: more than one page of the query.
    const insert = t.sqlite.prepare(
      `INSERT INTO cadre (full_name, family_name, given_name, sort_key, sex, birth_date, created_at, updated_at) VALUES (?, 'Ngô', ?, ?, 'F', '1980-01-01', 'x', 'x')`,
    );
    for (let k = 0; k < 1202; k++) insert.run(`Ngô Thị ${k}`, String(k), `z${String(k).padStart(5, '0')}`);
    const declared = insertCadre(t, { fullName: 'Ngô Văn Xong' });
    insertDeclaration(t, declared, 2026, '2026-02-01');
    const d = await t.must('reminder:digestExport', { list: 'assetDeclarations', columns: [{ key: 'fullName', header: 'Họ và tên' }] });
    expect(d.rows).toBe(1203);
    const y = await readXlsx(d.base64);
    const h = y.headerRow('Họ và tên');
    expect(y.texts(1)[0]).toBe('Cán bộ chưa kê khai tài sản năm 2026');
    expect(y.texts(h + 1)).toEqual(['Trịnh Văn Hưu']);
    expect(y.texts(h + 1203)).toEqual(['Ngô Thị 1201']);
  });
});
