import type { PublicationStatus as Status } from '../../../api/survey-types.ts';
import { StatusBadge } from '../../../components/StatusBadge.tsx';
import { useT } from '../../../i18n/index.tsx';

const TONE = { draft: 'neutral', approved: 'info', published: 'ok' } as const;

export function PublicationStatus({ status }: { status: Status }) {
  const t = useT();
  return <StatusBadge tone={TONE[status]}>{t(`publications.status.${status}`)}</StatusBadge>;
}
