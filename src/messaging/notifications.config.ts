import { z } from 'zod';
import { createSmtpSender, parseSmtpUrl } from './email-smtp.ts';
import type { Sender } from './sender.ts';
import { createEsmsSender } from './sms-esms.ts';
import { TEMPLATE_NAMES, type TemplateName } from './templates.ts';
import { createZaloSender } from './zalo-zns.ts';

/**
 * Channel settings from the environment (the module reads them itself; server/config.ts is not
 * involved). A channel is on when its variables are set; setting only some of a channel's variables
 * is an error, reported at start. An unset channel is simply off: its messages wait in the outbox.
 *
 *   HAILONG_SMTP_URL        smtp://user:pass@host:587 (STARTTLS when offered) or smtps://…:465
 *   HAILONG_MAIL_FROM       "Bộ phận Một cửa" <no-reply@example.gov.vn>   (required with SMTP_URL)
 *   HAILONG_ESMS_URL        default https://rest.esms.vn
 *   HAILONG_ESMS_API_KEY, HAILONG_ESMS_SECRET, HAILONG_ESMS_BRANDNAME   (all three, or none)
 *   HAILONG_ZALO_URL        default https://business.openapi.zalo.me
 *   HAILONG_ZALO_TOKEN      OA access token
 *   HAILONG_ZALO_TEMPLATES  JSON {"dossier.received": "<ZNS template id>", …}   (required with TOKEN)
 */
const optional = z.string().trim().min(1).optional();

const EnvSchema = z
  .object({
    HAILONG_SMTP_URL: z
      .string()
      .trim()
      .regex(/^smtps?:\/\/[^/]/, 'phải có dạng smtp://user:pass@host:port hoặc smtps://…')
      .optional(),
    HAILONG_MAIL_FROM: optional,
    HAILONG_ESMS_URL: z.url({ protocol: /^https?$/ }).default('https://rest.esms.vn'),
    HAILONG_ESMS_API_KEY: optional,
    HAILONG_ESMS_SECRET: optional,
    HAILONG_ESMS_BRANDNAME: optional,
    HAILONG_ZALO_URL: z.url({ protocol: /^https?$/ }).default('https://business.openapi.zalo.me'),
    HAILONG_ZALO_TOKEN: optional,
    HAILONG_ZALO_TEMPLATES: z
      .string()
      .transform((s, ctx) => {
        try {
          return JSON.parse(s) as unknown;
        } catch {
          ctx.addIssue({ code: 'custom', message: 'không phải JSON hợp lệ' });
          return z.NEVER;
        }
      })
      .pipe(
        z.partialRecord(
          z.enum(TEMPLATE_NAMES),
          z.union([z.string().trim().min(1), z.number().int().positive().transform(String)]),
        ),
      )
      .optional(),
  })
  .superRefine((e, ctx) => {
    const need = (when: boolean, key: keyof typeof e, message: string) => {
      if (when && e[key] === undefined) ctx.addIssue({ code: 'custom', path: [key], message });
    };
    need(e.HAILONG_SMTP_URL !== undefined, 'HAILONG_MAIL_FROM', 'cần khi có HAILONG_SMTP_URL');
    need(e.HAILONG_MAIL_FROM !== undefined, 'HAILONG_SMTP_URL', 'cần khi có HAILONG_MAIL_FROM');
    const esms = ['HAILONG_ESMS_API_KEY', 'HAILONG_ESMS_SECRET', 'HAILONG_ESMS_BRANDNAME'] as const;
    const anyEsms = esms.some((k) => e[k] !== undefined);
    for (const k of esms) need(anyEsms, k, 'cần đủ cả ba biến HAILONG_ESMS_API_KEY, _SECRET, _BRANDNAME');
    need(e.HAILONG_ZALO_TEMPLATES !== undefined, 'HAILONG_ZALO_TOKEN', 'cần khi có HAILONG_ZALO_TEMPLATES');
    need(e.HAILONG_ZALO_TOKEN !== undefined, 'HAILONG_ZALO_TEMPLATES', 'cần khi có HAILONG_ZALO_TOKEN');
    if (e.HAILONG_SMTP_URL) {
      try {
        parseSmtpUrl(e.HAILONG_SMTP_URL);
      } catch (error) {
        ctx.addIssue({ code: 'custom', path: ['HAILONG_SMTP_URL'], message: (error as Error).message });
      }
    }
  });

export class NotificationConfigError extends Error {
  override name = 'NotificationConfigError';
}

/** The senders of the channels the environment configures (possibly none). */
export function sendersFromEnv(env: NodeJS.ProcessEnv = process.env): Sender[] {
  const parsed = EnvSchema.safeParse(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== '')));
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new NotificationConfigError(`Cấu hình thông báo không hợp lệ:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const senders: Sender[] = [];
  if (e.HAILONG_SMTP_URL && e.HAILONG_MAIL_FROM) {
    senders.push(createSmtpSender({ ...parseSmtpUrl(e.HAILONG_SMTP_URL), from: e.HAILONG_MAIL_FROM }));
  }
  if (e.HAILONG_ESMS_API_KEY && e.HAILONG_ESMS_SECRET && e.HAILONG_ESMS_BRANDNAME) {
    senders.push(
      createEsmsSender({
        baseUrl: e.HAILONG_ESMS_URL,
        apiKey: e.HAILONG_ESMS_API_KEY,
        secretKey: e.HAILONG_ESMS_SECRET,
        brandname: e.HAILONG_ESMS_BRANDNAME,
      }),
    );
  }
  if (e.HAILONG_ZALO_TOKEN && e.HAILONG_ZALO_TEMPLATES) {
    senders.push(
      createZaloSender({
        baseUrl: e.HAILONG_ZALO_URL,
        accessToken: e.HAILONG_ZALO_TOKEN,
        templates: e.HAILONG_ZALO_TEMPLATES as Partial<Record<TemplateName, string>>,
      }),
    );
  }
  return senders;
}
