import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatCount } from '../format.ts';

interface PagerProps {
  /** The place of the page's first row in the whole list (from 0). */
  offset: number;
  /** Rows on this page. */
  shown: number;
  total: number;
  pageSize: number;
  onPage(offset: number): void;
  /** While a page is being fetched the buttons wait. */
  busy?: boolean;
}

/** "x–y / total" with previous and next, for a list paged by the core (offset and limit). */
export function Pager({ offset, shown, total, pageSize, onPage, busy = false }: PagerProps) {
  const { t } = useTranslation();
  if (total <= pageSize && offset === 0) return null;
  const from = shown === 0 ? 0 : offset + 1;
  return (
    <Group gap="xs" justify="flex-end">
      <Text size="sm">{t('lists.range', { from: formatCount(from), to: formatCount(offset + shown), total: formatCount(total) })}</Text>
      <Button size="compact-sm" variant="default" disabled={busy || offset === 0} onClick={() => onPage(Math.max(0, offset - pageSize))}>
        {t('lists.previous')}
      </Button>
      <Button size="compact-sm" variant="default" disabled={busy || offset + shown >= total} onClick={() => onPage(offset + pageSize)}>
        {t('lists.next')}
      </Button>
    </Group>
  );
}
