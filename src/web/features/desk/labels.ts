import type { MessageKey } from '../../i18n/vi.ts';
import type { DeskChannel, DocumentKind, SlipForm } from './types.ts';

/** Message keys of the desk's codes; an unknown code shows as it is. */
const STATUS: Record<number, MessageKey> = {
  1: 'desk.status.1',
  2: 'desk.status.2',
  3: 'desk.status.3',
  4: 'desk.status.4',
  5: 'desk.status.5',
  6: 'desk.status.6',
  7: 'desk.status.7',
  8: 'desk.status.8',
  9: 'desk.status.9',
  10: 'desk.status.10',
};

const EVENT: Record<string, MessageKey> = {
  received: 'desk.event.received',
  processing: 'desk.event.processing',
  supplement_requested: 'desk.event.supplement_requested',
  supplement_completed: 'desk.event.supplement_completed',
  refused: 'desk.event.refused',
  apology: 'desk.event.apology',
  result_ready: 'desk.event.result_ready',
  returned: 'desk.event.returned',
  handover: 'desk.event.handover',
  handover_received: 'desk.event.handover_received',
  withdrawn: 'desk.event.withdrawn',
  due_recalculated: 'desk.event.due_recalculated',
  stopped: 'desk.event.stopped',
};

export const SLIP: Record<SlipForm, MessageKey> = {
  '01': 'desk.slip.01',
  '02': 'desk.slip.02',
  '03': 'desk.slip.03',
  '04': 'desk.slip.04',
  '05': 'desk.slip.05',
  invitation: 'desk.slip.invitation',
  stop: 'desk.slip.stop',
};

const VIOLATION: Record<string, MessageKey> = {
  SECOND_SUPPLEMENT: 'desk.violation.SECOND_SUPPLEMENT',
  LATE_WITHOUT_APOLOGY: 'desk.violation.LATE_WITHOUT_APOLOGY',
};

export const KIND: Record<DocumentKind, MessageKey> = {
  original: 'desk.kind.original',
  certified_copy: 'desk.kind.certified_copy',
  copy: 'desk.kind.copy',
};

export const CHANNEL: Record<DeskChannel, MessageKey> = {
  direct: 'desk.channel.direct',
  online: 'desk.channel.online',
  postal: 'desk.channel.postal',
};

const RULE_SET: Record<string, MessageKey> = {
  'ND61-2018': 'desk.ruleSet.ND61-2018',
  'ND118-2025': 'desk.ruleSet.ND118-2025',
};

type T = (key: MessageKey) => string;

export const statusLabel = (t: T, status: number, fallback = String(status)) =>
  STATUS[status] ? t(STATUS[status]) : fallback;
export const eventLabel = (t: T, kind: string) => (EVENT[kind] ? t(EVENT[kind]) : kind);
/** TT 03/2025 (NĐ 118) renumbered and renamed some forms: the slip keys stay, the labels follow the regime. */
const SLIP_ND118: Partial<Record<SlipForm, MessageKey>> = {
  '04': 'desk.slip.ND118.04',
  '05': 'desk.slip.ND118.05',
};

/** A slip's name and form number under the dossier's regime (TT 01/2018 when none is given). */
export const slipLabel = (t: T, form: string, ruleSet?: string) => {
  const nd118 = ruleSet === 'ND118-2025' ? SLIP_ND118[form as SlipForm] : undefined;
  return nd118 ? t(nd118) : form in SLIP ? t(SLIP[form as SlipForm]) : form;
};
export const violationLabel = (t: T, kind: string) => (VIOLATION[kind] ? t(VIOLATION[kind]) : kind);
export const kindLabel = (t: T, kind: string) => (kind in KIND ? t(KIND[kind as DocumentKind]) : kind);
export const channelLabel = (t: T, channel: string) =>
  channel in CHANNEL ? t(CHANNEL[channel as DeskChannel]) : channel;
export const ruleSetLabel = (t: T, ruleSet: string) => (RULE_SET[ruleSet] ? t(RULE_SET[ruleSet]) : ruleSet);
