import { SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../../shared/contract/index.ts';
import { call } from '../../api/client.ts';
import { checkTypedDate, dateText } from '../../components/dates.ts';
import { DateField } from '../../components/DateField.tsx';
import { advanceOnEnter } from '../../components/enterAdvances.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { FormButtons } from '../../components/FormButtons.tsx';
import { requiredField } from '../../components/required.ts';
import { GuardedModal, useChangedSinceOpened, useGuardedClose } from '../../components/UnsavedGuard.tsx';
import { isSaveKey, useSubmit } from '../../components/useSubmit.ts';
import { PersonCell } from './PersonCell.tsx';

export type OpinionRecord = Output<'opinion:list'>['rows'][number];

type TextField = 'personName' | 'personPost' | 'requestingBody' | 'requestNo' | 'subject' | 'reply' | 'replyNo' | 'receivedOn' | 'repliedOn';
type Draft = Record<TextField, string> & { cadreId: number | null };

function draftOf(o: OpinionRecord | null): Draft {
  return {
    cadreId: o?.cadreId ?? null,
    personName: o?.personName ?? '',
    personPost: o?.personPost ?? '',
    requestingBody: o?.requestingBody ?? '',
    requestNo: o?.requestNo ?? '',
    subject: o?.subject ?? '',
    reply: o?.reply ?? '',
    replyNo: o?.replyNo ?? '',
    receivedOn: dateText(o?.receivedOn ?? null),
    repliedOn: dateText(o?.repliedOn ?? null),
  };
}

const blankToNull = (text: string) => (text.trim() === '' ? null : text.trim());

function OpinionForm({ opinion, onClose, onDone }: OpinionFormModalProps) {
  const { t } = useTranslation();
  const [d, setD] = useState<Draft>(() => draftOf(opinion));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const { busy, failure, run } = useSubmit();
  const cancel = useGuardedClose(useChangedSinceOpened(d), onClose);
  const set = (key: keyof Draft, value: string) => {
    setD((x) => ({ ...x, [key]: value, ...(key === 'personName' ? { cadreId: null } : {}) }));
    setErrors((e) => ({ ...e, [key]: '' }));
  };

  async function save() {
    const own: Record<string, string> = {};
    const required = t('errors.required');
    for (const key of ['personName', 'requestingBody', 'subject'] as const) if (d[key].trim() === '') own[key] = required;
    const received = checkTypedDate(d.receivedOn, true);
    if (!received.ok) own.receivedOn = received.message;
    else if (received.iso === null) own.receivedOn = required;
    const replied = checkTypedDate(d.repliedOn, true);
    if (!replied.ok) own.repliedOn = replied.message;
    setErrors(own);
    if (Object.keys(own).length > 0 || !received.ok || received.iso === null || !replied.ok) return;
    const fields = {
      cadreId: d.cadreId,
      personName: d.personName.trim(),
      personPost: blankToNull(d.personPost),
      requestingBody: d.requestingBody.trim(),
      requestNo: blankToNull(d.requestNo),
      receivedOn: received.iso,
      subject: d.subject.trim(),
      reply: blankToNull(d.reply),
      replyNo: blankToNull(d.replyNo),
      repliedOn: replied.iso,
    };
    const r = opinion ? await run(() => call('opinion:update', { id: opinion.id, ...fields })) : await run(() => call('opinion:create', fields));
    if (r.ok) onDone();
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

  const box = (key: 'personPost' | 'requestingBody' | 'requestNo' | 'replyNo', required = false) => (
    <TextInput label={t(`decisions.opinions.fields.${key}`)} {...(required ? requiredField : {})} autoComplete="off" value={d[key]} onChange={(e) => set(key, e.currentTarget.value)} error={errors[key] || undefined} />
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
        <SimpleGrid cols={2}>
          <div>
            <Text size="sm" fw={500} mb={2} data-required-mark>
              {t('decisions.opinions.fields.personName')}
            </Text>
            <PersonCell
              row={0}
              label={t('decisions.opinions.fields.personName')}
              text={d.personName}
              person={d.cadreId === null ? null : { id: d.cadreId, fullName: d.personName, detail: '' }}
              candidates={[]}
              error={errors.personName || undefined}
              onText={(_, text) => set('personName', text)}
              onPick={(_, p) => setD((x) => ({ ...x, cadreId: p.id, personName: p.fullName }))}
              onPaste={() => undefined}
              freeText
            />
          </div>
          {box('personPost')}
          {box('requestingBody', true)}
          {box('requestNo')}
          <DateField label={t('decisions.opinions.fields.receivedOn')} {...requiredField} full value={d.receivedOn} onChange={(v) => set('receivedOn', v)} error={errors.receivedOn || undefined} />
        </SimpleGrid>
        <Textarea label={t('decisions.opinions.fields.subject')} {...requiredField} autosize minRows={2} value={d.subject} onChange={(e) => set('subject', e.currentTarget.value)} error={errors.subject || undefined} />
        <Textarea label={t('decisions.opinions.fields.reply')} autosize minRows={2} value={d.reply} onChange={(e) => set('reply', e.currentTarget.value)} error={errors.reply || undefined} />
        <SimpleGrid cols={2}>
          {box('replyNo')}
          <DateField label={t('decisions.opinions.fields.repliedOn')} full value={d.repliedOn} onChange={(v) => set('repliedOn', v)} error={errors.repliedOn || undefined} />
        </SimpleGrid>
        <ErrorAlert message={failure?.message ?? null} />
        <FormButtons busy={busy} onCancel={cancel} />
      </Stack>
    </form>
  );
}

interface OpinionFormModalProps {
  /** null: a new request. */
  opinion: OpinionRecord | null;
  onClose(): void;
  onDone(): void;
}

/** A request from a central body for the board's opinion on a person (who may have no file here), and the reply. */
export function OpinionFormModal(props: OpinionFormModalProps) {
  const { t } = useTranslation();
  const title = props.opinion ? t('decisions.opinions.replyTitle', { name: props.opinion.personName }) : t('decisions.opinions.formTitle');
  return (
    <GuardedModal opened onClose={props.onClose} title={title} size="xl">
      <OpinionForm {...props} />
    </GuardedModal>
  );
}
