import { httpFailure, postJson } from './http.ts';
import { type OutgoingMessage, SendError, type Sender } from './sender.ts';
import { renderZns, TEMPLATE_NAMES, type TemplateName } from './templates.ts';

/**
 * Zalo Notification Service (ZNS), "send a ZNS message" (developers.zalo.me):
 *   POST {base}/message/template   headers: access_token: <OA access token>, Content-Type: application/json
 *   {phone: "84…", template_id: "<id>", template_data: {<param>: "<value>"…}, tracking_id: "<ours>"}
 *   → {error: 0, message: "Success", data: {msg_id, sent_time, quota}}; error ≠ 0 is a failure.
 * Error codes (zalo.cloud "Cách xử lý mã lỗi") and how they are treated here:
 *   permanent: -101…-105 app not valid/active/linked, -106 method, -108 phone invalid, -109 template
 *     id invalid, -111 template data empty, -112 template data invalid, -117 template not allowed for
 *     this OA/app, -118 no Zalo account for the phone, -119 account cannot receive ZNS;
 *   transient (retried): -124 invalid access token, because OA access tokens expire after hours
 *     and are renewed, so the message should wait for the renewed token rather than be dropped
 *     (it fails anyway after 8 attempts, about two hours); -115 out of quota, -133 outside the hours
 *     ZNS may be sent, -100 unknown, and any code not listed.
 * ZNS has no documented deduplication: a crash after Zalo accepted but before the outbox recorded
 * it sends the message again (at-least-once); tracking_id lets the two be reconciled.
 */
export interface ZaloOptions {
  /** https://business.openapi.zalo.me in production. */
  baseUrl: string;
  /** The OA access token, or a function that returns the current one (tokens are renewed). */
  accessToken: string | (() => string | Promise<string>);
  /** Our template name → the ZNS template id Zalo approved. Templates without an id are not sent. */
  templates: Partial<Record<TemplateName, string>>;
  timeoutMs?: number;
}

export const ZALO_PATH = '/message/template';
const PERMANENT = new Set([-101, -102, -103, -104, -105, -106, -108, -109, -111, -112, -117, -118, -119]);

export function createZaloSender(options: ZaloOptions): Sender {
  const url = `${options.baseUrl.replace(/\/+$/, '')}${ZALO_PATH}`;
  const templates = TEMPLATE_NAMES.filter((t) => options.templates[t]);
  return {
    channel: 'zalo',
    templates,
    async send(msg: OutgoingMessage) {
      const templateId = options.templates[msg.template];
      if (!templateId) throw new SendError(`Chưa cấu hình mẫu ZNS cho "${msg.template}"`, false);
      const token =
        typeof options.accessToken === 'function' ? await options.accessToken() : options.accessToken;
      const body = {
        phone: msg.recipient,
        template_id: templateId,
        template_data: renderZns(msg.template, msg.payload),
        tracking_id: msg.idempotencyKey,
      };
      const answer = await postJson(url, body, { access_token: token }, options.timeoutMs);
      const result = answer.json as
        | { error?: unknown; message?: unknown; data?: { msg_id?: unknown } }
        | undefined;
      if (!result || typeof result !== 'object' || typeof result.error !== 'number') {
        throw httpFailure('Zalo ZNS', answer);
      }
      if (result.error === 0 && answer.status === 200) {
        const msgId = result.data?.msg_id;
        // Accepted: never resend, even if the answer lacks its id.
        return {
          providerId: typeof msgId === 'string' && msgId ? msgId : `tracking_id:${msg.idempotencyKey}`,
        };
      }
      const detail = typeof result.message === 'string' && result.message ? ` (${result.message})` : '';
      throw new SendError(
        `Zalo ZNS từ chối tin nhắn: mã ${result.error}${detail}`,
        PERMANENT.has(result.error),
        String(result.error),
      );
    },
  };
}
