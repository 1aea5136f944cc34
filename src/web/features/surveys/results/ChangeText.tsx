import { Text } from '@mantine/core';
import type { IndexChange } from '../../../api/survey-types.ts';
import { useI18n } from '../../../i18n/index.tsx';
import { pValueOf, useIndexFormat } from './format.ts';

/** Year-over-year (or period-over-period) change, with whether it is statistically significant. */
export function ChangeText({ change }: { change: IndexChange | null | undefined }) {
  const { t, number } = useI18n();
  const { points } = useIndexFormat();
  if (!change || change.delta == null) {
    return (
      <Text span size="sm" c="dimmed">
        {t('index.change.none')}
      </Text>
    );
  }
  const p = pValueOf(change);
  const arrow = change.delta > 0 ? '▲' : change.delta < 0 ? '▼' : '';
  return (
    <Text span size="sm">
      {arrow ? <span aria-hidden="true">{arrow} </span> : null}
      {t('index.change.delta', { value: points(change.delta) })}{' '}
      {change.significant ? t('index.change.significant') : t('index.change.notSignificant')}
      {p != null ? ` (p = ${number(p, 3)})` : ''}
    </Text>
  );
}
