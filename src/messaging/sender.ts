import type { TemplateName } from './templates.ts';

export const CHANNELS = ['email', 'sms', 'zalo'] as const;
export type Channel = (typeof CHANNELS)[number];

/** One outbox row as a sender sees it. */
export interface OutgoingMessage {
  id: number;
  channel: Channel;
  /** Normalised at enqueue: an e-mail address, or 84xxxxxxxxx for SMS and Zalo. */
  recipient: string;
  template: TemplateName;
  payload: Record<string, unknown>;
  /**
   * The same for every attempt of this outbox row, so a provider that deduplicates (eSMS `RequestId`)
   * or lets us reconcile (Zalo `tracking_id`, the e-mail Message-ID) sees a retry as the same message.
   */
  idempotencyKey: string;
}

/** Every channel's adapter: SMTP, eSMS, Zalo ZNS, or a test double. */
export interface Sender {
  readonly channel: Channel;
  /** The templates this sender can deliver (e.g. those with a registered ZNS template); absent = all. */
  readonly templates?: readonly TemplateName[];
  send(msg: OutgoingMessage): Promise<{ providerId: string }>;
  /** Release connections (SMTP). */
  close?(): Promise<void>;
}

/**
 * A send that did not happen. `permanent`: trying again cannot help (bad address, template the
 * provider does not know, wrong credentials…), so the message is marked failed at once; otherwise
 * the worker retries with backoff.
 */
export class SendError extends Error {
  readonly permanent: boolean;
  /** The provider's code, when it gave one (SMTP 550, eSMS CodeResult, Zalo error). */
  readonly providerCode: string | undefined;
  constructor(message: string, permanent: boolean, providerCode?: string) {
    super(message);
    this.permanent = permanent;
    this.providerCode = providerCode;
    this.name = 'SendError';
  }
}
