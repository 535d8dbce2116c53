import { Radio, Select, Stack, Text } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MemberRow } from '../../../../shared/contract/index.ts';
import { formatVi } from '../../../../shared/kernel/dates/partialDate.ts';
import { call } from '../../api/client.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { FormButtons } from '../../components/FormButtons.tsx';
import { GuardedModal, useGuardedClose } from '../../components/UnsavedGuard.tsx';
import { advanceOnEnter, focusNextField } from '../../components/enterAdvances.ts';
import { requiredField } from '../../components/required.ts';
import { isSaveKey, useSubmit } from '../../components/useSubmit.ts';
import { SEARCH_DELAY } from '../members/MembersScreen.tsx';
import { emptyPersonal, readPersonal, type PersonalDraft, type PersonalErrors } from './personalDraft.ts';
import { PersonalFieldsBox } from './PersonalFieldsBox.tsx';

interface MemberPickerProps {
  value: MemberRow | null;
  onChange(member: MemberRow | null): void;
  error?: string | null;
}

/** A party member found by name through member:list (the same search as the member list). */
function MemberPicker({ value, onChange, error }: MemberPickerProps) {
  const { t } = useTranslation();
  const [found, setFound] = useState<MemberRow[]>(value ? [value] : []);
  const [search, setSearch] = useState('');
  const find = useDebouncedCallback(async (q: string) => {
    if (q.trim() === '') return;
    const r = await call('member:list', { q, limit: 20 });
    if (r.ok) setFound(r.value.rows);
  }, SEARCH_DELAY);
  const label = (m: MemberRow) => t('cadres.create.memberOption', { name: m.fullName, birth: formatVi(m.birthDate), organisation: m.organisationName });
  return (
    <Select
      label={t('cadres.create.memberSearch')}
      {...requiredField}
      data-autofocus
      placeholder={t('cadres.create.memberPlaceholder')}
      description={t('cadres.create.memberHint')}
      searchable
      // The core searched already (names without diacritics too): every row it found is shown.
      filter={({ options }) => options}
      nothingFoundMessage={search.trim() === '' ? t('common.typeToSearch') : t('common.noResults')}
      data={found.map((m) => ({ value: String(m.id), label: label(m) }))}
      value={value ? String(value.id) : null}
      searchValue={search}
      onSearchChange={(q) => {
        setSearch(q);
        if (value === null || q !== label(value)) void find(q);
      }}
      onChange={(v, _option) => {
        onChange(found.find((m) => String(m.id) === v) ?? null);
      }}
      onOptionSubmit={() => {
        const box = document.activeElement;
        if (box instanceof HTMLElement) setTimeout(() => focusNextField(box), 0);
      }}
      error={error}
    />
  );
}

interface Props {
  onCreated(id: number, name: string): void;
  onClose(): void;
}

/** "Thêm hồ sơ": a member to link (personal data stays on the member record), or a person's own data. */
export function CadreCreateModal({ onCreated, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <GuardedModal opened onClose={onClose} title={t('cadres.create.title')} size="60rem">
      <CreateForm onCreated={onCreated} onClose={onClose} />
    </GuardedModal>
  );
}

function CreateForm({ onCreated, onClose }: Props) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<'member' | 'person'>('member');
  const [member, setMember] = useState<MemberRow | null>(null);
  const [personal, setPersonal] = useState<PersonalDraft>(emptyPersonal);
  const [errors, setErrors] = useState<PersonalErrors>({});
  const [memberError, setMemberError] = useState<string | null>(null);
  const { busy, failure, run } = useSubmit();
  const typed = kind === 'member' ? member !== null : JSON.stringify(personal) !== JSON.stringify(emptyPersonal);
  const requestClose = useGuardedClose(typed, onClose);

  async function save() {
    if (busy) return;
    if (kind === 'member') {
      if (!member) {
        setMemberError(t('cadres.create.chooseMember'));
        return;
      }
      const r = await run(() => call('cadre:create', { memberId: member.id }));
      if (r.ok) onCreated(r.value.id, member.fullName);
      return;
    }
    const read = readPersonal(personal);
    if (!read.ok) {
      setErrors(read.errors);
      return;
    }
    setErrors({});
    const r = await run(() => call('cadre:create', { personal: read.value }));
    if (r.ok) onCreated(r.value.id, [personal.familyName, personal.middleName, personal.givenName].filter((p) => p.trim() !== '').join(' '));
    else if (r.error.fields) {
      const fromCore: PersonalErrors = {};
      for (const [path, message] of Object.entries(r.error.fields)) {
        const key = path.replace(/^personal\./, '');
        if (key in personal) fromCore[key as keyof PersonalDraft] = message;
      }
      setErrors(fromCore);
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    void save();
  }

  return (
    <form
      onSubmit={submit}
      onKeyDown={(event) => {
        if (isSaveKey(event)) {
          event.preventDefault();
          void save();
        } else advanceOnEnter(event);
      }}
      noValidate
    >
      <Stack gap="sm">
        <Radio.Group label={t('cadres.create.kind')} value={kind} onChange={(v) => setKind(v === 'person' ? 'person' : 'member')}>
          <Stack gap={4} mt={4}>
            <Radio value="member" label={t('cadres.create.member')} />
            <Radio value="person" label={t('cadres.create.notMember')} />
          </Stack>
        </Radio.Group>
        {kind === 'member' ? (
          <MemberPicker
            value={member}
            onChange={(m) => {
              setMember(m);
              setMemberError(null);
            }}
            error={memberError}
          />
        ) : (
          <PersonalFieldsBox draft={personal} errors={errors} autofocus set={(key, value) => setPersonal((p) => ({ ...p, [key]: value }))} />
        )}
        <Text size="xs" c="dimmed">
          {t('common.requiredHint')}
        </Text>
        <ErrorAlert message={failure?.message} />
        <FormButtons busy={busy} onCancel={requestClose} />
      </Stack>
    </form>
  );
}
