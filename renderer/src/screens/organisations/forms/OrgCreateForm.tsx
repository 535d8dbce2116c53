import { Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api/client.ts';
import { CatalogueSelect } from '../../../components/CatalogueSelect.tsx';
import type { OrgRef } from '../../../components/OrgPicker.tsx';
import { i18n } from '../../../i18n/index.ts';
import { useCatalogueStore } from '../../../stores/catalogueStore.ts';
import { useOrganisationStore } from '../store.ts';
import { blankToNull, emptyDecision, readDecision } from './decision.ts';
import { DecisionFields } from './DecisionFields.tsx';
import { OrgFormShell } from './OrgFormShell.tsx';
import { useOrgForm } from './useOrgForm.ts';
import { useChangedSinceOpened } from '../../../components/UnsavedGuard.tsx';
import { requiredField } from '../../../components/required.ts';

/** The type a root organisation gets by default. */
export const ROOT_TYPE = 'PROVINCE';

/** Thành lập: a sub-organisation of `parent`, or the root organisation when parent is null. */
export function OrgCreateForm({ parent, onDone, onCancel }: { parent: OrgRef | null; onDone: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const catalogues = useCatalogueStore((s) => s.catalogues);
  const [name, setName] = useState('');
  const [shortName, setShortName] = useState('');
  const [code, setCode] = useState('');
  const [typeCode, setTypeCode] = useState<string | null>(parent === null ? ROOT_TYPE : null);
  const [unitTypeCode, setUnitTypeCode] = useState<string | null>(null);
  const [decision, setDecision] = useState(emptyDecision);
  const { errors, busy, failure, submit } = useOrgForm();
  const dirty = useChangedSinceOpened({ name, shortName, code, typeCode, unitTypeCode, decision });

  async function save() {
    const result = await submit((found) => {
      if (name.trim() === '') found.name = i18n.t('errors.required');
      if (typeCode === null) found.typeCode = i18n.t('errors.required');
      const d = readDecision(decision, 'effectiveFrom', found);
      if (d === null || typeCode === null) return null;
      return () =>
        call('organisation:create', {
          parentId: parent?.id ?? null,
          name: name.trim(),
          shortName: blankToNull(shortName),
          code: blankToNull(code),
          typeCode,
          unitTypeCode,
          effectiveFrom: d.date,
          decisionNo: d.decisionNo,
          note: d.note,
        });
    });
    if (!result) return;
    await useOrganisationStore.getState().refreshAround(parent ? [parent.id] : []);
    await useOrganisationStore.getState().reveal(result.value.id);
    onDone();
  }

  return (
    <OrgFormShell onSave={save} onCancel={onCancel} busy={busy} failure={failure} dirty={dirty}>
      {parent ? <Text size="sm">{`${t('org.fields.parent')}: ${parent.name}`}</Text> : null}
      <TextInput
        label={t('org.fields.name')}
        {...requiredField}
        data-autofocus
        value={name}
        onChange={(event) => setName(event.currentTarget.value)}
        error={errors.name}
      />
      <TextInput label={t('org.fields.shortName')} value={shortName} onChange={(event) => setShortName(event.currentTarget.value)} error={errors.shortName} />
      <TextInput label={t('org.fields.code')} value={code} onChange={(event) => setCode(event.currentTarget.value)} error={errors.code} />
      <CatalogueSelect
        label={t('org.fields.type')}
        {...requiredField}
        items={catalogues?.organisationTypes}
        value={typeCode}
        onChange={setTypeCode}
        error={errors.typeCode}
      />
      <CatalogueSelect
        label={t('org.fields.unitType')}
        items={catalogues?.unitTypes}
        value={unitTypeCode}
        onChange={setUnitTypeCode}
        error={errors.unitTypeCode}
      />
      <DecisionFields values={decision} onChange={setDecision} errors={errors} dateKey="effectiveFrom" />
    </OrgFormShell>
  );
}
