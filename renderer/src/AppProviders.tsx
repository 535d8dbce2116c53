import { MantineProvider } from '@mantine/core';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { ErrorBoundary } from './components/ErrorBoundary.tsx';
import { i18n } from './i18n/index.ts';
import { theme } from './theme.ts';

interface AppProvidersProps {
  children: ReactNode;
  /** 'test' turns off Mantine's transitions and portals (renderer tests). */
  env?: 'default' | 'test';
}

export function AppProviders({ children, env = 'default' }: AppProvidersProps) {
  return (
    <I18nextProvider i18n={i18n}>
      <MantineProvider theme={theme} env={env}>
        <ErrorBoundary>{children}</ErrorBoundary>
      </MantineProvider>
    </I18nextProvider>
  );
}
