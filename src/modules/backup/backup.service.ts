import { timingSafeEqual } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Actor } from '../../access/actor.ts';
import { authorize, isTopLevel } from '../../access/permissions.ts';
import { type BackupSummary, writeBackup } from '../../db/backup.ts';
import type { Database } from '../../db/client.ts';
import type { AppContext } from '../../lib/context.ts';
import { unauthenticated } from '../accounts/accounts.errors.ts';
import { backupForbidden, backupKeyWrong } from './backup.errors.ts';

/**
 * Who may take the whole database away: a top-level administrator (session or API token), or the
 * `hailong backup` command on the same machine, which proves it can read the data folder by
 * presenting the key the server wrote into the folder's lock file (mode 0600). Whoever can read
 * that file can already copy the database files, so the key grants nothing more.
 */
export function authorizeBackup(
  actor: Actor | undefined,
  presentedKey: string | undefined,
  localKey?: string,
) {
  if (presentedKey !== undefined) {
    const a = Buffer.from(presentedKey);
    const b = Buffer.from(localKey ?? '');
    if (localKey && a.length === b.length && timingSafeEqual(a, b)) return;
    throw backupKeyWrong();
  }
  if (!actor) throw unauthenticated();
  authorize(actor, 'users.manage');
  if (!isTopLevel(actor)) {
    throw backupForbidden();
  }
}

/** A consistent snapshot into a private temporary file; the caller streams it, then calls `remove`. */
export async function snapshot(
  ctx: AppContext,
  engine: Database['engine'],
): Promise<BackupSummary & { remove(): void }> {
  const dir = mkdtempSync(join(tmpdir(), 'hailong-backup-'));
  try {
    const summary = await writeBackup({ db: ctx.db, engine }, join(dir, 'hailong.backup'));
    ctx.log.info({ rows: summary.rows, bytes: summary.bytes }, 'backup taken');
    return { ...summary, remove: () => rmSync(dir, { recursive: true, force: true }) };
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}
