import { Button, Group, type MantineSpacing } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Cancel and save ("Lưu") at the foot of a form; save submits the form. */
export function FormButtons({ busy, onCancel, mt = 'md' }: { busy: boolean; onCancel: () => void; mt?: MantineSpacing | 0 }) {
  const { t } = useTranslation();
  return (
    <Group justify="flex-end" mt={mt}>
      <Button variant="default" onClick={onCancel} disabled={busy}>
        {t('common.cancel')}
      </Button>
      <Button type="submit" loading={busy}>
        {t('common.save')}
      </Button>
    </Group>
  );
}
