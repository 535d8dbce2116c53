import { Alert, Button, Fieldset, Group, NativeSelect, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { memo, useCallback, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { cadreStatuses, managementTiers, type CadreFile } from '../../../../shared/cadres/schemas.ts';
import { CatalogueSelect } from '../../components/CatalogueSelect.tsx';
import { DateField } from '../../components/DateField.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { advanceOnEnter } from '../../components/enterAdvances.ts';
import { isSaveKey, useSubmit } from '../../components/useSubmit.ts';
import { call } from '../../api/client.ts';
import { useCatalogueStore } from '../../stores/catalogueStore.ts';
import { cvErrorsFromCore, cvGroups, draftFromFile, readCv, type CvDraft, type CvErrors, type CvGroup, type CvKey, type CvKind } from './cvDraft.ts';
import type { PersonalDraft } from './personalDraft.ts';
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
  // Stable setters: a key typed redraws only its group of boxes (the tab holds some sixty).
  const setCv = useCallback((key: CvKey, value: string) => {
    setNotice(null);
    setDraft((d) => ({ ...d, cv: { ...d.cv, [key]: value } }));
  }, []);
  const setPersonal = useCallback(<K extends keyof PersonalDraft>(key: K, value: PersonalDraft[K]) => {
    setNotice(null);
    setDraft((d) => ({ ...d, personal: { ...d.personal, [key]: value } }));
  }, []);

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
          <PersonalFieldsBox draft={draft.personal} errors={errors.personal} readOnly={readOnly} set={setPersonal} />
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
              <CvBoxes group={group} fields={fields} values={draft.cv} errors={errors.cv} readOnly={readOnly} set={setCv} />
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

interface BoxesProps {
  group: CvGroup;
  fields: readonly [CvKey, CvKind][];
  values: CvDraft['cv'];
  errors: CvErrors['cv'];
  readOnly: boolean;
  set(key: CvKey, value: string): void;
}

/** One group's CV boxes; drawn again only when one of its own values or messages changes. */
const CvBoxes = memo(
  function CvBoxes({ fields, values, errors, readOnly, set }: BoxesProps) {
    const { t } = useTranslation();
    return fields.map(([key, kind]) => {
      const common = { label: t(`cadres.cv.${key}`), readOnly, value: values[key] ?? '', error: errors[key], autoComplete: 'off' };
      if (kind === 'date') return <DateField key={key} {...common} placeholder={t('memberForm.placeholders.date')} onChange={(v) => set(key, v)} />;
      if (kind === 'long') return <Textarea key={key} {...common} autosize minRows={1} maxRows={6} style={{ gridColumn: 'span 2' }} onChange={(e) => set(key, e.currentTarget.value)} />;
      return <TextInput key={key} {...common} inputMode={kind === 'number' ? 'decimal' : undefined} onChange={(e) => set(key, e.currentTarget.value)} />;
    });
  },
  (a, b) => a.readOnly === b.readOnly && a.set === b.set && a.fields.every(([key]) => a.values[key] === b.values[key] && a.errors[key] === b.errors[key]),
);
