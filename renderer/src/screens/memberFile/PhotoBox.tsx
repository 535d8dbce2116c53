import { Box, Button, FileButton, Image, Stack, Text } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_PHOTO_BYTES, photoMimes, type PhotoMime } from '../../../../shared/memberFile/schemas.ts';
import type { Result } from '../../../../shared/contract/index.ts';
import { call } from '../../api/client.ts';
import { formatBytes } from '../../format.ts';
import { useMemberFileStore } from './store.ts';

const isPhotoMime = (v: string): v is PhotoMime => photoMimes.some((m) => m === v);

/** Bytes as base64, in slices (String.fromCharCode takes a limited number of arguments). */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Reads a chosen file; FileReader works where Blob.arrayBuffer does not (older engines, test DOMs). */
export function readBytes(file: Blob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => (reader.result instanceof ArrayBuffer ? resolve(new Uint8Array(reader.result)) : reject(new Error('read')));
    reader.onerror = () => reject(reader.error ?? new Error('read'));
    reader.readAsArrayBuffer(file);
  });
}

export const PHOTO_WIDTH = 90;
export const PHOTO_HEIGHT = 120;

interface PhotoBoxProps {
  memberId: number;
  name: string;
  readOnly: boolean;
  /** The photo as a data URL (or null), told to the title. */
  onPhoto(url: string | null): void;
  onError(message: string | null): void;
}

/** The 3×4 photo of the member file, kept in the database: choose a JPEG or PNG (at most 2 MB) or remove it. */
export function PhotoBox({ memberId, name, readOnly, onPhoto, onError }: PhotoBoxProps) {
  const { t } = useTranslation();
  const hasPhoto = useMemberFileStore((s) => s.file?.hasPhoto ?? false);
  const load = useCallback(() => call('memberfile:getPhoto', { memberId }), [memberId]);
  return (
    <PhotoFrame
      hasPhoto={hasPhoto}
      alt={t('memberFile.photo.alt', { name })}
      readOnly={readOnly}
      load={load}
      save={(mime, base64) => call('memberfile:setPhoto', { memberId, mime, base64 })}
      remove={() => call('memberfile:removePhoto', { memberId })}
      onChanged={(has) => useMemberFileStore.getState().saved({ hasPhoto: has })}
      onPhoto={onPhoto}
      onError={onError}
    />
  );
}

interface PhotoFrameProps {
  hasPhoto: boolean;
  alt: string;
  readOnly: boolean;
  /** Reads the stored photo (kept stable: a new function loads it again). */
  load(): Promise<Result<{ mime: string; base64: string } | null>>;
  save(mime: PhotoMime, base64: string): Promise<Result<unknown>>;
  /** Removing the photo, when the file's contract has it. */
  remove?(): Promise<Result<unknown>>;
  /** The photo was saved or removed. */
  onChanged(hasPhoto: boolean): void;
  onPhoto(url: string | null): void;
  onError(message: string | null): void;
  /** The frame's size: 3×4 (member file) by default; the cadre file's is 4×6. */
  width?: number;
  height?: number;
}

/** A file's photo kept in the database (member file, cadre file): choose a JPEG or PNG (at most 2 MB) or remove it. */
export function PhotoFrame({ hasPhoto, alt, readOnly, load, save, remove, onChanged, onPhoto, onError, width = PHOTO_WIDTH, height = PHOTO_HEIGHT }: PhotoFrameProps) {
  const { t } = useTranslation();
  const [url, setUrl] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!hasPhoto) return;
    let live = true;
    void load().then((r) => {
      if (!live || !r.ok || r.value === null) return;
      const src = `data:${r.value.mime};base64,${r.value.base64}`;
      setUrl(src);
      onPhoto(src);
    });
    return () => {
      live = false;
    };
  }, [load, hasPhoto, onPhoto]);

  async function choose(file: File | null) {
    if (!file) return;
    onError(null);
    if (!isPhotoMime(file.type)) {
      onError(t('memberFile.photo.wrongType'));
      return;
    }
    if (file.size > MAX_PHOTO_BYTES) {
      onError(t('memberFile.photo.tooBig', { size: formatBytes(file.size) }));
      return;
    }
    setBusy(true);
    const base64 = toBase64(await readBytes(file));
    const r = await save(file.type, base64);
    setBusy(false);
    if (!r.ok) {
      onError(r.error.message);
      return;
    }
    const src = `data:${file.type};base64,${base64}`;
    setUrl(src);
    onPhoto(src);
    onChanged(true);
  }

  async function drop() {
    if (!remove) return;
    onError(null);
    setBusy(true);
    const r = await remove();
    setBusy(false);
    if (!r.ok) {
      onError(r.error.message);
      return;
    }
    setUrl(null);
    onPhoto(null);
    onChanged(false);
  }

  return (
    <Stack gap={4} align="center" w={width + 40}>
      {url ? (
        <Image src={url} alt={alt} w={width} h={height} fit="cover" radius="xs" />
      ) : (
        <Box w={width} h={height} bd="1px dashed var(--mantine-color-gray-5)" style={{ display: 'flex', alignItems: 'center', justifyContent: 'center' }}>
          <Text size="xs" c="dimmed" ta="center">
            {t('memberFile.photo.none')}
          </Text>
        </Box>
      )}
      {readOnly ? null : (
        <>
          <FileButton onChange={(file) => void choose(file)} accept={photoMimes.join(',')}>
            {(props) => (
              <Button {...props} size="compact-xs" variant="light" loading={busy}>
                {t('memberFile.photo.choose')}
              </Button>
            )}
          </FileButton>
          {url && remove ? (
            <Button size="compact-xs" variant="subtle" color="red" onClick={() => void drop()} disabled={busy}>
              {t('memberFile.photo.remove')}
            </Button>
          ) : null}
        </>
      )}
    </Stack>
  );
}
