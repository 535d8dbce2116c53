import { Alert, Button, Fieldset, NativeSelect, SimpleGrid, TextInput } from '@mantine/core';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { trainingKinds, trainingModes, trainingStatuses } from '../../../../shared/cadres/schemas.ts';
import { call } from '../../api/client.ts';
import { CatalogueSelect } from '../../components/CatalogueSelect.tsx';
import { DateField } from '../../components/DateField.tsx';
import { checkTypedDate } from '../../components/dates.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { advanceOnEnter } from '../../components/enterAdvances.ts';
import { requiredField } from '../../components/required.ts';
import { isSaveKey, useSubmit } from '../../components/useSubmit.ts';
import { useCatalogueStore } from '../../stores/catalogueStore.ts';
import { useCadreFileStore, useCadreSectionDirty } from './store.ts';

type Kind = (typeof trainingKinds)[number];
/** The education catalogue's kind holding the levels of a training kind (the others have no level list). */
const levelKind: Partial<Record<Kind, string>> = { politicalTheory: 'political_theory', stateManagement: 'state_management', professional: 'professional' };
const pick = <T extends string>(list: readonly T[], v: string, fallback: T): T => list.find((x) => x === v) ?? fallback;

const blank = { kind: 'politicalTheory' as Kind, levelCode: null as string | null, mode: 'partTime' as (typeof trainingModes)[number], institution: '', subject: '', fromDate: '', toDate: '', status: 'graduated' as (typeof trainingStatuses)[number], qualification: '' };

/**
 * A training of this cadre recorded by hand (years before the app, a course without a sending
 * decision): training:create for one person, no decision. Decisions sending many people are entered
 * in the Đào tạo part of the tab.
 */
export function TrainingForm({ cadreId }: { cadreId: number }) {
  const { t } = useTranslation();
  const [d, setD] = useState(blank);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<string | null>(null);
  const { busy, failure, run } = useSubmit();
  const education = useCatalogueStore((s) => s.catalogues?.education);
  const levels = useMemo(() => (levelKind[d.kind] ? (education ?? []).filter((e) => e.kind === levelKind[d.kind]) : []), [education, d.kind]);
  useCadreSectionDirty('training', d.institution.trim() !== '' || d.fromDate.trim() !== '');
  const set = (patch: Partial<typeof blank>) => {
    setNotice(null);
    setD((x) => ({ ...x, ...patch }));
  };

  async function save() {
    if (busy) return;
    const e: Record<string, string> = {};
    const from = checkTypedDate(d.fromDate);
    const to = checkTypedDate(d.toDate);
    if (!from.ok) e.fromDate = from.message;
    else if (from.iso === null) e.fromDate = t('errors.required');
    if (!to.ok) e.toDate = to.message;
    if (d.institution.trim() === '') e.institution = t('errors.required');
    setErrors(e);
    if (Object.keys(e).length > 0) return;
    const opt = (v: string) => (v.trim() === '' ? null : v.trim());
    const course = { kind: d.kind, levelCode: d.levelCode, mode: d.mode, institution: d.institution, subject: opt(d.subject), fromDate: from.ok ? (from.iso ?? '') : '', toDate: to.ok ? to.iso : null, status: d.status, qualification: opt(d.qualification) };
    const r = await run(() => call('training:create', { decision: null, course, cadreIds: [cadreId] }));
    if (!r.ok) {
      setErrors(Object.fromEntries(Object.entries(r.error.fields ?? {}).map(([k, v]) => [k.replace(/^course\./, ''), v])));
      return;
    }
    const list = await call('training:list', { cadreId, limit: 500 });
    if (list.ok) useCadreFileStore.getState().saved({ training: list.value.rows });
    setD(blank);
    setNotice(t('cadres.training.added'));
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    void save();
  }

  return (
    <form
      noValidate
      onSubmit={submit}
      aria-label={t('cadres.training.addTitle')}
      onKeyDown={(event) => {
        if (isSaveKey(event)) {
          event.preventDefault();
          void save();
        } else advanceOnEnter(event);
      }}
    >
      <Fieldset legend={t('cadres.training.addTitle')}>
        <SimpleGrid cols={{ base: 2, md: 5 }} spacing="sm" verticalSpacing={6}>
          <NativeSelect label={t('cadres.training.kind')} value={d.kind} onChange={(e) => set({ kind: pick(trainingKinds, e.currentTarget.value, 'short'), levelCode: null })} data={trainingKinds.map((k) => ({ value: k, label: t(`cadres.training.kinds.${k}`) }))} />
          <CatalogueSelect label={t('cadres.training.level')} items={levels} disabled={levels.length === 0} value={d.levelCode} onChange={(v) => set({ levelCode: v })} error={errors.levelCode} />
          <TextInput label={t('cadres.training.institution')} {...requiredField} autoComplete="off" value={d.institution} onChange={(e) => set({ institution: e.currentTarget.value })} error={errors.institution} />
          <TextInput label={t('cadres.training.subject')} autoComplete="off" value={d.subject} onChange={(e) => set({ subject: e.currentTarget.value })} error={errors.subject} />
          <NativeSelect label={t('cadres.training.mode')} value={d.mode} onChange={(e) => set({ mode: pick(trainingModes, e.currentTarget.value, 'partTime') })} data={trainingModes.map((m) => ({ value: m, label: t(`cadres.training.modes.${m}`) }))} />
          <DateField label={t('cadres.training.fromDate')} {...requiredField} placeholder={t('memberFile.table.datePlaceholder')} value={d.fromDate} onChange={(v) => set({ fromDate: v })} error={errors.fromDate} />
          <DateField label={t('cadres.training.toDate')} placeholder={t('memberFile.table.datePlaceholder')} value={d.toDate} onChange={(v) => set({ toDate: v })} error={errors.toDate} />
          <NativeSelect label={t('cadres.training.status')} value={d.status} onChange={(e) => set({ status: pick(trainingStatuses, e.currentTarget.value, 'graduated') })} data={trainingStatuses.map((s) => ({ value: s, label: t(`cadres.training.statuses.${s}`) }))} />
          <TextInput label={t('cadres.training.qualification')} autoComplete="off" value={d.qualification} onChange={(e) => set({ qualification: e.currentTarget.value })} error={errors.qualification} />
          <Button type="submit" mt={24} loading={busy} title="Ctrl+S">
            {t('cadres.training.add')}
          </Button>
        </SimpleGrid>
        <ErrorAlert message={failure?.message} />
        {notice ? (
          <Alert color="green" role="status" py={6} mt="xs">
            {notice}
          </Alert>
        ) : null}
      </Fieldset>
    </form>
  );
}
