import type { TFunction } from 'i18next';
import { Badge, Text, UnstyledButton } from '@mantine/core';
import { useEffect, useImperativeHandle, useRef, useState, type CSSProperties, type KeyboardEvent, type ReactNode, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { MemberRow, MemberSortColumn } from '../../../../shared/contract/index.ts';
import { formatVi } from '../../../../shared/kernel/dates/partialDate.ts';
import type { MemberExportColumn } from '../../../../shared/members/schemas.ts';
import { PAGE_SIZE, rowAt, useMemberListStore } from './store.ts';
import { useFixedRows } from './useFixedRows.ts';

export const ROW_HEIGHT = 34;
const TEMPLATE = '56px minmax(180px, 2fr) 100px 76px 126px 126px minmax(160px, 2fr) 124px 132px 84px';
const COLUMNS = 10;

/** Tuổi Đảng in whole years (the row carries months as of the list's date). */
function partyAgeYears(months: number | null | undefined): string {
  return months === null || months === undefined ? '' : String(Math.floor(months / 12));
}

const rowStyle: CSSProperties = { display: 'grid', gridTemplateColumns: TEMPLATE, alignItems: 'center', columnGap: 8, padding: '0 8px' };
const cellStyle: CSSProperties = { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' };

/** The name, and how a search matched it when not by the name itself (Tên gọi khác). */
function nameCell(row: MemberRow, t: TFunction): ReactNode {
  if (row.matchedBy !== 'otherNames') return row.fullName;
  const note = t('members.matchedOtherNames', { names: row.otherNames ?? '' });
  return (
    <>
      {row.fullName}{' '}
      <Badge size="xs" variant="light" color="gray" tt="none" title={note} style={{ verticalAlign: 'middle' }}>
        {note}
      </Badge>
    </>
  );
}

function cells(row: MemberRow, index: number, t: TFunction): ReactNode[] {
  return [
    index + 1,
    nameCell(row, t),
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

/** The grid's columns, in order: their keys are those of member:export, so "Xuất Excel" writes what the grid shows. */
export function gridColumns(t: TFunction): { key: MemberExportColumn; label: string; sort?: MemberSortColumn }[] {
  return [
    { key: 'index', label: t('members.columns.index'), sort: 'official' },
    { key: 'fullName', label: t('members.columns.fullName') },
    { key: 'birthDate', label: t('members.columns.birthDate'), sort: 'birthDate' },
    { key: 'sex', label: t('members.columns.sex') },
    { key: 'citizenId', label: t('members.columns.citizenId') },
    { key: 'cardNo', label: t('members.columns.cardNo') },
    { key: 'organisation', label: t('members.columns.organisation') },
    { key: 'admissionDate', label: t('members.columns.admissionDate'), sort: 'admissionDate' },
    { key: 'membership', label: t('members.columns.membership') },
    { key: 'partyAge', label: t('events.partyAge.column') },
  ];
}

function Header() {
  const { t } = useTranslation();
  const sort = useMemberListStore((s) => s.query.sort);
  const descending = useMemberListStore((s) => s.query.descending);
  const setQuery = useMemberListStore((s) => s.setQuery);
  const columns = gridColumns(t);
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

export interface MemberGridHandle {
  /** Makes the row at `index` the active one and focuses it (scrolled into view); -1: the active row. */
  focusRow(index: number): void;
}

/**
 * The member list as a virtualised grid: only the rows on screen are drawn and only their pages of 50
 * are asked for (member:list by offset). Arrow keys move, Enter or a double click opens the record.
 */
export function MemberGrid({ onOpen, ref }: { onOpen: (id: number) => void; ref?: Ref<MemberGridHandle> }) {
  const { t } = useTranslation();
  const total = useMemberListStore((s) => s.total);
  const pages = useMemberListStore((s) => s.pages);
  const version = useMemberListStore((s) => s.version);
  const ensurePage = useMemberListStore((s) => s.ensurePage);
  const scrollRef = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState(0);
  const count = total ?? 0;

  const view = useFixedRows(scrollRef, count, ROW_HEIGHT, 10);
  const first = view.indexes[0] ?? 0;
  const last = view.indexes[view.indexes.length - 1] ?? 0;

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
    setActive(next);
    view.scrollToIndex(next);
    // The same row again (the focus coming back from the member file): no render follows, focus it now.
    const drawn = next === active ? scrollRef.current?.querySelector<HTMLElement>(`[data-index="${next}"]`) : null;
    if (drawn) drawn.focus();
    else focusPending.current = true;
  }

  useImperativeHandle(ref, () => ({ focusRow: (index: number) => moveTo(index < 0 ? active : index) }));

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
        onScroll={view.onScroll}
        style={{ flex: 1, minHeight: 0, overflow: 'auto', position: 'relative' }}
      >
        <div style={{ height: count * ROW_HEIGHT, position: 'relative' }}>
          {view.indexes.map((index) => {
            const row = rowAt(pages, index);
            const isActive = index === active;
            return (
              <div
                role="row"
                key={index}
                data-index={index}
                aria-rowindex={index + 2}
                aria-selected={isActive}
                tabIndex={isActive ? 0 : -1}
                onClick={() => setActive(index)}
                onDoubleClick={() => openAt(index)}
                style={{
                  ...rowStyle,
                  position: 'absolute',
                  top: 0,
                  left: 0,
                  right: 0,
                  height: ROW_HEIGHT,
                  transform: `translateY(${index * ROW_HEIGHT}px)`,
                  borderBottom: '1px solid var(--mantine-color-gray-2)',
                  background: isActive ? 'var(--mantine-color-red-0)' : undefined,
                  cursor: 'default',
                }}
              >
                {row ? (
                  cells(row, index, t).map((value, column) => (
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
