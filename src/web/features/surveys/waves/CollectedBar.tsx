import { Progress, Text } from '@mantine/core';
import { useI18n } from '../../../i18n/index.tsx';

/** "120 / 200 phiếu (60%)" with a bar; the text carries the figures, the bar is a picture of them. */
export function CollectedBar({
  collected,
  target,
  label,
}: {
  collected: number;
  target: number;
  label: string;
}) {
  const { t, number } = useI18n();
  const percent = target > 0 ? Math.min(100, (collected / target) * 100) : 0;
  return (
    <div>
      <Progress
        value={percent}
        size="lg"
        color={percent >= 100 ? 'green.8' : 'blue.8'}
        aria-label={label}
        aria-valuetext={t('waves.collectedOf', { collected: number(collected), target: number(target) })}
      />
      <Text size="xs" mt={2}>
        {t('waves.collectedOf', { collected: number(collected), target: number(target) })} (
        {number(percent, 0)}%)
      </Text>
    </div>
  );
}
