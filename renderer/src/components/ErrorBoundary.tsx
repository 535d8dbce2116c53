import { Alert, Button } from '@mantine/core';
import { Component, type ReactNode } from 'react';
import { i18n } from '../i18n/index.ts';

interface Props {
  children: ReactNode;
}

interface State {
  failed: boolean;
}

/** Last line of defence: a rendering bug shows a message and a reload button instead of a blank window. */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <Alert color="red" title={i18n.t('common.errorTitle')} role="alert" m="md">
        {i18n.t('app.crashed')}{' '}
        <Button size="xs" variant="light" onClick={() => window.location.reload()}>
          {i18n.t('app.reload')}
        </Button>
      </Alert>
    );
  }
}
