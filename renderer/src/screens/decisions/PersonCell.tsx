import { Paper, Text, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { memo, useId, useRef, useState, type ClipboardEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { searchKey } from '../../../../shared/kernel/text/normalise.ts';
import { focusNextField } from '../../components/enterAdvances.ts';
import { searchCadres } from './cadreSearch.ts';
import type { PersonRef } from './decisionDraft.ts';

interface PersonCellProps {
  row: number;
  label: string;
  text: string;
  person: PersonRef | null;
  /** Namesakes found for a pasted name: offered when the box takes the cursor. */
  candidates: readonly PersonRef[];
  error: string | undefined;
  onText(row: number, text: string): void;
  onPick(row: number, person: PersonRef): void;
  onPaste(event: ClipboardEvent<HTMLInputElement>): void;
  /**
   * The person may have no file here (an opinion's subject): Enter keeps the typed name and moves on,
   * unless the clerk chose a cadre in the list with the arrows.
   */
  freeText?: boolean;
}

const SEARCH_MS = 200;

/**
 * The cadre a typed name means without asking: the only one found, or the only one whose whole name
 * is the text typed (marks and case aside); none when several share the name.
 */
function soleMatch(rows: readonly PersonRef[], typed: string): PersonRef | undefined {
  if (rows.length === 1) return rows[0];
  const key = searchKey(typed);
  const exact = rows.filter((r) => searchKey(r.fullName) === key);
  return exact.length === 1 ? exact[0] : undefined;
}

/**
 * The person of a row: the clerk types a name, the cadres matching it show under the box (birth year
 * and post tell namesakes apart), the arrows move the choice, Enter takes it and moves on. Enter before
 * the answer came searches at once and takes the first match; Enter on a name matching nobody stays.
 */
export const PersonCell = memo(function PersonCell({ row, label, text, person, candidates, error, onText, onPick, onPaste, freeText = false }: PersonCellProps) {
  const { t } = useTranslation();
  const listId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [found, setFound] = useState<{ text: string; rows: readonly PersonRef[] } | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [ownError, setOwnError] = useState<string | null>(null);
  const serial = useRef(0);
  /** The clerk moved in the list with the arrows (a free-text box then takes the choice on Enter). */
  const navigated = useRef(false);

  async function search(query: string): Promise<readonly PersonRef[]> {
    const mine = ++serial.current;
    const r = await searchCadres(query);
    const rows = 'error' in r ? [] : r.rows;
    if (mine === serial.current) {
      setFound({ text: query, rows });
      setActive(0);
      if ('error' in r) setOwnError(r.error);
    }
    return rows;
  }
  const searchLater = useDebouncedCallback((query: string) => void search(query), SEARCH_MS);

  const options = person === null && found === null && candidates.length > 0 ? candidates : (found?.rows ?? []);
  const shown = open && person === null && options.length > 0;

  function pick(choice: PersonRef) {
    searchLater.cancel();
    setOpen(false);
    setFound(null);
    setOwnError(null);
    onPick(row, choice);
  }

  /** Enter before the list was seen: take the one cadre meant, never one of several namesakes unseen. */
  async function pickWhenFound(query: string) {
    const rows = await search(query);
    const only = soleMatch(rows, query);
    if (only && input.current) {
      pick(only);
      focusNextField(input.current);
    } else if (rows.length === 0) setOwnError(t('decisions.entry.noCadre', { text: query }));
    else {
      setOpen(true);
      setOwnError(t('decisions.entry.errors.ambiguous'));
    }
  }

  function keyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (options.length === 0) return;
      event.preventDefault();
      navigated.current = true;
      setOpen(true);
      setActive((a) => (event.key === 'ArrowDown' ? Math.min(options.length - 1, a + 1) : Math.max(0, a - 1)));
      return;
    }
    if (event.key === 'Escape' && shown) {
      event.preventDefault();
      event.stopPropagation();
      setOpen(false);
      return;
    }
    if (event.key !== 'Enter' || event.ctrlKey || event.metaKey || event.altKey || event.shiftKey || event.nativeEvent.isComposing) return;
    const typed = event.currentTarget.value.trim();
    if (typed === '' || person !== null) return; // nothing to choose: Enter moves on
    const ready = found !== null && found.text === typed ? found.rows : found === null && candidates.length > 0 ? candidates : null;
    if (freeText) {
      const chosen = navigated.current && shown ? options[active] : undefined;
      if (chosen) pick(chosen);
      return;
    }
    // The list on screen: the highlighted cadre; namesakes are never taken without the arrows.
    const choice = navigated.current ? ready?.[active] : ready ? soleMatch(ready, typed) : undefined;
    if (choice) {
      pick(choice); // the form's Enter then moves the cursor on
      return;
    }
    event.preventDefault();
    if (ready === null) void pickWhenFound(typed);
    else if (ready.length === 0) setOwnError(t('decisions.entry.noCadre', { text: typed }));
    else {
      setOpen(true);
      setOwnError(t('decisions.entry.errors.ambiguous'));
    }
  }

  return (
    <div style={{ position: 'relative' }}>
      <TextInput
        ref={input}
        size="xs"
        aria-label={label}
        data-cell={`${row}:cadreId`}
        autoComplete="off"
        role="combobox"
        aria-expanded={shown}
        aria-controls={shown ? listId : undefined}
        aria-autocomplete="list"
        value={text}
        error={error ?? ownError ?? undefined}
        onChange={(event) => {
          const value = event.currentTarget.value;
          setOwnError(null);
          navigated.current = false;
          setOpen(true);
          onText(row, value);
          if (value.trim() === '') {
            searchLater.cancel();
            setFound(null);
          } else searchLater(value.trim());
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={keyDown}
        onPaste={onPaste}
      />
      {shown ? (
        <Paper id={listId} role="listbox" aria-label={t('decisions.entry.pickList')} shadow="md" withBorder p={2} style={{ position: 'absolute', zIndex: 300, top: '100%', left: 0, minWidth: 320 }}>
          {options.map((o, i) => (
            <div
              key={o.id}
              role="option"
              aria-selected={i === active}
              onMouseDown={(event) => {
                event.preventDefault(); // keep the cursor in the box
                pick(o);
              }}
              style={{ padding: '2px 6px', cursor: 'pointer', background: i === active ? 'var(--mantine-color-blue-0)' : undefined }}
            >
              <Text size="xs" fw={500} span>
                {o.fullName}
              </Text>{' '}
              <Text size="xs" c="dimmed" span>
                {o.detail}
              </Text>
            </div>
          ))}
        </Paper>
      ) : null}
    </div>
  );
});
