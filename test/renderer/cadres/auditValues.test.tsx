import { describe, expect, it } from 'vitest';
import { i18n } from '../../../renderer/src/i18n/index.ts';
import { formatValue } from '../../../renderer/src/screens/memberFile/historyFormat.ts';
import { catalogues } from '../fixtures.ts';

const t = i18n.getFixedT('vi');
const on = (entity: string) => ({ entity, catalogues, orgNames: {} });

/** Issue 9 entries in the audit log read in words: an action's type from the actionTypes catalogue, the cadre file's codes. */
describe('cadre and personnel action values in the audit log', () => {
  it('names a personnel action type from the actionTypes catalogue, and an organisation type still from its own', () => {
    expect(formatValue(t, 'typeCode', 'APPOINT', on('personnel_action'))).toBe('Bổ nhiệm');
    expect(formatValue(t, 'typeCode', 'RETIRE', on('action'))).toBe('Nghỉ hưu');
    expect(formatValue(t, 'typeCode', 'PROVINCE', on('organisation'))).toBe('Đảng bộ tỉnh');
  });

  it('reads the cadre file’s coded fields in words, and leaves an unknown code as recorded', () => {
    expect(formatValue(t, 'managementTier', 'provincial', on('cadre'))).toBe('Tỉnh ủy quản lý');
    expect(formatValue(t, 'status', 'retired', on('cadre'))).toBe('Đã nghỉ hưu');
    expect(formatValue(t, 'politicalTheoryCode', 'ADVANCED', on('cadre'))).toBe('Cao cấp');
    expect(formatValue(t, 'postKind', 'concurrent', on('cadre'))).toBe('Kiêm nhiệm');
    expect(formatValue(t, 'status', 'someday', on('cadre'))).toBe('someday');
  });
});
