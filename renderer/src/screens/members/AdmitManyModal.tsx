import { Button, Fieldset, Group, ScrollArea, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdmitManyResult } from '../../../../shared/members/admissionSchemas.ts';
import { today } from '../../stores/today.ts';
import { call } from '../../api/client.ts';
import { DateField } from '../../components/DateField.tsx';
import { advanceOnEnter } from '../../components/enterAdvances.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { FormButtons } from '../../components/FormButtons.tsx';
import { OrgPicker, type OrgRef } from '../../components/OrgPicker.tsx';
import { requiredField } from '../../components/required.ts';
import { GuardedModal, useGuardedClose } from '../../components/UnsavedGuard.tsx';
import { isSaveKey, useSubmit } from '../../components/useSubmit.ts';
import { useCatalogueStore } from '../../stores/catalogueStore.ts';
import { AdmitManyTable, cellSelector } from './AdmitManyTable.tsx';
import { PlausibilityList } from './PlausibilityNotes.tsx';
import {
  admissionNotes,
  cellKey,
  columns,
  compactRows,
  emptyHeader,
  emptyRow,
  isBlankRow,
  pasteInto,
  readAdmission,
  shiftErrors,
  type AdmitHeader,
  type AdmitRow,
  type Column,
  type FieldErrors,
} from './admitManyDraft.ts';

interface AdmitManyModalProps {
  /** The cell proposed at opening (the list's scope). */
  defaultOrganisation: OrgRef | null;
  onClose(): void;
  /** After every person was admitted. */
  onDone(result: AdmitManyResult, decisionNumber: string): void;
}

/** Start with this many empty rows. */
const FIRST_ROWS = 3;

const without = (errors: FieldErrors, key: string): FieldErrors => (key in errors ? Object.fromEntries(Object.entries(errors).filter(([k]) => k !== key)) : errors);

