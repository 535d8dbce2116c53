import { Select, type SelectProps } from '@mantine/core';
import { useMemo } from 'react';
import { foldFilter } from './foldFilter.ts';

export interface Option {
  code: string;
  name: string;
}

interface CatalogueSelectProps extends Omit<SelectProps, 'data' | 'value' | 'onChange' | 'error'> {
  items: readonly Option[] | undefined;
  value: string | null;
  onChange(value: string | null): void;
  error?: string | null | undefined;
}

/** A searchable choice from a catalogue (typing without diacritics works); the value is the code. */
export function CatalogueSelect({ items, value, onChange, error, ...rest }: CatalogueSelectProps) {
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
  return (
    <Select
      {...rest}
      data={data}
      value={value}
      onChange={(v) => onChange(v)}
      error={error ?? undefined}
      searchable
      // A required choice is never undone by choosing the same option again; optional ones can be cleared.
      clearable={!rest.required}
      allowDeselect={!rest.required}
      selectFirstOptionOnChange
      filter={foldFilter}
      autoComplete="off"
      comboboxProps={{ withinPortal: true }}
    />
  );
}
