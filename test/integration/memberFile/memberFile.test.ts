import { describe, expect, it } from 'vitest';
import type { Connection } from '../../../db/connection.ts';
import { MAX_PHOTO_BYTES } from '../../../shared/memberFile/schemas.ts';
import { memberInput } from '../../support/builders/index.ts';
import type { TestCore } from '../../support/core.ts';
import { eachTestWithTree, type Tree } from '../../support/treeCore.ts';

let t: TestCore;
let raw: Connection;
let tree: Tree;
eachTestWithTree((env) => {
  ({ t, raw, tree } = env);
});

const count = (table: string): number => (raw.sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
const auditCount = (): number => count('audit_log');
const actions = (memberId: number): string[] =>
  (raw.sqlite.prepare("SELECT action FROM audit_log WHERE entity = 'member' AND entity_id = ? ORDER BY id").all(memberId) as { action: string }[]).map((r) => r.action);

async function aMember(overrides: Parameters<typeof memberInput>[1] = {}) {
  return t.must('member:create', memberInput(tree.cell, overrides));
}

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0]);
const GIF = Buffer.from('GIF89a\x01\x00\x01\x00', 'latin1');

describe('member file tables', () => {
  it('saves, replaces and reads back each table, with partial dates and NFC text', async () => {
    const m = await aMember();
    const decomposed = 'Trường Chính trị tỉnh'.normalize('NFD');

    await t.must('memberfile:saveSponsors', {
      memberId: m.id,
      rows: [
        { admission: 2, fullName: 'Lê Văn Tám', position: 'Bí thư chi bộ', unit: null },
        { fullName: '  Trần  Thị Hoa ', position: null, unit: 'Chi bộ thôn Đồng Xuân' },
      ],
    });
    await t.must('memberfile:saveWorkHistory', {
      memberId: m.id,
      rows: [
        { fromDate: '1983-09', toDate: '1990-03', description: 'Giáo viên trường cấp 2 xã Thanh Sơn' },
        { fromDate: '1990-04', toDate: null, description: 'Cán bộ văn phòng Đảng ủy xã' },
      ],
    });
    await t.must('memberfile:saveTraining', {
      memberId: m.id,
      rows: [{ school: decomposed, subject: 'Lý luận chính trị', fromDate: '1995-09', toDate: '1996-06', mode: 'Tập trung', qualification: 'Trung cấp' }],
    });
    await t.must('memberfile:saveFamily', {
      memberId: m.id,
      rows: [{ relation: 'Cha', fullName: 'Nguyễn Văn Cả', birthYear: '1935', homeTown: 'Xã Thanh Sơn', residence: null, occupation: 'Nông dân', position: null, unit: null }],
    });
    await t.must('memberfile:saveAwards', {
      memberId: m.id,
      rows: [{ awardedOn: '2015-05', title: 'Giấy khen của Đảng ủy xã', decisionNo: '12-QĐ/ĐU', decidingBody: 'Đảng ủy xã Thanh Sơn', note: null }],
    });

    const file = await t.must('memberfile:get', { memberId: m.id });
    // Sponsors are kept grouped: the first admission first.
    expect(file.sponsors.map((s) => [s.admission, s.fullName])).toEqual([
      [1, 'Trần Thị Hoa'],
      [2, 'Lê Văn Tám'],
    ]);
    expect(file.workHistory.map((w) => [w.fromDate, w.toDate, w.description])).toEqual([
      ['1983-09', '1990-03', 'Giáo viên trường cấp 2 xã Thanh Sơn'],
      ['1990-04', null, 'Cán bộ văn phòng Đảng ủy xã'],
    ]);
    expect(file.training[0]).toMatchObject({ school: 'Trường Chính trị tỉnh'.normalize('NFC'), fromDate: '1995-09', toDate: '1996-06' });
    expect(file.family[0]).toMatchObject({ relation: 'Cha', birthYear: '1935', occupation: 'Nông dân' });
    expect(file.awards[0]).toMatchObject({ awardedOn: '2015-05', title: 'Giấy khen của Đảng ủy xã' });
    expect(file).toMatchObject({ hasPhoto: false, gravelyIll: false, discipline: [] });
    expect(file.disciplineLevels.map((l) => l.code)).toEqual(expect.arrayContaining(['REPRIMAND', 'WARNING', 'REMOVAL_FROM_POST']));
    expect(file.disciplineLevels.map((l) => l.code)).not.toContain('DISSOLUTION');

    // A second save replaces the rows; another member's rows are untouched.
    const other = await aMember({ givenName: 'Bình' });
    await t.must('memberfile:saveWorkHistory', { memberId: other.id, rows: [{ fromDate: '2000', toDate: null, description: 'Nông dân' }] });
    const replaced = await t.must('memberfile:saveWorkHistory', { memberId: m.id, rows: [{ fromDate: '1990-04', toDate: '2025-06', description: 'Cán bộ văn phòng Đảng ủy xã' }] });
    expect(replaced.map((w) => w.toDate)).toEqual(['2025-06']);
    expect((await t.must('memberfile:get', { memberId: m.id })).workHistory).toHaveLength(1);
    expect((await t.must('memberfile:get', { memberId: other.id })).workHistory.map((w) => w.description)).toEqual(['Nông dân']);

    // An empty list clears the table.
    await t.must('memberfile:saveFamily', { memberId: m.id, rows: [] });
    expect((await t.must('memberfile:get', { memberId: m.id })).family).toEqual([]);
  });

  it.each([
    ['a period that ends before it starts', 'memberfile:saveWorkHistory', { rows: [{ fromDate: '1990-05', toDate: '1989-12', description: 'X' }] }, 'rows.0.toDate'],
    ['an impossible month', 'memberfile:saveWorkHistory', { rows: [{ fromDate: '1990-13', toDate: null, description: 'X' }] }, 'rows.0.fromDate'],
    ['an empty description', 'memberfile:saveWorkHistory', { rows: [{ fromDate: '1990', toDate: null, description: '  ' }] }, 'rows.0.description'],
    ['a date in the future', 'memberfile:saveWorkHistory', { rows: [{ fromDate: '1990', toDate: null, description: 'A' }, { fromDate: '2027-01', toDate: null, description: 'B' }] }, 'rows.1.fromDate'],
    ['a relative without a name', 'memberfile:saveFamily', { rows: [{ relation: 'Mẹ', fullName: '' }] }, 'rows.0.fullName'],
    ['an award without a date', 'memberfile:saveAwards', { rows: [{ awardedOn: '', title: 'Bằng khen' }] }, 'rows.0.awardedOn'],
    ['a third sponsor of one admission', 'memberfile:saveSponsors', { rows: [{ fullName: 'A' }, { fullName: 'B' }, { fullName: 'C' }] }, 'rows.2.admission'],
    ['training that ends before it starts', 'memberfile:saveTraining', { rows: [{ school: 'Trường', fromDate: '2001', toDate: '2000' }] }, 'rows.0.toDate'],
  ] as const)('refuses %s with a field message and changes nothing', async (_label, method, input, field) => {
    const m = await aMember();
    await t.must('memberfile:saveWorkHistory', { memberId: m.id, rows: [{ fromDate: '1980', toDate: null, description: 'Giữ nguyên' }] });
    await t.must('memberfile:saveFamily', { memberId: m.id, rows: [{ relation: 'Cha', fullName: 'Giữ Nguyên' }] });
    const before = { work: count('member_work_history'), family: count('member_family'), audit: auditCount() };
    const r = await t.call(method, { memberId: m.id, ...input } as never);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('BAD_INPUT');
      expect(Object.keys(r.error.fields ?? {})).toContain(field);
      expect(r.error.message).toMatch(/^Dữ liệu chưa hợp lệ: /);
    }
    expect({ work: count('member_work_history'), family: count('member_family'), audit: auditCount() }).toEqual(before);
    const file = await t.must('memberfile:get', { memberId: m.id });
    expect(file.workHistory.map((w) => w.description)).toEqual(['Giữ nguyên']);
    expect(file.family.map((f) => f.fullName)).toEqual(['Giữ Nguyên']);
  });

  it('refuses a member that does not exist', async () => {
    const r = await t.call('memberfile:saveAwards', { memberId: 999, rows: [] });
    expect(r).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});

describe('discipline', () => {
  it('lets a probationary member be reprimanded or warned only', async () => {
    const p = await aMember({ admissionDate: '2026-06-01', admissionDecisionDate: '2026-05-20', fullMemberDate: null });
    const removal = await t.call('memberfile:addDiscipline', { memberId: p.id, levelCode: 'REMOVAL_FROM_POST', decidedOn: '2026-10-01' });
    expect(removal).toMatchObject({ ok: false, error: { code: 'RULE', fields: { levelCode: 'Đảng viên dự bị chỉ bị khiển trách hoặc cảnh cáo' } } });
    if (!removal.ok) expect(removal.error.message).toContain('khiển trách hoặc cảnh cáo');
    expect(count('member_discipline')).toBe(0);

    const warning = await t.must('memberfile:addDiscipline', {
      memberId: p.id,
      levelCode: 'WARNING',
      decidedOn: '2026-10-01',
      decisionNo: '05-QĐ/ĐU',
      decisionBody: 'Đảng ủy xã Thanh Sơn',
      reason: 'Vi phạm quy định',
    });
    expect(warning).toMatchObject({ levelCode: 'WARNING', levelName: 'Cảnh cáo', cancelled: false, decidedOn: '2026-10-01' });
  });

  it('judges probation on the day of the decision, not today', async () => {
    // Full since 1991: a decision of 1990 fell in the probation year.
    const m = await aMember();
    const during = await t.call('memberfile:addDiscipline', { memberId: m.id, levelCode: 'REMOVAL_FROM_POST', decidedOn: '1990-12-01' });
    expect(during).toMatchObject({ ok: false, error: { code: 'RULE' } });
    const after = await t.must('memberfile:addDiscipline', { memberId: m.id, levelCode: 'REMOVAL_FROM_POST', decidedOn: '2020-03-02' });
    expect(after.levelName).toBe('Cách chức');
  });

  it('refuses expulsion here and points to the "Khai trừ" event', async () => {
    const m = await aMember();
    const r = await t.call('memberfile:addDiscipline', { memberId: m.id, levelCode: 'EXPULSION', decidedOn: '2024-01-05' });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('RULE');
      expect(r.error.message).toContain('"Khai trừ"');
      expect(r.error.fields?.levelCode).toMatch(/Khai trừ/);
    }
    expect(count('member_discipline')).toBe(0);
  });

  it.each([
    ['an organisation-only level', { levelCode: 'DISSOLUTION', decidedOn: '2024-01-05' }, 'levelCode'],
    ['an unknown level', { levelCode: 'NOPE', decidedOn: '2024-01-05' }, 'levelCode'],
    ['no level', { levelCode: null, decidedOn: '2024-01-05' }, 'levelCode'],
    ['a partial date', { levelCode: 'REPRIMAND', decidedOn: '2024-01' }, 'decidedOn'],
    ['a date before admission', { levelCode: 'REPRIMAND', decidedOn: '1985-01-05' }, 'decidedOn'],
    ['a date in the future', { levelCode: 'REPRIMAND', decidedOn: '2027-01-05' }, 'decidedOn'],
  ])('refuses %s', async (_label, input, field) => {
    const m = await aMember();
    const r = await t.call('memberfile:addDiscipline', { memberId: m.id, ...input } as never);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(Object.keys(r.error.fields ?? {})).toContain(field);
    expect(count('member_discipline')).toBe(0);
  });

  it('refuses the same decision entered twice, but not a different decision of the same day or one re-entered after cancelling', async () => {
    const m = await aMember();
    const first = await t.must('memberfile:addDiscipline', { memberId: m.id, levelCode: 'REPRIMAND', decidedOn: '2024-01-05', decisionNo: '7-QĐ/ĐU' });
    const audit = auditCount();
    const twice = await t.call('memberfile:addDiscipline', { memberId: m.id, levelCode: 'REPRIMAND', decidedOn: '2024-01-05', decisionNo: '7-QĐ/ĐU' });
    expect(twice).toMatchObject({ ok: false, error: { code: 'CONFLICT', fields: { decidedOn: 'Trùng một quyết định đã ghi' } } });
    if (!twice.ok) expect(twice.error.message).toContain('Đã có quyết định khiển trách số 7-QĐ/ĐU ngày 05/01/2024');
    // Without a number it cannot be told apart from the one on file: refused too.
    expect(await t.call('memberfile:addDiscipline', { memberId: m.id, levelCode: 'REPRIMAND', decidedOn: '2024-01-05' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect({ rows: count('member_discipline'), audit: auditCount() }).toEqual({ rows: 1, audit });

    const other = await t.must('memberfile:addDiscipline', { memberId: m.id, levelCode: 'REPRIMAND', decidedOn: '2024-01-05', decisionNo: '8-QĐ/ĐU' });
    // A correction may not turn one decision into the other's twin; saving itself unchanged is fine.
    expect(await t.call('memberfile:updateDiscipline', { memberId: m.id, id: other.id, levelCode: 'REPRIMAND', decidedOn: '2024-01-05', decisionNo: '7-QĐ/ĐU' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
    await t.must('memberfile:updateDiscipline', { memberId: m.id, id: first.id, levelCode: 'REPRIMAND', decidedOn: '2024-01-05', decisionNo: '7-QĐ/ĐU' });

    await t.must('memberfile:cancelDiscipline', { memberId: m.id, id: first.id, reason: 'Ghi nhầm' });
    await t.must('memberfile:addDiscipline', { memberId: m.id, levelCode: 'REPRIMAND', decidedOn: '2024-01-05', decisionNo: '7-QĐ/ĐU' });
  });

  it('corrects and cancels a decision, keeping old → new in the audit log', async () => {
    const m = await aMember();
    const d = await t.must('memberfile:addDiscipline', { memberId: m.id, levelCode: 'REPRIMAND', decidedOn: '2024-01-05', decisionNo: '1-QĐ' });
    const fixed = await t.must('memberfile:updateDiscipline', { memberId: m.id, id: d.id, levelCode: 'WARNING', decidedOn: '2024-01-05', decisionNo: '1-QĐ/ĐU' });
    expect(fixed).toMatchObject({ levelCode: 'WARNING', decisionNo: '1-QĐ/ĐU' });

    const noReason = await t.call('memberfile:cancelDiscipline', { memberId: m.id, id: d.id, reason: ' ' });
    expect(noReason).toMatchObject({ ok: false, error: { code: 'BAD_INPUT', fields: { reason: 'Không được để trống' } } });

    const cancelled = await t.must('memberfile:cancelDiscipline', { memberId: m.id, id: d.id, reason: 'Cấp trên hủy quyết định' });
    expect(cancelled).toMatchObject({ cancelled: true, cancelReason: 'Cấp trên hủy quyết định' });
    expect(await t.call('memberfile:cancelDiscipline', { memberId: m.id, id: d.id, reason: 'Lần nữa' })).toMatchObject({ ok: false, error: { code: 'RULE' } });
    expect(await t.call('memberfile:updateDiscipline', { memberId: m.id, id: d.id, levelCode: 'REPRIMAND', decidedOn: '2024-01-05' })).toMatchObject({
      ok: false,
      error: { code: 'RULE' },
    });

    // Another member's decision cannot be reached through this member.
    const other = await aMember({ givenName: 'Khác' });
    expect(await t.call('memberfile:cancelDiscipline', { memberId: other.id, id: d.id, reason: 'X' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });

    const { entries } = await t.must('memberfile:history', { memberId: m.id });
    const update = entries.find((e) => e.action === 'member.discipline.update');
    expect(update?.oldValues).toEqual({ id: d.id, levelCode: 'REPRIMAND', levelName: 'Khiển trách', decisionNo: '1-QĐ' });
    expect(update?.newValues).toEqual({ id: d.id, levelCode: 'WARNING', levelName: 'Cảnh cáo', decisionNo: '1-QĐ/ĐU' });
    const cancel = entries.find((e) => e.action === 'member.discipline.cancel');
    expect(cancel?.newValues).toMatchObject({ cancelled: true, cancelReason: 'Cấp trên hủy quyết định' });
    expect((await t.must('memberfile:get', { memberId: m.id })).discipline).toEqual([expect.objectContaining({ id: d.id, cancelled: true })]);
  });
});

describe('photo', () => {
  it('stores a PNG or a JPEG in the database and gives it back', async () => {
    const m = await aMember();
    expect(await t.must('memberfile:getPhoto', { memberId: m.id })).toBeNull();
    const info = await t.must('memberfile:setPhoto', { memberId: m.id, mime: 'image/png', base64: PNG.toString('base64') });
    expect(info).toMatchObject({ mime: 'image/png', bytes: PNG.length });
    expect(await t.must('memberfile:getPhoto', { memberId: m.id })).toMatchObject({ mime: 'image/png', base64: PNG.toString('base64') });
    expect((await t.must('memberfile:get', { memberId: m.id })).hasPhoto).toBe(true);

    // The bytes decide the type: a JPEG declared as PNG is stored as a JPEG, replacing the PNG.
    await t.must('memberfile:setPhoto', { memberId: m.id, mime: 'image/png', base64: JPEG.toString('base64') });
    expect(raw.sqlite.prepare('SELECT mime, length(data) AS n FROM member_photo').all()).toEqual([{ mime: 'image/jpeg', n: JPEG.length }]);

    expect(await t.must('memberfile:removePhoto', { memberId: m.id })).toEqual({ removed: true });
    expect(await t.must('memberfile:getPhoto', { memberId: m.id })).toBeNull();
    expect(await t.must('memberfile:removePhoto', { memberId: m.id })).toEqual({ removed: false });
  });

  it('refuses what is not a JPEG or PNG by its first bytes, whatever the declared type', async () => {
    const m = await aMember();
    for (const bytes of [GIF, Buffer.from('%PDF-1.7\n'), Buffer.from([0xff, 0xd8])]) {
      const r = await t.call('memberfile:setPhoto', { memberId: m.id, mime: 'image/jpeg', base64: bytes.toString('base64') });
      expect(r).toMatchObject({ ok: false, error: { code: 'BAD_INPUT', fields: { base64: 'Chỉ nhận ảnh JPEG hoặc PNG' } } });
    }
    const gif = await t.call('memberfile:setPhoto', { memberId: m.id, mime: 'image/gif' as 'image/png', base64: PNG.toString('base64') });
    expect(gif).toMatchObject({ ok: false, error: { code: 'BAD_INPUT', fields: { mime: 'Ảnh phải là tệp JPEG hoặc PNG' } } });
    const garbage = await t.call('memberfile:setPhoto', { memberId: m.id, mime: 'image/png', base64: 'không phải base64' });
    expect(garbage).toMatchObject({ ok: false, error: { code: 'BAD_INPUT', fields: { base64: 'Dữ liệu ảnh không hợp lệ' } } });
    expect(count('member_photo')).toBe(0);
  });

  it('accepts exactly 2 MB and refuses one byte more', async () => {
    const m = await aMember();
    const fits = Buffer.alloc(MAX_PHOTO_BYTES, 0);
    JPEG.copy(fits);
    expect(await t.must('memberfile:setPhoto', { memberId: m.id, mime: 'image/jpeg', base64: fits.toString('base64') })).toMatchObject({ bytes: MAX_PHOTO_BYTES });
    const tooBig = Buffer.alloc(MAX_PHOTO_BYTES + 1, 0);
    JPEG.copy(tooBig);
    const r = await t.call('memberfile:setPhoto', { memberId: m.id, mime: 'image/jpeg', base64: tooBig.toString('base64') });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('BAD_INPUT');
      expect(r.error.fields?.base64).toBe('Ảnh quá lớn: tối đa 2 MB');
    }
    expect(raw.sqlite.prepare('SELECT length(data) AS n FROM member_photo').get()).toEqual({ n: MAX_PHOTO_BYTES });
  });
});

describe('gravely ill flag, history and audit', () => {
  it('sets the gravely-ill flag', async () => {
    const m = await aMember();
    expect(await t.must('memberfile:setGravelyIll', { memberId: m.id, gravelyIll: true })).toEqual({ gravelyIll: true });
    expect((await t.must('memberfile:get', { memberId: m.id })).gravelyIll).toBe(true);
    expect(raw.sqlite.prepare('SELECT gravely_ill FROM member WHERE id = ?').get(m.id)).toEqual({ gravely_ill: 1 });
    await t.must('memberfile:setGravelyIll', { memberId: m.id, gravelyIll: false });
    expect((await t.must('memberfile:get', { memberId: m.id })).gravelyIll).toBe(false);
  });

  it('lists the card and its sub-records in one history with user, time and old → new, newest first', async () => {
    const m = await aMember();
    await t.must('memberfile:saveFamily', { memberId: m.id, rows: [{ relation: 'Cha', fullName: 'Nguyễn Văn Cả', birthYear: '1935' }] });
    t.clock.now = new Date('2026-11-20T04:00:00.000Z');
    await t.must('memberfile:saveFamily', {
      memberId: m.id,
      rows: [
        { relation: 'Cha', fullName: 'Nguyễn Văn Cả', birthYear: '1936' },
        { relation: 'Mẹ', fullName: 'Lê Thị Tư' },
      ],
    });
    await t.must('memberfile:get', { memberId: m.id });
    await t.must('memberfile:setGravelyIll', { memberId: m.id, gravelyIll: true });

    const { entries, hasMore } = await t.must('memberfile:history', { memberId: m.id });
    expect(hasMore).toBe(false);
    // Opening the file is logged, but it is not a change: the history leaves it out.
    expect(entries.map((e) => e.action)).toEqual(['member.gravelyIll.set', 'member.family.save', 'member.family.save', 'member.create']);
    expect(actions(m.id)).toContain('member.file.view');
    const second = entries[1]!;
    expect(second).toMatchObject({ username: 'admin', at: '2026-11-20T04:00:00.000Z' });
    expect(second.oldValues).toEqual({ rows: [{ relation: 'Cha', fullName: 'Nguyễn Văn Cả', birthYear: '1935', homeTown: null, residence: null, occupation: null, position: null, unit: null }] });
    expect(second.newValues?.rows).toEqual([
      expect.objectContaining({ relation: 'Cha', birthYear: '1936' }),
      expect.objectContaining({ relation: 'Mẹ', fullName: 'Lê Thị Tư', birthYear: null }),
    ]);
    expect(entries[0]).toMatchObject({ oldValues: { gravelyIll: false }, newValues: { gravelyIll: true } });

    const page = await t.must('memberfile:history', { memberId: m.id, limit: 2 });
    expect(page.entries.map((e) => e.action)).toEqual(['member.gravelyIll.set', 'member.family.save']);
    expect(page.hasMore).toBe(true);
  });

  it('audits every write, and a save that changes nothing adds no member entry', async () => {
    const m = await aMember();
    const png = PNG.toString('base64');
    const writes: [string, () => Promise<unknown>][] = [
      ['member.sponsors.save', () => t.must('memberfile:saveSponsors', { memberId: m.id, rows: [{ fullName: 'Lê Văn Tám' }] })],
      ['member.workHistory.save', () => t.must('memberfile:saveWorkHistory', { memberId: m.id, rows: [{ fromDate: '1990', description: 'A' }] })],
      ['member.training.save', () => t.must('memberfile:saveTraining', { memberId: m.id, rows: [{ school: 'Trường' }] })],
      ['member.family.save', () => t.must('memberfile:saveFamily', { memberId: m.id, rows: [{ relation: 'Cha', fullName: 'B' }] })],
      ['member.awards.save', () => t.must('memberfile:saveAwards', { memberId: m.id, rows: [{ awardedOn: '2000', title: 'Giấy khen' }] })],
      ['member.discipline.add', () => t.must('memberfile:addDiscipline', { memberId: m.id, levelCode: 'REPRIMAND', decidedOn: '2024-01-05' })],
      ['member.photo.set', () => t.must('memberfile:setPhoto', { memberId: m.id, mime: 'image/png', base64: png })],
      ['member.photo.remove', () => t.must('memberfile:removePhoto', { memberId: m.id })],
      ['member.gravelyIll.set', () => t.must('memberfile:setGravelyIll', { memberId: m.id, gravelyIll: true })],
    ];
    for (const [action, write] of writes) {
      const before = actions(m.id).length;
      await write();
      expect(actions(m.id).slice(before)).toEqual([action]);
    }
    // The photo's bytes are not copied into the log: its type, size and hash are.
    const photoEntry = raw.sqlite.prepare("SELECT new_values FROM audit_log WHERE action = 'member.photo.set'").get() as { new_values: string };
    expect(JSON.parse(photoEntry.new_values)).toEqual({ mime: 'image/png', bytes: PNG.length, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });

    const before = actions(m.id).length;
    await t.must('memberfile:saveTraining', { memberId: m.id, rows: [{ school: 'Trường' }] });
    expect(actions(m.id)).toHaveLength(before);
    expect(await t.must('system:auditVerify', {})).toMatchObject({ ok: true });
  });

  it('lets a viewer read the file and refuses the viewer a write', async () => {
    const m = await aMember();
    const viewer = { user: { id: 1, username: 'admin', role: 'viewer' as const }, via: 'ipc' as const };
    expect((await t.call('memberfile:get', { memberId: m.id }, viewer)).ok).toBe(true);
    expect((await t.call('memberfile:history', { memberId: m.id }, viewer)).ok).toBe(true);
    const w = await t.call('memberfile:saveAwards', { memberId: m.id, rows: [{ awardedOn: '2000', title: 'Giấy khen' }] }, viewer);
    expect(w).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(count('member_award')).toBe(0);
  });
});
