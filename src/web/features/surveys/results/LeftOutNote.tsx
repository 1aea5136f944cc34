import { Text } from '@mantine/core';
import type { UnitIndex } from '../../../api/survey-types.ts';
import { useI18n } from '../../../i18n/index.tsx';

/**
 * How many responses the figures leave out: held by the burst rule (waiting for an officer) and
 * excluded by one. Shown under every index table, result and publication (docs/decisions/0009).
 * Publications frozen before holds existed have no `held`: read as 0.
 */
export function LeftOutNote({ units }: { units: readonly UnitIndex[] }) {
  const { t, number } = useI18n();
  const held = units.reduce((s, u) => s + (u.held ?? 0), 0);
  const excluded = units.reduce((s, u) => s + (u.excluded ?? 0), 0);
  return (
    <Text size="sm" data-testid="left-out">
      {t('left.out', { held: number(held), excluded: number(excluded) })}
    </Text>
  );
}
