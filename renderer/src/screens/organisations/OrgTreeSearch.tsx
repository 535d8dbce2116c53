import { Stack, Text, TextInput, Tooltip, UnstyledButton } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrgSearchHit } from '../../../../shared/contract/index.ts';
import { call } from '../../api/client.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { ORG_SEARCH_DELAY } from '../../components/OrgPicker.tsx';
import { searchBoxProps } from '../../useSearchHotkey.ts';
import { useOrganisationStore } from './store.ts';

/** The search box above the tree: hits show their path; choosing one selects it in the tree. */
export function OrgTreeSearch() {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const [hits, setHits] = useState<OrgSearchHit[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const latest = useRef(0);
  const list = useRef<HTMLUListElement>(null);

  const search = useDebouncedCallback(async (text: string) => {
    const ticket = ++latest.current;
    if (text.trim() === '') {
      setHits(null);
      return;
    }
    const r = await call('organisation:search', { q: text, limit: 30 });
    if (ticket !== latest.current) return;
    if (r.ok) {
      setHits(r.value);
      setError(null);
    } else {
      setError(r.error.message);
    }
  }, ORG_SEARCH_DELAY);

  function clear() {
    latest.current += 1;
    setQ('');
    setHits(null);
  }

  function choose(hit: OrgSearchHit) {
    clear();
    void useOrganisationStore.getState().reveal(hit.id);
  }

  return (
    <Stack gap={4}>
      <Tooltip label={t('app.searchShortcut')} openDelay={300}>
        <TextInput
          {...searchBoxProps}
          label={t('org.search')}
          placeholder={t('org.searchPlaceholder')}
          value={q}
          autoComplete="off"
          onChange={(event) => {
            const text = event.currentTarget.value;
            setQ(text);
            void search(text);
          }}
          onKeyDown={(event) => {
            if (event.key === 'Escape') clear();
            if (event.key === 'ArrowDown') {
              event.preventDefault();
              list.current?.querySelector('button')?.focus();
            }
            if (event.key === 'Enter' && hits?.[0]) choose(hits[0]);
          }}
        />
      </Tooltip>
      <ErrorAlert message={error} />
      {q.trim() !== '' && hits !== null ? (
        hits.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('common.noResults')}
          </Text>
        ) : (
          <ul ref={list} aria-label={t('org.search')} style={{ listStyle: 'none', margin: 0, padding: 0, maxHeight: 320, overflow: 'auto' }}>
            {hits.map((hit) => (
              <li key={hit.id}>
                <UnstyledButton
                  w="100%"
                  p={4}
                  onClick={() => choose(hit)}
                  onKeyDown={(event) => {
                    const item = event.currentTarget.parentElement;
                    if (event.key === 'ArrowDown') item?.nextElementSibling?.querySelector('button')?.focus();
                    if (event.key === 'ArrowUp') item?.previousElementSibling?.querySelector('button')?.focus();
                    if (event.key === 'Escape') clear();
                  }}
                >
                  <Text size="sm">{hit.name}</Text>
                  <Text size="xs" c="dimmed">
                    {hit.pathNames.join(' › ')}
                  </Text>
                </UnstyledButton>
              </li>
            ))}
          </ul>
        )
      ) : null}
    </Stack>
  );
}
