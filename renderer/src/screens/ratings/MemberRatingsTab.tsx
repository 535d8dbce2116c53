import { Button, Group, NumberInput, Paper, Stack, Table, Text, TextInput, Textarea, Title, VisuallyHidden } from '@mantine/core';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../shared/contract/index.ts';
import type { CategoriesResult, MemberRatingsResult, Rating } from '../../../../shared/ratings/schemas.ts';
import { formatVi } from '../../../../shared/kernel/dates/partialDate.ts';
import { call } from '../../api/client.ts';
import { CatalogueSelect } from '../../components/CatalogueSelect.tsx';
import { DateField } from '../../components/DateField.tsx';
import { requiredField } from '../../components/required.ts';
import { checkTypedDate, dateText } from '../../components/dates.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { FormButtons } from '../../components/FormButtons.tsx';
import { smallFormKeys } from '../../components/formKeys.ts';
import { defaultYear, maxYear, parseScore, useFirstRatingYear } from './store.ts';
import { useSectionDirty } from '../memberFile/store.ts';
import { QuotaConfirmModal } from './QuotaConfirmModal.tsx';

interface FormState {
  year: number;
  categoryCode: string | null;
  score: string;
  decidingBody: string;
  decisionNo: string;
  decisionDate: string;
  note: string;
  /** The rating being edited (null: a new year). */
  existing: Rating | null;
}

function formOf(rating: Rating | null, year: number): FormState {
  return {
    year: rating?.year ?? year,
    categoryCode: rating?.categoryCode ?? null,
    score: rating?.score === null || rating?.score === undefined ? '' : String(rating.score),
    decidingBody: rating?.decidingBody ?? '',
    decisionNo: rating?.decisionNo ?? '',
    decisionDate: dateText(rating?.decisionDate),
    note: rating?.note ?? '',
    existing: rating,
  };
}

