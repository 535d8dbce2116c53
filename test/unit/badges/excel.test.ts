import { describe, expect, it } from 'vitest';
import { layoutOf, neutralise, sectionHeading, totalLine } from '../../../electron/services/badges/badgeExcel.ts';
import { groupDigitsVi } from '../../../shared/kernel/text/numbers.ts';

describe('badge forms in Excel', () => {
  it('neutralises text a spreadsheet would take for a formula', () => {
    expect(neutralise('=SUM(A1:A3)')).toBe("'=SUM(A1:A3)");
    expect(neutralise('+84 912')).toBe("'+84 912");
    expect(neutralise('-1')).toBe("'-1");
    expect(neutralise('@cmd')).toBe("'@cmd");
    expect(neutralise('\t=1')).toBe("'\t=1");
    expect(neutralise('Xã Thanh Sơn - Phú Thọ')).toBe('Xã Thanh Sơn - Phú Thọ');
    expect(neutralise('')).toBe('');
  });

  it('uses the official columns of each form', () => {
    expect(layoutOf('4A').headers).toEqual(['STT', 'Số HHĐ', 'Họ và tên', 'Ngày sinh', 'Quê quán', 'Ngày QĐ kết nạp', 'Ngày kết nạp', 'Ngày chính thức', 'Số thẻ ĐV', 'Nơi đề nghị tặng', 'Ghi chú']);
    expect(layoutOf('4').headers).toEqual(['STT', 'Họ và tên', 'Ngày sinh', 'Quê quán', 'Ngày QĐ kết nạp', 'Ngày kết nạp', 'Ngày chính thức', 'Số thẻ ĐV', 'Nơi đề nghị tặng', 'Ghi chú']);
    expect(layoutOf('4B').headers).toEqual(['STT', 'Họ và tên', 'Ngày sinh', 'Quê quán', 'Ngày QĐ kết nạp', 'Ngày kết nạp', 'Ngày chính thức', 'Số thẻ ĐV', 'Ngày từ trần', 'Nơi đề nghị truy tặng', 'Ghi chú']);
    expect(layoutOf('5').headers).toEqual(['STT', 'Số HHĐ', 'Họ và tên', 'Ngày sinh', 'Quê quán', 'Ngày QĐ kết nạp', 'Ngày kết nạp', 'Số thẻ ĐV', 'Huy hiệu (năm)', 'Số quyết định', 'Ngày quyết định', 'Đợt tặng', 'Nơi đề nghị tặng', 'Ghi chú']);
    expect(layoutOf('5').code).toBe('5-HHĐ');
  });
});

describe('headings of the badge forms', () => {
  it('group the counts with Vietnamese separators, as the screens do ("2.162 đồng chí")', () => {
    expect(sectionHeading(0, 30, 2162)).toBe('I. Huy hiệu 30 năm tuổi Đảng: 2.162 đồng chí');
    expect(sectionHeading(1, 40, 7)).toBe('II. Huy hiệu 40 năm tuổi Đảng: 7 đồng chí');
    expect(totalLine(1_234_567)).toBe('Tổng cộng: 1.234.567 đồng chí.');
    expect(totalLine(999)).toBe('Tổng cộng: 999 đồng chí.');
  });

  it('group digits without the runtime\'s locale data', () => {
    expect([0, 12, 1000, 12345, 100000, -4321].map(groupDigitsVi)).toEqual(['0', '12', '1.000', '12.345', '100.000', '-4.321']);
  });
});
