import { Group, NumberInput, Select, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { cadreStatuses, managementTiers } from '../../../../shared/cadres/schemas.ts';
import { sexes } from '../../../../shared/contract/index.ts';
import { CatalogueSelect } from '../../components/CatalogueSelect.tsx';
import { useCatalogueStore } from '../../stores/catalogueStore.ts';
import { SEARCH_DELAY } from '../members/MembersScreen.tsx';
import { useCadreListStore } from './store.ts';

const pick = <T extends string>(list: readonly T[], v: string | null): T | null => list.find((x) => x === v) ?? null;
const planningChoices = ['any', 'planned', 'notPlanned'] as const;
const statusChoices = [...cadreStatuses, 'all'] as const;
/** A whole number from a number box within [min, max] ('' clears it). */
const whole = (v: string | number, min: number, max: number): number | null => (typeof v === 'number' && Number.isFinite(v) ? Math.min(max, Math.max(min, Math.trunc(v))) : null);

/** The filters of cadre:list: current post, management tier, status, sex, age, political theory, planning, retiring soon. */
export function CadreFilters() {
  const { t } = useTranslation();
  const query = useCadreListStore((s) => s.query);
  const setQuery = useCadreListStore((s) => s.setQuery);
  const education = useCatalogueStore((s) => s.catalogues?.education);
  const theory = useMemo(() => (education ?? []).filter((e) => e.kind === 'political_theory'), [education]);
  const [post, setPost] = useState(query.post);
  const pushPost = useDebouncedCallback((value: string) => setQuery({ post: value }), SEARCH_DELAY);

  return (
    <Group align="flex-end" gap="sm">
      <TextInput
        label={t('cadres.filters.post')}
        placeholder={t('cadres.filters.postPlaceholder')}
        w={220}
        autoComplete="off"
        value={post}
        onChange={(event) => {
          setPost(event.currentTarget.value);
          pushPost(event.currentTarget.value);
        }}
      />
      <Select
        label={t('cadres.filters.tier')}
        placeholder={t('cadres.filters.any')}
        w={190}
        clearable
        data={managementTiers.map((v) => ({ value: v, label: t(`cadres.tiers.${v}`) }))}
        value={query.tier}
        onChange={(v) => setQuery({ tier: pick(managementTiers, v) })}
      />
      <Select
        label={t('cadres.filters.status')}
        w={190}
        allowDeselect={false}
        data={statusChoices.map((v) => ({ value: v, label: t(`cadres.statuses.${v}`) }))}
        value={query.status}
        onChange={(v) => setQuery({ status: pick(statusChoices, v) ?? 'working' })}
      />
      <Select
        label={t('cadres.filters.sex')}
        placeholder={t('cadres.filters.any')}
        w={110}
        clearable
        data={sexes.map((s) => ({ value: s, label: t(`sex.${s}`) }))}
        value={query.sex}
        onChange={(v) => setQuery({ sex: pick(sexes, v) })}
      />
      <NumberInput
        label={t('cadres.filters.ageFrom')}
        w={90}
        min={0}
        max={120}
        allowDecimal={false}
        allowNegative={false}
        value={query.ageFrom ?? ''}
        onChange={(v) => setQuery({ ageFrom: whole(v, 0, 120) })}
      />
      <NumberInput
        label={t('cadres.filters.ageTo')}
        w={90}
        min={0}
        max={120}
        allowDecimal={false}
        allowNegative={false}
        value={query.ageTo ?? ''}
        onChange={(v) => setQuery({ ageTo: whole(v, 0, 120) })}
      />
      <CatalogueSelect
        label={t('cadres.filters.politicalTheory')}
        placeholder={t('cadres.filters.any')}
        w={200}
        moveOnAfterChoice={false}
        items={theory}
        value={query.politicalTheoryCode}
        onChange={(v) => setQuery({ politicalTheoryCode: v })}
      />
      <Select
        label={t('cadres.filters.planning')}
        w={170}
        allowDeselect={false}
        data={planningChoices.map((v) => ({ value: v, label: t(`cadres.planningFilter.${v}`) }))}
        value={query.planning}
        onChange={(v) => setQuery({ planning: pick(planningChoices, v) ?? 'any' })}
      />
      <NumberInput
        label={t('cadres.filters.retiringWithin')}
        w={170}
        min={1}
        max={120}
        allowDecimal={false}
        allowNegative={false}
        value={query.retiringWithinMonths ?? ''}
        onChange={(v) => setQuery({ retiringWithinMonths: whole(v, 1, 120) })}
      />
    </Group>
  );
}
