import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CadreFile } from '../../../../shared/cadres/schemas.ts';
import { formatVi } from '../../../../shared/kernel/dates/partialDate.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { nameOf, useCatalogueStore } from '../../stores/catalogueStore.ts';

type HistoryRow = CadreFile['history'][number];
type TrainingRow = CadreFile['training'][number];

/** The work history derived from the decisions' actions (read-only: corrected through the decision). */
export function DerivedHistory({ file }: { file: CadreFile }) {
  const { t } = useTranslation();
  const types = useCatalogueStore((s) => s.catalogues?.actionTypes);
  return (
    <Stack gap={4}>
      <Title order={4}>{t('cadres.history.derived')}</Title>
      <DataTable<HistoryRow>
        label={t('cadres.history.derived')}
        rows={file.history}
        rowKey={(r) => r.actionId}
        empty={t('cadres.history.empty')}
        columns={[
          { key: 'effectiveOn', header: t('cadres.history.effectiveOn'), cell: (r) => formatVi(r.effectiveOn), width: '8rem', noWrap: true },
          { key: 'type', header: t('cadres.history.type'), cell: (r) => nameOf(types, r.typeCode), width: '11rem', title: (r) => r.typeCode },
          { key: 'post', header: t('cadres.history.post'), cell: (r) => r.postAfter ?? '' },
          { key: 'unit', header: t('cadres.history.unit'), cell: (r) => r.unitAfter ?? '' },
          { key: 'decisionNo', header: t('cadres.history.decisionNo'), cell: (r) => r.decisionNo, width: '9rem', noWrap: true },
          { key: 'status', header: t('cadres.history.status'), cell: (r) => t(`cadres.history.${r.status}`), width: '7rem' },
        ]}
      />
    </Stack>
  );
}

/** The training records of the cadre (sent by decisions, or recorded one by one), with the highest level derived by the core. */
export function TrainingList({ file }: { file: CadreFile }) {
  const { t } = useTranslation();
  const education = useCatalogueStore((s) => s.catalogues?.education);
  return (
    <Stack gap={4}>
      <Title order={4}>{t('cadres.training.list')}</Title>
      <DataTable<TrainingRow>
        label={t('cadres.training.list')}
        rows={file.training}
        rowKey={(r) => r.id}
        empty={t('cadres.training.empty')}
        columns={[
          { key: 'kind', header: t('cadres.training.kind'), cell: (r) => t(`cadres.training.kinds.${r.kind}`), width: '10rem' },
          { key: 'level', header: t('cadres.training.level'), cell: (r) => nameOf(education, r.levelCode), width: '9rem' },
          { key: 'institution', header: t('cadres.training.institution'), cell: (r) => [r.institution, r.subject].filter(Boolean).join(' — ') },
          { key: 'mode', header: t('cadres.training.mode'), cell: (r) => t(`cadres.training.modes.${r.mode}`), width: '8rem' },
          { key: 'from', header: t('cadres.training.fromDate'), cell: (r) => formatVi(r.fromDate), width: '6rem', noWrap: true },
          { key: 'to', header: t('cadres.training.toDate'), cell: (r) => formatVi(r.toDate), width: '6rem', noWrap: true },
          { key: 'status', header: t('cadres.training.status'), cell: (r) => t(`cadres.training.statuses.${r.status}`), width: '8rem' },
          { key: 'decisionNo', header: t('cadres.training.decisionNo'), cell: (r) => r.decisionNo ?? '', width: '9rem' },
        ]}
      />
    </Stack>
  );
}
