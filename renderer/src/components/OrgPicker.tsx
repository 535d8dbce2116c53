import { Select, Text, type SelectProps } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrgSearchHit } from '../../../shared/contract/index.ts';
import { call } from '../api/client.ts';
import { keepAll } from './foldFilter.ts';

export interface OrgRef {
  id: number;
  name: string;
}

interface OrgPickerProps extends Omit<SelectProps, 'data' | 'value' | 'onChange' | 'error' | 'searchValue' | 'onSearchChange'> {
  value: OrgRef | null;
  onChange(value: OrgRef | null): void;
  error?: string | null | undefined;
  /** Organisations that may not be chosen (the one being moved or merged). */
  excludeIds?: readonly number[];
}

export const ORG_SEARCH_DELAY = 200;

/** Chooses an organisation by typing part of its name (organisation:search); options show their path. */
export function OrgPicker({ value, onChange, error, excludeIds = [], ...rest }: OrgPickerProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState(value?.name ?? '');
  const [hits, setHits] = useState<OrgSearchHit[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const latest = useRef(0);

  const runSearch = useDebouncedCallback(async (q: string) => {
    const ticket = ++latest.current;
    if (q.trim() === '') {
      setHits([]);
      return;
    }
    const r = await call('organisation:search', { q, limit: 30 });
    if (ticket !== latest.current) return;
    if (r.ok) {
      setHits(r.value);
      setFailure(null);
    } else {
      setFailure(r.error.message);
    }
  }, ORG_SEARCH_DELAY);

  const paths = useMemo(() => new Map(hits.map((h) => [String(h.id), h.pathNames.join(' › ')])), [hits]);
  const data = useMemo(() => {
    const items = hits.filter((h) => !excludeIds.includes(h.id)).map((h) => ({ value: String(h.id), label: h.name }));
    if (value && !items.some((i) => i.value === String(value.id))) items.unshift({ value: String(value.id), label: value.name });
    return items;
  }, [hits, value, excludeIds]);

  return (
    <Select
      {...rest}
      data={data}
      value={value ? String(value.id) : null}
      searchable
      searchValue={search}
      onSearchChange={(text) => {
        setSearch(text);
        if (text !== value?.name) runSearch(text);
      }}
      onChange={(id, option) => {
        if (id === null) onChange(null);
        else onChange({ id: Number(id), name: option?.label ?? '' });
      }}
      filter={keepAll}
      error={error ?? failure ?? undefined}
      nothingFoundMessage={search.trim() === '' ? t('common.typeToSearch') : t('common.noResults')}
      autoComplete="off"
      comboboxProps={{ withinPortal: true }}
      renderOption={({ option }) => (
        <div>
          <Text size="sm">{option.label}</Text>
          {paths.get(option.value) ? (
            <Text size="xs" c="dimmed">
              {paths.get(option.value)}
            </Text>
          ) : null}
        </div>
      )}
    />
  );
}
