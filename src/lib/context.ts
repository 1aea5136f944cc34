import type { Logger } from 'pino';
import type { Db } from '../db/client.ts';

/** What every service needs from the running process. Built once in server/main.ts or a CLI command. */
export interface AppContext {
  db: Db;
  log: Logger;
  /** The clock, injectable so tests can stand on a chosen day. */
  now: () => Date;
  /** Installation secret for keyed hashes (client addresses, device tokens). */
  secret: string;
  /** The address citizens reach (links in messages and on slips); default http://localhost:3000. */
  publicUrl?: string;
}
