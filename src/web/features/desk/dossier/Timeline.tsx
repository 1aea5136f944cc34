import { Timeline as SharedTimeline } from '../../../components/Timeline.tsx';
import { type Translate, useI18n } from '../../../i18n/index.tsx';
import { eventLabel, statusLabel } from '../labels.ts';
import type { DossierEvent } from '../types.ts';

const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);

/** What an event's data says, in words ("Lý do: …", "Hẹn trả: …"). */
export function eventDetails(t: Translate, dateTime: (v: string) => string, e: DossierEvent): string[] {
  const d = e.data ?? {};
  const out: string[] = [];
  const reason = str(d.reason);
  const when = (v: unknown) => (str(v) ? dateTime(v as string) : '');
  switch (e.kind) {
    case 'received':
      if (str(d.dueAt)) out.push(t('desk.event.due', { due: when(d.dueAt) }));
      break;
    case 'supplement_requested':
      if (Array.isArray(d.missing) && d.missing.length)
        out.push(t('desk.event.missing', { items: d.missing.map(String).join('; ') }));
      if (reason) out.push(t('desk.event.reason', { reason }));
      if (str(d.override)) out.push(t('desk.event.override', { reason: str(d.override) ?? '' }));
      break;
    case 'supplement_completed':
      if (str(d.dueAt))
        out.push(t('desk.event.paused', { days: Number(d.pausedWorkingDays ?? 0), due: when(d.dueAt) }));
      break;
    case 'refused':
    case 'stopped':
      if (reason) out.push(t('desk.event.reason', { reason }));
      if (str(d.legalBasis)) out.push(t('desk.event.legalBasis', { basis: str(d.legalBasis) ?? '' }));
      break;
    case 'apology':
      if (reason) out.push(t('desk.event.reason', { reason }));
      if (str(d.newDueAt)) out.push(t('desk.event.newDue', { old: when(d.oldDueAt), due: when(d.newDueAt) }));
      if (str(d.signerName))
        out.push(t('desk.event.signer', { title: str(d.signerTitle) ?? '', name: str(d.signerName) ?? '' }));
      break;
    case 'result_ready':
      if (d.early === true) out.push(t('desk.event.early'));
      break;
    case 'handover':
      out.push(
        t('desk.event.handoverLine', {
          from: str(d.from) ?? '',
          to: str(d.to) ?? '',
          by: str(d.givenBy) ?? '',
        }),
      );
      break;
    case 'handover_received':
      out.push(
        t('desk.event.handoverReceivedLine', { agency: str(d.agency) ?? '', by: str(d.receivedBy) ?? '' }),
      );
      break;
    case 'withdrawn':
      if (reason) out.push(t('desk.event.reason', { reason }));
      break;
    case 'due_recalculated':
      if (reason) out.push(t('desk.event.reason', { reason }));
      if (str(d.dueAt)) out.push(t('desk.event.newDue', { old: when(d.oldDueAt), due: when(d.dueAt) }));
      break;
  }
  return out;
}

/** The dossier's steps, oldest first, as an ordered list. */
export function Timeline({ events }: { events: DossierEvent[] }) {
  const { t, dateTime } = useI18n();
  return (
    <SharedTimeline
      events={events}
      dateTime={dateTime}
      kindLabel={(kind) => eventLabel(t, kind)}
      statusLabel={(status: number) => statusLabel(t, status)}
      details={(e) => eventDetails(t, dateTime, e)}
      byline={(e) => (e.actor ? t('desk.event.by', { actor: e.actor }) : null)}
    />
  );
}
