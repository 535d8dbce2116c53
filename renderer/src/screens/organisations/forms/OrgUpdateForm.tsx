import { TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrgDetail } from '../../../../../shared/contract/index.ts';
import { call } from '../../../api/client.ts';
import { CatalogueSelect } from '../../../components/CatalogueSelect.tsx';
import { i18n } from '../../../i18n/index.ts';
import { useCatalogueStore } from '../../../stores/catalogueStore.ts';
import { useOrganisationStore } from '../store.ts';
import { blankToNull } from './decision.ts';
import { OrgFormShell } from './OrgFormShell.tsx';
import { useOrgForm } from './useOrgForm.ts';
import { useChangedSinceOpened } from '../../../components/UnsavedGuard.tsx';
import { requiredField } from '../../../components/required.ts';

/** Sửa: the details that are not dated events (short name, code, types, display order). */
export function OrgUpdateForm({ org, onDone, onCancel }: { org: OrgDetail; onDone: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const catalogues = useCatalogueStore((s) => s.catalogues);
  const [shortName, setShortName] = useState(org.shortName ?? '');
  const [code, setCode] = useState(org.code ?? '');
  const [typeCode, setTypeCode] = useState<string | null>(org.typeCode);
  const [unitTypeCode, setUnitTypeCode] = useState<string | null>(org.unitTypeCode);
  const [displayOrder, setDisplayOrder] = useState(String(org.displayOrder));
  const { errors, busy, failure, submit } = useOrgForm();
  const dirty = useChangedSinceOpened({ shortName, code, typeCode, unitTypeCode, displayOrder });

  async function save() {
    const result = await submit((found) => {
      const order = Number(displayOrder.trim());
      if (displayOrder.trim() === '' || !Number.isInteger(order) || order < 0) found.displayOrder = i18n.t('errors.wholeNumber');
      if (typeCode === null) found.typeCode = i18n.t('errors.required');
      if (typeCode === null) return null;
      return () =>
        call('organisation:update', { id: org.id, shortName: blankToNull(shortName), code: blankToNull(code), typeCode, unitTypeCode, displayOrder: order });
    });
    if (!result) return;
    await useOrganisationStore.getState().refreshAround([org.id]);
    onDone();
  }

  return (
    <OrgFormShell onSave={save} onCancel={onCancel} busy={busy} failure={failure} dirty={dirty}>
      <TextInput label={t('org.fields.shortName')} data-autofocus value={shortName} onChange={(event) => setShortName(event.currentTarget.value)} error={errors.shortName} />
      <TextInput label={t('org.fields.code')} value={code} onChange={(event) => setCode(event.currentTarget.value)} error={errors.code} />
      <CatalogueSelect label={t('org.fields.type')} {...requiredField} items={catalogues?.organisationTypes} value={typeCode} onChange={setTypeCode} error={errors.typeCode} />
      <CatalogueSelect label={t('org.fields.unitType')} items={catalogues?.unitTypes} value={unitTypeCode} onChange={setUnitTypeCode} error={errors.unitTypeCode} />
      <TextInput
        label={t('org.fields.displayOrder')}
        inputMode="numeric"
        value={displayOrder}
        onChange={(event) => setDisplayOrder(event.currentTarget.value)}
        error={errors.displayOrder}
      />
    </OrgFormShell>
  );
}
