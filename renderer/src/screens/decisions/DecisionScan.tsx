import { Button, FileButton, Group, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { scanMimes } from '../../../../shared/decisions/schemas.ts';
import { call } from '../../api/client.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { formatBytes } from '../../format.ts';
import { downloadFile } from '../badges/download.ts';
import { readBytes, toBase64 } from '../memberFile/PhotoBox.tsx';

type ScanInfo = { fileName: string; mime: string; bytes: number } | null;
const isScanMime = (v: string): v is (typeof scanMimes)[number] => scanMimes.some((m) => m === v);

/** The scan of the signed decision: attach one (PDF, JPEG, PNG; it replaces the old), or open it. */
export function DecisionScan({ decisionId, initial, readOnly }: { decisionId: number; initial: ScanInfo; readOnly: boolean }) {
  const { t } = useTranslation();
  const [scan, setScan] = useState<ScanInfo>(initial);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const attach = async (file: File | null) => {
    if (!file) return;
    setError(null);
    if (!isScanMime(file.type)) {
      setError(t('decisions.scan.wrongType'));
      return;
    }
    setBusy(true);
    const r = await call('decision:setScan', { decisionId, fileName: file.name, mime: file.type, base64: toBase64(await readBytes(file)) });
    setBusy(false);
    if (r.ok) setScan(r.value);
    else setError(r.error.message);
  };
  const open = async () => {
    setError(null);
    const r = await call('decision:getScan', { id: decisionId });
    if (r.ok && r.value) downloadFile(r.value.fileName, r.value.base64, r.value.mime);
    else if (!r.ok) setError(r.error.message);
  };

  return (
    <Group gap="sm" align="center">
      <Text size="sm">{scan ? t('decisions.scan.has', { name: scan.fileName, size: formatBytes(scan.bytes) }) : t('decisions.scan.none')}</Text>
      {scan ? (
        <Button size="compact-sm" variant="default" onClick={() => void open()}>
          {t('decisions.scan.open')}
        </Button>
      ) : null}
      {readOnly ? null : (
        <FileButton accept={scanMimes.join(',')} onChange={(f) => void attach(f)}>
          {(props) => (
            <Button {...props} size="compact-sm" variant="light" loading={busy}>
              {scan ? t('decisions.scan.replace') : t('decisions.scan.attach')}
            </Button>
          )}
        </FileButton>
      )}
      <ErrorAlert message={error} onClose={() => setError(null)} />
    </Group>
  );
}
