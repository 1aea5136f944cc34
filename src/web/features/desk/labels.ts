import type { MessageKey } from '../../i18n/vi.ts';
import type { DeskChannel, DeskRegime, DocumentKind, RegimeForm, SlipForm } from './types.ts';

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
/** Which regime form each slip key is: its number and title come from the dossier's regime. */
const SLIP_KIND: Partial<Record<SlipForm, RegimeForm['slip']>> = {
  '01': 'receipt',
  '02': 'supplement',
  '03': 'refusal',
  '04': 'apology',
  '05': 'control',
  stop: 'stop',
};

type TV = (key: MessageKey, vars?: Record<string, string | number>) => string;

/** The regime's form a slip key prints as, when the dossier's regime has it. */
export const regimeFormOf = (form: string, regime?: Pick<DeskRegime, 'forms'> | null) => {
  const kind = SLIP_KIND[form as SlipForm];
  return kind ? regime?.forms.find((f) => f.slip === kind) : undefined;
};

/**
 * A slip's name and form number under the dossier's regime (data/regimes via the server):
 * "Phiếu kiểm soát quá trình giải quyết hồ sơ (Mẫu 06)" under TT 03/2025, "(Mẫu 05)" under TT 01/2018;
 * without a regime, the TT 01/2018 labels.
 */
export const slipLabel = (t: TV, form: string, regime?: Pick<DeskRegime, 'forms'> | null) => {
  const own = regimeFormOf(form, regime);
  if (own) return t('desk.slip.form', { title: own.title, code: own.code });
  return form in SLIP ? t(SLIP[form as SlipForm]) : form;
};
export const violationLabel = (t: T, kind: string) => (VIOLATION[kind] ? t(VIOLATION[kind]) : kind);
export const kindLabel = (t: T, kind: string) => (kind in KIND ? t(KIND[kind as DocumentKind]) : kind);
export const channelLabel = (t: T, channel: string) =>
  channel in CHANNEL ? t(CHANNEL[channel as DeskChannel]) : channel;
export const ruleSetLabel = (t: T, ruleSet: string) => (RULE_SET[ruleSet] ? t(RULE_SET[ruleSet]) : ruleSet);
