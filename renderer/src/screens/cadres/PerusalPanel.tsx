import { Alert, Button, Group, NativeSelect, Stack, TextInput, Title } from '@mantine/core';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { perusalKinds, type perusalRow } from '../../../../shared/cadres/schemas.ts';
import { formatVi } from '../../../../shared/kernel/dates/partialDate.ts';
import { call } from '../../api/client.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { DateField } from '../../components/DateField.tsx';
import { checkTypedDate, dateText } from '../../components/dates.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { advanceOnEnter } from '../../components/enterAdvances.ts';
import { requiredField } from '../../components/required.ts';
import { isSaveKey, useSubmit } from '../../components/useSubmit.ts';
import { today } from '../../stores/today.ts';
import { useCadreSectionDirty } from './store.ts';
import type { z } from 'zod';

type PerusalRow = z.output<typeof perusalRow>;
type Kind = (typeof perusalKinds)[number];

/** The perusal log of the dossier (viewings in the app are logged by the core) and a form to log a borrow or return. */
export function PerusalPanel({ cadreId, readOnly }: { cadreId: number; readOnly: boolean }) {
  const { t } = useTranslation();
  const [rows, setRows] = useState<PerusalRow[]>([]);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [kind, setKind] = useState<Kind>('borrow');
  const [onDate, setOnDate] = useState(() => dateText(today()));
  const [person, setPerson] = useState('');
  const [purpose, setPurpose] = useState('');
  const [dueDate, setDueDate] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<string | null>(null);
  const { busy, failure, run } = useSubmit();
  useCadreSectionDirty('perusal', person.trim() !== '' || purpose.trim() !== '');

  useEffect(() => {
    let live = true;
    void call('cadre:perusals', { id: cadreId }).then((r) => {
      if (!live) return;
      if (r.ok) setRows(r.value);
      else setLoadError(r.error.message);
    });
    return () => {
      live = false;
    };
  }, [cadreId]);

  async function save() {
    if (busy) return;
    setNotice(null);
    const e: Record<string, string> = {};
    const date = checkTypedDate(onDate, true);
    const due = checkTypedDate(dueDate, true);
    if (!date.ok) e.onDate = date.message;
    else if (date.iso === null) e.onDate = t('errors.required');
    if (!due.ok) e.dueDate = due.message;
    if (person.trim() === '') e.person = t('errors.required');
    setErrors(e);
    if (Object.keys(e).length > 0 || !date.ok || date.iso === null) return;
    const r = await run(() =>
      call('cadre:logPerusal', { cadreId, kind, onDate: date.iso ?? '', person, purpose: purpose.trim() === '' ? null : purpose, dueDate: due.ok ? due.iso : null }),
    );
    if (!r.ok) {
      setErrors(r.error.fields ?? {});
      return;
    }
    setRows((rs) => [r.value, ...rs]);
    setPerson('');
    setPurpose('');
    setDueDate('');
    setNotice(t('cadres.perusal.logged'));
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    void save();
  }

  return (
    <Stack gap={4}>
      <Title order={4}>{t('cadres.perusal.list')}</Title>
      <ErrorAlert message={loadError} />
      <DataTable<PerusalRow>
        label={t('cadres.perusal.list')}
        rows={rows}
        rowKey={(r) => r.id}
        empty={t('cadres.perusal.empty')}
        columns={[
          { key: 'onDate', header: t('cadres.perusal.onDate'), cell: (r) => formatVi(r.onDate), width: '8rem', noWrap: true },
          { key: 'kind', header: t('cadres.perusal.kind'), cell: (r) => t(`cadres.perusal.kinds.${r.kind}`), width: '6rem' },
          { key: 'person', header: t('cadres.perusal.person'), cell: (r) => r.person },
          { key: 'purpose', header: t('cadres.perusal.purpose'), cell: (r) => r.purpose ?? '' },
          { key: 'dueDate', header: t('cadres.perusal.dueDate'), cell: (r) => formatVi(r.dueDate), width: '8rem' },
          { key: 'source', header: t('cadres.perusal.source'), cell: (r) => t(`cadres.perusal.sources.${r.source}`), width: '10rem' },
        ]}
      />
      {readOnly ? null : (
        <form
          onSubmit={submit}
          noValidate
          aria-label={t('cadres.file.sections.perusal')}
          onKeyDown={(event) => {
            if (isSaveKey(event)) {
              event.preventDefault();
              void save();
            } else advanceOnEnter(event);
          }}
        >
          <Group align="flex-start" gap="sm" mt="xs">
            <NativeSelect label={t('cadres.perusal.kind')} w={110} value={kind} onChange={(e) => setKind(perusalKinds.find((k) => k === e.currentTarget.value) ?? 'borrow')} data={perusalKinds.map((k) => ({ value: k, label: t(`cadres.perusal.kinds.${k}`) }))} />
            <DateField label={t('cadres.perusal.onDate')} {...requiredField} full w={130} value={onDate} onChange={setOnDate} error={errors.onDate} />
            <TextInput label={t('cadres.perusal.person')} {...requiredField} w={220} autoComplete="off" value={person} onChange={(e) => setPerson(e.currentTarget.value)} error={errors.person} />
            <TextInput label={t('cadres.perusal.purpose')} style={{ flex: 1 }} autoComplete="off" value={purpose} onChange={(e) => setPurpose(e.currentTarget.value)} error={errors.purpose} />
            <DateField label={t('cadres.perusal.dueDate')} full w={130} value={dueDate} onChange={setDueDate} error={errors.dueDate} />
            <Button type="submit" mt={24} loading={busy} title="Ctrl+S">
              {t('cadres.perusal.add')}
            </Button>
          </Group>
          <ErrorAlert message={failure?.message} />
          {notice ? (
            <Alert color="green" role="status" py={6} mt="xs">
              {notice}
            </Alert>
          ) : null}
        </form>
      )}
    </Stack>
  );
}
