import { Button, Group, Modal, NumberInput, Paper, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { QuotaSetting } from '../../../../shared/ratings/schemas.ts';
import { useAppStore } from '../../stores/appStore.ts';
import { useRatingStore } from './store.ts';

/** The setting as it reads for a year: its percentage, and the rule's own one for that year's regime. */
export function settingFor(setting: QuotaSetting, year: number): { pct: number; base: number } {
  const regime = setting.regimes.find((r) => r.defaultQuotaPct !== null && r.firstYear <= year && (r.lastYear === null || year <= r.lastYear));
  const base = regime?.defaultQuotaPct ?? setting.min;
  return { pct: setting.pct ?? base, base };
}

/**
 * Tỷ lệ xuất sắc: the excellent quota in force (at most 20 % of the good ratings, which the competent
 * level may raise to 25 %), with the rule explained. An administrator changes it here, after a
 * confirmation; the open grid is then reloaded so its live quota uses the new percentage. Others only read it.
 */
export function QuotaSettingControl() {
  const { t } = useTranslation();
  const isAdmin = useAppStore((s) => s.info?.user.role === 'admin');
  const setting = useRatingStore((s) => s.quotaSetting);
  const loadError = useRatingStore((s) => s.quotaSettingError);
  const year = useRatingStore((s) => s.year);
  /** What the administrator typed; null: nothing yet (the box shows the current percentage). */
  const [typed, setTyped] = useState<string | number | null>(null);
  const [inputError, setInputError] = useState<string | null>(null);
  const [asking, setAsking] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);

  useEffect(() => {
    void useRatingStore.getState().loadQuotaSetting();
  }, []);

  const label = t('ratings.quotaSetting.title');
  if (!setting) {
    return loadError ? (
      <Text size="sm" c="red.8" role="alert">
        {label}: {loadError}
      </Text>
    ) : null;
  }
  const { pct, base } = settingFor(setting, year);
  const { min, max } = setting;

  function ask() {
    const n = typeof typed === 'number' ? typed : typed === null ? pct : Number(typed);
    setResult(null);
    if (!Number.isInteger(n) || n < min || n > max) {
      setInputError(t('ratings.quotaSetting.range', { min, max }));
      return;
    }
    setInputError(null);
    if (n === pct) setResult({ ok: true, text: t('ratings.quotaSetting.unchanged', { pct }) });
    else setAsking(n);
  }

  async function confirm() {
    if (asking === null) return;
    setBusy(true);
    const r = await useRatingStore.getState().saveQuotaSetting(asking);
    setBusy(false);
    setResult(r.ok ? { ok: true, text: t('ratings.quotaSetting.saved', { pct: asking }) } : { ok: false, text: r.message });
    setAsking(null);
    if (r.ok) setTyped(null);
  }

  return (
    <Paper withBorder p="xs" component="section" aria-label={label}>
      <Group gap="sm" align="flex-end" wrap="wrap">
        <div style={{ flex: 1, minWidth: 260 }}>
          <Text size="sm" fw={600}>
            {label}: {t('ratings.quotaSetting.current', { pct })}{' '}
            <Text span size="sm" fw={400} c="dimmed">
              {setting.pct === null || setting.pct === base ? t('ratings.quotaSetting.byRule') : t('ratings.quotaSetting.raised', { base })}
            </Text>
          </Text>
          <Text size="xs" c="dimmed">
            {t('ratings.quotaSetting.explain', { min, max })}
            {isAdmin ? '' : ` ${t('ratings.quotaSetting.adminOnly')}`}
          </Text>
        </div>
        {isAdmin ? (
          <Group gap="xs" align="flex-end">
            <NumberInput
              size="xs"
              w={130}
              label={t('ratings.quotaSetting.newValue')}
              min={min}
              max={max}
              allowDecimal={false}
              allowNegative={false}
              clampBehavior="none"
              suffix="%"
              value={typed ?? pct}
              error={inputError}
              onChange={(value) => {
                setTyped(value);
                setInputError(null);
                setResult(null);
              }}
              onKeyDown={(event) => {
                if (event.key === 'Enter') {
                  event.preventDefault();
                  ask();
                }
              }}
            />
            <Button size="xs" variant="light" onClick={ask}>
              {t('ratings.quotaSetting.apply')}
            </Button>
          </Group>
        ) : null}
      </Group>
      {result ? (
        <Text size="sm" mt={4} c={result.ok ? 'green.8' : 'red.8'} role={result.ok ? 'status' : 'alert'}>
          {result.text}
        </Text>
      ) : null}
      <Modal opened={asking !== null} onClose={() => setAsking(null)} title={t('ratings.quotaSetting.confirmTitle')} centered>
        <Text size="sm" mb="md">
          {t('ratings.quotaSetting.confirmMessage', { from: pct, to: asking ?? pct })}
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={() => setAsking(null)} data-autofocus>
            {t('ratings.quotaSetting.confirmBack')}
          </Button>
          <Button loading={busy} onClick={() => void confirm()}>
            {t('ratings.quotaSetting.confirmAccept', { to: asking ?? pct })}
          </Button>
        </Group>
      </Modal>
    </Paper>
  );
}
