import type { MessageKey } from '../../i18n/vi.ts';
import type { Channel, DeadlineKind, FeedbackStatus } from './types.ts';

/** Message keys of the feedback codes; an unknown code shows as it is (or the server's name). */
export const STATUS: Record<FeedbackStatus, MessageKey> = {
  cho_tiep_nhan: 'fb.status.cho_tiep_nhan',
  tu_choi: 'fb.status.tu_choi',
  da_chuyen: 'fb.status.da_chuyen',
  cho_bo_sung: 'fb.status.cho_bo_sung',
  dang_xu_ly: 'fb.status.dang_xu_ly',
  cho_duyet: 'fb.status.cho_duyet',
  da_tra_loi: 'fb.status.da_tra_loi',
  da_cong_khai: 'fb.status.da_cong_khai',
};

const EVENT: Record<string, MessageKey> = {
  received: 'fb.event.received',
  accepted: 'fb.event.accepted',
  rejected: 'fb.event.rejected',
  transferred: 'fb.event.transferred',
  info_requested: 'fb.event.info_requested',
  info_received: 'fb.event.info_received',
  assigned: 'fb.event.assigned',
  answer_drafted: 'fb.event.answer_drafted',
  approved: 'fb.event.approved',
  draft_returned: 'fb.event.draft_returned',
  published: 'fb.event.published',
  reopened: 'fb.event.reopened',
  rated: 'fb.event.rated',
  merged: 'fb.event.merged',
  duplicate_linked: 'fb.event.duplicate_linked',
  officer_named: 'fb.event.officer_named',
  officer_verified: 'fb.event.officer_verified',
  officer_unverified: 'fb.event.officer_unverified',
  overdue: 'fb.event.overdue',
};

const CHANNEL: Record<Channel, MessageKey> = {
  web: 'fb.channel.web',
  hotline: 'fb.channel.hotline',
  counter: 'fb.channel.counter',
  kiosk: 'fb.channel.kiosk',
  open311: 'fb.channel.open311',
};

const DEADLINE: Record<DeadlineKind, MessageKey> = {
  classify: 'fb.deadline.classify',
  answer: 'fb.deadline.answer',
  publish: 'fb.deadline.publish',
};

type T = (key: MessageKey) => string;

export const statusLabel = (t: T, status: string, fallback = status) =>
  status in STATUS ? t(STATUS[status as FeedbackStatus]) : fallback;
export const eventLabel = (t: T, kind: string) => (EVENT[kind] ? t(EVENT[kind]) : kind);
export const channelLabel = (t: T, channel: string) =>
  channel in CHANNEL ? t(CHANNEL[channel as Channel]) : channel;
export const deadlineLabel = (t: T, kind: string, fallback = kind) =>
  kind in DEADLINE ? t(DEADLINE[kind as DeadlineKind]) : fallback;
