import { Button, Fieldset, Group, ScrollArea, Stack, Text } from '@mantine/core';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PostKind } from '../../../../shared/cadres/schemas.ts';
import { call } from '../../api/client.ts';
import { advanceOnEnter } from '../../components/enterAdvances.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { FormButtons } from '../../components/FormButtons.tsx';
import { GuardedModal, useGuardedClose } from '../../components/UnsavedGuard.tsx';
import { isSaveKey, useSubmit } from '../../components/useSubmit.ts';
import { useCatalogueStore } from '../../stores/catalogueStore.ts';
import { searchCadres } from './cadreSearch.ts';
import { cellSelector, DecisionGrid } from './DecisionGrid.tsx';
import {
  cellKey,
  compactRows,
  emptyHeader,
  emptyRow,
  errorRow,
  insertRows,
  isBlankRow,
  parsePaste,
  readDecision,
  rowFromPaste,
  shiftErrors,
  withCheck,
  withType,
  type DecisionHeader,
  type DecisionRow,
  type FieldErrors,
  type PersonRef,
  type RowCheck,
} from './decisionDraft.ts';
import { DecisionHeaderFields } from './DecisionHeaderFields.tsx';
import { useDecisionCheck } from './useDecisionCheck.ts';

export interface DecisionSaved {
  id: number;
  number: string;
  count: number;
}

interface DecisionEntryModalProps {
  onClose(): void;
  /** After every action was saved. */
  onDone(saved: DecisionSaved): void;
}

const FIRST_ROWS = 3;

const without = (errors: FieldErrors, ...keys: string[]): FieldErrors => (keys.some((k) => k in errors) ? Object.fromEntries(Object.entries(errors).filter(([k]) => !keys.includes(k))) : errors);

