import { Alert } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrgDetail } from '../../../../../shared/contract/index.ts';
import { call } from '../../../api/client.ts';
import { useOrganisationStore } from '../store.ts';
import { emptyDecision, readDecision } from './decision.ts';
import { DecisionFields } from './DecisionFields.tsx';
import { OrgFormShell } from './OrgFormShell.tsx';
import { useOrgForm } from './useOrgForm.ts';
import { useChangedSinceOpened } from '../../../components/UnsavedGuard.tsx';

/** Giải thể: the organisation ends on the effective date; its history is kept. */
export function OrgDissolveForm({ org, onDone, onCancel }: { org: OrgDetail; onDone: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const [decision, setDecision] = useState(emptyDecision);
  const { errors, busy, failure, submit } = useOrgForm();
  const dirty = useChangedSinceOpened({ decision });

  async function save() {
    const result = await submit((found) => {
      const d = readDecision(decision, 'effectiveDate', found);
      if (d === null) return null;
      return () => call('organisation:dissolve', { id: org.id, effectiveDate: d.date, decisionNo: d.decisionNo, note: d.note });
    });
    if (!result) return;
    await useOrganisationStore.getState().refreshAround([org.id]);
    onDone();
  }

  return (
    <OrgFormShell onSave={save} onCancel={onCancel} busy={busy} failure={failure} dirty={dirty}>
      <Alert color="yellow">{t('org.dissolveWarning')}</Alert>
      <DecisionFields values={decision} onChange={setDecision} errors={errors} dateKey="effectiveDate" />
    </OrgFormShell>
  );
}
