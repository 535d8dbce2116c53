import { describe, expect, it } from 'vitest';
import { i18n } from '../../../renderer/src/i18n/index.ts';
import { describeChanges } from '../../../renderer/src/screens/memberFile/historyFormat.ts';

const t = i18n.getFixedT('vi');
const bố = { relation: 'Bố', fullName: 'Nguyễn Văn Thành', birthYear: '1950' };

describe('member file history in words', () => {
  it('reads a second row equal to an existing one as an added row, not as a reordering', () => {
    const lines = describeChanges(t, { action: 'memberfile.family.save', oldValues: { rows: [bố] }, newValues: { rows: [bố, bố] } }, null);
    expect(lines).toEqual(['Thêm: Bố · Nguyễn Văn Thành · 1950']);
  });

  it('reads one of two equal rows taken away as a removed row', () => {
    const lines = describeChanges(t, { action: 'memberfile.family.save', oldValues: { rows: [bố, bố] }, newValues: { rows: [bố] } }, null);
    expect(lines).toEqual(['Bỏ: Bố · Nguyễn Văn Thành · 1950']);
  });

  it('names a discipline level in words and leaves its code (REPRIMAND) out', () => {
    const lines = describeChanges(
      t,
      { action: 'member.discipline.add', oldValues: null, newValues: { id: 3, levelCode: 'REPRIMAND', levelName: 'Khiển trách', decidedOn: '2025-03-15' } },
      null,
    );
    expect(lines).toEqual(['Hình thức kỷ luật: Khiển trách', 'Ngày quyết định: 15/03/2025']);
    expect(lines.join(' ')).not.toContain('REPRIMAND');
  });
});
