import { ActionIcon, Fieldset, Group, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useMemo, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { trainingKinds, trainingModes, trainingStatuses } from '../../../../shared/cadres/schemas.ts';
import { call } from '../../api/client.ts';
import { CatalogueSelect } from '../../components/CatalogueSelect.tsx';
import { checkTypedDate } from '../../components/dates.ts';
import { DateField } from '../../components/DateField.tsx';
import { advanceOnEnter } from '../../components/enterAdvances.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { FormButtons } from '../../components/FormButtons.tsx';
import { requiredField } from '../../components/required.ts';
import { GuardedModal, useGuardedClose } from '../../components/UnsavedGuard.tsx';
import { isSaveKey, useSubmit } from '../../components/useSubmit.ts';
import { useCatalogueStore } from '../../stores/catalogueStore.ts';
import type { PersonRef } from './decisionDraft.ts';
import { PersonCell } from './PersonCell.tsx';

type Kind = (typeof trainingKinds)[number];
type Mode = (typeof trainingModes)[number];
type Status = (typeof trainingStatuses)[number];

/** The education catalogue's kind holding the levels of each kind of training (others: any level). */
const LEVEL_KIND: Partial<Record<Kind, string>> = { politicalTheory: 'political_theory', professional: 'professional', stateManagement: 'state_management' };

const blankToNull = (text: string) => (text.trim() === '' ? null : text.trim());

function TrainingForm({ onClose, onDone }: TrainingFormModalProps) {
  const { t } = useTranslation();
  const education = useCatalogueStore((s) => s.catalogues?.education);
  const [decision, setDecision] = useState({ number: '', issuedOn: '', issuingBody: '', signer: '' });
  const [kind, setKind] = useState<Kind>('politicalTheory');
  const [mode, setMode] = useState<Mode>('fullTime');
  const [status, setStatus] = useState<Status>('sent');
  const [levelCode, setLevelCode] = useState<string | null>(null);
  const [course, setCourse] = useState({ institution: '', subject: '', fromDate: '', toDate: '', qualification: '' });
  const [people, setPeople] = useState<PersonRef[]>([]);
  const [personText, setPersonText] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const { busy, failure, run } = useSubmit();
  const dirty = people.length > 0 || course.institution !== '' || decision.number !== '';
  const cancel = useGuardedClose(dirty, onClose);

  const kindItems = trainingKinds.map((k) => ({ code: k, name: t(`decisions.training.kinds.${k}`) }));
  const modeItems = trainingModes.map((k) => ({ code: k, name: t(`decisions.training.modes.${k}`) }));
  const statusItems = trainingStatuses.map((k) => ({ code: k, name: t(`decisions.training.statuses.${k}`) }));
  const levels = useMemo(() => {
    const wanted = LEVEL_KIND[kind];
    const all = education ?? [];
    const matching = all.filter((e) => e.kind === wanted);
    return matching.length > 0 ? matching : all;
  }, [education, kind]);

  async function save() {
    const own: Record<string, string> = {};
    const required = t('errors.required');
    if (course.institution.trim() === '') own['course.institution'] = required;
    const from = checkTypedDate(course.fromDate);
    if (!from.ok) own['course.fromDate'] = from.message;
    else if (from.iso === null) own['course.fromDate'] = required;
    const to = checkTypedDate(course.toDate);
    if (!to.ok) own['course.toDate'] = to.message;
    const withDecision = decision.number.trim() !== '';
    const issued = checkTypedDate(decision.issuedOn, true);
    if (withDecision) {
      if (!issued.ok) own['decision.issuedOn'] = issued.message;
      else if (issued.iso === null) own['decision.issuedOn'] = required;
      if (decision.issuingBody.trim() === '') own['decision.issuingBody'] = required;
    }
    if (people.length === 0) own.cadreIds = t('decisions.training.noPeople');
    setErrors(own);
    if (Object.keys(own).length > 0 || !from.ok || from.iso === null || !to.ok || !issued.ok) return;
    const r = await run(() =>
      call('training:create', {
        decision: withDecision && issued.iso !== null ? { number: decision.number.trim(), issuedOn: issued.iso, issuingBody: decision.issuingBody.trim(), signer: blankToNull(decision.signer) } : null,
        course: { kind, levelCode, mode, institution: course.institution.trim(), subject: blankToNull(course.subject), fromDate: from.iso as string, toDate: to.iso, status, qualification: blankToNull(course.qualification) },
        cadreIds: people.map((p) => p.id),
      }),
    );
    if (r.ok) onDone(r.value.ids.length);
    else setErrors(r.error.fields ?? {});
  }

  function keyDown(event: KeyboardEvent<HTMLFormElement>) {
    if (isSaveKey(event)) {
      event.preventDefault();
      void save();
      return;
    }
    advanceOnEnter(event);
  }

  const courseBox = (key: 'institution' | 'subject' | 'qualification', required = false) => (
    <TextInput label={t(`decisions.training.fields.${key}`)} {...(required ? requiredField : {})} autoComplete="off" value={course[key]} onChange={(e) => {
        const value = e.currentTarget.value;
        setCourse((c) => ({ ...c, [key]: value }));
      }} error={errors[`course.${key}`]} />
  );
  const decisionBox = (key: 'number' | 'issuingBody' | 'signer') => (
    <TextInput label={t(`decisions.entry.${key}`)} autoComplete="off" value={decision[key]} onChange={(e) => {
        const value = e.currentTarget.value;
        setDecision((d) => ({ ...d, [key]: value }));
      }} error={errors[`decision.${key}`]} />
  );

  return (
    <form
      noValidate
      onKeyDown={keyDown}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <Stack gap="sm">
        <Fieldset legend={t('decisions.training.people')}>
          <Text size="xs" c="dimmed" mb={4}>
            {t('decisions.training.peopleHint')}
          </Text>
          <PersonCell
            row={0}
            label={t('decisions.training.people')}
            text={personText}
            person={null}
            candidates={[]}
            error={errors.cadreIds}
            onText={(_, text) => setPersonText(text)}
            onPick={(_, p) => {
              setPeople((ps) => (ps.some((x) => x.id === p.id) ? ps : [...ps, p]));
              setPersonText('');
              setErrors((e) => ({ ...e, cadreIds: '' }));
            }}
            onPaste={() => undefined}
          />
          <Stack gap={2} mt={4} role="list" aria-label={t('decisions.training.people')}>
            {people.map((p) => (
              <Group key={p.id} gap={4} role="listitem">
                <Text size="sm">
                  {p.fullName} <Text span size="xs" c="dimmed">{p.detail}</Text>
                </Text>
                <ActionIcon size="sm" variant="subtle" color="red" tabIndex={-1} aria-label={`${t('common.clear')}: ${p.fullName}`} onClick={() => setPeople((ps) => ps.filter((x) => x.id !== p.id))}>
                  ×
                </ActionIcon>
              </Group>
            ))}
          </Stack>
        </Fieldset>
        <Fieldset legend={t('decisions.training.formTitle')}>
          <SimpleGrid cols={3}>
            <CatalogueSelect label={t('decisions.training.fields.kind')} required items={kindItems} value={kind} onChange={(v) => v && setKind(v as Kind)} />
            <CatalogueSelect label={t('decisions.training.fields.levelCode')} items={levels} value={levelCode} onChange={setLevelCode} />
            <CatalogueSelect label={t('decisions.training.fields.mode')} required items={modeItems} value={mode} onChange={(v) => v && setMode(v as Mode)} />
            {courseBox('institution', true)}
            {courseBox('subject')}
            <CatalogueSelect label={t('decisions.training.fields.status')} required items={statusItems} value={status} onChange={(v) => v && setStatus(v as Status)} />
            <DateField label={t('decisions.training.fields.fromDate')} {...requiredField} value={course.fromDate} onChange={(v) => setCourse((c) => ({ ...c, fromDate: v }))} error={errors['course.fromDate']} />
            <DateField label={t('decisions.training.fields.toDate')} value={course.toDate} onChange={(v) => setCourse((c) => ({ ...c, toDate: v }))} error={errors['course.toDate']} />
            {courseBox('qualification')}
          </SimpleGrid>
        </Fieldset>
        <Fieldset legend={t('decisions.training.decision')}>
          <SimpleGrid cols={4}>
            {decisionBox('number')}
            <DateField label={t('decisions.entry.issuedOn')} full value={decision.issuedOn} onChange={(v) => setDecision((d) => ({ ...d, issuedOn: v }))} error={errors['decision.issuedOn']} />
            {decisionBox('issuingBody')}
            {decisionBox('signer')}
          </SimpleGrid>
        </Fieldset>
        <ErrorAlert message={failure?.message ?? null} />
        <FormButtons busy={busy} onCancel={cancel} />
      </Stack>
    </form>
  );
}

interface TrainingFormModalProps {
  onClose(): void;
  /** After saving: how many people were sent. */
  onDone(count: number): void;
}

/** One decision sending one or many cadres to a course (training:create). */
export function TrainingFormModal(props: TrainingFormModalProps) {
  const { t } = useTranslation();
  return (
    <GuardedModal opened onClose={props.onClose} title={t('decisions.training.formTitle')} size="xl">
      <TrainingForm {...props} />
    </GuardedModal>
  );
}
