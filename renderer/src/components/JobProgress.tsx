import { Button, Group, Progress, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { JobInfo } from '../../../shared/jobs/schemas.ts';

interface JobProgressProps {
  /** True from the click until the job ended (the job's first report may not have come yet). */
  running: boolean;
  job: JobInfo | null;
  /** What is being done, above the job's own line. */
  title?: string;
  /** Shown as a "Dừng" button while the job runs. */
  onCancel?: () => void;
}

/** A running job: what it does, its share as a bar, its Vietnamese line, and a button to stop it. */
export function JobProgress({ running, job, title, onCancel }: JobProgressProps) {
  const { t } = useTranslation();
  // Asked once per job: it stops at its next report (a write job rolls back first).
  const [stoppedJob, setStoppedJob] = useState<string | null>(null);
  if (!running) return null;
  const stopping = job !== null && stoppedJob === job.id;
  const percent = Math.round((job?.share ?? 0) * 100);
  return (
    <Stack gap={4} role="status" aria-live="polite" maw={560}>
      {title ? <Text>{title}</Text> : null}
      <Group justify="space-between" wrap="nowrap">
        <Text size="sm">{job?.line ?? ''}</Text>
        <Text size="sm" c="dimmed">
          {percent} %
        </Text>
      </Group>
      <Progress value={percent} aria-label={t('jobs.progress', { percent })} animated />
      {onCancel ? (
        <Group>
          <Button
            size="xs"
            variant="default"
            disabled={stopping}
            onClick={() => {
              setStoppedJob(job?.id ?? null);
              onCancel();
            }}
          >
            {t('jobs.cancel')}
          </Button>
        </Group>
      ) : null}
    </Stack>
  );
}
