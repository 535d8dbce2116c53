import { Alert, Button, Loader, Stack, Table, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MemberBadgesResult } from '../../../../shared/badges/schemas.ts';
import { formatVi } from '../../../../shared/kernel/dates/partialDate.ts';
import { today } from '../../stores/today.ts';
import { roundOf } from '../../../../shared/badges/rules.ts';
import { call } from '../../api/client.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { usePartyAge } from './CandidateTable.tsx';

/**
 * The member file's badge tab: the badges received (or proposed), party age, every badge owed
 * (a milestone passed without a badge on file) and the next milestone with the round it falls in. A badge received can be proposed for replacement (lost) in the next round.
 */
export function MemberBadgesTab({ memberId }: { memberId: number }) {
  const { t } = useTranslation();
  const partyAge = usePartyAge();
  const [data, setData] = useState<MemberBadgesResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [replaced, setReplaced] = useState<string | null>(null);
  /** Bumped to read the member's badges again (after a proposal). */
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let live = true;
    void call('badge:member', { memberId }).then((r) => {
      if (!live) return;
      if (r.ok) {
        setData(r.value);
        setError(null);
      } else setError(r.error.message);
    });
    return () => {
      live = false;
    };
  }, [memberId, version]);

  async function replace(milestone: number) {
    const roundDate = roundOf(today());
    const r = await call('badge:propose', { roundDate, items: [{ memberId, milestone, kind: 'REPLACEMENT' }] });
    if (r.ok) {
      setReplaced(roundDate);
      setVersion((v) => v + 1);
    } else setError(r.error.message);
  }

  if (data === null) return error ? <ErrorAlert message={error} /> : <Loader size="sm" aria-label={t('common.loading')} />;
  const nextRoundLabel = formatVi(roundOf(today()));
  const pendingReplacement = (milestone: number) => data.badges.some((b) => b.kind === 'REPLACEMENT' && b.milestone === milestone && b.status === 'PROPOSED');

  return (
    <Stack gap="sm">
      <ErrorAlert message={error} />
      {replaced ? (
        <Alert color="green" role="status">
          {t('badges.member.replaced', { round: formatVi(replaced) })}
        </Alert>
      ) : null}
      <Text>
        {data.anchor === null
          ? t('badges.member.noAnchor')
          : data.partyAgeMonths === null
            ? t('badges.member.notRunning')
            : t('badges.member.partyAge', { age: partyAge(data.partyAgeMonths), anchor: formatVi(data.anchor) })}
      </Text>
      {data.owed.map((m) => (
        // Every milestone already passed without a badge on file is owed, each said on its own line.
        <Text key={m.milestone} fw={500} c="orange.8">
          {t('badges.member.overdue', { years: m.milestone, date: formatVi(m.date), round: formatVi(m.roundDate) })}
        </Text>
      ))}
      {data.next ? (
        <Text fw={500}>{t('badges.member.next', { years: data.next.milestone, date: formatVi(data.next.date), round: formatVi(data.next.roundDate) })}</Text>
      ) : data.partyAgeMonths !== null && data.owed.length === 0 ? (
        <Text>{t('badges.member.noNext')}</Text>
      ) : null}
      {data.next?.blockedUntil ? (
        <Text c="orange.8">{t('badges.member.blocked', { date: formatVi(data.next.blockedUntil) })}</Text>
      ) : null}

      <Text fw={500}>{t('badges.member.received')}</Text>
      {data.badges.length === 0 ? (
        <Text c="dimmed">{t('badges.member.none')}</Text>
      ) : (
        <Table striped withTableBorder aria-label={t('badges.member.received')} verticalSpacing={4}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('badges.columns.milestone')}</Table.Th>
              <Table.Th>{t('badges.columns.kind')}</Table.Th>
              <Table.Th>{t('badges.member.round')}</Table.Th>
              <Table.Th>{t('badges.columns.status')}</Table.Th>
              <Table.Th>{t('badges.member.decisionColumn')}</Table.Th>
              <Table.Th>{t('badges.columns.badgeNo')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.badges.map((b) => (
              <Table.Tr key={b.id}>
                <Table.Td>{t('badges.years', { n: b.milestone })}</Table.Td>
                <Table.Td>{t(`badges.kinds.${b.kind}`)}</Table.Td>
                <Table.Td>{formatVi(b.roundDate)}</Table.Td>
                <Table.Td>{t(`badges.statuses.${b.status}`)}</Table.Td>
                <Table.Td>{b.decisionNo ? t('badges.member.decisionText', { no: b.decisionNo, date: formatVi(b.decisionDate) }) : ''}</Table.Td>
                <Table.Td>{b.badgeNo ?? ''}</Table.Td>
                <Table.Td>
                  {b.kind !== 'REPLACEMENT' && b.status === 'AWARDED' && data.partyAgeMonths !== null && !pendingReplacement(b.milestone) ? (
                    <Button size="compact-xs" variant="subtle" aria-label={t('badges.member.replaceLabel', { years: b.milestone, round: nextRoundLabel })} onClick={() => void replace(b.milestone)}>
                      {t('badges.member.replace')}
                    </Button>
                  ) : null}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
