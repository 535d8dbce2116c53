import { Button, Checkbox, Group, NativeSelect, NumberInput, Stack, Table, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isBuiltInActionType } from '../../../../shared/catalogues/actionTypes.ts';
import { actionEffects, type ActionEffect } from '../../../../shared/catalogues/schemas.ts';
import { call } from '../../api/client.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { FormButtons } from '../../components/FormButtons.tsx';
import { GuardedModal, useChangedSinceOpened, useGuardedClose } from '../../components/UnsavedGuard.tsx';
import { advanceOnEnter } from '../../components/enterAdvances.ts';
import { isSaveKey, useSubmit } from '../../components/useSubmit.ts';
import { useCatalogueStore } from '../../stores/catalogueStore.ts';

interface Draft {
  code: string;
  name: string;
  termMonths: number | null;
  effect: ActionEffect;
  active: boolean;
}

const blank: Draft = { code: '', name: '', termMonths: null, effect: 'assign', active: true };

/** The personnel action types: the official list, renamed or retired, and the board's own kinds. */
export function ActionTypesPanel() {
  const { t } = useTranslation();
  const types = useCatalogueStore((s) => s.catalogues?.actionTypes ?? []);
  const [editing, setEditing] = useState<{ draft: Draft; isNew: boolean } | null>(null);
  return (
    <Stack gap="xs">
      <Group justify="space-between">
        <Title order={3} size="h5">
          {t('catalogues.actionTypes')}
        </Title>
        <Button size="xs" variant="default" onClick={() => setEditing({ draft: blank, isNew: true })}>
          {t('catalogues.addActionType')}
        </Button>
      </Group>
      <Table striped withTableBorder aria-label={t('catalogues.actionTypes')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('catalogues.code')}</Table.Th>
            <Table.Th>{t('catalogues.name')}</Table.Th>
            <Table.Th>{t('catalogues.termMonths')}</Table.Th>
            <Table.Th>{t('catalogues.effect')}</Table.Th>
            <Table.Th>{t('catalogues.active')}</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {types.map((a) => (
            <Table.Tr key={a.code}>
              <Table.Td>{a.code}</Table.Td>
              <Table.Td>{a.name}</Table.Td>
              <Table.Td>{a.termMonths ?? ''}</Table.Td>
              <Table.Td>{t(`catalogues.effects.${a.effect as ActionEffect}`, { defaultValue: a.effect })}</Table.Td>
              <Table.Td>{a.active ? t('catalogues.active') : t('catalogues.inactive')}</Table.Td>
              <Table.Td>
                <Button
                  size="compact-xs"
                  variant="subtle"
                  aria-label={`${t('catalogues.edit')} ${a.name}`}
                  onClick={() => setEditing({ draft: { code: a.code, name: a.name, termMonths: a.termMonths, effect: a.effect as ActionEffect, active: a.active }, isNew: false })}
                >
                  {t('catalogues.edit')}
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {editing ? <ActionTypeForm initial={editing.draft} isNew={editing.isNew} onDone={() => setEditing(null)} /> : null}
    </Stack>
  );
}

function ActionTypeForm({ initial, isNew, onDone }: { initial: Draft; isNew: boolean; onDone(): void }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(initial);
  const dirty = useChangedSinceOpened(draft);
  const { busy, failure, run } = useSubmit();
  const builtIn = !isNew && isBuiltInActionType(draft.code);
  const save = async () => {
    const r = await run(() => call('catalogue:saveActionType', draft));
    if (r.ok) {
      await useCatalogueStore.getState().reload();
      onDone();
    }
  };
  return (
    <GuardedModal opened onClose={onDone} dirty={dirty} title={isNew ? t('catalogues.newActionType') : t('catalogues.editActionType')}>
      <ActionTypeFields draft={draft} setDraft={setDraft} isNew={isNew} builtIn={builtIn} errors={failure?.fields ?? {}} onSave={() => void save()} />
      <ErrorAlert message={failure?.message ?? null} />
      <FormButtonsFor busy={busy} dirty={dirty} onDone={onDone} onSave={() => void save()} />
    </GuardedModal>
  );
}

function FormButtonsFor({ busy, dirty, onDone, onSave }: { busy: boolean; dirty: boolean; onDone(): void; onSave(): void }) {
  const cancel = useGuardedClose(dirty, onDone);
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        onSave();
      }}
    >
      <FormButtons busy={busy} onCancel={cancel} mt={0} />
    </form>
  );
}

function ActionTypeFields(props: { draft: Draft; setDraft(d: Draft): void; isNew: boolean; builtIn: boolean; errors: Record<string, string>; onSave(): void }) {
  const { t } = useTranslation();
  const { draft, setDraft, errors } = props;
  return (
    <Stack
      gap="xs"
      onKeyDown={(e) => {
        if (isSaveKey(e)) {
          e.preventDefault();
          props.onSave();
        } else advanceOnEnter(e);
      }}
    >
      <TextInput label={t('catalogues.code')} value={draft.code} disabled={!props.isNew} data-autofocus={props.isNew || undefined} error={errors.code} onChange={(e) => setDraft({ ...draft, code: e.currentTarget.value })} />
      <TextInput label={t('catalogues.name')} value={draft.name} data-autofocus={!props.isNew || undefined} error={errors.name} onChange={(e) => setDraft({ ...draft, name: e.currentTarget.value })} />
      <NumberInput
        label={t('catalogues.termMonths')}
        value={draft.termMonths ?? ''}
        min={1}
        max={240}
        allowDecimal={false}
        error={errors.termMonths}
        onChange={(v) => setDraft({ ...draft, termMonths: typeof v === 'number' ? v : null })}
      />
      <NativeSelect
        label={t('catalogues.effect')}
        value={draft.effect}
        disabled={props.builtIn}
        description={props.builtIn ? t('catalogues.builtInHint') : undefined}
        error={errors.effect}
        data={actionEffects.map((e) => ({ value: e, label: t(`catalogues.effects.${e}`) }))}
        onChange={(e) => setDraft({ ...draft, effect: e.currentTarget.value as ActionEffect })}
      />
      <Checkbox label={t('catalogues.active')} checked={draft.active} onChange={(e) => setDraft({ ...draft, active: e.currentTarget.checked })} />
    </Stack>
  );
}
