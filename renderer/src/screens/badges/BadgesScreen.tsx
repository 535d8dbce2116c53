import { Alert, Button, Group, Loader, NumberInput, Paper, SegmentedControl, Stack, Text, TextInput, Title } from '@mantine/core';
import { memo, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { badgeForms } from '../../../../shared/badges/schemas.ts';
import { formatVi } from '../../../../shared/kernel/dates/partialDate.ts';
import { roundsOfYear } from '../../../../shared/badges/rules.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { OrgPicker } from '../../components/OrgPicker.tsx';
import { formatCount } from '../../format.ts';
import { selectedItems, useBadgeStore } from './store.ts';
import { CandidateExportButton } from './CandidateExportButton.tsx';
import { CandidateTable } from './CandidateTable.tsx';
import { ProposedPanel } from './ProposedPanel.tsx';
import { downloadFile } from './download.ts';
import { JobProgress } from '../../components/JobProgress.tsx';

/**
 * Huy hiệu Đảng for a round and a subtree: the candidate lists (due, early, posthumous; those under
 * discipline apart), the proposal, the Standing Committee's decision with the badge numbers, and the
 * official forms in Excel. `active`: the tab is shown (the tabs keep this screen while hidden).
 */
export function BadgesScreen({ active = true }: { active?: boolean }) {
  // The lists are kept in the store (and the screen kept by the tabs, hidden): back on this tab they
  // show at once, loaded again only when data changed since.
  useEffect(() => {
    if (active) void useBadgeStore.getState().open();
  }, [active]);
  return <BadgesContent />;
}

/**
 * The screen itself, memoised without props: showing or hiding the tab does not draw its dozen lists
 * again (that alone held the switch to Khen thưởng for 200 ms at 500,000 members).
 */
const BadgesContent = memo(function BadgesContent() {
  const { t } = useTranslation();
  const s = useBadgeStore();
  const [proposedBy, setProposedBy] = useState('');
  /** The year box's text: intermediate values ("202") stay in the box until they make a year. */
  const [yearText, setYearText] = useState<string | number>(s.year);

  const c = s.candidates;
  const regularCount = c ? c.regular.reduce((n, g) => n + g.rows.length, 0) : 0;
  const chosen = selectedItems(c, s.selected).length;
  const done = s.done;

  async function exportForm(form: (typeof badgeForms)[number]) {
    const file = await useBadgeStore.getState().exportForm(form);
    if (file) downloadFile(file.fileName, file.base64);
  }

  return (
    <Stack maw={1400}>
      <Title order={2} size="h4">
        {t('badges.title')}
      </Title>
      <Group align="flex-end">
        <NumberInput
          label={t('badges.year')}
          value={yearText}
          min={1930}
          max={2200}
          allowDecimal={false}
          allowNegative={false}
          w={100}
          onChange={(v) => {
            setYearText(v);
            if (typeof v === 'number' && v >= 1930 && v <= 2200) void s.setYear(v);
          }}
        />
        <div>
          <Text size="sm" fw={500} mb={2}>
            {t('badges.round')}
          </Text>
          <SegmentedControl
            aria-label={t('badges.round')}
            value={s.roundDate}
            onChange={(v) => void s.setRound(v)}
            data={roundsOfYear(s.year).map((d) => ({ value: d, label: formatVi(d).slice(0, 5) }))}
          />
        </div>
        <OrgPicker label={t('badges.scope')} placeholder={t('badges.wholeProvince')} value={s.organisation} onChange={(o) => void s.setOrganisation(o)} clearable w={360} />
        <Button variant="default" onClick={() => void s.load()} loading={s.candidatesLoading}>
          {t('badges.reload')}
        </Button>
      </Group>
      {c ? (
        <Text size="sm" c="dimmed">
          {t('badges.window', { after: formatVi(c.previousRound), round: formatVi(c.roundDate) })}
        </Text>
      ) : null}

      {done ? (
        <Alert color="green" role="status" withCloseButton onClose={s.clearMessages}>
          {done.kind === 'exported' ? t('badges.done.exported', { file: done.fileName, n: formatCount(done.n) }) : t(`badges.done.${done.kind}`, { n: formatCount(done.n) })}
        </Alert>
      ) : null}
      <ErrorAlert message={s.failure?.message} onClose={s.clearMessages} />

      <Group>
        <Text fw={500}>{t('badges.exports')}:</Text>
        {badgeForms.map((form) => (
          <Button key={form} variant="light" size="xs" disabled={s.busy} onClick={() => void exportForm(form)}>
            {t(`badges.export.${form}`)}
          </Button>
        ))}
      </Group>
      <JobProgress running={s.exportJob !== null} job={s.exportJob} onCancel={() => void s.cancelExport()} />

      <Paper withBorder p="md" radius="md">
        <Stack gap="sm">
          <Group justify="space-between" align="flex-start">
            <Title order={3} size="h5">
              {t('badges.candidates')}
            </Title>
            {c ? <CandidateExportButton candidates={c} organisation={s.organisation} /> : null}
          </Group>
          {c === null ? (
            s.candidatesLoading ? <Loader size="sm" aria-label={t('common.loading')} /> : null
          ) : (
            <>
              <Title order={4} size="h6">
                {t('badges.sections.regular', { n: formatCount(regularCount) })}
              </Title>
              {c.regular.length === 0 ? <Text c="dimmed">{t('badges.none')}</Text> : null}
              {c.regular.map((g) => {
                const label = t('badges.group', { years: g.milestone, n: formatCount(g.rows.length), count: g.rows.length });
                return (
                  <Stack key={g.milestone} gap={4}>
                    <Text fw={500}>{label}</Text>
                    <CandidateTable label={label} rows={g.rows} selected={s.selected} onToggle={s.toggle} show={{}} />
                  </Stack>
                );
              })}
              <Title order={4} size="h6">
                {t('badges.sections.early', { n: formatCount(c.early.length) })}
              </Title>
              <CandidateTable label={t('badges.sections.early', { n: formatCount(c.early.length) })} rows={c.early} selected={s.selected} onToggle={s.toggle} show={{ milestone: true }} />
              <Title order={4} size="h6">
                {t('badges.sections.posthumous', { n: formatCount(c.posthumous.length) })}
              </Title>
              <CandidateTable
                label={t('badges.sections.posthumous', { n: formatCount(c.posthumous.length) })}
                rows={c.posthumous}
                selected={s.selected}
                onToggle={s.toggle}
                show={{ milestone: true, death: true }}
              />
              <Title order={4} size="h6">
                {t('badges.sections.blocked', { n: formatCount(c.blocked.length) })}
              </Title>
              <CandidateTable label={t('badges.sections.blocked', { n: formatCount(c.blocked.length) })} rows={c.blocked} selected={null} show={{ milestone: true, blocked: true }} />
              <Group align="flex-end">
                <TextInput
                  label={t('badges.proposedBy')}
                  placeholder={t('badges.proposedByHint')}
                  value={proposedBy}
                  onChange={(e) => setProposedBy(e.currentTarget.value)}
                  w={420}
                  autoComplete="off"
                />
                <Button
                  disabled={chosen === 0}
                  loading={s.busy}
                  onClick={() => {
                    void s.propose(proposedBy).then((ok) => {
                      if (ok) setProposedBy('');
                    });
                  }}
                >
                  {t('badges.propose', { n: formatCount(chosen) })}
                </Button>
              </Group>
            </>
          )}
        </Stack>
      </Paper>

      {s.proposed ? <ProposedPanel key={`${s.roundDate}:${s.organisation?.id ?? 0}`} rows={s.proposed} /> : null}
    </Stack>
  );
});

