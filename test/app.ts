import pino from 'pino';
import { afterAll } from 'vitest';
import type { Database } from '../src/db/client.ts';
import type { AppContext } from '../src/lib/context.ts';
import { createApp } from '../src/server/app.ts';
import { createTestDatabase } from './db.ts';

export interface TestApp {
  ctx: AppContext;
  database: Database;
  app: ReturnType<typeof createApp>;
  /** Set the clock every service reads. */
  setNow(date: Date): void;
}

/** One app on a fresh database per test file, closed after the file's tests. */
export async function createTestApp(): Promise<TestApp> {
  const database = await createTestDatabase();
  let now: Date | null = null;
  const ctx: AppContext = {
    db: database.db,
    log: pino({ level: 'silent' }),
    now: () => now ?? new Date(),
    secret: 'test-secret-0123456789abcdef0123456789',
  };
  const app = createApp(ctx, {
    engine: database.engine,
    webDir: '/nonexistent',
    cookieSecure: false,
    version: 'test',
  });
  afterAll(() => database.close());
  return {
    ctx,
    database,
    app,
    setNow: (d) => {
      now = d;
    },
  };
}

export interface Session {
  headers: Record<string, string>;
}

/** Log in through the API and return the headers a browser would then send. */
export async function login(app: TestApp['app'], username: string, password: string): Promise<Session> {
  const res = await app.request('/api/v1/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (res.status !== 200) throw new Error(`login ${username} failed: ${res.status} ${await res.text()}`);
  const cookie = res.headers.get('set-cookie')!.split(';')[0]!;
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return { headers: { cookie, 'x-csrf-token': csrfToken } };
}

/** A JSON request as the given session. */
export function call(
  app: TestApp['app'],
  session: Session | null,
  method: string,
  path: string,
  body?: unknown,
) {
  return app.request(path, {
    method,
    headers: {
      ...(session?.headers ?? {}),
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
  });
}
