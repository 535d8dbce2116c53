import { describe, expect, it } from 'vitest';
import { i18n } from '../../../renderer/src/i18n/index.ts';
import { cadreExportInput } from '../../../renderer/src/screens/cadres/exportParts.ts';
import { initialCadreQuery } from '../../../renderer/src/screens/cadres/store.ts';
import { catalogues } from '../fixtures.ts';

const t = i18n.getFixedT('vi');

/** "Xuất Excel" of the cadre list, ready for cadre:export: the list's query, the columns on screen, the filters in words. */
describe('cadre list export input', () => {
  it('keeps the screen columns cadre:export knows, in the screen order, with words for the coded ones', () => {
    const columns = [
      { key: 'fullName', header: 'Họ và tên' },
      { key: 'sex', header: 'Giới tính' },
      { key: 'mainUnit', header: 'Đơn vị' },
      { key: 'notExportable', header: 'Khác' },
      { key: 'politicalTheory', header: 'Lý luận chính trị' },
    ];
    const input = cadreExportInput(t, columns, initialCadreQuery, catalogues);
    expect(input.columns.map((c) => c.key)).toEqual(['fullName', 'sex', 'mainUnit', 'politicalTheory']);
    expect(input.columns[1]).toEqual({ key: 'sex', header: 'Giới tính', labels: { M: 'Nam', F: 'Nữ' } });
    expect(input.columns[3]?.labels).toEqual({ ADVANCED: 'Cao cấp' });
    expect(input.title).toBe('Danh sách cán bộ');
    expect(input.filters).toBe('Đang công tác');
  });

  it('writes every filter in words, and sends the query itself', () => {
    const q = { ...initialCadreQuery, query: 'nguyen', post: 'giám đốc', sex: 'F' as const, ageFrom: 40, ageTo: 55, politicalTheoryCode: 'ADVANCED', planning: 'planned' as const, retiringWithinMonths: 12, status: 'all' as const };
    const input = cadreExportInput(t, [{ key: 'fullName', header: 'Họ và tên' }], q, catalogues);
    expect(input.filters).toBe('tìm “nguyen”; chức vụ có “giám đốc”; Nữ; từ 40 tuổi; đến 55 tuổi; Cao cấp; Có trong quy hoạch; nghỉ hưu trong 12 tháng');
    expect(input).toEqual(expect.objectContaining({ query: 'nguyen', post: 'giám đốc', sex: 'F', ageFrom: 40, retiringWithinMonths: 12, status: 'all' }));
  });
});
