import type { ReactNode } from 'react';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import { useT } from '../../i18n/index.tsx';
import { planStatusLabel, planStatusTone, taskStatusLabel, taskStatusTone } from './labels.ts';

/** A badge whose label wraps instead of being cut short in a narrow table cell. */
export function WrapBadge({
  tone,
  children,
}: {
  tone: Parameters<typeof StatusBadge>[0]['tone'];
  children: ReactNode;
}) {
  return (
    <span className="badge-wrap">
      <StatusBadge tone={tone}>{children}</StatusBadge>
    </span>
  );
}

export function PlanStatusBadge({ status }: { status: string }) {
  const t = useT();
  return <WrapBadge tone={planStatusTone(status)}>{planStatusLabel(t, status)}</WrapBadge>;
}

export function TaskStatusBadge({ status }: { status: string }) {
  const t = useT();
  return <WrapBadge tone={taskStatusTone(status)}>{taskStatusLabel(t, status)}</WrapBadge>;
}
