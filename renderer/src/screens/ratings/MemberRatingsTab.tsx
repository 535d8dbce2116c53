import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The member file's tab for this area; replaced by the area's own screen. */
export function MemberRatingsTab({ memberId }: { memberId: number }) {
  const { t } = useTranslation();
  return <Text data-member-id={memberId}>{t('comingSoon')}</Text>;
}
