import { useMemo } from 'react';
import type { IndexChange } from '../../../api/survey-types.ts';
import { useI18n } from '../../../i18n/index.tsx';

/**
 * Index figures for people: 2 decimals, decimal comma in Vietnamese ("74,46%"), a signed
 * difference in points ("+2,10", "−8,54"). Values stay unrounded until here.
 */
export function useIndexFormat() {
  const { number, t } = useI18n();
  // Stable between renders of one language (charts redraw only when it changes).
  return useMemo(() => {
    const pct = (value: number | null | undefined) =>
      value == null ? t('index.na') : `${number(value, 2)}%`;
    const points = (value: number | null | undefined) => {
      if (value == null) return t('index.na');
      const text = number(Math.abs(value), 2);
      if (Number(value.toFixed(2)) === 0) return text;
      return value > 0 ? `+${text}` : `−${text}`;
    };
    return { pct, points, number };
  }, [number, t]);
}

export function pValueOf(change: IndexChange): number | null {
  return change.p;
}

/** Under the target: the gap is negative (rounded to what is shown). */
export function isBelowTarget(gap: number | null | undefined): boolean {
  return gap != null && Number(gap.toFixed(2)) < 0;
}
