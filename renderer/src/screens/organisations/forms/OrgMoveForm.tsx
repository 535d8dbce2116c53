import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrgDetail } from '../../../../../shared/contract/index.ts';
import { call } from '../../../api/client.ts';
import { OrgPicker, type OrgRef } from '../../../components/OrgPicker.tsx';
import { i18n } from '../../../i18n/index.ts';
import { useOrganisationStore } from '../store.ts';
import { emptyDecision, readDecision } from './decision.ts';
import { DecisionFields } from './DecisionFields.tsx';
import { OrgFormShell } from './OrgFormShell.tsx';
import { useOrgForm } from './useOrgForm.ts';
import { useChangedSinceOpened } from '../../../components/UnsavedGuard.tsx';
import { requiredField } from '../../../components/required.ts';

/** Chuyển cấp trên: the organisation (with its subtree) moves under a new parent found by search. */
export function OrgMoveForm({ org, onDone, onCancel }: { org: OrgDetail; onDone: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const [parent, setParent] = useState<OrgRef | null>(null);
  const [decision, setDecision] = useState(emptyDecision);
  const { errors, busy, failure, submit } = useOrgForm();
  const dirty = useChangedSinceOpened({ parent, decision });

  async function save() {
    const result = await submit((found) => {
      if (parent === null) found.newParentId = i18n.t('errors.chooseOrganisation');
      const d = readDecision(decision, 'effectiveDate', found);
      if (d === null || parent === null) return null;
      return () =>
        call('organisation:move', { id: org.id, newParentId: parent.id, effectiveDate: d.date, decisionNo: d.decisionNo, note: d.note });
    });
    if (!result || parent === null) return;
    await useOrganisationStore.getState().refreshAround([org.id, parent.id]);
    await useOrganisationStore.getState().reveal(org.id);
    onDone();
  }

  return (
    <OrgFormShell onSave={save} onCancel={onCancel} busy={busy} failure={failure} dirty={dirty}>
      <OrgPicker
        label={t('org.fields.newParent')}
        {...requiredField}
        data-autofocus
        value={parent}
        onChange={setParent}
        excludeIds={[org.id]}
        error={errors.newParentId}
      />
      <DecisionFields values={decision} onChange={setDecision} errors={errors} dateKey="effectiveDate" />
    </OrgFormShell>
  );
}
