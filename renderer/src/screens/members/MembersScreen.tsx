import { Button, Group, Stack, Text, TextInput, Tooltip } from '@mantine/core';
import { useDebouncedCallback, useWindowEvent } from '@mantine/hooks';
import { useEffect, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { Member } from '../../../../shared/contract/index.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { OrgPicker } from '../../components/OrgPicker.tsx';
import { formatCount } from '../../format.ts';
import { useAppStore } from '../../stores/appStore.ts';
import { searchBoxProps } from '../../useSearchHotkey.ts';
import { listIndexOf } from '../memberFile/store.ts';
import { useMemberListStore } from './store.ts';
import { MemberFileModal } from '../memberFile/MemberFileModal.tsx';
import { AdmitManyButton } from './AdmitManyButton.tsx';
import { BulkEventButton } from './BulkEventButton.tsx';
import { MemberExportButton } from './MemberExportButton.tsx';
import { MemberFilters } from './MemberFilters.tsx';
import { MemberFormModal } from './MemberFormModal.tsx';
import { MemberGrid, type MemberGridHandle } from './MemberGrid.tsx';

function ListTotal() {
  const { t } = useTranslation();
  const total = useMemberListStore((s) => s.total);
  const lowerBound = useMemberListStore((s) => s.totalIsLowerBound);
  return total === null ? '' : t(lowerBound ? 'members.totalAtLeast' : 'members.total', { n: formatCount(total) });
}

function ListError() {
  return <ErrorAlert message={useMemberListStore((s) => s.error)} />;
}

/** The grid, drawn anew (from the top) for every new query. */
function KeyedGrid({ grid, onOpen }: { grid: RefObject<MemberGridHandle | null>; onOpen: (id: number) => void }) {
  const queryId = useMemberListStore((s) => s.queryId);
  return <MemberGrid key={queryId} ref={grid} onOpen={onOpen} />;
}

/** Delay between the last key typed in the search box and the search. */
export const SEARCH_DELAY = 150;

interface OpenForm {
  memberId: number | null;
  /** Changes for every opening so a new form starts empty. */
  serial: number;
  /** Where the open member sits in the list, for previous / next inside the file. */
  listIndex: number | null;
}

/**
 * Đảng viên: scope, search and filters over a virtualised list. A new record opens the card form;
 * an existing member opens the member file (the card and the file's tabs) on top.
 */
export function MembersScreen() {
  const { t } = useTranslation();
  // Only what this part draws: a filter or an answer redraws its own small parts (ListTotal, the grid), not the screen.
  const organisation = useMemberListStore((s) => s.query.organisation);
  const setQuery = useMemberListStore((s) => s.setQuery);
  const [text, setText] = useState(() => useMemberListStore.getState().query.q);
  const [form, setForm] = useState<OpenForm | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const pushSearch = useDebouncedCallback((q: string) => setQuery({ q }), SEARCH_DELAY);
  const grid = useRef<MemberGridHandle>(null);
  // The row a closed member file goes back to (its place in the list), focused once the file is gone.
  const returnTo = useRef<number | null>(null);
  useEffect(() => {
    if (returnTo.current === null || form !== null) return;
    grid.current?.focusRow(returnTo.current);
    returnTo.current = null;
  }, [form]);

  const open = (memberId: number | null) =>
    setForm((f) => ({ memberId, serial: (f?.serial ?? 0) + 1, listIndex: memberId === null ? null : listIndexOf(memberId) }));

  useWindowEvent('keydown', (event) => {
    if (!(event.ctrlKey || event.metaKey) || event.altKey || event.key.toLowerCase() !== 'n') return;
    if (event.target instanceof Element && event.target.closest('[role="dialog"]')) return;
    event.preventDefault();
    open(null);
  });

  function refresh(member: Member) {
    setNotice(t('memberForm.saved', { name: member.fullName }));
    useMemberListStore.getState().invalidate();
    void useAppStore.getState().loadInfo();
  }

  function saved(member: Member, openNew: boolean) {
    refresh(member);
    if (openNew) open(null);
    else setForm(null);
  }

  return (
    <Stack gap="sm" h="100%" style={{ minHeight: 0 }}>
      <Group align="flex-end" gap="sm">
        <OrgPicker
          label={t('members.scope')}
          placeholder={t('members.wholeProvince')}
          clearable
          w={300}
          value={organisation}
          onChange={(organisation) => setQuery({ organisation })}
        />
        <Tooltip label={t('app.searchShortcut')} openDelay={300}>
          <TextInput
            {...searchBoxProps}
            label={t('members.search')}
            placeholder={t('members.searchPlaceholder')}
            style={{ flex: 1, minWidth: 260 }}
            type="search"
            autoComplete="off"
            value={text}
            onChange={(event) => {
              setText(event.currentTarget.value);
              pushSearch(event.currentTarget.value);
            }}
            onKeyDown={(event) => {
              if (event.key !== 'ArrowDown') return;
              event.preventDefault();
              document.querySelector<HTMLElement>('[role="grid"] [role="row"][tabindex="0"]')?.focus();
            }}
          />
        </Tooltip>
        <Button onClick={() => open(null)} title="Ctrl+N">
          {t('members.add')}
        </Button>
        <BulkEventButton onDone={() => void useAppStore.getState().loadInfo()} />
        <MemberExportButton />
        <AdmitManyButton
          defaultOrganisation={organisation}
          onDone={(message) => {
            setNotice(message);
            void useAppStore.getState().loadInfo();
          }}
        />
      </Group>
      <MemberFilters />
      <Group justify="space-between">
        <Text fw={500} role="status">
          <ListTotal />
        </Text>
        {notice && form === null ? (
          <Text c="green.8" size="sm">
            {notice}
          </Text>
        ) : null}
      </Group>
      <ListError />
      <KeyedGrid grid={grid} onOpen={open} />
      {form && form.memberId === null ? (
        <MemberFormModal key={form.serial} memberId={null} defaultOrganisation={organisation} notice={notice} onSaved={saved} onClose={() => setForm(null)} />
      ) : null}
      {form && form.memberId !== null ? (
        <MemberFileModal
          key={form.serial}
          memberId={form.memberId}
          listIndex={form.listIndex}
          onNavigate={(memberId, listIndex) => setForm((f) => (f ? { ...f, memberId, listIndex } : f))}
          onCardSaved={refresh}
          onNew={() => open(null)}
          onClose={() => {
            returnTo.current = form.listIndex ?? -1;
            setForm(null);
          }}
        />
      ) : null}
    </Stack>
  );
}
