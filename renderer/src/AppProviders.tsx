import { MantineProvider } from '@mantine/core';
import { useMemo, type ReactNode } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { ErrorBoundary } from './components/ErrorBoundary.tsx';
import { i18n } from './i18n/index.ts';
import { appTheme } from './theme.ts';

interface AppProvidersProps {
  children: ReactNode;
  /** 'test' turns off Mantine's transitions and portals (renderer tests). */
  env?: 'default' | 'test';
}

export function AppProviders({ children, env = 'default' }: AppProvidersProps) {
  return (
    <I18nextProvider i18n={i18n}>
      <ThemedProvider env={env}>{children}</ThemedProvider>
    </I18nextProvider>
  );
}

/** Mantine with the theme in the current language (rebuilt when the language changes). */
function ThemedProvider({ children, env }: Required<AppProvidersProps>) {
  const { t } = useTranslation();
  const closeLabel = t('common.close');
  const theme = useMemo(() => appTheme(closeLabel), [closeLabel]);
  return (
    <MantineProvider theme={theme} env={env}>
      <ErrorBoundary>{children}</ErrorBoundary>
    </MantineProvider>
  );
}
