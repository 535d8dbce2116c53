import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface ErrorAlertProps {
  /** The Vietnamese message from a failed Result; nothing is shown when null. */
  message: string | null | undefined;
  onClose?: () => void;
}

/** A failed call, shown in place: the core's message is already written for the clerk. */
export function ErrorAlert({ message, onClose }: ErrorAlertProps) {
  const { t } = useTranslation();
  if (!message) return null;
  return (
    <Alert color="red" title={t('common.errorTitle')} role="alert" withCloseButton={onClose !== undefined} onClose={onClose}>
      {message}
    </Alert>
  );
}
