import { ok, type Api } from '../../../shared/contract/index.ts';
import type { CadreListRow } from '../../../shared/cadres/schemas.ts';
import { searchKey } from '../../../shared/kernel/text/normalise.ts';

/** A cadre as cadre:list answers it. */
export function cadreRow(id: number, fullName: string, over: Partial<CadreListRow> = {}): CadreListRow {
  return {
    id,
    memberId: null,
    fullName,
    sex: 'M',
    birthDate: '1975-03-12',
    mainPost: 'Phó Giám đốc',
    mainUnit: 'Sở Tài chính',
    managementTier: 'provincial',
    status: 'working',
    politicalTheoryCode: null,
    retirementDate: '2037-03-31',
    planned: false,
    ...over,
  };
}

export const CADRES = [
  cadreRow(11, 'Nguyễn Văn An'),
  cadreRow(12, 'Trần Thị Bình', { sex: 'F', birthDate: '1980-05-01', mainPost: 'Trưởng phòng', mainUnit: 'Sở Nội vụ' }),
  cadreRow(13, 'Lê Văn Cường', { birthDate: '1972' }),
  cadreRow(14, 'Phạm Minh Đức', { birthDate: '1969-01-01' }),
  cadreRow(15, 'Phạm Minh Đức', { birthDate: '1983-07-07', mainPost: 'Chuyên viên' }),
];

/** cadre:list over CADRES: the query's words folded, as the core searches names. */
/** Citizen IDs the fake search knows (cadre:list finds a cadre by its 12 digits). */
export const CITIZEN_IDS: Record<string, number> = { '001080000012': 12 };

export const cadreList: Api['cadre:list'] = async (input) => {
  const byId = CITIZEN_IDS[(input.query ?? '').replace(/\D/g, '')];
  if (byId !== undefined) return ok({ rows: CADRES.filter((c) => c.id === byId), total: 1 });
  const words = searchKey(input.query ?? '').split(' ').filter((w) => w !== '');
  const rows = CADRES.filter((c) => words.every((w) => searchKey(c.fullName).split(' ').includes(w)));
  return ok({ rows: rows.slice(0, input.limit ?? 50), total: rows.length });
};
