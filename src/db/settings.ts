import { eq } from 'drizzle-orm';
import type { Db } from './client.ts';
import { settings } from './schema/index.ts';

/** Read a setting, creating it with `initial()` the first time (e.g. a generated secret). */
export async function getOrCreateSetting(db: Db, key: string, initial: () => string): Promise<string> {
  await db.insert(settings).values({ key, value: initial() }).onConflictDoNothing();
  const [row] = await db.select({ value: settings.value }).from(settings).where(eq(settings.key, key));
  return row!.value;
}

export async function getSetting(db: Db, key: string): Promise<string | undefined> {
  const [row] = await db.select({ value: settings.value }).from(settings).where(eq(settings.key, key));
  return row?.value;
}

export async function setSetting(db: Db, key: string, value: string): Promise<void> {
  await db
    .insert(settings)
    .values({ key, value })
    .onConflictDoUpdate({ target: settings.key, set: { value, updatedAt: new Date() } });
}
