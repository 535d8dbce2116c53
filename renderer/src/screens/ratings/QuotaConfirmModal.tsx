import { Button, Group, Modal, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Asks the clerk to confirm a save that breaks the excellent quota (the core's message, verbatim). */
export function QuotaConfirmModal({ message, busy, onConfirm, onCancel }: { message: string | null; busy: boolean; onConfirm(): void; onCancel(): void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={message !== null} onClose={onCancel} title={t('ratings.confirm.title')} centered>
      <Text size="sm" mb="md">
        {message}
      </Text>
      <Group justify="flex-end">
        <Button variant="default" onClick={onCancel} data-autofocus>
          {t('ratings.confirm.back')}
        </Button>
        <Button color="red" loading={busy} onClick={onConfirm}>
          {t('ratings.confirm.accept')}
        </Button>
      </Group>
    </Modal>
  );
}
