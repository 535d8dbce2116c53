import { Checkbox, Group, NumberInput, Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { membershipKinds, memberSortColumns, sexes } from '../../../../shared/contract/index.ts';
import { CatalogueSelect } from '../../components/CatalogueSelect.tsx';
import { useCatalogueStore } from '../../stores/catalogueStore.ts';
import { useMemberListStore } from './store.ts';

const isSex = (v: string | null) => sexes.find((s) => s === v) ?? null;
const isMembership = (v: string | null) => membershipKinds.find((m) => m === v) ?? null;
const isSort = (v: string | null) => memberSortColumns.find((c) => c === v) ?? null;
/** A whole number of years from a number box ('' clears the bound). */
const years = (v: string | number): number | null => (typeof v === 'number' && Number.isFinite(v) ? Math.min(100, Math.max(0, Math.trunc(v))) : null);

/** Filters of the member list (sex, age band, probationary/full, ethnic group, party age) and the sort order. */
export function MemberFilters() {
  const { t } = useTranslation();
  const query = useMemberListStore((s) => s.query);
  const setQuery = useMemberListStore((s) => s.setQuery);
  const catalogues = useCatalogueStore((s) => s.catalogues);

  return (
    <Group align="flex-end" gap="sm">
      <Select
        label={t('members.filters.sex')}
        placeholder={t('members.filters.any')}
        w={130}
        clearable
        data={sexes.map((s) => ({ value: s, label: t(`sex.${s}`) }))}
        value={query.sex}
        onChange={(v) => setQuery({ sex: isSex(v) })}
      />
      <Select
        label={t('members.filters.ageBand')}
        placeholder={t('members.filters.any')}
        w={140}
        clearable
        data={(catalogues?.ageBands ?? []).map((b) => ({ value: b.code, label: b.label }))}
        value={query.ageBand}
        onChange={(v) => setQuery({ ageBand: v })}
      />
      <Select
        label={t('members.filters.membership')}
        placeholder={t('members.filters.any')}
        w={150}
        clearable
        data={membershipKinds.map((m) => ({ value: m, label: t(`membership.${m}`) }))}
        value={query.membership}
        onChange={(v) => setQuery({ membership: isMembership(v) })}
      />
      <CatalogueSelect
        label={t('members.filters.ethnic')}
        placeholder={t('members.filters.any')}
        w={170}
        items={catalogues?.ethnicGroups}
        value={query.ethnicCode}
        onChange={(v) => setQuery({ ethnicCode: v })}
      />
      <NumberInput
        label={t('events.partyAge.filterFrom')}
        w={170}
        min={0}
        max={100}
        allowDecimal={false}
        allowNegative={false}
        value={query.minPartyAgeYears ?? ''}
        onChange={(v) => setQuery({ minPartyAgeYears: years(v) })}
      />
      <NumberInput
        label={t('events.partyAge.filterTo')}
        w={170}
        min={0}
        max={100}
        allowDecimal={false}
        allowNegative={false}
        value={query.maxPartyAgeYears ?? ''}
        onChange={(v) => setQuery({ maxPartyAgeYears: years(v) })}
      />
      <Select
        label={t('members.filters.sort')}
        w={190}
        allowDeselect={false}
        data={memberSortColumns.map((c) => ({ value: c, label: t(`members.sort.${c}`) }))}
        value={query.sort}
        onChange={(v) => setQuery({ sort: isSort(v) ?? 'official' })}
      />
      <Checkbox
        mb={8}
        label={t('members.filters.descending')}
        checked={query.descending}
        onChange={(event) => setQuery({ descending: event.currentTarget.checked })}
      />
    </Group>
  );
}
