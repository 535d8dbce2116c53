import { Button, Stack, Text } from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Input, MethodName, Output } from '../../../shared/contract/index.ts';
import type { JobInfo } from '../../../shared/jobs/schemas.ts';
import type { ListExportResult } from '../../../shared/kernel/listExport.ts';
import { cancelJob, runJob, type RunningJob } from '../api/jobs.ts';
import { formatCount } from '../format.ts';
import { downloadFile } from '../screens/badges/download.ts';
import { ErrorAlert } from './ErrorAlert.tsx';
import { JobProgress } from './JobProgress.tsx';

/** The list-export methods: their output is the written file. */
type ExportKind = { [K in MethodName]: Output<K> extends ListExportResult ? K : never }[MethodName];

interface ExportButtonProps<K extends ExportKind> {
  /** The domain's export method (member:export, event:reminderExport, …), run as a job. */
  kind: K;
  /** The input at the moment of the click: the list's filters, the columns on screen, the filters in words. */
  input: () => Input<K>;
  disabled?: boolean;
}

/**
 * "Xuất Excel" of a list (ARCHITECTURE.md, "Lists exported to Excel"): the core re-runs the list's
 * query as a job and writes the file; the button shows the job's progress with Dừng, then hands the
 * file to the browser's download (Electron asks where to save it).
 */
export function ExportButton<K extends ExportKind>({ kind, input, disabled }: ExportButtonProps<K>) {
  const { t } = useTranslation();
  const [running, setRunning] = useState(false);
  const [job, setJob] = useState<JobInfo | null>(null);
  // The running job's id, for Dừng (runJob fills it in).
  const handle = useRef<RunningJob>({ id: null });
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function run() {
    setRunning(true);
    setJob(null);
    setDone(null);
    setError(null);
    const r = await runJob(kind, input(), setJob, handle.current);
    handle.current = { id: null };
    setRunning(false);
    if (!r.ok) {
      if (r.error.code !== 'CANCELLED') setError(r.error.message);
      return;
    }
    const file = r.value as ListExportResult;
    downloadFile(file.fileName, file.base64);
    setDone(t('lists.exported', { file: file.fileName, n: formatCount(file.rows) }));
  }

  return (
    <Stack gap={4}>
      <Button variant="default" loading={running} disabled={disabled} onClick={() => void run()}>
        {t('lists.export')}
      </Button>
      <JobProgress running={running} job={job} title={t('lists.exporting')} onCancel={() => void cancelJob(handle.current)} />
      {done ? (
        <Text size="sm" c="green.8">
          {done}
        </Text>
      ) : null}
      <ErrorAlert message={error} />
    </Stack>
  );
}
