import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** A tab whose feature is not built yet says so, in one line. */
export function ComingSoon() {
  const { t } = useTranslation();
  return <Text c="dimmed">{t('comingSoon')}</Text>;
}
