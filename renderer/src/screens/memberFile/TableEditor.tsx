import { ActionIcon, Alert, Button, Checkbox, Group, NativeSelect, Stack, Table, Text, TextInput } from '@mantine/core';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../components/DateField.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { requiredMark } from '../../components/required.ts';
import { isSaveKey, useSubmit } from '../../components/useSubmit.ts';
import { useMemberFileStore, type FileSection } from './store.ts';
import {
  blankRow,
  draftFromRow,
  draftSignature,
  errorsFromCore,
  readRows,
  type ColumnDef,
  type ColumnKey,
  type DraftRow,
  type RowErrors,
  type SavedRow,
  type TableDef,
} from './tables.ts';

interface TableEditorProps {
  /** The file the table belongs to: a member (memberfile:save…) or a cadre (cadre:saveTable). */
  ownerId: number;
  def: TableDef;
  /** The rows as saved (from memberfile:get or the last save). */
  rows: readonly SavedRow[];
  readOnly?: boolean;
  /** Whether the table holds unsaved edits; default: the open member file's section. */
  onDirtyChange?(dirty: boolean): void;
  /** The rows a save returned; default: put into the open member file. */
  onSaved?(rows: SavedRow[]): void;
}

const CELLS = 'input:not([type="hidden"]):not([disabled]), select:not([disabled])';

/**
 * One table of the member file, edited in place from the keyboard: Tab / Enter move through the
 * cells (Enter in the very last cell adds a row), Alt+N or Insert adds a row, Ctrl+Delete deletes the row being
 * typed in, Ctrl+S saves the whole table. What was typed stays when a save fails; messages show
 * under their cells.
 */
