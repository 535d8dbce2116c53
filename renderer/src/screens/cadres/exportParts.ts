import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { cadreStatuses, managementTiers } from '../../../../shared/cadres/schemas.ts';
import type { Catalogues } from '../../../../shared/catalogues/schemas.ts';
import { sexes } from '../../../../shared/contract/index.ts';
import { exportColumnsOf, filtersLine } from '../../components/exportColumns.ts';
import { nameOf } from '../../stores/catalogueStore.ts';
import type { CadreQuery } from './store.ts';

/**
 * "Xuất Excel" of the cadre list (ARCHITECTURE.md, "Lists exported to Excel"): the list's filters,
 * its columns on screen and the filters in words, for `cadre:export` (added on the digest branch):
 * at the merge, CadreListView shows
 * `<ExportButton kind="cadre:export" disabled={total === 0} input={() => cadreExportInput(t, columns, useCadreListStore.getState().query, catalogues)} />`.
 */

/** The column keys cadre:export knows (cadreExportColumns of the digest branch), in any order. */
export const CADRE_EXPORT_KEYS = ['index', 'fullName', 'birthDate', 'sex', 'mainPost', 'mainUnit', 'managementTier', 'status', 'politicalTheory', 'retirementDate', 'planned'] as const;

/** The list's filters in the clerk's words: "giám đốc; Nữ; 40–55 tuổi; nghỉ hưu trong 12 tháng". */
export function cadreFiltersLine(t: TFunction, q: CadreQuery, catalogues: Catalogues | null): string {
  const theory = q.politicalTheoryCode === null ? null : nameOf(catalogues?.education.filter((e) => e.kind === 'political_theory'), q.politicalTheoryCode);
  return filtersLine([
    q.query.trim() !== '' && t('cadres.exportWords.search', { q: q.query.trim() }),
    q.post.trim() !== '' && t('cadres.exportWords.post', { words: q.post.trim() }),
    q.tier !== null && t(`cadres.tiers.${q.tier}`),
    q.status !== 'all' && t(`cadres.statuses.${q.status}`),
    q.sex !== null && t(`sex.${q.sex}`),
    q.ageFrom !== null && t('cadres.exportWords.ageFrom', { n: q.ageFrom }),
    q.ageTo !== null && t('cadres.exportWords.ageTo', { n: q.ageTo }),
    theory !== null && theory,
    q.planning !== 'any' && t(`cadres.planningFilter.${q.planning}`),
    q.retiringWithinMonths !== null && t('cadres.exportWords.retiring', { n: q.retiringWithinMonths }),
  ]);
}

/** cadre:export's input: the query, the columns on screen (with words for the coded ones), the title and the filters. */
export function cadreExportInput(t: TFunction, columns: readonly { key: string; header: ReactNode }[], q: CadreQuery, catalogues: Catalogues | null) {
  const theory = catalogues?.education.filter((e) => e.kind === 'political_theory') ?? [];
  return {
    ...q,
    title: t('cadres.grid'),
    filters: cadreFiltersLine(t, q, catalogues),
    columns: exportColumnsOf(
      columns,
      CADRE_EXPORT_KEYS,
      {
        sex: Object.fromEntries(sexes.map((s) => [s, t(`sex.${s}`)])),
        managementTier: Object.fromEntries(managementTiers.map((v) => [v, t(`cadres.tiers.${v}`)])),
        status: Object.fromEntries(cadreStatuses.map((v) => [v, t(`cadres.statuses.${v}`)])),
        politicalTheory: Object.fromEntries(theory.map((e) => [e.code, e.name])),
        planned: { true: t('cadres.yes'), false: '' },
      },
    ),
  };
}
