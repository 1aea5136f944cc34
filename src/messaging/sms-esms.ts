import { httpFailure, postJson } from './http.ts';
import { type OutgoingMessage, SendError, type Sender } from './sender.ts';
import { renderSms } from './templates.ts';

/**
 * SMS through eSMS.vn, "Send OTP/Customer care message" (developers.esms.vn, checked 2025):
 *   POST {base}/MainService.svc/json/SendMultipleMessage_V4_post_json/   Content-Type: application/json
 *   {ApiKey, SecretKey, Phone, Content, Brandname, SmsType: "2" (customer care), IsUnicode: "1",
 *    Sandbox: "0", RequestId}   — every field a string
 *   → {"CodeResult": "100", "SMSID": "…"} accepted; any other CodeResult is an error, with ErrorMessage.
 * Codes from eSMS's table of error codes, and how they are treated here:
 *   permanent: 101 wrong ApiKey/SecretKey, 102 no price list, 104 brandname not registered,
 *     108 phone format, 118 unsupported message type, 140 IP not whitelisted, 146 content does not
 *     match a registered customer-care template, 177 network not registered for the brandname;
 *   transient (retried): 103 balance too low (someone tops up), 99 (the table now says "phone
 *     blocked", older docs "unknown error, try later": retried, and after 8 attempts it fails anyway),
 *     and any code not listed;
 *   124 duplicate RequestId: eSMS already accepted this RequestId, i.e. an earlier attempt got through
 *     (the answer was lost, or the process stopped before recording it): recorded as sent. This makes
 *     SMS exactly-once across crashes; RequestId is the outbox row's idempotency key.
 * Brandname CSKH messages must match a template registered with the carriers through eSMS
 * (error 146 otherwise): register the SMS texts of templates.ts.
 */
export interface EsmsOptions {
  /** https://rest.esms.vn in production. */
  baseUrl: string;
  apiKey: string;
  secretKey: string;
  brandname: string;
  timeoutMs?: number;
}

export const ESMS_PATH = '/MainService.svc/json/SendMultipleMessage_V4_post_json/';
const PERMANENT = new Set(['101', '102', '104', '108', '118', '140', '146', '177']);

export function createEsmsSender(options: EsmsOptions): Sender {
  const url = `${options.baseUrl.replace(/\/+$/, '')}${ESMS_PATH}`;
  return {
    channel: 'sms',
    async send(msg: OutgoingMessage) {
      const body = {
        ApiKey: options.apiKey,
        SecretKey: options.secretKey,
        Phone: msg.recipient,
        Content: renderSms(msg.template, msg.payload),
        Brandname: options.brandname,
        SmsType: '2',
        IsUnicode: '1',
        Sandbox: '0',
        RequestId: msg.idempotencyKey,
      };
      const answer = await postJson(url, body, {}, options.timeoutMs);
      const result = answer.json as
        | { CodeResult?: unknown; SMSID?: unknown; ErrorMessage?: unknown }
        | undefined;
      if (answer.status !== 200 || !result || typeof result !== 'object' || result.CodeResult === undefined) {
        throw httpFailure('eSMS', answer);
      }
      const code = String(result.CodeResult);
      if (code === '100')
        return { providerId: String(result.SMSID ?? '') || `RequestId:${msg.idempotencyKey}` };
      if (code === '124') return { providerId: `RequestId:${msg.idempotencyKey}` };
      const detail =
        typeof result.ErrorMessage === 'string' && result.ErrorMessage ? ` (${result.ErrorMessage})` : '';
      throw new SendError(`eSMS từ chối tin nhắn: mã ${code}${detail}`, PERMANENT.has(code), code);
    },
  };
}
