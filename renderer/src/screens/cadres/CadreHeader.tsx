import { Badge, Button, Group, List, Stack, Text } from '@mantine/core';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CadreFile, CurrentPost } from '../../../../shared/cadres/schemas.ts';
import { formatVi } from '../../../../shared/kernel/dates/partialDate.ts';
import { call } from '../../api/client.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Facts } from '../../components/Facts.tsx';
import { yearsMonthsText } from '../../i18n/units.ts';
import { nameOf, useCatalogueStore } from '../../stores/catalogueStore.ts';
import { PhotoFrame } from '../memberFile/PhotoBox.tsx';
import { useCadreFileStore } from './store.ts';

/** The 4×6 photo of the cadre file (2:3), drawn at the member file's height. */
const PHOTO_4X6 = { width: 80, height: 120 };

function PostLine({ post }: { post: CurrentPost }) {
  const { t } = useTranslation();
  const where = post.unit ? t('cadres.file.post', { title: post.title, unit: post.unit }) : post.title;
  const dates = [post.termEnd ? t('cadres.file.termEnd', { date: formatVi(post.termEnd) }) : null, post.noticeOn ? t('cadres.file.noticeOn', { date: formatVi(post.noticeOn) }) : null].filter((d) => d !== null);
  return (
    <List.Item>
      <Text span size="sm" fw={500}>
        {where}
      </Text>
      <Text span size="sm" c="dimmed">
        {' '}
        ({t(`cadres.file.postKinds.${post.postKind}`)}
        {dates.length > 0 ? `; ${dates.join('; ')}` : ''}; {t('cadres.file.decision', { number: post.decisionNo })})
      </Text>
      {post.extensionAdvised ? (
        <Badge ml="xs" size="sm" color="orange" variant="light" tt="none">
          {t('cadres.file.extensionAdvised')}
        </Badge>
      ) : null}
    </List.Item>
  );
}

interface Props {
  file: CadreFile;
  readOnly: boolean;
  onPhoto(url: string | null): void;
  /** Opens the linked member's file; null: no link here (this file was opened from the member file). */
  onOpenMember: ((memberId: number) => void) | null;
}

/** The file's head: photo, name facts, retirement date (estimated when only the year is known), current posts. */
export function CadreHeader({ file, readOnly, onPhoto, onOpenMember }: Props) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const load = useCallback(() => call('cadre:getPhoto', { id: file.id }), [file.id]);
  const education = useCatalogueStore((st) => st.catalogues?.education);
  const planned = file.planning.filter((p) => p.removedOn === null);
  const retirement = (
    <>
      {formatVi(file.retirement.date)}
      {file.retirement.estimated ? (
        <Badge ml={6} size="sm" color="yellow" c="dark" variant="light" tt="none" title={t('cadres.file.estimatedHint')}>
          {t('cadres.file.estimated')}
        </Badge>
      ) : null}
    </>
  );
  return (
    <Group align="flex-start" wrap="nowrap" gap="md">
      <PhotoFrame
        {...PHOTO_4X6}
        hasPhoto={file.hasPhoto}
        alt={t('cadres.file.photoAlt', { name: file.fullName })}
        readOnly={readOnly}
        load={load}
        save={(mime, base64) => call('cadre:setPhoto', { cadreId: file.id, mime, base64 })}
        onChanged={(hasPhoto) => useCadreFileStore.getState().saved({ hasPhoto })}
        onPhoto={onPhoto}
        onError={setError}
      />
      <Stack gap="xs" style={{ flex: 1, minWidth: 0 }}>
        <Facts
          cols={4}
          items={[
            { label: t('memberForm.fields.birthDate'), value: formatVi(file.personal.birthDate) },
            { label: t('memberForm.fields.sex'), value: t(`sex.${file.personal.sex}`) },
            { label: t('cadres.file.retirement'), value: retirement },
            { label: t('cadres.file.age'), value: yearsMonthsText(t, file.retirement.age.years * 12 + file.retirement.age.months) },
            { label: t('cadres.fields.managementTier'), value: t(`cadres.tiers.${file.managementTier}`) },
            { label: t('cadres.fields.status'), value: t(`cadres.statuses.${file.status}`) },
            { label: t('cadres.fields.highestPoliticalTheoryCode'), value: nameOf(education, file.highestPoliticalTheoryCode) },
            { label: t('cadres.file.planning'), value: planned.map((p) => t('cadres.file.planned', { post: p.post, cycle: p.cycleCode })).join('; ') },
          ]}
        />
        <div>
          <Text size="xs" c="dimmed">
            {t('cadres.file.posts')}
          </Text>
          {file.posts.length === 0 ? (
            <Text size="sm">{t('cadres.file.noPosts')}</Text>
          ) : (
            <List size="sm" spacing={2} aria-label={t('cadres.file.posts')}>
              {file.posts.map((p) => (
                <PostLine key={p.actionId} post={p} />
              ))}
            </List>
          )}
        </div>
        <ErrorAlert message={error} onClose={() => setError(null)} />
      </Stack>
      {file.memberId !== null && onOpenMember ? (
        <Button variant="light" onClick={() => onOpenMember(file.memberId ?? 0)}>
          {t('cadres.file.openMember')}
        </Button>
      ) : null}
    </Group>
  );
}
