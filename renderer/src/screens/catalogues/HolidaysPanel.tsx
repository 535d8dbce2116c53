import { ActionIcon, Alert, Button, Group, NumberInput, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client.ts';
import { DateField } from '../../components/DateField.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { advanceOnEnter } from '../../components/enterAdvances.ts';
import { isSaveKey, useSubmit } from '../../components/useSubmit.ts';
import { checkTypedDate, dateText } from '../../components/dates.ts';
import { today } from '../../stores/today.ts';

interface Row {
  uid: number;
  /** As typed (dd/mm/yyyy). */
  date: string;
  name: string;
}

let nextUid = 1;
const withUid = (r: { date: string; name: string }): Row => ({ uid: nextUid++, date: r.date ? dateText(r.date) : '', name: r.name });
/** The typed date as ISO, or the text itself so that the core names what is wrong with it. */
const isoOf = (text: string): string => {
  const check = checkTypedDate(text, true);
  return check.ok && check.iso !== null ? check.iso : text;
};

/**
 * The public holidays of a year, edited as the government announces them (Tết days, the day added to
 * 2/9, compensation days): the reappointment notice dates count working days on this table.
 */
export function HolidaysPanel() {
  const { t } = useTranslation();
  const [year, setYear] = useState(() => Number(today().slice(0, 4)));
  // The rows of the year shown; those of another year (still loading) count as none.
  const [loaded, setLoaded] = useState<{ year: number; rows: Row[] } | null>(null);
  const rows = loaded?.year === year ? loaded.rows : null;
  const setRows = (update: (rs: Row[] | null) => Row[]) => setLoaded((l) => ({ year, rows: update(l?.year === year ? l.rows : null) }));
  const [saved, setSaved] = useState<number | null>(null);
  const { busy, failure, run, clearFailure } = useSubmit();

  useEffect(() => {
    let live = true;
    void call('catalogue:holidays', { year }).then((r) => {
      if (live && r.ok) setLoaded({ year, rows: r.value.rows.map(withUid) });
    });
    return () => {
      live = false;
    };
  }, [year]);

  const chooseYear = (next: number) => {
    setSaved(null);
    clearFailure();
    setYear(next);
  };

  const save = async () => {
    if (!rows) return;
    const r = await run(() => call('catalogue:saveHolidays', { year, rows: rows.map(({ date, name }) => ({ date: isoOf(date), name })) }));
    if (r.ok) {
      setRows(() => r.value.rows.map(withUid));
      setSaved(r.value.rows.length);
    }
  };
  const edit = (uid: number, patch: Partial<Row>) => {
    setSaved(null);
    setRows((rs) => (rs ?? []).map((r) => (r.uid === uid ? { ...r, ...patch } : r)));
  };

  return (
    <Stack
      gap="xs"
      onKeyDown={(e) => {
        if (isSaveKey(e)) {
          e.preventDefault();
          void save();
        } else advanceOnEnter(e);
      }}
    >
      <Title order={3} size="h5">
        {t('catalogues.holidays')}
      </Title>
      <Group align="end">
        <NumberInput label={t('catalogues.year')} value={year} min={2000} max={2100} allowDecimal={false} w={110} onChange={(v) => typeof v === 'number' && v >= 2000 && v <= 2100 && chooseYear(v)} />
        <Button variant="default" onClick={() => setRows((rs) => [...(rs ?? []), withUid({ date: '', name: '' })])} disabled={!rows}>
          {t('catalogues.addHoliday')}
        </Button>
        <Button onClick={() => void save()} loading={busy} disabled={!rows}>
          {t('catalogues.save')}
        </Button>
      </Group>
      {rows && rows.length === 0 ? <Text c="dimmed">{t('catalogues.noHolidays')}</Text> : null}
      {rows && rows.length > 0 ? (
        <Table withTableBorder aria-label={t('catalogues.holidays')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={170}>{t('catalogues.date')}</Table.Th>
              <Table.Th>{t('catalogues.holidayName')}</Table.Th>
              <Table.Th w={40} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r, i) => (
              <Table.Tr key={r.uid}>
                <Table.Td>
                  <DateField full aria-label={`${t('catalogues.date')} ${i + 1}`} value={r.date} onChange={(date) => edit(r.uid, { date })} error={failure?.fields?.[`rows.${i}.date`]} />
                </Table.Td>
                <Table.Td>
                  <TextInput aria-label={`${t('catalogues.holidayName')} ${i + 1}`} value={r.name} onChange={(e) => edit(r.uid, { name: e.currentTarget.value })} error={failure?.fields?.[`rows.${i}.name`]} />
                </Table.Td>
                <Table.Td>
                  <ActionIcon variant="subtle" color="red" aria-label={t('catalogues.removeHoliday', { date: r.date || i + 1 })} onClick={() => setRows((rs) => (rs ?? []).filter((x) => x.uid !== r.uid))}>
                    ×
                  </ActionIcon>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : null}
      <ErrorAlert message={failure?.message ?? null} />
      {saved !== null ? (
        <Alert color="green" role="status">
          {t('catalogues.saved', { n: saved, year })}
        </Alert>
      ) : null}
    </Stack>
  );
}
