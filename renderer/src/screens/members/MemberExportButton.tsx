import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { memberExportColumns, membershipKinds, sexes, type MemberExportInput } from '../../../../shared/members/schemas.ts';
import type { Catalogues } from '../../../../shared/catalogues/schemas.ts';
import { ExportButton } from '../../components/ExportButton.tsx';
import { exportColumnsOf, filtersLine } from '../../components/exportColumns.ts';
import { useCatalogueStore } from '../../stores/catalogueStore.ts';
import { gridColumns } from './MemberGrid.tsx';
import { toListInput, useMemberListStore, type MemberQuery } from './store.ts';

/** The list's filters in the clerk's words: "Chi bộ …; Nữ; tuổi Đảng ≥ 40". */
export function memberFiltersLine(t: TFunction, query: MemberQuery, catalogues: Catalogues | null): string {
  const band = catalogues?.ageBands.find((b) => b.code === query.ageBand)?.label ?? query.ageBand;
  const ethnic = catalogues?.ethnicGroups.find((e) => e.code === query.ethnicCode)?.name ?? query.ethnicCode;
  return filtersLine([
    query.organisation?.name,
    query.q.trim() !== '' && t('members.export.search', { q: query.q.trim() }),
    query.sex !== null && t(`sex.${query.sex}`),
    band !== null && t('members.export.ageBand', { band }),
    query.membership !== null && t(`membership.${query.membership}`),
    ethnic !== null && t('members.export.ethnic', { name: ethnic }),
    query.minPartyAgeYears !== null && t('members.export.partyAgeMin', { n: query.minPartyAgeYears }),
    query.maxPartyAgeYears !== null && t('members.export.partyAgeMax', { n: query.maxPartyAgeYears }),
  ]);
}

/** "Xuất Excel" of the member list: every member the current scope, search and filters hold, in the grid's order and columns. */
export function MemberExportButton() {
  const { t } = useTranslation();
  const total = useMemberListStore((s) => s.total);
  const input = (): MemberExportInput => {
    const query = useMemberListStore.getState().query;
    const { offset: _offset, limit: _limit, ...list } = toListInput(query, 0);
    return {
      ...list,
      title: t('members.export.title'),
      filters: memberFiltersLine(t, query, useCatalogueStore.getState().catalogues),
      columns: exportColumnsOf(
        gridColumns(t).map((c) => ({ key: c.key, header: c.label })),
        memberExportColumns,
        {
          sex: Object.fromEntries(sexes.map((s) => [s, t(`sex.${s}`)])),
          membership: Object.fromEntries(membershipKinds.map((m) => [m, t(`membership.${m}`)])),
        },
      ),
    };
  };
  return <ExportButton kind="member:export" disabled={total === 0} input={input} />;
}