/** The form inside the dialog: mounted at each opening, so it always starts empty. */
function AdmitManyForm({ defaultOrganisation, onClose, onDone }: AdmitManyModalProps) {
  const { t } = useTranslation();
  const catalogues = useCatalogueStore((s) => s.catalogues);
  const rowCatalogues = useMemo(() => ({ ethnicGroups: catalogues?.ethnicGroups, religions: catalogues?.religions }), [catalogues]);
  const [header, setHeader] = useState<AdmitHeader>(() => emptyHeader(defaultOrganisation));
  const [rows, setRows] = useState<AdmitRow[]>(() => Array.from({ length: FIRST_ROWS }, emptyRow));
  // The table's handlers stay the same between keys (its rows are drawn again only when they change).
  const rowsNow = useRef(rows);
  useLayoutEffect(() => {
    rowsNow.current = rows;
  }, [rows]);
  const [errors, setErrors] = useState<FieldErrors>({});
  const { busy, failure, run, clearFailure } = useSubmit();
  const form = useRef<HTMLFormElement>(null);
  /** Where the cursor goes after the next render (a new row, the first wrong box). */
  const [focus, setFocus] = useState<{ selector: string; serial: number } | null>(null);

  const dirty = rows.some((r) => !isBlankRow(r)) || header.admissionDate !== '' || header.decisionNo !== '' || header.decisionDate !== '';
  // Typed rows are not lost by a stray Esc, × or Hủy: closing a touched form asks first.
  const cancel = useGuardedClose(dirty, onClose);

  useEffect(() => {
    if (focus === null) return;
    form.current?.querySelector<HTMLElement>(focus.selector)?.focus();
  }, [focus]);
  const focusOn = useCallback((selector: string) => setFocus((f) => ({ selector, serial: (f?.serial ?? 0) + 1 })), []);

  function setHeaderField<K extends keyof AdmitHeader>(key: K, value: AdmitHeader[K], errorKey: string) {
    setHeader((h) => ({ ...h, [key]: value }));
    setErrors((e) => without(e, errorKey));
  }

  const setCell = useCallback((row: number, column: Column, value: string) => {
    setRows((rs) => rs.map((r, i) => (i === row ? { ...r, [column]: value } : r)));
    setErrors((e) => without(without(e, cellKey(row, column)), 'people'));
  }, []);

  const pasteGrid = useCallback(
    (row: number, column: Column, text: string) => {
      const pasted = pasteInto(rowsNow.current, { row, column: columns.indexOf(column) }, text);
      setRows(pasted.rows);
      setErrors((e) => Object.fromEntries(Object.entries(e).filter(([k]) => !k.startsWith('people'))));
      focusOn(cellSelector(pasted.lastRow, column));
    },
    [focusOn],
  );

  function addRow() {
    setRows((rs) => [...rs, emptyRow()]);
    focusOn(cellSelector(rows.length, columns[0]));
  }

  const removeRow = useCallback((row: number) => {
    setRows((rs) => (rs.length === 1 ? [emptyRow()] : rs.filter((_, i) => i !== row)));
    setErrors((e) => shiftErrors(e, row));
  }, []);

  async function save() {
    if (busy) return;
    const compacted = compactRows(rows);
    setRows(compacted);
    const check = readAdmission(header, compacted, rowCatalogues, today());
    if (!check.ok) {
      clearFailure();
      setErrors(check.errors);
      focusOn('[aria-invalid="true"]');
      return;
    }
    setErrors({});
    const r = await run(() => call('member:admitMany', check.input));
    if (r.ok) {
      onDone(r.value, check.input.decision.number);
      return;
    }
    setErrors(r.error.fields ?? {});
    if (r.error.fields) focusOn('[aria-invalid="true"]');
  }

  function keyDown(event: KeyboardEvent<HTMLFormElement>) {
    if (isSaveKey(event)) {
      event.preventDefault();
      void save();
      return;
    }
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      addRow();
      return;
    }
    // Enter in the last box of the last row starts a new row.
    const target = event.target;
    const last = `${rows.length - 1}:${columns[columns.length - 1]}`;
    if (event.key === 'Enter' && !event.shiftKey && !event.altKey && target instanceof HTMLInputElement && target.dataset.cell === last) {
      event.preventDefault();
      addRow();
      return;
    }
    advanceOnEnter(event);
  }

  const wrongBoxes = Object.keys(errors).filter((k) => k !== 'people').length;
  // The core's message names the row; without one (a check of the form), say how many boxes are wrong.
  const message = failure?.message ?? (wrongBoxes > 0 ? t('admissions.errors.invalid', { n: wrongBoxes }) : null);

  return (
    <form
      ref={form}
      aria-label={t('admissions.title')}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
      onKeyDown={keyDown}
    >
      <Stack gap="sm">
        <Text size="sm">{t('admissions.explain')}</Text>
        <Text size="xs" c="dimmed">
          {t('admissions.keysHint')}
        </Text>
        <Fieldset legend={t('admissions.header.legend')}>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <OrgPicker
              label={t('admissions.header.organisationId')}
              {...requiredField}
              data-autofocus
              value={header.organisation}
              onChange={(organisation) => setHeaderField('organisation', organisation, 'organisationId')}
              error={errors.organisationId}
            />
            <DateField
              label={t('admissions.header.admissionDate')}
              {...requiredField}
              full
              value={header.admissionDate}
              onChange={(v) => setHeaderField('admissionDate', v, 'admissionDate')}
              error={errors.admissionDate}
            />
            <TextInput
              label={t('admissions.header.decisionNo')}
              {...requiredField}
              autoComplete="off"
              value={header.decisionNo}
              onChange={(e) => setHeaderField('decisionNo', e.currentTarget.value, 'decision.number')}
              error={errors['decision.number']}
            />
            <DateField
              label={t('admissions.header.decisionDate')}
              {...requiredField}
              full
              value={header.decisionDate}
              onChange={(v) => setHeaderField('decisionDate', v, 'decision.date')}
              error={errors['decision.date']}
            />
            <TextInput
              label={t('admissions.header.decisionBody')}
              autoComplete="off"
              value={header.decisionBody}
              onChange={(e) => setHeaderField('decisionBody', e.currentTarget.value, 'decision.body')}
              error={errors['decision.body']}
            />
            <TextInput
              label={t('admissions.header.decisionSigner')}
              autoComplete="off"
              value={header.decisionSigner}
              onChange={(e) => setHeaderField('decisionSigner', e.currentTarget.value, 'decision.signer')}
              error={errors['decision.signer']}
            />
          </SimpleGrid>
        </Fieldset>
        <Fieldset legend={t('admissions.table.legend', { n: rows.filter((r) => !isBlankRow(r)).length })}>
          <Stack gap="xs">
            <ScrollArea type="auto" offsetScrollbars>
              <AdmitManyTable rows={rows} errors={errors} catalogues={rowCatalogues} onCell={setCell} onPasteGrid={pasteGrid} onRemove={removeRow} />
            </ScrollArea>
            {errors.people ? (
              <Text size="sm" c="red">
                {errors.people}
              </Text>
            ) : null}
            <Group>
              <Button variant="default" size="xs" onClick={addRow} title="Ctrl+Enter">
                {t('admissions.table.addRow')}
              </Button>
            </Group>
          </Stack>
        </Fieldset>
        <PlausibilityList label={t('admissions.plausibility.title')} lines={admissionNotes(header, rows, today()).map((problem) => ({ problem, refuse: false }))} sticky />
        <ErrorAlert message={message} />
        <FormButtons busy={busy} onCancel={cancel} />
      </Stack>
    </form>
  );
}

/**
 * Admission of many people under one decision (a cell's twelve admissions): the decision once, then a
 * table of people typed or pasted from Excel. All or nothing: when the core refuses a row, its message
 * names the row, the wrong cells turn red and everything typed stays.
 */
export function AdmitManyModal(props: AdmitManyModalProps) {
  const { t } = useTranslation();
  useEffect(() => {
    void useCatalogueStore.getState().load();
  }, []);
  const prompt = {
    title: t('admissions.discard.title'),
    body: t('admissions.discard.body'),
    stayLabel: t('admissions.discard.stay'),
    discardLabel: t('admissions.discard.leave'),
  };
  return (
    <GuardedModal opened onClose={props.onClose} title={t('admissions.title')} size="95%" prompt={prompt}>
      <AdmitManyForm {...props} />
    </GuardedModal>
  );
}
