import { CloseButton, Combobox, Text, TextInput, useCombobox, type TextInputProps } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrgSearchHit } from '../../../shared/contract/index.ts';
import { call } from '../api/client.ts';

export interface OrgRef {
  id: number;
  name: string;
}

interface OrgPickerProps extends Omit<TextInputProps, 'value' | 'onChange' | 'error' | 'rightSection'> {
  value: OrgRef | null;
  onChange(value: OrgRef | null): void;
  error?: string | null | undefined;
  /** Organisations that may not be chosen (the one being moved or merged). */
  excludeIds?: readonly number[];
  /** Shows a button emptying the choice. */
  clearable?: boolean;
}

export const ORG_SEARCH_DELAY = 200;

/**
 * Chooses an organisation by typing part of its name (organisation:search, diacritics optional).
 * Options show their path; the first one is highlighted so Enter takes it, and a second Enter moves on.
 */
export function OrgPicker({ value, onChange, error, excludeIds = [], clearable = false, onBlur, ...rest }: OrgPickerProps) {
  const { t } = useTranslation();
  const combobox = useCombobox();
  const [search, setSearch] = useState(value?.name ?? '');
  const [hits, setHits] = useState<OrgSearchHit[] | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const latest = useRef(0);

  // A value set from outside (the record changed under an open form) replaces the text shown.
  const shown = useRef(value);
  useEffect(() => {
    if (shown.current?.id === value?.id && shown.current?.name === value?.name) return;
    shown.current = value;
    setSearch(value?.name ?? '');
  }, [value]);

  const runSearch = useDebouncedCallback(async (q: string) => {
    const ticket = ++latest.current;
    if (q.trim() === '') {
      setHits(null);
      return;
    }
    const r = await call('organisation:search', { q, limit: 30 });
    if (ticket !== latest.current) return;
    if (r.ok) {
      setHits(r.value.filter((h) => !excludeIds.includes(h.id)));
      setFailure(null);
    } else {
      setFailure(r.error.message);
    }
  }, ORG_SEARCH_DELAY);

  // New results: highlight the first so that Enter chooses it.
  useEffect(() => {
    if (hits && hits.length > 0) combobox.selectFirstOption();
  }, [hits, combobox]);

  function choose(id: string) {
    const hit = hits?.find((h) => String(h.id) === id);
    if (!hit) return;
    onChange({ id: hit.id, name: hit.name });
    setSearch(hit.name);
    combobox.closeDropdown();
  }

  const rightSection =
    clearable && value ? (
      <CloseButton
        size="sm"
        aria-label={t('common.clear')}
        onMouseDown={(event) => event.preventDefault()}
        onClick={() => {
          onChange(null);
          setSearch('');
          setHits(null);
        }}
      />
    ) : (
      <Combobox.Chevron />
    );

  return (
    <Combobox store={combobox} onOptionSubmit={choose} withinPortal>
      <Combobox.Target withExpandedAttribute>
        <TextInput
          {...rest}
          value={search}
          autoComplete="off"
          error={error ?? failure ?? undefined}
          rightSection={rightSection}
          rightSectionPointerEvents={clearable && value ? 'all' : 'none'}
          onChange={(event) => {
            const text = event.currentTarget.value;
            setSearch(text);
            combobox.openDropdown();
            void runSearch(text);
          }}
          onClick={() => combobox.openDropdown()}
          onBlur={(event) => {
            combobox.closeDropdown();
            // Half-typed text that was not chosen goes back to the current choice.
            setSearch(value?.name ?? '');
            onBlur?.(event);
          }}
        />
      </Combobox.Target>
      <Combobox.Dropdown>
        <Combobox.Options mah={320} style={{ overflowY: 'auto' }}>
          {hits && hits.length > 0 ? (
            hits.map((hit) => (
              <Combobox.Option value={String(hit.id)} key={hit.id} active={hit.id === value?.id}>
                <Text size="sm">{hit.name}</Text>
                <Text size="xs" c="dimmed">
                  {hit.pathNames.join(' › ')}
                </Text>
              </Combobox.Option>
            ))
          ) : (
            <Combobox.Empty>{hits === null ? t('common.typeToSearch') : t('common.noResults')}</Combobox.Empty>
          )}
        </Combobox.Options>
      </Combobox.Dropdown>
    </Combobox>
  );
}
