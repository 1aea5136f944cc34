import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/app.ts';
import { parseMail } from '../../test/fakes/mime.ts';
import { type SmtpProcess, startSmtpProcess } from '../../test/fakes/smtp.ts';
import { outbox } from '../db/schema/index.ts';
import { createSmtpSender, parseSmtpUrl } from './email-smtp.ts';
import { enqueue } from './outbox.ts';
import type { Sender } from './sender.ts';
import { runOutboxOnce } from './worker.ts';

let t: TestApp;
let smtp: SmtpProcess;
let email: Sender;
const FROM = '"Bộ phận Một cửa UBND xã Hòa Bình" <no-reply@hoabinh.gov.vn>';

beforeAll(async () => {
  [t, smtp] = await Promise.all([
    createTestApp(),
    startSmtpProcess({ user: 'mot-cua', pass: 'mật khẩu:1@2' }),
  ]);
  email = createSmtpSender({ ...parseSmtpUrl(smtp.url), from: FROM });
});
afterAll(async () => {
  await email?.close?.();
  await smtp?.close();
});

const NOW = new Date('2025-07-01T01:00:00Z');
beforeEach(() => t.setNow(NOW));

const payload = {
  code: 'H01.39-250701-0007',
  procedure: 'Đăng ký kết hôn có yếu tố nước ngoài',
  dueAt: '2025-07-15T09:30:00Z',
  lookupUrl: 'https://motcua.hoabinh.gov.vn/tra-cuu/H01.39-250701-0007',
  name: 'Trần Thị Hồng Nhung',
};

async function queue(recipient: string, dedupeKey: string) {
  await enqueue(
    t.ctx.db,
    { channel: 'email', recipient, template: 'dossier.received', payload, dedupeKey },
    NOW,
  );
}
async function row(dedupeKey: string) {
  const [r] = await t.ctx.db.select().from(outbox).where(eq(outbox.dedupeKey, dedupeKey));
  return r!;
}

describe('e-mail over SMTP (a real SMTP server in a child process)', () => {
  it('parses smtp:// URLs', () => {
    expect(parseSmtpUrl('smtp://a%40b:p%3Aq@mail.example.vn:2525')).toEqual({
      host: 'mail.example.vn',
      port: 2525,
      secure: false,
      user: 'a@b',
      pass: 'p:q',
    });
    expect(parseSmtpUrl('smtps://mail.example.vn')).toMatchObject({ port: 465, secure: true });
    expect(() => parseSmtpUrl('http://mail.example.vn')).toThrow('smtp://');
  });

  it('delivers the message with its Vietnamese subject and body intact', async () => {
    await queue('Nhung.Tran@Example.VN', 'received:1');
    expect(await runOutboxOnce(t.ctx, [email])).toMatchObject({ sent: 1 });

    const [mail] = await smtp.waitFor(1);
    expect(mail!.from).toBe('no-reply@hoabinh.gov.vn');
    expect(mail!.to).toEqual(['Nhung.Tran@example.vn']);
    const parsed = parseMail(mail!.raw);
    expect(parsed.subject).toBe('Đã tiếp nhận hồ sơ H01.39-250701-0007');
    expect(parsed.text).toContain('Kính gửi ông/bà Trần Thị Hồng Nhung,');
    expect(parsed.text).toContain('Thủ tục: Đăng ký kết hôn có yếu tố nước ngoài');
    expect(parsed.text).toContain('Ngày hẹn trả kết quả: 15/07/2025 16:30');
    expect(parsed.text).toContain('https://motcua.hoabinh.gov.vn/tra-cuu/H01.39-250701-0007');
    // The sender's display name travels encoded and comes back whole.
    expect(parsed.headers.get('from')).toMatch(/^=\?UTF-8\?/i);

    const r = await row('received:1');
    expect(r.status).toBe('sent');
    expect(r.providerId).toBe(parsed.headers.get('message-id'));
    expect(r.providerId).toMatch(/^<hailong-\d+-[0-9a-z]+@hoabinh\.gov\.vn>$/);
  });

  it('fails a message to a mailbox the server refuses (550), retries one it defers (451)', async () => {
    await queue('reject@example.vn', 'received:reject');
    await queue('busy@example.vn', 'received:busy');
    expect(await runOutboxOnce(t.ctx, [email])).toMatchObject({ failed: 1, retried: 1 });
    expect(await row('received:reject')).toMatchObject({ status: 'failed' });
    expect((await row('received:reject')).lastError).toContain('550');
    expect(await row('received:busy')).toMatchObject({ status: 'pending', attempts: 1 });
    expect((await row('received:busy')).lastError).toContain('451');
  });

  it('is refused with a wrong password (535, permanent) and retries when the server is down', async () => {
    const wrong = createSmtpSender({ ...parseSmtpUrl(smtp.url), pass: 'sai', from: FROM });
    const down = createSmtpSender({ host: '127.0.0.1', port: 1, secure: false, from: FROM, timeoutMs: 2000 });
    const msg = {
      id: 1,
      channel: 'email' as const,
      recipient: 'dan@example.vn',
      template: 'dossier.received' as const,
      payload,
      idempotencyKey: 'hailong-1-x',
    };
    await expect(wrong.send(msg)).rejects.toMatchObject({
      name: 'SendError',
      permanent: true,
      providerCode: '535',
    });
    await expect(down.send(msg)).rejects.toMatchObject({ name: 'SendError', permanent: false });
  });
});