function DecisionEntryForm({ onClose, onDone }: DecisionEntryModalProps) {
  const { t } = useTranslation();
  const catalogues = useCatalogueStore((s) => s.catalogues);
  const types = useMemo(() => (catalogues?.actionTypes ?? []).filter((a) => a.active), [catalogues]);
  const typesNow = useRef(types);
  useLayoutEffect(() => {
    typesNow.current = types;
  }, [types]);
  const [header, setHeader] = useState<DecisionHeader>(emptyHeader);
  const [rows, setRows] = useState<DecisionRow[]>(() => Array.from({ length: FIRST_ROWS }, emptyRow));
  const rowsNow = useRef(rows);
  useLayoutEffect(() => {
    rowsNow.current = rows;
  }, [rows]);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [pasting, setPasting] = useState(false);
  const { busy, failure, run, clearFailure } = useSubmit();
  const form = useRef<HTMLFormElement>(null);
  const [focus, setFocus] = useState<{ selector: string; serial: number } | null>(null);

  const dirty = rows.some((r) => !isBlankRow(r)) || Object.values(header).some((v) => v.trim() !== '');
  const cancel = useGuardedClose(dirty, onClose);

  useEffect(() => {
    if (focus === null) return;
    form.current?.querySelector<HTMLElement>(focus.selector)?.focus();
  }, [focus]);
  const focusOn = useCallback((selector: string) => setFocus((f) => ({ selector, serial: (f?.serial ?? 0) + 1 })), []);

  const fillBefore = useCallback((checks: Record<number, RowCheck>) => {
    setRows((rs) => rs.map((r) => (checks[r.key] ? withCheck(r, checks[r.key] as RowCheck) : r)));
  }, []);
  const checks = useDecisionCheck(rows, header.effectiveOn, header.receivedOn, fillBefore, header.issuedOn);

  const setHeaderField = useCallback((key: keyof DecisionHeader, value: string) => {
    setHeader((h) => ({ ...h, [key]: value }));
    setErrors((e) => without(e, `decision.${key}`));
  }, []);

  const updateRow = useCallback((row: number, change: (r: DecisionRow) => DecisionRow, ...columns: string[]) => {
    setRows((rs) => rs.map((r, i) => (i === row ? change(r) : r)));
    setErrors((e) => without(e, 'actions', `actions.${row}`, ...columns.map((c) => cellKey(row, c))));
  }, []);

  const handlers = useMemo(
    () => ({
      onType: (row: number, code: string | null) => updateRow(row, (r) => withType(r, code, typesNow.current), 'typeCode'),
      onPersonText: (row: number, text: string) => updateRow(row, (r) => ({ ...r, personText: text, person: null, personIssue: null }), 'cadreId'),
      onPerson: (row: number, person: PersonRef) => updateRow(row, (r) => ({ ...r, person, personText: person.fullName, candidates: [], personIssue: null }), 'cadreId'),
      onPostKind: (row: number, kind: PostKind) => updateRow(row, (r) => ({ ...r, postKind: kind }), 'postKind'),
      onText: (row: number, column: 'postBefore' | 'unitBefore' | 'postAfter' | 'unitAfter' | 'termMonths' | 'planningCycle' | 'note', value: string) =>
        updateRow(
          row,
          (r) => ({ ...r, [column]: value, ...(column === 'postBefore' || column === 'unitBefore' ? { beforeEdited: true } : {}), ...(column === 'termMonths' ? { termEdited: true } : {}) }),
          column,
        ),
      onPasteGrid: (row: number, text: string) => {
        const lines = parsePaste(text);
        if (lines.length === 0) return;
        setPasting(true);
        // One search per distinct person; the answers fill the rows, namesakes left for the clerk to pick.
        const distinct = [...new Set(lines.map((l) => l.person))];
        void Promise.all(distinct.map((p) => searchCadres(p))).then((answers) => {
          const found = new Map(distinct.map((p, i) => [p, answers[i]]));
          const pasted = lines.map((line) => {
            const a = found.get(line.person);
            return rowFromPaste(line, a && !('error' in a) ? a : { rows: [], total: 0 }, typesNow.current);
          });
          setRows(insertRows(rowsNow.current, row, pasted));
          setErrors((e) => Object.fromEntries(Object.entries(e).filter(([k]) => errorRow(k) === null && k !== 'actions')));
          setPasting(false);
          const firstOpen = pasted.findIndex((p) => p.person === null || p.typeCode === null);
          focusOn(firstOpen >= 0 ? cellSelector(row + firstOpen, pasted[firstOpen]?.person === null ? 'cadreId' : 'typeCode') : cellSelector(row + pasted.length, 'typeCode'));
        });
      },
      onRemove: (row: number) => {
        setRows((rs) => (rs.length === 1 ? [emptyRow()] : rs.filter((_, i) => i !== row)));
        setErrors((e) => shiftErrors(e, row));
      },
    }),
    [updateRow, focusOn],
  );

  function addRow() {
    setRows((rs) => [...rs, emptyRow()]);
    focusOn(cellSelector(rows.length, 'typeCode'));
  }

  async function save() {
    if (busy || pasting) return;
    const compacted = compactRows(rows);
    setRows(compacted);
    const check = readDecision(header, compacted);
    if (!check.ok) {
      clearFailure();
      setErrors(check.errors);
      focusOn('[aria-invalid="true"] input, input[aria-invalid="true"]');
      return;
    }
    setErrors({});
    const r = await run(() => call('decision:create', check.input));
    if (r.ok) {
      onDone({ id: r.value.id, number: check.input.decision.number, count: check.input.actions.length });
      return;
    }
    // All or nothing: the rows stay as typed, the row and box the core names turn red.
    const fields = r.error.fields ?? {};
    setErrors(fields);
    if (Object.keys(fields).length > 0) focusOn('input[aria-invalid="true"], tr[aria-invalid="true"] input');
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
    if (event.key === 'Enter' && !event.shiftKey && !event.altKey && !event.defaultPrevented && target instanceof HTMLInputElement && target.dataset.cell === `${rows.length - 1}:note`) {
      event.preventDefault();
      addRow();
      return;
    }
    advanceOnEnter(event);
  }

  const typed = rows.filter((r) => !isBlankRow(r)).length;
  const wrong = Object.keys(errors).filter((k) => k !== 'actions').length;
  const message = failure?.message ?? (wrong > 0 ? t('decisions.entry.errors.invalid', { n: wrong }) : null);
  return (
    <form
      ref={form}
      aria-label={t('decisions.entry.title')}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
      onKeyDown={keyDown}
    >
      <Stack gap="sm">
        <Text size="sm">{t('decisions.entry.explain')}</Text>
        <Text size="xs" c="dimmed">
          {t('decisions.entry.keysHint')}
        </Text>
        <DecisionHeaderFields header={header} errors={errors} onField={setHeaderField} />
        <Fieldset legend={t('decisions.entry.rowsLegend', { n: typed })}>
          <Stack gap="xs">
            <Text size="xs" c="dimmed">
              {t('decisions.entry.pasteHint')}
            </Text>
            <ScrollArea type="auto" offsetScrollbars>
              <DecisionGrid rows={rows} checks={checks} errors={errors} types={types} {...handlers} />
            </ScrollArea>
            {errors.actions ? (
              <Text size="sm" c="red">
                {errors.actions}
              </Text>
            ) : null}
            {pasting ? (
              <Text size="sm" role="status">
                {t('decisions.entry.pasting')}
              </Text>
            ) : null}
            <Group>
              <Button variant="default" size="xs" onClick={addRow} title="Ctrl+Enter">
                {t('decisions.entry.addRow')}
              </Button>
            </Group>
          </Stack>
        </Fieldset>
        <ErrorAlert message={message} />
        <FormButtons busy={busy} onCancel={cancel} />
      </Stack>
    </form>
  );
}

/**
 * One personnel decision for one or many people (issue 9 §2): the decision's boxes, then a grid typed
 * or pasted from Excel; the "before" boxes and the warnings come from decision:check as rows are
 * completed. Ctrl+S saves everything in one decision:create, or nothing: on a refusal the row and the
 * box the core names turn red and everything typed stays.
 */
export function DecisionEntryModal(props: DecisionEntryModalProps) {
  const { t } = useTranslation();
  useEffect(() => {
    void useCatalogueStore.getState().load();
  }, []);
  const prompt = { title: t('decisions.entry.discard.title'), body: t('decisions.entry.discard.body'), stayLabel: t('decisions.entry.discard.stay'), discardLabel: t('decisions.entry.discard.leave') };
  return (
    <GuardedModal opened onClose={props.onClose} title={t('decisions.entry.title')} size="98%" prompt={prompt}>
      <DecisionEntryForm {...props} />
    </GuardedModal>
  );
}
