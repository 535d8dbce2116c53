import { Alert } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrgDetail } from '../../../../../shared/contract/index.ts';
import { call } from '../../../api/client.ts';
import { OrgPicker, type OrgRef } from '../../../components/OrgPicker.tsx';
import { formatCount } from '../../../format.ts';
import { i18n } from '../../../i18n/index.ts';
import { useOrganisationStore } from '../store.ts';
import { emptyDecision, readDecision } from './decision.ts';
import { DecisionFields } from './DecisionFields.tsx';
import { OrgFormShell } from './OrgFormShell.tsx';
import { useOrgForm } from './useOrgForm.ts';
import { useChangedSinceOpened } from '../../../components/UnsavedGuard.tsx';
import { requiredField } from '../../../components/required.ts';

/** Hợp nhất: the current organisation (the source) merges into a successor chosen by search. */
export function OrgMergeForm({ org, onDone, onCancel }: { org: OrgDetail; onDone: (message: string) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const [successor, setSuccessor] = useState<OrgRef | null>(null);
  const [decision, setDecision] = useState(emptyDecision);
  const { errors, busy, failure, submit } = useOrgForm();
  const dirty = useChangedSinceOpened({ successor, decision });

  async function save() {
    const result = await submit((found) => {
      if (successor === null) found.successorId = i18n.t('errors.chooseOrganisation');
      const d = readDecision(decision, 'effectiveDate', found);
      if (d === null || successor === null) return null;
      return () =>
        call('organisation:merge', { sourceIds: [org.id], successorId: successor.id, effectiveDate: d.date, decisionNo: d.decisionNo, note: d.note });
    });
    if (!result) return;
    await useOrganisationStore.getState().refreshAround([org.id, result.value.successorId]);
    await useOrganisationStore.getState().reveal(result.value.successorId);
    onDone(t('org.mergeDone', { members: formatCount(result.value.movedMembers), children: formatCount(result.value.movedChildren) }));
  }

  return (
    <OrgFormShell onSave={save} onCancel={onCancel} busy={busy} failure={failure} dirty={dirty}>
      <Alert color="yellow">{t('org.mergeExplain', { name: org.name })}</Alert>
      <OrgPicker
        label={t('org.fields.successor')}
        {...requiredField}
        data-autofocus
        value={successor}
        onChange={setSuccessor}
        excludeIds={[org.id]}
        error={errors.successorId}
      />
      <DecisionFields values={decision} onChange={setDecision} errors={errors} dateKey="effectiveDate" />
    </OrgFormShell>
  );
}
