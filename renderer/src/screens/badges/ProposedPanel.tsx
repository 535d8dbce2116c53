import { Button, Checkbox, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { BadgeRow } from '../../../../shared/badges/schemas.ts';
import { formatVi } from '../../../../shared/kernel/dates/partialDate.ts';
import { DataTable, type DataColumn } from '../../components/DataTable.tsx';
import { DateField } from '../../components/DateField.tsx';
import { checkTypedDate } from '../../components/dates.ts';
import { advanceOnEnter } from '../../components/enterAdvances.ts';
import { isSaveKey } from '../../components/useSubmit.ts';
import { formatCount } from '../../format.ts';
import { useBadgeStore } from './store.ts';

/**
 * The badges proposed for the round: withdraw some, or record the Standing Committee's decision
 * (number, date) with each badge's number typed on its row (Enter moves down, Ctrl+S records).
 */
export function ProposedPanel({ rows }: { rows: readonly BadgeRow[] }) {
  const { t } = useTranslation();
  const roundDate = useBadgeStore((s) => s.roundDate);
  const busy = useBadgeStore((s) => s.busy);
  const failure = useBadgeStore((s) => s.failure);
  const [ticked, setTicked] = useState<Record<number, true>>({});
  const [numbers, setNumbers] = useState<Record<number, string>>({});
  const [decisionNo, setDecisionNo] = useState('');
  const [decisionDate, setDecisionDate] = useState('');
  const [localError, setLocalError] = useState<string | null>(null);
  /** The badge ids in the order last sent: the core's field messages are keyed by that order. */
  const [sent, setSent] = useState<number[]>([]);
  const decisionNoInput = useRef<HTMLInputElement>(null);

  const typed = rows.filter((r) => (numbers[r.id] ?? '').trim() !== '');
  const withdrawable = rows.filter((r) => r.status === 'PROPOSED' && ticked[r.id]).map((r) => r.id);
  const fieldError = (path: string) => failure?.fields?.[path] ?? null;
  const rowError = (id: number) => {
    const i = sent.indexOf(id);
    return i < 0 ? null : fieldError(`numbers.${i}.badgeNo`);
  };

  async function decide() {
    setLocalError(null);
    if (typed.length === 0) {
      setLocalError(t('badges.noNumbers'));
      return;
    }
    const date = checkTypedDate(decisionDate, true);
    if (!date.ok || date.iso === null) {
      setLocalError(date.ok ? t('errors.required') : date.message);
      return;
    }
    const list = typed.map((r) => ({ badgeId: r.id, badgeNo: (numbers[r.id] ?? '').trim() }));
    setSent(list.map((n) => n.badgeId));
    const ok = await useBadgeStore.getState().decide(decisionNo.trim(), date.iso, list);
    if (ok) setNumbers({});
  }

  async function withdraw() {
    const ok = await useBadgeStore.getState().withdraw(withdrawable);
    if (ok) setTicked({});
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (isSaveKey(event)) {
      event.preventDefault();
      void decide();
      return;
    }
    // Enter in a badge number goes down the column (past the row checkboxes), then to the decision number.
    const target = event.target;
    if (event.key === 'Enter' && !event.ctrlKey && !event.metaKey && !event.altKey && !event.shiftKey && target instanceof HTMLInputElement && target.dataset.badgeNo !== undefined) {
      event.preventDefault();
      const column = Array.from(event.currentTarget.querySelectorAll<HTMLInputElement>('input[data-badge-no]'));
      const next = column[column.indexOf(target) + 1] ?? decisionNoInput.current;
      next?.focus();
      return;
    }
    advanceOnEnter(event);
  }

  const title = t('badges.proposedTitle', { round: formatVi(roundDate) });
  const columns: DataColumn<BadgeRow>[] = [
    {
      key: 'tick',
      header: null,
      width: 40,
      cell: (r) =>
        r.status === 'PROPOSED' ? (
          <Checkbox
            aria-label={t('badges.selectRow', { name: r.fullName })}
            checked={ticked[r.id] === true}
            onChange={(e) => {
              const on = e.currentTarget.checked;
              setTicked((prev) => (on ? { ...prev, [r.id]: true } : Object.fromEntries(Object.entries(prev).filter(([id]) => Number(id) !== r.id))));
            }}
          />
        ) : null,
    },
    { key: 'no', header: 'STT', width: 50, cell: (_r, i) => i + 1 },
    { key: 'name', header: t('badges.columns.name'), cell: (r) => r.fullName },
    { key: 'birth', header: t('badges.columns.birth'), cell: (r) => formatVi(r.birthDate) },
    { key: 'milestone', header: t('badges.columns.milestone'), cell: (r) => t('badges.years', { n: r.milestone }) },
    { key: 'kind', header: t('badges.columns.kind'), cell: (r) => t(`badges.kinds.${r.kind}`) },
    { key: 'proposedBy', header: t('badges.columns.proposedBy'), cell: (r) => r.proposedBy ?? '' },
    {
      key: 'status',
      header: t('badges.columns.status'),
      cell: (r) => `${t(`badges.statuses.${r.status}`)}${r.decisionNo ? ` · ${t('badges.member.decisionText', { no: r.decisionNo, date: formatVi(r.decisionDate) })}` : ''}`,
    },
    {
      key: 'badgeNo',
      header: t('badges.columns.badgeNo'),
      width: 160,
      cell: (r) => (
        <TextInput
          size="xs"
          aria-label={t('badges.badgeNoFor', { name: r.fullName })}
          placeholder={r.badgeNo ?? ''}
          value={numbers[r.id] ?? ''}
          error={rowError(r.id)}
          autoComplete="off"
          data-badge-no=""
          onChange={(e) => {
            const value = e.currentTarget.value;
            setNumbers((prev) => ({ ...prev, [r.id]: value }));
          }}
        />
      ),
    },
  ];

  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap="sm" onKeyDown={onKeyDown} data-form-scope>
        <Title order={3} size="h5">
          {title}
        </Title>
        {rows.length === 0 ? (
          <Text c="dimmed">{t('badges.proposedEmpty')}</Text>
        ) : (
          <>
            <DataTable label={title} columns={columns} rows={rows} rowKey={(r) => r.id} verticalSpacing={4} />
            <Group align="flex-end">
              <TextInput ref={decisionNoInput} label={t('badges.decisionNo')} value={decisionNo} onChange={(e) => setDecisionNo(e.currentTarget.value)} error={fieldError('decisionNo')} autoComplete="off" w={180} />
              <DateField label={t('badges.decisionDate')} full value={decisionDate} onChange={setDecisionDate} error={fieldError('decisionDate')} w={160} />
              <Button onClick={() => void decide()} loading={busy}>
                {t('badges.decide', { n: formatCount(typed.length) })}
              </Button>
              <Button variant="default" color="red" disabled={withdrawable.length === 0 || busy} onClick={() => void withdraw()}>
                {t('badges.withdraw', { n: formatCount(withdrawable.length) })}
              </Button>
            </Group>
            <Text size="sm" c="dimmed">
              {t('badges.decideHint')}
            </Text>
            {localError ? (
              <Text c="red" size="sm" role="alert">
                {localError}
              </Text>
            ) : null}
          </>
        )}
      </Stack>
    </Paper>
  );
}
