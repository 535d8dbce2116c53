import { ok, type Input, type Result } from '../../../../shared/contract/index.ts';
import { cadreSaveTableInput, type CadreTableName } from '../../../../shared/cadres/schemas.ts';
import { call } from '../../api/client.ts';
import { i18n } from '../../i18n/index.ts';
import type { ColumnDef, SavedRow, TableDef } from '../memberFile/tables.ts';
import type { CadreSection } from './store.ts';

/** The repeating tables of the cadre file, edited whole by the member file's TableEditor (cadre:saveTable). */

const label = (key: string): string => i18n.t(`cadres.columns.${key}` as 'cadres.columns.note');
const sides = () => [
  { value: 'own', label: i18n.t('cadres.sides.own') },
  { value: 'spouse', label: i18n.t('cadres.sides.spouse') },
];
const disciplineCodes = ['REPRIMAND', 'WARNING', 'REMOVAL_FROM_POST', 'EXPULSION'] as const;
const disciplineLevels = () => disciplineCodes.map((code) => ({ value: code, label: i18n.t(`cadres.disciplineLevels.${code}`) }));

function cadreTable(table: CadreTableName & CadreSection, columns: readonly ColumnDef[]): TableDef {
  return {
    table,
    columns,
    schema: cadreSaveTableInput,
    input: (cadreId, rows) => ({ cadreId, table, rows }),
    // cadre:saveTable answers every table of the file: the editor keeps its own.
    send: async (input): Promise<Result<SavedRow[]>> => {
      const r = await call('cadre:saveTable', input as Input<'cadre:saveTable'>);
      return r.ok ? ok(r.value[table] as SavedRow[]) : r;
    },
    sectionLabel: () => i18n.t(`cadres.file.sections.${table}`),
    columnLabel: label,
  };
}

export const cadreTableDefs: Record<CadreTableName, TableDef> = {
  workHistory: cadreTable('workHistory', [
    { key: 'fromDate', kind: 'date', required: true, width: '8rem' },
    { key: 'toDate', kind: 'date', width: '8rem' },
    { key: 'post', kind: 'text', required: true, width: 'auto' },
    { key: 'unit', kind: 'text', width: '18rem' },
  ]),
  family: cadreTable('family', [
    { key: 'side', kind: 'select', options: sides, width: '9rem' },
    { key: 'relation', kind: 'text', required: true, width: '6rem' },
    { key: 'fullName', kind: 'text', required: true, width: '11rem' },
    { key: 'birthYear', kind: 'number', width: '5.5rem' },
    { key: 'homeTown', kind: 'text', width: '11rem' },
    { key: 'occupation', kind: 'text', width: '10rem' },
    { key: 'residence', kind: 'text', width: 'auto' },
  ]),
  salary: cadreTable('salary', [
    { key: 'since', kind: 'date', required: true, width: '8rem' },
    { key: 'rankCode', kind: 'text', width: '8rem' },
    { key: 'step', kind: 'number', width: '6rem' },
    { key: 'coefficient', kind: 'number', width: 'auto' },
  ]),
  awards: cadreTable('awards', [
    { key: 'year', kind: 'number', required: true, width: '6rem' },
    { key: 'form', kind: 'text', required: true, width: 'auto' },
    { key: 'decisionNo', kind: 'text', width: '9rem' },
    { key: 'body', kind: 'text', width: '14rem' },
  ]),
  discipline: cadreTable('discipline', [
    { key: 'decidedOn', kind: 'date', required: true, width: '8rem' },
    { key: 'levelCode', kind: 'select', options: disciplineLevels, width: '10rem' },
    { key: 'reason', kind: 'text', width: 'auto' },
    { key: 'decisionNo', kind: 'text', width: '9rem' },
    { key: 'body', kind: 'text', width: '12rem' },
  ]),
  assessments: cadreTable('assessments', [
    { key: 'year', kind: 'number', required: true, width: '6rem' },
    { key: 'result', kind: 'text', required: true, width: '18rem' },
    { key: 'note', kind: 'text', width: 'auto' },
  ]),
  assetDeclarations: cadreTable('assetDeclarations', [
    { key: 'year', kind: 'number', required: true, width: '6rem' },
    { key: 'submittedOn', kind: 'fullDate', width: 'auto' },
  ]),
  documents: cadreTable('documents', [
    { key: 'title', kind: 'text', required: true, width: 'auto' },
    { key: 'receivedOn', kind: 'date', width: '8rem' },
    { key: 'pages', kind: 'number', width: '6rem' },
    { key: 'note', kind: 'text', width: '14rem' },
    { key: 'hasScan', kind: 'check', width: '6rem' },
  ]),
};
