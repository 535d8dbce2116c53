import { Alert, Checkbox, Group, Loader, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../../shared/contract/index.ts';
import { formatVi } from '../../../../shared/kernel/dates/partialDate.ts';
import { call } from '../../api/client.ts';
import { DataTable, type DataColumn } from '../../components/DataTable.tsx';
import { SubjectFileModal } from '../memberFile/SubjectFileModal.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { formatCount } from '../../format.ts';

type Planning = Output<'planning:list'>;
type PlanningRow = Planning['rows'][number];

/** The party-committee term planned first (cadres.md: 2025-2030); the others come with the answer. */
export const DEFAULT_CYCLE = 'P2025';
/** Target share of women in planning (cadres.md). */
const WOMEN_TARGET = 0.25;

const percent = (part: number, whole: number) => (whole === 0 ? '0 %' : `${Math.round((part / whole) * 1000) / 10} %`.replace('.', ','));

/**
 * Succession planning per term (issue 9 §4): the people planned and their posts, the warnings for
 * more than 3 people per post or 3 posts per person, and the shares of women and of cadres under 40.
 */
export function PlanningView() {
  const { t } = useTranslation();
  const [cycle, setCycle] = useState(DEFAULT_CYCLE);
  const [post, setPost] = useState('');
  const [debouncedPost] = useDebouncedValue(post, 300);
  const [includeRemoved, setIncludeRemoved] = useState(false);
  const [data, setData] = useState<Planning | null>(null);
  const [error, setError] = useState<string | null>(null);
  // A row opens the person's cadre file.
  const [cadre, setCadre] = useState<number | null>(null);
  /** The question last answered: while it differs from the one asked, the list is loading. */
  const asked = `${cycle}|${debouncedPost}|${includeRemoved}`;
  const [answered, setAnswered] = useState<string | null>(null);
  const loading = answered !== asked;

  useEffect(() => {
    let live = true;
    const question = `${cycle}|${debouncedPost}|${includeRemoved}`;
    void call('planning:list', { cycleCode: cycle, post: debouncedPost.trim(), includeRemoved }).then((r) => {
      if (!live) return;
      setAnswered(question);
      if (r.ok) {
        setData(r.value);
        setError(null);
      } else setError(r.error.message);
    });
    return () => {
      live = false;
    };
  }, [cycle, debouncedPost, includeRemoved]);

  const columns: DataColumn<PlanningRow>[] = [
    { key: 'person', header: t('decisions.planning.columns.person'), cell: (r) => r.fullName },
    { key: 'sex', header: t('decisions.planning.columns.sex'), cell: (r) => t(`sex.${r.sex}`) },
    { key: 'birth', header: t('decisions.planning.columns.birth'), cell: (r) => formatVi(r.birthDate), noWrap: true },
    { key: 'post', header: t('decisions.planning.columns.post'), cell: (r) => r.post },
    { key: 'addedOn', header: t('decisions.planning.columns.addedOn'), cell: (r) => formatVi(r.addedOn), noWrap: true },
    ...(includeRemoved
      ? [
          { key: 'removedOn', header: t('decisions.planning.columns.removedOn'), cell: (r: PlanningRow) => formatVi(r.removedOn), noWrap: true },
          { key: 'reason', header: t('decisions.planning.columns.reason'), cell: (r: PlanningRow) => r.removalReason ?? '' },
        ]
      : []),
  ];
  const cycles = data?.cycles.length ? data.cycles.map((c) => ({ value: c.code, label: `${c.name} (${c.fromYear}-${c.toYear})` })) : [{ value: cycle, label: cycle }];
  const shares = data?.shares;

  return (
    <Stack gap="sm">
      <Title order={3}>{t('decisions.planning.title')}</Title>
      <Group align="flex-end" gap="sm">
        <Select label={t('decisions.planning.cycle')} w={260} data={cycles} value={cycle} allowDeselect={false} onChange={(v) => v && setCycle(v)} />
        <TextInput label={t('decisions.planning.post')} w={260} value={post} onChange={(e) => setPost(e.currentTarget.value)} />
        <Checkbox label={t('decisions.planning.includeRemoved')} checked={includeRemoved} onChange={(e) => setIncludeRemoved(e.currentTarget.checked)} />
      </Group>
      <ErrorAlert message={error} />
      {loading && !data ? <Loader size="sm" aria-label={t('common.loading')} /> : null}
      {shares ? (
        <Text size="sm" role="status">
          {t('decisions.planning.shares', {
            people: formatCount(shares.people),
            women: formatCount(shares.women),
            womenShare: percent(shares.women, shares.people),
            under40: formatCount(shares.under40),
            youngShare: percent(shares.under40, shares.people),
          })}
          {shares.people > 0 && shares.women / shares.people < WOMEN_TARGET ? ` ${t('decisions.planning.womenLow')}` : ''}
        </Text>
      ) : null}
      {data && data.warnings.length > 0 ? (
        <Alert color="orange" title={t('decisions.planning.title')}>
          {data.warnings.map((w) => (
            <Text key={`${w.kind}:${w.key}`} size="sm">
              {t(`decisions.planning.warnings.${w.kind}`, { key: w.key, count: w.count })}
            </Text>
          ))}
        </Alert>
      ) : null}
      {data ? <DataTable label={t('decisions.planning.title')} columns={columns} rows={data.rows} rowKey={(r) => r.id} empty={t('decisions.planning.empty')} onActivate={(r) => setCadre(r.cadreId)} /> : null}
      {cadre !== null ? <SubjectFileModal subject={{ kind: 'cadre', id: cadre }} onClose={() => setCadre(null)} /> : null}
    </Stack>
  );
}
