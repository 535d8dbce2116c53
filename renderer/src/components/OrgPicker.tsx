import { CloseButton, Combobox, Text, TextInput, useCombobox, type TextInputProps } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrgSearchHit } from '../../../shared/contract/index.ts';
import { call } from '../api/client.ts';
import { focusNextField } from './enterAdvances.ts';

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
  /** Where the cursor goes after a choice: the next box (default), or stays (a screen's scope picker). */
  moveOnAfterChoice?: boolean;
}

export const ORG_SEARCH_DELAY = 200;

/**
 * Chooses an organisation by typing part of its name (organisation:search, diacritics optional).
 * Options show their path; the first one is highlighted so Enter takes it, and the cursor moves on to
 * the next box (after a click too). Enter before the search has answered takes its first result; when
 * nothing matches, Enter stays in the box and says so: it never saves the form.
 */
export function OrgPicker({ value, onChange, error, excludeIds = [], clearable = false, moveOnAfterChoice = true, onBlur, onKeyDown, ...rest }: OrgPickerProps) {
  const { t } = useTranslation();
  const combobox = useCombobox();
  const [search, setSearch] = useState(value?.name ?? '');
  const [hits, setHits] = useState<OrgSearchHit[] | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [noMatch, setNoMatch] = useState<string | null>(null);
  const latest = useRef(0);
  const input = useRef<HTMLInputElement>(null);
  /** The text the hits shown answer (a newer text is still being searched). */
  const answered = useRef('');
  /** Enter was pressed before the search answered: take its first hit when it comes. */
  const enterPending = useRef(false);

  // A value set from outside (the record changed under an open form) replaces the text shown.
  const shown = useRef(value);
  useEffect(() => {
    if (shown.current?.id === value?.id && shown.current?.name === value?.name) return;
    shown.current = value;
    setSearch(value?.name ?? '');
  }, [value]);

  async function searchNow(q: string) {
    const ticket = ++latest.current;
    if (q.trim() === '') {
      setHits(null);
      answered.current = q;
      return;
    }
    const r = await call('organisation:search', { q, limit: 30 });
    if (ticket !== latest.current) return;
    answered.current = q;
    if (!r.ok) {
      enterPending.current = false;
      setFailure(r.error.message);
      return;
    }
    const found = r.value.filter((h) => !excludeIds.includes(h.id));
    setHits(found);
    setFailure(null);
    if (enterPending.current) {
      enterPending.current = false;
      const first = found[0];
      if (first) take(first);
      else setNoMatch(q.trim());
    }
  }
  const runSearch = useDebouncedCallback(searchNow, ORG_SEARCH_DELAY);

  // New results: highlight the first so that Enter chooses it.
  useEffect(() => {
    if (hits && hits.length > 0) combobox.selectFirstOption();
  }, [hits, combobox]);

  function choose(id: string) {
    const hit = hits?.find((h) => String(h.id) === id);
    if (hit) take(hit);
  }

  function take(hit: OrgSearchHit) {
    onChange({ id: hit.id, name: hit.name });
    setSearch(hit.name);
    setNoMatch(null);
    combobox.closeDropdown();
    const box = input.current;
    // At once, in the same key event: the next key typed goes to the next box.
    if (moveOnAfterChoice && box) focusNextField(box);
  }

  function keyDown(event: KeyboardEvent<HTMLInputElement>) {
    onKeyDown?.(event);
    if (event.key !== 'Enter' || event.ctrlKey || event.metaKey || event.altKey || event.shiftKey || event.nativeEvent.isComposing) return;
    const text = search.trim();
    if (text === '' || text === value?.name) return; // nothing new typed: Enter moves on
    if (answered.current !== search) {
      // The search has not answered this text yet: its first hit is taken when it does.
      event.preventDefault();
      enterPending.current = true;
      void searchNow(search);
      return;
    }
    if (!hits || hits.length === 0) {
      event.preventDefault();
      setNoMatch(text);
      return;
    }
    // The open list takes its highlighted option itself; otherwise the first hit is taken.
    if (!combobox.dropdownOpened || combobox.getSelectedOptionIndex() < 0) {
      event.preventDefault();
      const first = hits[0];
      if (first) take(first);
    }
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
          ref={input}
          value={search}
          autoComplete="off"
          error={error ?? failure ?? (noMatch === null ? undefined : t('common.noMatch', { text: noMatch }))}
          onKeyDown={keyDown}
          rightSection={rightSection}
          rightSectionPointerEvents={clearable && value ? 'all' : 'none'}
          onChange={(event) => {
            const text = event.currentTarget.value;
            setSearch(text);
            setNoMatch(null);
            enterPending.current = false;
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
