import { Text } from '@mantine/core';
import { useT } from '../../../i18n/index.tsx';
import { isBelowTarget, useIndexFormat } from './format.ts';

/**
 * The distance to the target, in words as well as colour: "▼ dưới chỉ tiêu 8,54 điểm" in red,
 * "đạt chỉ tiêu (+1,20)" otherwise; nothing without a target.
 */
export function GapText({ gap, size = 'sm' }: { gap: number | null | undefined; size?: 'xs' | 'sm' | 'md' }) {
  const t = useT();
  const { points, number } = useIndexFormat();
  if (gap == null) return null;
  if (isBelowTarget(gap)) {
    return (
      <Text span size={size} c="red.9" fw={600} className="below-target">
        <span aria-hidden="true">▼ </span>
        {t('index.gap.below', { value: number(Math.abs(gap), 2) })}
      </Text>
    );
  }
  return (
    <Text span size={size}>
      {t('index.gap.met', { value: points(gap) })}
    </Text>
  );
}
