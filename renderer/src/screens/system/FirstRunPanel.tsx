import { Button, Group, Modal, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { JobProgress } from '../../components/JobProgress.tsx';
import { formatCount } from '../../format.ts';
import { useAppStore } from '../../stores/appStore.ts';
import { useMemberListStore } from '../members/store.ts';
import { useOrganisationStore } from '../organisations/store.ts';

/** Size of the sample province offered on first run. */
export const DEMO_MEMBERS = 2000;

/** Shown while the database holds no organisation: a sample province, or empty data and a root to create. */
export function FirstRunPanel() {
  const { t } = useTranslation();
  const demoRunning = useAppStore((s) => s.demoRunning);
  const demoError = useAppStore((s) => s.demoError);
  const demoJob = useAppStore((s) => s.demoJob);
  /** "Tạo tỉnh mẫu" asks first: the province it builds is sample data, not the party's records. */
  const [asking, setAsking] = useState(false);

  async function createDemo() {
    setAsking(false);
    const done = await useAppStore.getState().runDemo(DEMO_MEMBERS);
    if (!done) return;
    // The tree and the member list were read from an empty database: start them afresh.
    useOrganisationStore.setState(useOrganisationStore.getInitialState(), true);
    useMemberListStore.getState().invalidate();
  }

  return (
    <Paper withBorder p="lg" radius="md" aria-labelledby="first-run-title" component="section">
      <Stack>
        <Title order={2} id="first-run-title">
          {t('firstRun.title')}
        </Title>
        <Text>{t('firstRun.intro')}</Text>
        <Group>
          <Button onClick={() => setAsking(true)} disabled={demoRunning}>
            {t('firstRun.demo')}
          </Button>
          <Button variant="default" onClick={() => useAppStore.getState().dismissWelcome()} disabled={demoRunning}>
            {t('firstRun.empty')}
          </Button>
        </Group>
        <JobProgress running={demoRunning} job={demoJob} title={t('firstRun.demoRunning')} onCancel={() => void useAppStore.getState().cancelDemo()} />
        <ErrorAlert message={demoError} />
      </Stack>
      <Modal opened={asking} onClose={() => setAsking(false)} title={t('firstRun.confirmTitle')} centered>
        <Text size="sm" mb="md">
          {t('firstRun.confirmText', { n: formatCount(DEMO_MEMBERS) })}
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={() => setAsking(false)} data-autofocus>
            {t('common.cancel')}
          </Button>
          <Button color="yellow" c="dark" onClick={() => void createDemo()}>
            {t('firstRun.confirm')}
          </Button>
        </Group>
      </Modal>
    </Paper>
  );
}
