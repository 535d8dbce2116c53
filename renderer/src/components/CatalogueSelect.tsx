import { Select, type SelectProps } from '@mantine/core';
import { useMergedRef } from '@mantine/hooks';
import { useMemo, useRef, useState, type KeyboardEvent, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { focusNextField } from './enterAdvances.ts';
import { foldFilter } from './foldFilter.ts';
import { searchKey } from '../../../shared/kernel/text/normalise.ts';

export interface Option {
  code: string;
  name: string;
}

interface CatalogueSelectProps extends Omit<SelectProps, 'data' | 'value' | 'onChange' | 'error' | 'searchValue' | 'onSearchChange' | 'onOptionSubmit'> {
  items: readonly Option[] | undefined;
  value: string | null;
  onChange(value: string | null): void;
  error?: string | null | undefined;
  /** Where the cursor goes after a choice: the next box of the form (default), or stays. */
  moveOnAfterChoice?: boolean;
  ref?: Ref<HTMLInputElement>;
}

const plainEnter = (event: KeyboardEvent) => event.key === 'Enter' && !event.ctrlKey && !event.metaKey && !event.altKey && !event.shiftKey;

/**
 * A searchable choice from a catalogue (typing without diacritics works); the value is the code.
 * Enter takes the highlighted option and the cursor moves on to the next box (so does a click); when
 * the typed text matches no option, Enter stays in the box and says so: it never saves the form, and
 * the text is not dropped without a word.
 */
/** Whether the open list of this box has an option highlighted (Mantine marks it data-combobox-selected). */
function hasHighlight(box: HTMLElement): boolean {
  const listId = box.getAttribute('aria-controls');
  const list = listId ? document.getElementById(listId) : null;
  return list?.querySelector('[data-combobox-selected]') != null;
}

export function CatalogueSelect({ items, value, onChange, error, moveOnAfterChoice = true, onKeyDown, onInput, ref, ...rest }: CatalogueSelectProps) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const refs = useMergedRef(input, ref);
  const [search, setSearch] = useState('');
  const [noMatch, setNoMatch] = useState<string | null>(null);
  const data = useMemo(() => {
    const seen = new Set<string>();
    const out: { value: string; label: string }[] = [];
    for (const item of items ?? []) {
      if (seen.has(item.code)) continue; // Select refuses duplicate values
      seen.add(item.code);
      out.push({ value: item.code, label: item.name });
    }
    return out;
  }, [items]);

  function keyDown(event: KeyboardEvent<HTMLInputElement>) {
    onKeyDown?.(event);
    if (!plainEnter(event) || event.nativeEvent.isComposing) return;
    // The box itself, not the last drawn state: under load Enter can come before the last letter is drawn.
    const text = event.currentTarget.value.trim();
    const current = data.find((d) => d.value === value)?.label ?? '';
    if (text === '' || searchKey(text) === searchKey(current)) return; // nothing new typed: Enter moves on
    const matches = foldFilter({ options: data, search: text, limit: 1 });
    if (matches.length > 0) {
      // The open list takes its highlighted option itself; with the list closed (after Esc), or when the
      // list has not highlighted an option yet (a fast typist's Enter comes before the list is redrawn),
      // take the first match.
      if (event.currentTarget.getAttribute('aria-expanded') !== 'true' || !hasHighlight(event.currentTarget)) {
        event.preventDefault();
        const first = matches[0];
        if (first && 'value' in first) {
          onChange(first.value);
          chosen();
        }
      }
      return;
    }
    event.preventDefault();
    setNoMatch(text);
  }

  /** An option was taken (Enter or a click; the Select sets the value itself). */
  function chosen() {
    setNoMatch(null);
    const box = input.current;
    // At once, in the same key event: the next key typed goes to the next box. (The Select's blur shows
    // the old label for a moment; the new value's label replaces it when it is drawn.)
    if (moveOnAfterChoice && box) focusNextField(box);
  }

  return (
    <Select
      {...rest}
      ref={refs}
      data={data}
      value={value}
      onChange={(v) => {
        setNoMatch(null);
        onChange(v);
      }}
      searchValue={search}
      onSearchChange={setSearch}
      onOptionSubmit={chosen}
      onKeyDown={keyDown}
      onInput={(event) => {
        setNoMatch(null);
        onInput?.(event);
      }}
      error={error ?? (noMatch === null ? undefined : t('common.noMatch', { text: noMatch }))}
      searchable
      // A choice is never undone by choosing the same option again (Enter on a box keeps its value);
      // optional ones are emptied with the clear button.
      clearable={!rest.required}
      allowDeselect={false}
      selectFirstOptionOnChange
      filter={foldFilter}
      autoComplete="off"
      comboboxProps={{ withinPortal: true, ...rest.comboboxProps }}
    />
  );
}
