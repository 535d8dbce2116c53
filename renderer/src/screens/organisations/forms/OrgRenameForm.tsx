import { TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrgDetail } from '../../../../../shared/contract/index.ts';
import { call } from '../../../api/client.ts';
import { i18n } from '../../../i18n/index.ts';
import { useOrganisationStore } from '../store.ts';
import { blankToNull, emptyDecision, readDecision } from './decision.ts';
import { DecisionFields } from './DecisionFields.tsx';
import { OrgFormShell } from './OrgFormShell.tsx';
import { useOrgForm } from './useOrgForm.ts';
import { useChangedSinceOpened } from '../../../components/UnsavedGuard.tsx';
import { requiredField } from '../../../components/required.ts';

/** Đổi tên: a dated rename; the old name stays in the history. */
export function OrgRenameForm({ org, onDone, onCancel }: { org: OrgDetail; onDone: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const [name, setName] = useState(org.name);
  const [shortName, setShortName] = useState(org.shortName ?? '');
  const [decision, setDecision] = useState(emptyDecision);
  const { errors, busy, failure, submit } = useOrgForm();
  const dirty = useChangedSinceOpened({ name, shortName, decision });

  async function save() {
    const result = await submit((found) => {
      if (name.trim() === '') found.name = i18n.t('errors.required');
      const d = readDecision(decision, 'effectiveDate', found);
      if (d === null) return null;
      return () =>
        call('organisation:rename', {
          id: org.id,
          name: name.trim(),
          shortName: blankToNull(shortName),
          effectiveDate: d.date,
          decisionNo: d.decisionNo,
          note: d.note,
        });
    });
    if (!result) return;
    await useOrganisationStore.getState().refreshAround([org.id]);
    onDone();
  }

  return (
    <OrgFormShell onSave={save} onCancel={onCancel} busy={busy} failure={failure} dirty={dirty}>
      <TextInput label={t('org.fields.newName')} {...requiredField} data-autofocus value={name} onChange={(event) => setName(event.currentTarget.value)} error={errors.name} />
      <TextInput label={t('org.fields.newShortName')} value={shortName} onChange={(event) => setShortName(event.currentTarget.value)} error={errors.shortName} />
      <DecisionFields values={decision} onChange={setDecision} errors={errors} dateKey="effectiveDate" />
    </OrgFormShell>
  );
}
