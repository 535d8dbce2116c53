import { Alert, Button, Group, NativeSelect, NumberInput, Select, Stack, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { trainingKinds, trainingStatuses, type TrainingRecord } from '../../../../shared/cadres/schemas.ts';
import { formatVi } from '../../../../shared/kernel/dates/partialDate.ts';
import { call } from '../../api/client.ts';
import { DataTable, type DataColumn } from '../../components/DataTable.tsx';
import { SubjectFileModal } from '../memberFile/SubjectFileModal.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Pager } from '../../components/Pager.tsx';
import { formatCount } from '../../format.ts';
import { nameOf, useCatalogueStore } from '../../stores/catalogueStore.ts';
import { TrainingFormModal } from './TrainingFormModal.tsx';

const PAGE = 50;
type Kind = (typeof trainingKinds)[number];
type Status = (typeof trainingStatuses)[number];

/**
 * Cadres sent to training (issue 9 §4): filter by year, kind and status; "Cử đi học" sends one or many
 * people under one decision; a row's status is changed in place (training:update).
 */
export function TrainingView() {
  const { t } = useTranslation();
  const [cadre, setCadre] = useState<number | null>(null);
  const education = useCatalogueStore((s) => s.catalogues?.education);
  const [year, setYear] = useState<number | null>(null);
  const [kind, setKind] = useState<Kind | null>(null);
  const [status, setStatus] = useState<Status | null>(null);
  const [offset, setOffset] = useState(0);
  const [data, setData] = useState<{ rows: TrainingRecord[]; total: number } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    void useCatalogueStore.getState().load();
  }, []);
  useEffect(() => {
    let live = true;
    void call('training:list', { cadreId: null, year, kind, status, offset, limit: PAGE }).then((r) => {
      if (!live) return;
      if (r.ok) {
        setData(r.value);
        setError(null);
      } else setError(r.error.message);
    });
    return () => {
      live = false;
    };
  }, [year, kind, status, offset, version]);

  async function changeStatus(row: TrainingRecord, next: Status) {
    const r = await call('training:update', { id: row.id, status: next, toDate: row.toDate, qualification: row.qualification });
    if (r.ok) setData((d) => (d ? { ...d, rows: d.rows.map((x) => (x.id === row.id ? r.value : x)) } : d));
    else setError(r.error.message);
  }

  const statusItems = trainingStatuses.map((s) => ({ value: s, label: t(`decisions.training.statuses.${s}`) }));
  const columns: DataColumn<TrainingRecord>[] = [
    { key: 'person', header: t('decisions.training.columns.person'), cell: (r) => r.fullName },
    { key: 'kind', header: t('decisions.training.columns.kind'), cell: (r) => t(`decisions.training.kinds.${r.kind}`) },
    { key: 'level', header: t('decisions.training.columns.level'), cell: (r) => nameOf(education, r.levelCode) },
    { key: 'mode', header: t('decisions.training.columns.mode'), cell: (r) => t(`decisions.training.modes.${r.mode}`) },
    { key: 'institution', header: t('decisions.training.columns.institution'), cell: (r) => r.institution },
    { key: 'from', header: t('decisions.training.columns.from'), cell: (r) => formatVi(r.fromDate), noWrap: true },
    { key: 'to', header: t('decisions.training.columns.to'), cell: (r) => formatVi(r.toDate), noWrap: true },
    { key: 'decision', header: t('decisions.training.columns.decision'), cell: (r) => r.decisionNo ?? '' },
    {
      key: 'status',
      header: t('decisions.training.columns.status'),
      cell: (r) => (
        <NativeSelect
          size="xs"
          aria-label={t('decisions.training.setStatus', { name: r.fullName })}
          data={statusItems}
          value={r.status}
          onClick={(e) => e.stopPropagation()}
          onChange={(e) => void changeStatus(r, e.currentTarget.value as Status)}
        />
      ),
    },
  ];

  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-end">
        <Title order={3}>{t('decisions.training.title')}</Title>
        <Button onClick={() => setAdding(true)}>{t('decisions.training.add')}</Button>
      </Group>
      <Group align="flex-end" gap="sm">
        <NumberInput
          label={t('decisions.register.year')}
          w={110}
          min={1930}
          max={2100}
          allowDecimal={false}
          value={year ?? ''}
          onChange={(v) => {
            setYear(typeof v === 'number' && v >= 1930 && v <= 2100 ? v : null);
            setOffset(0);
          }}
        />
        <Select
          label={t('decisions.training.fields.kind')}
          placeholder={t('decisions.training.allKinds')}
          clearable
          w={220}
          data={trainingKinds.map((k) => ({ value: k, label: t(`decisions.training.kinds.${k}`) }))}
          value={kind}
          onChange={(v) => {
            setKind(v as Kind | null);
            setOffset(0);
          }}
        />
        <Select
          label={t('decisions.training.fields.status')}
          placeholder={t('decisions.training.allStatuses')}
          clearable
          w={200}
          data={statusItems}
          value={status}
          onChange={(v) => {
            setStatus(v as Status | null);
            setOffset(0);
          }}
        />
      </Group>
      {notice ? (
        <Alert color="green" role="status" withCloseButton onClose={() => setNotice(null)}>
          {notice}
        </Alert>
      ) : null}
      <ErrorAlert message={error} />
      {data ? <Text size="sm">{t('decisions.training.count', { n: formatCount(data.total) })}</Text> : null}
      {data ? <DataTable label={t('decisions.training.title')} columns={columns} rows={data.rows} rowKey={(r) => r.id} empty={t('decisions.training.empty')} onActivate={(r) => setCadre(r.cadreId)} /> : null}
      {cadre !== null ? <SubjectFileModal subject={{ kind: 'cadre', id: cadre }} onClose={() => setCadre(null)} /> : null}
      {data ? <Pager offset={offset} shown={data.rows.length} total={data.total} pageSize={PAGE} onPage={setOffset} /> : null}
      {adding ? (
        <TrainingFormModal
          onClose={() => setAdding(false)}
          onDone={(n) => {
            setAdding(false);
            setNotice(t('decisions.training.saved', { n }));
            setVersion((v) => v + 1);
          }}
        />
      ) : null}
    </Stack>
  );
}
