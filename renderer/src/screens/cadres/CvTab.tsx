import { Alert, Button, Fieldset, Group, NativeSelect, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { cadreStatuses, managementTiers, type CadreFile } from '../../../../shared/cadres/schemas.ts';
import { CatalogueSelect } from '../../components/CatalogueSelect.tsx';
import { DateField } from '../../components/DateField.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { advanceOnEnter } from '../../components/enterAdvances.ts';
import { isSaveKey, useSubmit } from '../../components/useSubmit.ts';
import { call } from '../../api/client.ts';
import { useCatalogueStore } from '../../stores/catalogueStore.ts';
import { cvErrorsFromCore, cvGroups, draftFromFile, readCv, type CvDraft, type CvErrors, type CvKey, type CvKind } from './cvDraft.ts';
import { PersonalFieldsBox } from './PersonalFieldsBox.tsx';
import { useCadreFileStore, useCadreSectionDirty } from './store.ts';

const noErrors: CvErrors = { personal: {}, own: {}, cv: {} };

interface Props {
  file: CadreFile;
  readOnly: boolean;
  onSaved(): void;
}

/**
 * Sơ yếu lý lịch: the personal fields (the member record's when the file is linked), the file's own
 * fields and the CV fields in groups; Ctrl+S saves the whole tab (cadre:update).
 */
export function CvTab({ file, readOnly, onSaved }: Props) {
  const { t } = useTranslation();
  const [baseline, setBaseline] = useState(() => draftFromFile(file));
  const [draft, setDraft] = useState<CvDraft>(baseline);
  const [errors, setErrors] = useState<CvErrors>(noErrors);
  const [notice, setNotice] = useState<string | null>(null);
  const { busy, failure, run } = useSubmit();
  const catalogues = useCatalogueStore((s) => s.catalogues);
  const levels = useMemo(() => {
    const of = (kind: string) => catalogues?.education.filter((e) => e.kind === kind);
    return { professional: of('professional'), politicalTheory: of('political_theory'), stateManagement: of('state_management') };
  }, [catalogues]);
  const dirty = JSON.stringify(draft) !== JSON.stringify(baseline);
  useCadreSectionDirty('cv', dirty);

  const patch = (p: Partial<CvDraft>) => {
    setNotice(null);
    setDraft((d) => ({ ...d, ...p }));
  };
  const setCv = (key: CvKey, value: string) => patch({ cv: { ...draft.cv, [key]: value } });

  async function save() {
    if (busy || readOnly) return;
    setNotice(null);
    const read = readCv(file.id, draft);
    if (!read.ok) {
      setErrors(read.errors);
      return;
    }
    setErrors(noErrors);
    const r = await run(() => call('cadre:update', read.input));
    if (!r.ok) {
      setErrors(cvErrorsFromCore(r.error.fields));
      return;
    }
    useCadreFileStore.getState().saved(r.value);
    const saved = draftFromFile(r.value);
    setBaseline(saved);
    setDraft(saved);
    setNotice(t('cadres.cvTab.saved'));
    onSaved();
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    void save();
  }

  const cvBox = (key: CvKey, kind: CvKind) => {
    const common = { label: t(`cadres.cv.${key}`), readOnly, value: draft.cv[key] ?? '', error: errors.cv[key], autoComplete: 'off' };
    if (kind === 'date') return <DateField key={key} {...common} placeholder={t('memberForm.placeholders.date')} onChange={(v) => setCv(key, v)} />;
    if (kind === 'long') return <Textarea key={key} {...common} autosize minRows={1} maxRows={6} style={{ gridColumn: 'span 2' }} onChange={(e) => setCv(key, e.currentTarget.value)} />;
    return <TextInput key={key} {...common} inputMode={kind === 'number' ? 'decimal' : undefined} onChange={(e) => setCv(key, e.currentTarget.value)} />;
  };

  return (
    <form
      onSubmit={submit}
      noValidate
      aria-label={t('cadres.file.tabs.cv')}
      onKeyDown={(event) => {
        if (isSaveKey(event)) {
          event.preventDefault();
          void save();
        } else advanceOnEnter(event);
      }}
    >
      <Stack gap="sm">
        <Fieldset legend={t('cadres.cvTab.groups.personal')}>
          {file.memberId !== null ? (
            <Alert color="blue" py={6} mb="xs">
              {t('cadres.cvTab.linkedNote')}
            </Alert>
          ) : null}
          <PersonalFieldsBox draft={draft.personal} errors={errors.personal} readOnly={readOnly} set={(key, value) => patch({ personal: { ...draft.personal, [key]: value } })} />
        </Fieldset>
        <Fieldset legend={t('cadres.cvTab.groups.management')}>
          <SimpleGrid cols={{ base: 2, md: 4 }} spacing="sm" verticalSpacing={6}>
            <NativeSelect label={t('cadres.fields.managementTier')} disabled={readOnly} value={draft.managementTier} onChange={(e) => patch({ managementTier: managementTiers.find((v) => v === e.currentTarget.value) ?? 'provincial' })} data={managementTiers.map((v) => ({ value: v, label: t(`cadres.tiers.${v}`) }))} />
            <NativeSelect label={t('cadres.fields.status')} disabled={readOnly} value={draft.status} onChange={(e) => patch({ status: cadreStatuses.find((v) => v === e.currentTarget.value) ?? 'working' })} data={cadreStatuses.map((v) => ({ value: v, label: t(`cadres.statuses.${v}`) }))} />
            <TextInput label={t('cadres.fields.retirementAdjustMonths')} readOnly={readOnly} inputMode="numeric" autoComplete="off" value={draft.retirementAdjustMonths} error={errors.own.retirementAdjustMonths} onChange={(e) => patch({ retirementAdjustMonths: e.currentTarget.value })} style={{ gridColumn: 'span 2' }} />
          </SimpleGrid>
        </Fieldset>
        {cvGroups.map(({ group, fields }) => (
          <Fieldset key={group} legend={t(`cadres.cvTab.groups.${group}`)}>
            <SimpleGrid cols={{ base: 2, md: 4 }} spacing="sm" verticalSpacing={6}>
              {group === 'levels' ? (
                <>
                  <TextInput label={t('cadres.fields.generalEducation')} readOnly={readOnly} autoComplete="off" placeholder={t('memberForm.placeholders.generalEducation')} value={draft.generalEducation} error={errors.own.generalEducation} onChange={(e) => patch({ generalEducation: e.currentTarget.value })} />
                  <CatalogueSelect label={t('cadres.fields.professionalCode')} readOnly={readOnly} items={levels.professional} value={draft.professionalCode} onChange={(v) => patch({ professionalCode: v })} error={errors.own.professionalCode} />
                  <CatalogueSelect label={t('cadres.fields.politicalTheoryCode')} readOnly={readOnly} items={levels.politicalTheory} value={draft.politicalTheoryCode} onChange={(v) => patch({ politicalTheoryCode: v })} error={errors.own.politicalTheoryCode} />
                  <CatalogueSelect label={t('cadres.fields.stateManagementCode')} readOnly={readOnly} items={levels.stateManagement} value={draft.stateManagementCode} onChange={(v) => patch({ stateManagementCode: v })} error={errors.own.stateManagementCode} />
                </>
              ) : null}
              {fields.map(([key, kind]) => cvBox(key, kind))}
            </SimpleGrid>
          </Fieldset>
        ))}
        {notice ? (
          <Alert color="green" role="status" py={6}>
            {notice}
          </Alert>
        ) : null}
        <ErrorAlert message={failure?.message} />
        {readOnly ? null : (
          <Group justify="flex-end" gap="xs">
            {dirty ? (
              <Text size="sm" c="orange.8">
                {t('memberFile.table.unsaved')}
              </Text>
            ) : null}
            <Button variant="default" disabled={!dirty || busy} onClick={() => (setDraft(baseline), setErrors(noErrors))}>
              {t('memberFile.table.revert')}
            </Button>
            <Button type="submit" loading={busy} title="Ctrl+S">
              {t('common.save')}
            </Button>
          </Group>
        )}
      </Stack>
    </form>
  );
}
