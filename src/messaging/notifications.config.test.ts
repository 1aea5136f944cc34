import { describe, expect, it } from 'vitest';
import { NotificationConfigError, sendersFromEnv } from './notifications.config.ts';

const SMTP = {
  HAILONG_SMTP_URL: 'smtp://u:p@127.0.0.1:2525',
  HAILONG_MAIL_FROM: '"Một cửa" <no-reply@x.gov.vn>',
};
const ESMS = { HAILONG_ESMS_API_KEY: 'k', HAILONG_ESMS_SECRET: 's', HAILONG_ESMS_BRANDNAME: 'UBND_X' };
const ZALO = {
  HAILONG_ZALO_TOKEN: 't',
  HAILONG_ZALO_TEMPLATES: '{"dossier.received":"301001","dossier.apology":301003}',
};

describe('sendersFromEnv', () => {
  it('configures no channel when nothing is set (empty values count as unset)', () => {
    expect(sendersFromEnv({})).toEqual([]);
    expect(sendersFromEnv({ HAILONG_SMTP_URL: '', HAILONG_ZALO_TOKEN: '' })).toEqual([]);
  });

  it('configures each channel whose variables are set', () => {
    expect(sendersFromEnv({ ...SMTP, ...ESMS, ...ZALO }).map((s) => s.channel)).toEqual([
      'email',
      'sms',
      'zalo',
    ]);
    expect(sendersFromEnv(ESMS).map((s) => s.channel)).toEqual(['sms']);
    const [zalo] = sendersFromEnv(ZALO);
    expect(zalo!.templates).toEqual(['dossier.received', 'dossier.apology']);
  });

  it('fails fast, naming the variable, when a channel is half configured or malformed', () => {
    const error = (env: Record<string, string>) => {
      try {
        sendersFromEnv(env);
      } catch (e) {
        expect(e).toBeInstanceOf(NotificationConfigError);
        return (e as Error).message;
      }
      throw new Error('expected a configuration error');
    };
    expect(error({ HAILONG_SMTP_URL: SMTP.HAILONG_SMTP_URL })).toContain(
      'HAILONG_MAIL_FROM: cần khi có HAILONG_SMTP_URL',
    );
    expect(error({ ...SMTP, HAILONG_SMTP_URL: 'http://mail.x.vn' })).toContain('HAILONG_SMTP_URL');
    expect(error({ HAILONG_ESMS_API_KEY: 'k' })).toMatch(/HAILONG_ESMS_SECRET.*\n.*HAILONG_ESMS_BRANDNAME/);
    expect(error({ HAILONG_ZALO_TOKEN: 't' })).toContain('HAILONG_ZALO_TEMPLATES');
    expect(error({ ...ZALO, HAILONG_ZALO_TEMPLATES: '{oops' })).toContain('không phải JSON hợp lệ');
    expect(error({ ...ZALO, HAILONG_ZALO_TEMPLATES: '{"dossier.unknown":"1"}' })).toContain(
      'HAILONG_ZALO_TEMPLATES',
    );
    expect(error({ ...ESMS, HAILONG_ESMS_URL: 'not a url' })).toContain('HAILONG_ESMS_URL');
  });
});
