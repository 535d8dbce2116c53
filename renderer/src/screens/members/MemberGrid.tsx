import type { TFunction } from 'i18next';
import { Text, UnstyledButton } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState, type CSSProperties, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { MemberRow, MemberSortColumn } from '../../../../shared/contract/index.ts';
import { formatVi } from '../../../../shared/kernel/dates/partialDate.ts';
import { PAGE_SIZE, rowAt, useMemberListStore } from './store.ts';

export const ROW_HEIGHT = 34;
const TEMPLATE = '56px minmax(180px, 2fr) 100px 76px 126px 126px minmax(160px, 2fr) 124px 132px 84px';
const COLUMNS = 10;

/** Tuổi Đảng in whole years (the row carries months as of the list's date). */
function partyAgeYears(months: number | null | undefined): string {
  return months === null || months === undefined ? '' : String(Math.floor(months / 12));
}

const rowStyle: CSSProperties = { display: 'grid', gridTemplateColumns: TEMPLATE, alignItems: 'center', columnGap: 8, padding: '0 8px' };
const cellStyle: CSSProperties = { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' };

function cells(row: MemberRow, index: number, t: TFunction): ReactNode[] {
  return [
    index + 1,
    row.fullName,
    formatVi(row.birthDate),
    t(`sex.${row.sex}`),
    row.citizenId ?? '',
    row.cardNo ?? '',
    row.organisationName,
    formatVi(row.admissionDate),
    t(`membership.${row.membership}`),
    partyAgeYears(row.partyAgeMonths),
  ];
}

function Header() {
  const { t } = useTranslation();
  const sort = useMemberListStore((s) => s.query.sort);
  const descending = useMemberListStore((s) => s.query.descending);
  const setQuery = useMemberListStore((s) => s.setQuery);
  const columns: { label: string; sort?: MemberSortColumn }[] = [
    { label: t('members.columns.index'), sort: 'official' },
    { label: t('members.columns.fullName') },
    { label: t('members.columns.birthDate'), sort: 'birthDate' },
    { label: t('members.columns.sex') },
    { label: t('members.columns.citizenId') },
    { label: t('members.columns.cardNo') },
    { label: t('members.columns.organisation') },
    { label: t('members.columns.admissionDate'), sort: 'admissionDate' },
    { label: t('members.columns.membership') },
    { label: t('events.partyAge.column') },
  ];
  return (
    <div role="row" aria-rowindex={1} style={{ ...rowStyle, height: ROW_HEIGHT, fontWeight: 600, borderBottom: '2px solid var(--mantine-color-gray-4)' }}>
      {columns.map((c) => {
        const current = c.sort !== undefined && c.sort === sort;
        const ariaSort = current ? (descending ? 'descending' : 'ascending') : c.sort ? 'none' : undefined;
        return (
          <div role="columnheader" key={c.label} aria-sort={ariaSort} style={cellStyle}>
            {c.sort ? (
              <UnstyledButton
                fw={600}
                fz="sm"
                onClick={() => setQuery(current ? { descending: !descending } : { sort: c.sort, descending: false })}
              >
                {c.label}
                {current ? (descending ? ' ▼' : ' ▲') : ''}
              </UnstyledButton>
            ) : (
              <Text fw={600} fz="sm" span>
                {c.label}
              </Text>
            )}
          </div>
        );
      })}
    </div>
  );
}

/**
 * The member list as a virtualised grid: only the rows on screen are drawn and only their pages of 50
 * are asked for (member:list by offset). Arrow keys move, Enter or a double click opens the record.
 */
export function MemberGrid({ onOpen }: { onOpen: (id: number) => void }) {
  const { t } = useTranslation();
  const total = useMemberListStore((s) => s.total);
  const pages = useMemberListStore((s) => s.pages);
  const version = useMemberListStore((s) => s.version);
  const ensurePage = useMemberListStore((s) => s.ensurePage);
  const scrollRef = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState(0);
  const count = total ?? 0;

  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;

  useEffect(() => {
    const from = Math.floor(first / PAGE_SIZE) * PAGE_SIZE;
    for (let offset = from; offset <= last; offset += PAGE_SIZE) void ensurePage(offset);
  }, [first, last, version, ensurePage]);

  // After a keyboard move the active row may only be drawn once the scroll has happened: focus it then.
  const focusPending = useRef(false);
  useEffect(() => {
    if (!focusPending.current) return;
    const row = scrollRef.current?.querySelector<HTMLElement>(`[data-index="${active}"]`);
    if (!row) return;
    focusPending.current = false;
    row.focus();
  }, [active, first, last]);

  function moveTo(index: number) {
    if (count === 0) return;
    const next = Math.max(0, Math.min(count - 1, index));
    focusPending.current = true;
    setActive(next);
    virtualizer.scrollToIndex(next);
  }

  function openAt(index: number) {
    const row = rowAt(pages, index);
    if (row) onOpen(row.id);
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const perPage = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? ROW_HEIGHT * 10) / ROW_HEIGHT) - 1);
    const moves: Record<string, number> = {
      ArrowDown: active + 1,
      ArrowUp: active - 1,
      PageDown: active + perPage,
      PageUp: active - perPage,
      Home: 0,
      End: count - 1,
    };
    const target = moves[event.key];
    if (target !== undefined) {
      event.preventDefault();
      moveTo(target);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      openAt(active);
    }
  }

  return (
    <div
      role="grid"
      aria-label={t('members.grid')}
      aria-rowcount={count + 1}
      aria-colcount={COLUMNS}
      style={{ fontSize: 14, flex: 1, minHeight: 240, display: 'flex', flexDirection: 'column' }}
    >
      <div role="rowgroup">
        <Header />
      </div>
      <div
        role="rowgroup"
        ref={scrollRef}
        data-virtual-scroller
        onKeyDown={onKeyDown}
        style={{ flex: 1, minHeight: 0, overflow: 'auto', position: 'relative' }}
      >
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {items.map((item) => {
            const row = rowAt(pages, item.index);
            const isActive = item.index === active;
            return (
              <div
                role="row"
                key={item.key}
                data-index={item.index}
                aria-rowindex={item.index + 2}
                aria-selected={isActive}
                tabIndex={isActive ? 0 : -1}
                onClick={() => setActive(item.index)}
                onDoubleClick={() => openAt(item.index)}
                style={{
                  ...rowStyle,
                  position: 'absolute',
                  top: 0,
                  left: 0,
                  right: 0,
                  height: ROW_HEIGHT,
                  transform: `translateY(${item.start}px)`,
                  borderBottom: '1px solid var(--mantine-color-gray-2)',
                  background: isActive ? 'var(--mantine-color-red-0)' : undefined,
                  cursor: 'default',
                }}
              >
                {row ? (
                  cells(row, item.index, t).map((value, column) => (
                    <div role="gridcell" key={column} style={cellStyle}>
                      {value}
                    </div>
                  ))
                ) : (
                  <div role="gridcell" aria-colspan={COLUMNS} style={{ ...cellStyle, gridColumn: '1 / -1', color: 'var(--mantine-color-dimmed)' }}>
                    {t('members.loadingRow')}
                  </div>
                )}
              </div>
            );
          })}
        </div>
        {total === 0 ? (
          <Text p="md" c="dimmed">
            {t('members.empty')}
          </Text>
        ) : null}
      </div>
    </div>
  );
}
