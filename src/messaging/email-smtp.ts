import nodemailer from 'nodemailer';
import { type OutgoingMessage, SendError, type Sender } from './sender.ts';
import { renderEmail } from './templates.ts';

/**
 * E-mail through an SMTP server (nodemailer), one connection per message. `smtps://` connects with
 * TLS at once (port 465); `smtp://` upgrades with STARTTLS when the server offers it.
 * SMTP replies decide retries: 5xx is permanent (unknown mailbox, authentication refused), 4xx and
 * connection failures are transient. Each message carries a Message-ID made from the outbox row, so
 * a resend after a crash is recognisable as the same message.
 */
export interface SmtpOptions {
  host: string;
  port: number;
  secure: boolean;
  user?: string;
  pass?: string;
  /** `"Bộ phận Một cửa" <no-reply@example.gov.vn>` */
  from: string;
  timeoutMs?: number;
}

/** smtp://user:pass@host:port or smtps://… → options (user and password URL-decoded). */
export function parseSmtpUrl(url: string): Omit<SmtpOptions, 'from'> {
  const u = new URL(url);
  if (u.protocol !== 'smtp:' && u.protocol !== 'smtps:')
    throw new Error('phải bắt đầu bằng smtp:// hoặc smtps://');
  if (!u.hostname) throw new Error('thiếu tên máy chủ');
  const secure = u.protocol === 'smtps:';
  return {
    host: u.hostname.replace(/^\[|\]$/g, ''),
    port: u.port ? Number(u.port) : secure ? 465 : 587,
    secure,
    ...(u.username ? { user: decodeURIComponent(u.username), pass: decodeURIComponent(u.password) } : {}),
  };
}

export function createSmtpSender(options: SmtpOptions): Sender {
  const timeout = options.timeoutMs ?? 20_000;
  const transport = nodemailer.createTransport({
    host: options.host,
    port: options.port,
    secure: options.secure,
    ...(options.user ? { auth: { user: options.user, pass: options.pass ?? '' } } : {}),
    connectionTimeout: timeout,
    greetingTimeout: timeout,
    socketTimeout: timeout,
  });
  const domain = /@([^>\s]+)>?\s*$/.exec(options.from)?.[1] ?? 'hailong.local';
  return {
    channel: 'email',
    async send(msg: OutgoingMessage) {
      const { subject, text } = renderEmail(msg.template, msg.payload);
      try {
        const info = await transport.sendMail({
          from: options.from,
          to: msg.recipient,
          subject,
          text,
          messageId: `<${msg.idempotencyKey}@${domain}>`,
        });
        return { providerId: String(info.messageId ?? msg.idempotencyKey) };
      } catch (error) {
        throw smtpFailure(error);
      }
    },
    async close() {
      transport.close();
    },
  };
}

function smtpFailure(error: unknown): SendError {
  const e = error as { code?: string; responseCode?: number; response?: string; message?: string };
  const message = `Máy chủ thư từ chối: ${e.response ?? e.message ?? String(error)}`.slice(0, 500);
  if (typeof e.responseCode === 'number') {
    return new SendError(message, e.responseCode >= 500, String(e.responseCode));
  }
  // No SMTP reply: the connection failed or timed out (ECONNECTION, ETIMEDOUT, ESOCKET, EDNS, ETLS…).
  return new SendError(message, e.code === 'EAUTH' || e.code === 'EENVELOPE', e.code);
}