export function TableEditor({ ownerId, def, rows, readOnly = false, onDirtyChange, onSaved }: TableEditorProps) {
  const { t } = useTranslation();
  const [baseline, setBaseline] = useState(() => rows.map((r) => draftFromRow(def.columns, r)));
  const [draft, setDraft] = useState<DraftRow[]>(baseline);
  const [errors, setErrors] = useState<RowErrors>({});
  const [notice, setNotice] = useState<string | null>(null);
  /** The cell to put the cursor in once the rows are drawn (after adding or deleting a row). */
  const focusCell = useRef<string | null>(null);
  const { busy, failure, run, clearFailure } = useSubmit();
  const body = useRef<HTMLDivElement>(null);
  const setMemberDirty = useMemberFileStore((s) => s.setDirty);
  const dirty = draftSignature(def.columns, draft) !== draftSignature(def.columns, baseline);
  const section = def.sectionLabel ? def.sectionLabel() : t(`memberFile.sections.${def.table as FileSection}`);
  const columnLabel = (key: string) => (def.columnLabel ? def.columnLabel(key) : t(`memberFile.columns.${key as ColumnKey}`));
  // onDirtyChange: keep it stable (useCallback), or the effect runs at every draw of the parent.
  useEffect(() => {
    if (onDirtyChange) onDirtyChange(dirty);
    else setMemberDirty(def.table as FileSection, dirty);
  }, [def.table, dirty, setMemberDirty, onDirtyChange]);

  useEffect(() => {
    if (focusCell.current === null) return;
    body.current?.querySelector<HTMLElement>(`[data-cell="${focusCell.current}"]`)?.focus();
    focusCell.current = null;
  }, [draft]);

  function edit(uid: string, key: string, value: string) {
    setNotice(null);
    setDraft((rs) => rs.map((r) => (r.uid === uid ? { ...r, cells: { ...r.cells, [key]: value } } : r)));
    setErrors((e) => {
      const rowErrors = e[uid];
      if (!rowErrors || !(key in rowErrors)) return e;
      return { ...e, [uid]: Object.fromEntries(Object.entries(rowErrors).filter(([k]) => k !== key)) };
    });
  }

  function addRow() {
    if (readOnly) return;
    const row = blankRow(def.columns);
    setDraft((rs) => [...rs, row]);
    focusCell.current = `${row.uid}:${def.columns[0]?.key ?? ''}`;
  }

  function removeRow(uid: string) {
    if (readOnly) return;
    const index = draft.findIndex((r) => r.uid === uid);
    const next = draft.filter((r) => r.uid !== uid);
    setDraft(next);
    setNotice(null);
    const neighbour = next[Math.min(index, next.length - 1)];
    if (neighbour) focusCell.current = `${neighbour.uid}:${def.columns[0]?.key ?? ''}`;
  }

  async function save() {
    if (busy || readOnly) return;
    setNotice(null);
    const check = readRows(def, ownerId, draft);
    if (!check.ok) {
      setErrors(check.errors);
      clearFailure();
      focusFirstInvalid();
      return;
    }
    setErrors({});
    const r = await run(() => def.send(check.input));
    if (!r.ok) {
      setErrors(errorsFromCore(def, check.uids, r.error.fields));
      focusFirstInvalid();
      return;
    }
    const saved = r.value.map((row) => draftFromRow(def.columns, row));
    setBaseline(saved);
    setDraft(saved);
    setNotice(t('memberFile.table.saved', { section }));
    if (onSaved) onSaved(r.value);
    else useMemberFileStore.getState().saved({ [def.table]: r.value });
  }

  function focusFirstInvalid() {
    // After React has drawn the messages.
    setTimeout(() => body.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(), 0);
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (isSaveKey(event)) {
      event.preventDefault();
      void save();
      return;
    }
    // Alt+N (by the key's position too: on a Mac, Option+N types a dead key) or Insert adds a row.
    if ((event.altKey && !event.ctrlKey && (event.key.toLowerCase() === 'n' || event.code === 'KeyN')) || (event.key === 'Insert' && !event.ctrlKey && !event.shiftKey)) {
      event.preventDefault();
      addRow();
      return;
    }
    const target = event.target;
    if (!(target instanceof HTMLElement)) return;
    const uid = target.closest<HTMLElement>('[data-row]')?.dataset.row;
    if ((event.ctrlKey || event.metaKey) && event.key === 'Delete' && uid) {
      event.preventDefault();
      removeRow(uid);
      return;
    }
    if (event.key === 'Enter' && !event.ctrlKey && !event.metaKey && !event.altKey && !event.shiftKey && target instanceof HTMLInputElement) {
      const cells = Array.from(body.current?.querySelectorAll<HTMLElement>(CELLS) ?? []);
      const index = cells.indexOf(target);
      if (index < 0) return;
      event.preventDefault();
      if (index === cells.length - 1) addRow();
      else cells[index + 1]?.focus();
    }
  }

  function revert() {
    setDraft(baseline);
    setErrors({});
    clearFailure();
    setNotice(null);
  }

  const cell = (row: DraftRow, n: number, c: ColumnDef) => {
    const label = t('memberFile.table.cell', { column: columnLabel(c.key), n });
    const value = row.cells[c.key] ?? '';
    const error = errors[row.uid]?.[c.key];
    const common = { 'aria-label': label, 'data-cell': `${row.uid}:${c.key}`, size: 'xs' as const, readOnly, required: c.required, autoComplete: 'off' };
    if (c.kind === 'admission') {
      return (
        <NativeSelect
          {...common}
          disabled={readOnly}
          value={value}
          error={error}
          onChange={(event) => edit(row.uid, c.key, event.currentTarget.value)}
          data={[
            { value: '1', label: t('memberFile.admission.first') },
            { value: '2', label: t('memberFile.admission.again') },
          ]}
        />
      );
    }
    if (c.kind === 'select') {
      return <NativeSelect {...common} disabled={readOnly} value={value} error={error} onChange={(event) => edit(row.uid, c.key, event.currentTarget.value)} data={[...(c.options?.() ?? [])]} />;
    }
    if (c.kind === 'check') {
      return (
        <Checkbox
          aria-label={label}
          data-cell={`${row.uid}:${c.key}`}
          size="xs"
          mt={6}
          disabled={readOnly}
          checked={value === '1'}
          onChange={(event) => edit(row.uid, c.key, event.currentTarget.checked ? '1' : '')}
        />
      );
    }
    if (c.kind === 'date' || c.kind === 'fullDate' || c.kind === 'year') {
      return (
        <DateField
          {...common}
          full={c.kind === 'fullDate'}
          placeholder={c.kind === 'year' ? t('memberFile.table.yearPlaceholder') : c.kind === 'fullDate' ? t('common.datePlaceholder') : c.key === 'toDate' ? t('memberFile.table.toNow') : t('memberFile.table.datePlaceholder')}
          value={value}
          error={error}
          onChange={(v) => edit(row.uid, c.key, v)}
        />
      );
    }
    return <TextInput {...common} inputMode={c.kind === 'number' ? 'decimal' : undefined} value={value} error={error} onChange={(event) => edit(row.uid, c.key, event.currentTarget.value)} />;
  };

  return (
    <Stack gap="xs" onKeyDown={onKeyDown} ref={body}>
      {readOnly ? null : (
        <Text size="xs" c="dimmed">
          {t('memberFile.table.keysHint')}
        </Text>
      )}
      <Table withTableBorder withColumnBorders verticalSpacing={4} horizontalSpacing={6} aria-label={section} style={{ tableLayout: 'fixed' }}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th style={{ width: '3rem' }}>{t('memberFile.table.rowNo')}</Table.Th>
            {def.columns.map((c) => (
              <Table.Th key={c.key} {...(c.required ? requiredMark : {})} style={{ width: c.width === 'auto' ? undefined : c.width }}>
                {columnLabel(c.key)}
              </Table.Th>
            ))}
            {readOnly ? null : <Table.Th style={{ width: '2.5rem' }} />}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {draft.map((row, i) => (
            <Table.Tr key={row.uid} data-row={row.uid}>
              <Table.Td>{i + 1}</Table.Td>
              {def.columns.map((c) => (
                <Table.Td key={c.key} style={{ verticalAlign: 'top' }}>
                  {cell(row, i + 1, c)}
                </Table.Td>
              ))}
              {readOnly ? null : (
                <Table.Td style={{ verticalAlign: 'top' }}>
                  <ActionIcon variant="subtle" color="red" tabIndex={-1} aria-label={t('memberFile.table.remove', { n: i + 1 })} title="Ctrl+Delete" onClick={() => removeRow(row.uid)}>
                    ×
                  </ActionIcon>
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {draft.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('memberFile.table.empty')}
        </Text>
      ) : null}
      {notice ? (
        <Alert color="green" role="status" py={6}>
          {notice}
        </Alert>
      ) : null}
      <ErrorAlert message={failure?.message} />
      {readOnly ? null : (
        <Group justify="space-between">
          <Button variant="light" onClick={addRow} title="Alt+N">
            {t('memberFile.table.add')}
          </Button>
          <Group gap="xs">
            {dirty ? (
              <Text size="sm" c="orange.8">
                {t('memberFile.table.unsaved')}
              </Text>
            ) : null}
            <Button variant="default" onClick={revert} disabled={!dirty || busy}>
              {t('memberFile.table.revert')}
            </Button>
            <Button onClick={() => void save()} loading={busy} title="Ctrl+S">
              {t('common.save')}
            </Button>
          </Group>
        </Group>
      )}
    </Stack>
  );
}
