import { Timeline as SharedTimeline } from '../../../components/Timeline.tsx';
import { type Translate, useI18n } from '../../../i18n/index.tsx';
import { channelLabel, deadlineLabel, eventLabel, statusLabel } from '../labels.ts';
import type { FeedbackEvent } from '../types.ts';

const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);

/** What an event's data says, in words ("Lý do: …", "Hạn trả lời mới: …"). */
export function eventDetails(t: Translate, dateTime: (v: string) => string, e: FeedbackEvent): string[] {
  const d = e.data ?? {};
  const out: string[] = [];
  const reason = str(d.reason);
  const when = (v: unknown) => (str(v) ? dateTime(v as string) : '');
  if (d.late === true) out.push(t('fb.event.late'));
  switch (e.kind) {
    case 'received':
      if (str(d.channel)) out.push(t('fb.event.channel', { channel: channelLabel(t, String(d.channel)) }));
      if (str(d.calledAt)) out.push(t('fb.event.calledAt', { at: when(d.calledAt) }));
      if (typeof d.photos === 'number' && d.photos > 0) out.push(t('fb.event.photos', { count: d.photos }));
      if (d.anonymous === true) out.push(t('fb.event.anonymous'));
      if (str(d.answerBy)) out.push(t('fb.event.answerBy', { due: when(d.answerBy) }));
      break;
    case 'transferred':
      out.push(t('fb.event.transferLine', { from: str(d.fromUnit) ?? '', to: str(d.toUnit) ?? '' }));
      if (str(d.toCategory)) out.push(t('fb.event.category', { category: str(d.toCategory) ?? '' }));
      break;
    case 'info_requested':
      if (str(d.question)) out.push(t('fb.event.question', { question: str(d.question) ?? '' }));
      break;
    case 'info_received':
      if (str(d.info)) out.push(t('fb.event.info', { info: str(d.info) ?? '' }));
      if (str(d.answerBy)) out.push(t('fb.event.newAnswerBy', { due: when(d.answerBy) }));
      break;
    case 'assigned':
      if (str(d.handler)) out.push(t('fb.event.handler', { handler: str(d.handler) ?? '' }));
      break;
    case 'answer_drafted':
      if (d.fromTemplate === true) out.push(t('fb.event.fromTemplate'));
      break;
    case 'approved':
      out.push(t(d.onTime === false ? 'fb.event.approvedLate' : 'fb.event.approvedOnTime'));
      if (str(d.publishBy)) out.push(t('fb.event.publishBy', { due: when(d.publishBy) }));
      break;
    case 'reopened':
      out.push(t(d.by === 'rating' ? 'fb.event.reopenedByRating' : 'fb.event.reopenedByReview'));
      if (str(d.answerBy)) out.push(t('fb.event.newAnswerBy', { due: when(d.answerBy) }));
      break;
    case 'rated':
      out.push(t(d.rating === 'dissatisfied' ? 'fb.rating.dissatisfied' : 'fb.rating.satisfied'));
      break;
    case 'merged':
      if (str(d.into)) out.push(t('fb.event.into', { code: str(d.into) ?? '' }));
      return out;
    case 'duplicate_linked':
      if (str(d.duplicate)) out.push(t('fb.event.duplicate', { code: str(d.duplicate) ?? '' }));
      break;
    case 'officer_named':
      out.push(
        str(d.officer) ? t('fb.event.officer', { officer: str(d.officer) ?? '' }) : t('fb.event.officerNone'),
      );
      break;
    case 'overdue':
      if (str(d.deadline)) out.push(deadlineLabel(t, String(d.deadline)));
      if (str(d.dueAt)) out.push(t('fb.event.dueAt', { due: when(d.dueAt) }));
      break;
  }
  if (reason) out.push(t('fb.event.reason', { reason }));
  if (str(d.note)) out.push(t('fb.event.note', { note: str(d.note) ?? '' }));
  return out;
}

/** Who did it: an officer's username, or "the reporter", "the system". */
function actorText(t: Translate, actor: string | null): string | null {
  if (!actor) return null;
  if (['system:citizen', 'system:public-web', 'system:open311'].includes(actor))
    return t('fb.event.byCitizen');
  if (actor.startsWith('system:')) return t('fb.event.bySystem');
  return actor;
}

/** The item's steps, oldest first, as an ordered list. */
export function Timeline({ events }: { events: FeedbackEvent[] }) {
  const { t, dateTime } = useI18n();
  return (
    <SharedTimeline
      events={events}
      dateTime={dateTime}
      kindLabel={(kind) => eventLabel(t, kind)}
      statusLabel={(status: string) => statusLabel(t, status)}
      details={(e) => eventDetails(t, dateTime, e)}
      byline={(e) => {
        const by = actorText(t, e.actor);
        return by ? t('fb.event.by', { actor: by }) : null;
      }}
    />
  );
}
