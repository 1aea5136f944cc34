import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  unlinkSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { hostname } from 'node:os';
import { dirname, join } from 'node:path';
import { AppError } from '../lib/errors.ts';
import { formatDateTimeVi } from '../lib/format.ts';

/**
 * One process owns an embedded (PGlite) data folder: two WASM Postgres instances writing the same
 * files would corrupt them. The owner writes `hailong.lock` with its pid; another process gets a
 * clear message, and a lock whose process is gone (a crash, kill -9) is detected and cleared.
 */
interface LockInfo {
  pid: number;
  host: string;
  command: string;
  since: string;
}

export interface FolderLock {
  release(): void;
}

const LOCK_FILE = 'hailong.lock';

export function lockDataFolder(dir: string, command: string): FolderLock {
  try {
    mkdirSync(dir, { recursive: true });
  } catch (error) {
    // A recursive mkdir under a read-only parent says ENOENT; a plain one names the real cause (EROFS, EACCES).
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' && existsSync(dirname(dir))) mkdirSync(dir);
    throw error;
  }
  const path = join(dir, LOCK_FILE);
  const info: LockInfo = { pid: process.pid, host: hostname(), command, since: new Date().toISOString() };

  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(path, 'wx', 0o600);
      writeSync(fd, JSON.stringify(info));
      closeSync(fd);
      const release = () => {
        try {
          if (readLock(path)?.pid === process.pid) unlinkSync(path);
        } catch {
          // already gone
        }
      };
      process.once('exit', release);
      return {
        release() {
          process.removeListener('exit', release);
          release();
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = readLock(path);
      if (holder && isAlive(holder)) throw lockedError(dir, holder);
      // Left behind by a process that no longer runs (or unreadable half-written file): clear it.
      try {
        unlinkSync(path);
      } catch {
        // another process cleared it first; try again
      }
    }
  }
  throw new AppError('DATABASE_LOCKED', `Không thể khoá thư mục dữ liệu ${dir}.`);
}

function readLock(path: string): LockInfo | null {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as LockInfo;
  } catch {
    return null;
  }
}

function isAlive(holder: LockInfo): boolean {
  // A lock from another machine (shared folder) cannot be checked: treat it as held.
  if (holder.host !== hostname()) return true;
  if (holder.pid === process.pid) return true;
  try {
    process.kill(holder.pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function lockedError(dir: string, holder: LockInfo): AppError {
  return new AppError(
    'DATABASE_LOCKED',
    `Thư mục dữ liệu ${dir} đang được tiến trình ${holder.pid} (hailong ${holder.command}) sử dụng từ ${formatDateTimeVi(new Date(holder.since))}. ` +
      'Cơ sở dữ liệu nhúng chỉ cho một tiến trình mở: hãy dừng tiến trình đó rồi chạy lại lệnh, ' +
      'hoặc thực hiện thao tác qua giao diện web/API của máy chủ đang chạy.',
    { pid: holder.pid, command: holder.command, since: holder.since },
  );
}

/**
 * Add what other processes on this machine need to reach the owner (its address, the local backup
 * key) to the lock file it holds. Written to a temporary file and renamed, readable by the owner only.
 */
export function annotateLock(dir: string, extra: { url: string; backupKey: string }): void {
  const path = join(dir, LOCK_FILE);
  const info = readLock(path);
  if (!info || info.pid !== process.pid) return;
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify({ ...info, ...extra }), { mode: 0o600 });
  renameSync(tmp, path);
}

/** The owner of a data folder, when a live process holds it (for `hailong backup` to go through it). */
export function folderOwner(dir: string): (LockInfo & { url?: string; backupKey?: string }) | null {
  const holder = readLock(join(dir, LOCK_FILE));
  return holder && holder.pid !== process.pid && isAlive(holder) ? holder : null;
}
