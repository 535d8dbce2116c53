import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { LiveQuota } from './store.ts';

/**
 * The excellent quota recounted live from what is typed: "Xuất sắc: 5 / tối đa 4 (20% của 20 Hoàn
 * thành tốt)", red and marked "vượt tỷ lệ" when exceeded (the word too, not the colour alone).
 */
export function QuotaIndicator({ quotas, none }: { quotas: LiveQuota[]; none: boolean }) {
  const { t } = useTranslation();
  if (none) {
    return (
      <Text size="sm" c="dimmed">
        {t('ratings.noQuota')}
      </Text>
    );
  }
  return (
    <Stack gap={2} role="status" aria-live="polite">
      {quotas.map((q) => (
        <div key={q.key} data-quota={q.key} data-exceeded={q.exceeded}>
          <Text size="sm" fw={600} c={q.exceeded ? 'red.8' : 'green.9'}>
            {q.group ? t('ratings.quotaGroup', { group: q.group }) : ''}
            {t('ratings.quota', { excellent: q.excellent, limit: q.limit, pct: q.pct, good: q.good })}
            {q.exceeded ? ` — ${t('ratings.quotaExceeded')}` : ''}
          </Text>
          {q.group === null && (q.outsideExcellent > 0 || q.outsideGood > 0) ? (
            <Text size="xs" c="dimmed">
              {t('ratings.quotaOutside', { excellent: q.outsideExcellent, good: q.outsideGood, peer: q.peerName })}
            </Text>
          ) : null}
        </div>
      ))}
    </Stack>
  );
}