/** The small form editing one year's rating: category from that year's regime, score, decision, note. */
function RatingForm({ memberId, initial, onDone, onCancel }: { memberId: number; initial: FormState; onDone(message: string): void; onCancel(): void }) {
  const { t } = useTranslation();
  const firstYear = useFirstRatingYear();
  const [form, setForm] = useState(initial);
  useSectionDirty('ratings', JSON.stringify(form) !== JSON.stringify(initial));
  const [categories, setCategories] = useState<CategoriesResult | null>(null);
  const [failure, setFailure] = useState<AppError | null>(null);
  const [confirm, setConfirm] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const categoryBox = useRef<HTMLInputElement>(null);

  // The form opens below the table: the cursor goes to its first box to type (and brings it into view).
  useEffect(() => {
    categoryBox.current?.focus();
  }, []);

  useEffect(() => {
    let live = true;
    void call('rating:categories', { year: form.year }).then((r) => {
      if (!live) return;
      if (r.ok) {
        setCategories(r.value);
        setFailure(null);
      } else {
        setCategories(null);
        setFailure(r.error);
      }
    });
    return () => {
      live = false;
    };
  }, [form.year]);

  async function submit(remove: boolean, confirmQuotaBreach = false) {
    const errors: Record<string, string> = {};
    const score = parseScore(form.score);
    if (score !== null && Number.isNaN(score)) errors['score'] = t('ratings.scoreInvalid');
    const date = checkTypedDate(form.decisionDate, true);
    if (!date.ok) errors['decisionDate'] = date.message;
    if (!remove && form.categoryCode === null) errors['categoryCode'] = t('ratings.member.chooseCategory');
    setLocalErrors(errors);
    if (Object.keys(errors).length > 0) return;
    setBusy(true);
    setFailure(null);
    const r = await call('rating:save', {
      memberId,
      year: form.year,
      categoryCode: remove ? null : form.categoryCode,
      score: remove ? null : score,
      decidingBody: form.decidingBody.trim() || null,
      decisionNo: form.decisionNo.trim() || null,
      decisionDate: date.ok ? date.iso : null,
      note: form.note.trim() || null,
      confirmQuotaBreach,
    });
    setBusy(false);
    if (r.ok) {
      setConfirm(null);
      onDone(remove ? t('ratings.member.removed', { year: form.year }) : t('ratings.member.saved', { year: form.year }));
      return;
    }
    const quota = r.error.code === 'RULE' ? r.error.fields?.['confirmQuotaBreach'] : undefined;
    if (quota !== undefined) setConfirm(quota);
    else setFailure(r.error);
  }

  const field = (name: string) => localErrors[name] ?? failure?.fields?.[name];
  const title = form.existing ? t('ratings.member.editYear', { year: form.existing.year }) : t('ratings.member.newYear');
  return (
    <Paper
      withBorder
      p="sm"
      component="form"
      aria-label={title}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit(false);
      }}
      onKeyDown={(event) => smallFormKeys(event, { onSave: () => void submit(false), onCancel })}
    >
      <Stack gap="xs">
        <Title order={4} size="h5">
          {title}
        </Title>
        <Group gap="sm" align="flex-start">
          <NumberInput
            label={t('ratings.year')}
            w={100}
            min={firstYear ?? undefined}
            max={maxYear()}
            allowDecimal={false}
            disabled={form.existing !== null}
            value={form.year}
            error={field('year')}
            onChange={(value) => {
              const n = typeof value === 'number' ? value : Number(value);
              if (Number.isInteger(n) && (firstYear === null || n >= firstYear) && n <= maxYear()) setForm((f) => ({ ...f, year: n, categoryCode: null }));
            }}
          />
          <CatalogueSelect
            ref={categoryBox}
            label={t('ratings.columns.category')}
            {...requiredField}
            placeholder={t('ratings.member.chooseCategory')}
            w={320}
            items={categories?.member}
            value={form.categoryCode}
            error={field('categoryCode')}
            onChange={(value) => setForm((f) => ({ ...f, categoryCode: value }))}
          />
          <TextInput label={t('ratings.columns.score')} w={80} inputMode="numeric" value={form.score} error={field('score')} onChange={(e) => {
              const value = e.currentTarget.value;
              setForm((f) => ({ ...f, score: value }));
            }} />
        </Group>
        {categories ? (
          <Text size="xs" c="dimmed">
            {t('ratings.ratingDate', { date: formatVi(categories.ratingDate), regime: categories.regime.regime })}
          </Text>
        ) : null}
        <Group gap="sm" align="flex-start">
          <TextInput label={t('ratings.decision.decidingBody')} w={260} value={form.decidingBody} error={field('decidingBody')} onChange={(e) => {
              const value = e.currentTarget.value;
              setForm((f) => ({ ...f, decidingBody: value }));
            }} />
          <TextInput label={t('ratings.decision.decisionNo')} w={150} value={form.decisionNo} error={field('decisionNo')} onChange={(e) => {
              const value = e.currentTarget.value;
              setForm((f) => ({ ...f, decisionNo: value }));
            }} />
          <DateField label={t('ratings.decision.decisionDate')} w={140} full value={form.decisionDate} error={field('decisionDate')} onChange={(v) => setForm((f) => ({ ...f, decisionDate: v }))} />
        </Group>
        <Textarea label={t('ratings.member.note')} autosize minRows={1} maxRows={4} value={form.note} error={field('note')} onChange={(e) => {
              const value = e.currentTarget.value;
              setForm((f) => ({ ...f, note: value }));
            }} />
        <ErrorAlert message={failure?.message} />
        <Group justify="space-between">
          {form.existing ? (
            <Button variant="subtle" color="red" disabled={busy} onClick={() => void submit(true)}>
              {t('ratings.member.remove')}
            </Button>
          ) : (
            <span />
          )}
          <FormButtons busy={busy} onCancel={onCancel} mt={0} />
        </Group>
      </Stack>
      <QuotaConfirmModal message={confirm} busy={busy} onConfirm={() => void submit(false, true)} onCancel={() => setConfirm(null)} />
    </Paper>
  );
}

