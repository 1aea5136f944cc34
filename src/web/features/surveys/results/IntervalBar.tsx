import { useT } from '../../../i18n/index.tsx';
import { isBelowTarget, useIndexFormat } from './format.ts';

interface Props {
  index: number | null;
  ciLow: number | null;
  ciHigh: number | null;
  target?: number | null;
  gap?: number | null;
}

/**
 * An index on a 0–100 track: the bar, its 95% interval as a whisker and the target as a dashed
 * mark. The picture is described in words for screen readers (role="img"); the numbers are also
 * written next to it by the caller.
 */
export function IntervalBar({ index, ciLow, ciHigh, target = null, gap = null }: Props) {
  const t = useT();
  const { pct } = useIndexFormat();
  if (index === null) return null;
  const below = isBelowTarget(gap);
  const label = [
    t('index.bar.index', { value: pct(index) }),
    ciLow !== null && ciHigh !== null ? t('index.bar.interval', { low: pct(ciLow), high: pct(ciHigh) }) : '',
    target !== null ? t('index.bar.target', { value: pct(target) }) : '',
  ]
    .filter(Boolean)
    .join(', ');
  const clamp = (v: number) => Math.max(0, Math.min(100, v));
  return (
    <svg
      className="interval-bar"
      viewBox="0 0 100 16"
      preserveAspectRatio="none"
      role="img"
      aria-label={label}
      focusable="false"
    >
      <rect x="0" y="3" width="100" height="10" className="interval-bar-track" />
      <rect
        x="0"
        y="3"
        width={clamp(index)}
        height="10"
        className={below ? 'interval-bar-fill is-below' : 'interval-bar-fill'}
      />
      {ciLow !== null && ciHigh !== null ? (
        <g className="interval-bar-ci">
          <line x1={clamp(ciLow)} x2={clamp(ciHigh)} y1="8" y2="8" />
          <line x1={clamp(ciLow)} x2={clamp(ciLow)} y1="4" y2="12" />
          <line x1={clamp(ciHigh)} x2={clamp(ciHigh)} y1="4" y2="12" />
        </g>
      ) : null}
      {target !== null ? (
        <line className="interval-bar-target" x1={clamp(target)} x2={clamp(target)} y1="0" y2="16" />
      ) : null}
    </svg>
  );
}
