import { isOptionsGroup, type ComboboxItem, type ComboboxParsedItem, type OptionsFilter } from '@mantine/core';
import { searchKey } from '../../../shared/kernel/text/normalise.ts';

/** Option filter ignoring case and diacritics (đ = d): "tay" finds "Tày". */
export const foldFilter: OptionsFilter = ({ options, search, limit }) => {
  const wanted = searchKey(search);
  if (wanted === '') return options.slice(0, limit);
  const matches = (item: ComboboxItem) => searchKey(item.label).includes(wanted);
  const out: ComboboxParsedItem[] = [];
  for (const option of options) {
    if (out.length >= limit) break;
    if (isOptionsGroup(option)) {
      const items = option.items.filter(matches);
      if (items.length > 0) out.push({ group: option.group, items });
    } else if (matches(option)) {
      out.push(option);
    }
  }
  return out;
};
