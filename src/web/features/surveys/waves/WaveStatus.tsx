import { vnDate } from '../../../../lib/time.ts';
import type { Wave } from '../../../api/survey-types.ts';
import { StatusBadge } from '../../../components/StatusBadge.tsx';
import { useT } from '../../../i18n/index.tsx';

/** Open, not yet open, or closed, by today's Vietnam date. */
export function WaveStatus({ wave }: { wave: Pick<Wave, 'opensOn' | 'closesOn'> }) {
  const t = useT();
  const today = vnDate(new Date());
  if (today < wave.opensOn) return <StatusBadge tone="info">{t('waves.status.upcoming')}</StatusBadge>;
  if (today > wave.closesOn) return <StatusBadge tone="neutral">{t('waves.status.closed')}</StatusBadge>;
  return <StatusBadge tone="ok">{t('waves.status.open')}</StatusBadge>;
}
