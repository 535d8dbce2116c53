import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionRecord, DecisionRecord } from '../../../../shared/decisions/schemas.ts';
import { formatVi } from '../../../../shared/kernel/dates/partialDate.ts';
import { DataTable, type DataColumn } from '../../components/DataTable.tsx';
import { SubjectFileModal } from '../memberFile/SubjectFileModal.tsx';
import { Facts } from '../../components/Facts.tsx';
import { ActionFixModal } from './ActionFixModal.tsx';
import { DecisionScan } from './DecisionScan.tsx';
import { useAppStore } from '../../stores/appStore.ts';
import { useDecisionStore } from './store.ts';

const joined = (...parts: (string | null)[]) => parts.filter((p) => p !== null && p !== '').join(', ');

/** A decision and its actions; an action in force can be corrected or cancelled (with a reason). */
export function DecisionDetailModal({ decision, typeName, onClose }: { decision: DecisionRecord; typeName: ReadonlyMap<string, string>; onClose(): void }) {
  const { t } = useTranslation();
  const [fix, setFix] = useState<{ action: ActionRecord; mode: 'correct' | 'cancel' } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const readOnly = useAppStore((s) => s.info?.user.role === 'viewer');
  // A row opens the person's cadre file.
  const [cadre, setCadre] = useState<number | null>(null);
  const columns: DataColumn<ActionRecord>[] = [
    { key: 'seq', header: t('decisions.register.actionColumns.seq'), cell: (a) => a.seq, width: 48 },
    { key: 'type', header: t('decisions.register.actionColumns.type'), cell: (a) => typeName.get(a.typeCode) ?? a.typeCode },
    { key: 'person', header: t('decisions.register.actionColumns.person'), cell: (a) => a.fullName },
    { key: 'before', header: t('decisions.register.actionColumns.before'), cell: (a) => joined(a.postBefore, a.unitBefore) },
    { key: 'after', header: t('decisions.register.actionColumns.after'), cell: (a) => joined(a.postAfter, a.unitAfter) },
    { key: 'term', header: t('decisions.register.actionColumns.term'), cell: (a) => formatVi(a.termEnd), noWrap: true },
    {
      key: 'status',
      header: t('decisions.register.actionColumns.status'),
      cell: (a) =>
        a.status === 'cancelled' ? (
          <Text span size="sm" c="red">
            {t('decisions.register.cancelled', { reason: a.cancelReason ?? '' })}
          </Text>
        ) : (
          <Group gap={4} wrap="nowrap">
            <Button size="compact-xs" variant="default" aria-label={`${t('decisions.register.correct')}: ${a.fullName}`} onClick={() => setFix({ action: a, mode: 'correct' })}>
              {t('decisions.register.correct')}
            </Button>
            <Button size="compact-xs" variant="default" color="red" aria-label={`${t('decisions.register.cancel')}: ${a.fullName}`} onClick={() => setFix({ action: a, mode: 'cancel' })}>
              {t('decisions.register.cancel')}
            </Button>
          </Group>
        ),
    },
  ];
  return (
    <Modal opened onClose={onClose} title={t('decisions.register.detail', { number: decision.number })} size="90%">
      <Stack gap="sm">
        <Facts
          cols={3}
          items={[
            { label: t('decisions.entry.number'), value: decision.number },
            { label: t('decisions.entry.issuedOn'), value: formatVi(decision.issuedOn) },
            { label: t('decisions.entry.effectiveOn'), value: formatVi(decision.effectiveOn) },
            { label: t('decisions.entry.issuingBody'), value: decision.issuingBody },
            { label: t('decisions.entry.signer'), value: decision.signer ?? '' },
            { label: t('decisions.entry.receivedOn'), value: formatVi(decision.receivedOn) },
            { label: t('decisions.entry.summary'), value: decision.summary ?? '' },
          ]}
        />
        <DecisionScan decisionId={decision.id} initial={decision.scan} readOnly={readOnly} />
        {notice ? (
          <Alert color="green" role="status">
            {notice}
          </Alert>
        ) : null}
        <DataTable label={t('decisions.register.actions')} columns={columns} rows={decision.actions} rowKey={(a) => a.id} onActivate={(a) => setCadre(a.cadreId)} />
        {cadre !== null ? <SubjectFileModal subject={{ kind: 'cadre', id: cadre }} onClose={() => setCadre(null)} /> : null}
      </Stack>
      {fix ? (
        <ActionFixModal
          action={fix.action}
          mode={fix.mode}
          onClose={() => setFix(null)}
          onDone={() => {
            setFix(null);
            setNotice(t(fix.mode === 'correct' ? 'decisions.register.corrected' : 'decisions.register.cancelDone'));
            void useDecisionStore.getState().open(decision.id);
            void useDecisionStore.getState().load();
          }}
        />
      ) : null}
    </Modal>
  );
}
