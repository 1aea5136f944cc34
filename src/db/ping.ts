import { sql } from 'drizzle-orm';
import type { Db } from './client.ts';

/** One round trip to the database: throws when it does not answer (the health check). */
export async function ping(db: Db): Promise<void> {
  await db.execute(sql`select 1`);
}
