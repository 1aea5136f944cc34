import { resolve } from 'node:path';
import { z } from 'zod';

/**
 * Configuration from the environment, checked at start so a typo fails fast with a clear message.
 * README.md lists every variable; keep the two in step.
 */
const EnvSchema = z.object({
  HAILONG_DATA: z.string().min(1).default('./var/db'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'phải bắt đầu bằng postgres:// hoặc postgresql://')
    .optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  HAILONG_PUBLIC_URL: z.url().optional(),
  HAILONG_SECRET: z.string().min(32, 'cần ít nhất 32 ký tự').optional(),
  HAILONG_COOKIE_SECURE: z.enum(['auto', 'true', 'false']).default('auto'),
  HAILONG_WEB_DIR: z.string().min(1).default('./dist/web'),
});

export interface Config {
  dataDir: string;
  databaseUrl: string | undefined;
  port: number;
  host: string;
  logLevel: z.infer<typeof EnvSchema>['LOG_LEVEL'];
  publicUrl: string;
  /** False when HAILONG_PUBLIC_URL is unset and `publicUrl` is only guessed from the host and port. */
  publicUrlSet: boolean;
  /** From the environment; when unset, a secret is generated once and kept in the database. */
  secret: string | undefined;
  cookieSecure: boolean;
  webDir: string;
}

export class ConfigError extends Error {}

export function loadConfig(
  env: NodeJS.ProcessEnv = process.env,
  overrides: { port?: number; host?: string } = {},
): Config {
  const parsed = EnvSchema.safeParse(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== '')));
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Cấu hình không hợp lệ:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const port = overrides.port ?? e.PORT;
  const host = overrides.host ?? e.HOST;
  const publicUrl = (
    e.HAILONG_PUBLIC_URL ??
    `http://${host === '0.0.0.0' || host === '127.0.0.1' ? 'localhost' : host}:${port}`
  ).replace(/\/$/, '');
  return {
    dataDir: resolve(e.HAILONG_DATA),
    databaseUrl: e.DATABASE_URL,
    port,
    host,
    logLevel: e.LOG_LEVEL,
    publicUrl,
    publicUrlSet: e.HAILONG_PUBLIC_URL !== undefined,
    secret: e.HAILONG_SECRET,
    cookieSecure:
      e.HAILONG_COOKIE_SECURE === 'auto'
        ? publicUrl.startsWith('https://')
        : e.HAILONG_COOKIE_SECURE === 'true',
    webDir: resolve(e.HAILONG_WEB_DIR),
  };
}

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '::1']);

/**
 * QR codes, slips and e-mails carry `publicUrl`. A server that other machines reach but that
 * guesses its address would print "localhost" or a private address on paper handed to citizens,
 * so `serve` and `start` say so at start. A loopback server is only seen from its own machine.
 */
export function publicUrlWarning(config: Pick<Config, 'publicUrl' | 'publicUrlSet' | 'host'>): string | null {
  if (config.publicUrlSet || LOOPBACK_HOSTS.has(config.host)) return null;
  return (
    `Cảnh báo: chưa đặt HAILONG_PUBLIC_URL. Mã QR, phiếu và thư điện tử sẽ in địa chỉ ${config.publicUrl}, ` +
    'người dân ở máy khác có thể không mở được. Đặt HAILONG_PUBLIC_URL=https://… (địa chỉ công khai của máy chủ).\n'
  );
}
