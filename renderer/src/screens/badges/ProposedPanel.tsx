import { Button, Checkbox, Group, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { BadgeRow } from '../../../../shared/badges/schemas.ts';
import { formatVi } from '../../../../shared/kernel/dates/partialDate.ts';
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
  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap="sm" onKeyDown={onKeyDown}>
        <Title order={3} size="h5">
          {title}
        </Title>
        {rows.length === 0 ? (
          <Text c="dimmed">{t('badges.proposedEmpty')}</Text>
        ) : (
          <>
            <Table striped withTableBorder aria-label={title} verticalSpacing={4}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={40} />
                  <Table.Th w={50}>STT</Table.Th>
                  <Table.Th>{t('badges.columns.name')}</Table.Th>
                  <Table.Th>{t('badges.columns.birth')}</Table.Th>
                  <Table.Th>{t('badges.columns.milestone')}</Table.Th>
                  <Table.Th>{t('badges.columns.kind')}</Table.Th>
                  <Table.Th>{t('badges.columns.proposedBy')}</Table.Th>
                  <Table.Th>{t('badges.columns.status')}</Table.Th>
                  <Table.Th w={160}>{t('badges.columns.badgeNo')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((r, i) => (
                  <Table.Tr key={r.id}>
                    <Table.Td>
                      {r.status === 'PROPOSED' ? (
                        <Checkbox
                          aria-label={t('badges.selectRow', { name: r.fullName })}
                          checked={ticked[r.id] === true}
                          onChange={(e) => {
                            const on = e.currentTarget.checked;
                            setTicked((prev) => (on ? { ...prev, [r.id]: true } : Object.fromEntries(Object.entries(prev).filter(([id]) => Number(id) !== r.id))));
                          }}
                        />
                      ) : null}
                    </Table.Td>
                    <Table.Td>{i + 1}</Table.Td>
                    <Table.Td>{r.fullName}</Table.Td>
                    <Table.Td>{formatVi(r.birthDate)}</Table.Td>
                    <Table.Td>{t('badges.years', { n: r.milestone })}</Table.Td>
                    <Table.Td>{t(`badges.kinds.${r.kind}`)}</Table.Td>
                    <Table.Td>{r.proposedBy ?? ''}</Table.Td>
                    <Table.Td>
                      {t(`badges.statuses.${r.status}`)}
                      {r.decisionNo ? ` · ${t('badges.member.decisionText', { no: r.decisionNo, date: formatVi(r.decisionDate) })}` : ''}
                    </Table.Td>
                    <Table.Td>
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
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
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