/** The member file's "Xếp loại" tab: the member's ratings by year, and a small form for one year. */
export function MemberRatingsTab({ memberId }: { memberId: number }) {
  const { t } = useTranslation();
  const firstYear = useFirstRatingYear();
  const [data, setData] = useState<MemberRatingsResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [editing, setEditing] = useState<{ form: FormState; serial: number } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const load = useCallback(async () => {
    const r = await call('rating:member', { memberId });
    if (r.ok) {
      setData(r.value);
      setError(null);
    } else {
      setError(r.error.message);
    }
  }, [memberId]);

  useEffect(() => {
    let live = true;
    void call('rating:member', { memberId }).then((r) => {
      if (!live) return;
      if (r.ok) {
        setData(r.value);
        setError(null);
      } else {
        setError(r.error.message);
      }
    });
    return () => {
      live = false;
    };
  }, [memberId]);

  const open = (rating: Rating | null) => {
    setNotice(null);
    const rated = new Set((data?.ratings ?? []).map((r) => r.year));
    let year = defaultYear();
    while (rated.has(year) && (firstYear === null || year > firstYear)) year--;
    setEditing((e) => ({ form: formOf(rating, year), serial: (e?.serial ?? 0) + 1 }));
  };

  return (
    <Stack gap="sm" data-member-id={memberId}>
      <Group justify="space-between">
        <Title order={3} size="h5">
          {t('ratings.member.title')}
        </Title>
        <Button size="xs" onClick={() => open(null)} disabled={data === null}>
          {t('ratings.member.add')}
        </Button>
      </Group>
      <ErrorAlert message={error} />
      {notice ? (
        <Text size="sm" c="green.8" role="status">
          {notice}
        </Text>
      ) : null}
      {data && data.ratings.length === 0 ? <Text c="dimmed">{t('ratings.member.empty')}</Text> : null}
      {data && data.ratings.length > 0 ? (
        <Table striped withTableBorder fz="sm" aria-label={t('ratings.member.table', { name: data.fullName })}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('ratings.year')}</Table.Th>
              <Table.Th>{t('ratings.columns.category')}</Table.Th>
              <Table.Th>{t('ratings.columns.score')}</Table.Th>
              <Table.Th>{t('ratings.decision.decidingBody')}</Table.Th>
              <Table.Th>{t('ratings.decision.decisionNo')}</Table.Th>
              <Table.Th>{t('ratings.decision.decisionDate')}</Table.Th>
              <Table.Th>{t('ratings.member.note')}</Table.Th>
              <Table.Th>
                <VisuallyHidden>{t('ratings.member.edit')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.ratings.map((r) => (
              <Table.Tr key={r.year}>
                <Table.Td>{r.year}</Table.Td>
                <Table.Td>{r.categoryName}</Table.Td>
                <Table.Td>{r.score ?? ''}</Table.Td>
                <Table.Td>{r.decidingBody ?? ''}</Table.Td>
                <Table.Td>{r.decisionNo ?? ''}</Table.Td>
                <Table.Td>{formatVi(r.decisionDate)}</Table.Td>
                <Table.Td>{r.note ?? ''}</Table.Td>
                <Table.Td>
                  <Button size="compact-xs" variant="subtle" aria-label={`${t('ratings.member.edit')} ${r.year}`} onClick={() => open(r)}>
                    {t('ratings.member.edit')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : null}
      {editing ? (
        <RatingForm
          key={editing.serial}
          memberId={memberId}
          initial={editing.form}
          onCancel={() => setEditing(null)}
          onDone={(message) => {
            setEditing(null);
            setNotice(message);
            void load();
          }}
        />
      ) : null}
    </Stack>
  );
}
