import { describe, expect, it } from 'vitest';
import { layoutOf, neutralise } from '../../../electron/services/badges/badgeExcel.ts';

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
