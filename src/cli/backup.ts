import { createWriteStream, existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { checkBackup, syncDirectory, writeBackup } from '../db/backup.ts';
import { isEmptyFolder, openDatabase } from '../db/client.ts';
import { folderOwner } from '../db/lock.ts';
import { AppError } from '../lib/errors.ts';
import { loadConfig } from '../server/config.ts';
import { type Command, parseOptions, UsageError } from './run.ts';

const sizeText = (bytes: number) =>
  bytes < 1024 * 1024
    ? `${Math.ceil(bytes / 1024)} kB`
    : `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB`;

export const backupCommand: Command = {
  summary:
    'Sao lưu toàn bộ dữ liệu vào một tệp (ảnh chụp nhất quán; khi máy chủ đang chạy thì sao lưu qua máy chủ)',
  usage: 'hailong backup --out FILE [--server URL --token hl_…]',
  async run(args) {
    const { values } = parseOptions(args, {
      out: { type: 'string' },
      server: { type: 'string' },
      token: { type: 'string' },
    });
    if (!values.out) throw new UsageError('cần --out FILE: hailong backup --out sao-luu.backup');
    const out = resolve(values.out);
    if (existsSync(out) && statSync(out).isDirectory())
      throw new UsageError(`--out phải là một tệp, không phải thư mục: ${out}`);
    const token = values.token ?? process.env.HAILONG_TOKEN;
    if (values.server) {
      if (!token)
        throw new UsageError('--server cần khoá API của quản trị viên: --token hl_… hoặc HAILONG_TOKEN');
      return report(await throughServer(values.server, { authorization: `Bearer ${token}` }, out), 'máy chủ');
    }
    const config = loadConfig();
    if (config.databaseUrl) {
      const database = await openDatabase({ kind: 'postgres', url: config.databaseUrl, poolSize: 2 });
      try {
        return report(await writeBackup(database, out), 'PostgreSQL (DATABASE_URL)');
      } finally {
        await database.close();
      }
    }
    const owner = folderOwner(config.dataDir);
    if (owner?.url && owner.backupKey) {
      process.stderr.write(
        `Máy chủ (tiến trình ${owner.pid}) đang giữ ${config.dataDir}: sao lưu qua ${owner.url}\n`,
      );
      return report(
        await throughServer(owner.url, { 'x-hailong-backup-key': owner.backupKey }, out),
        owner.url,
      );
    }
    if (isEmptyFolder(config.dataDir)) {
      throw new AppError('NOT_FOUND', `Thư mục dữ liệu ${config.dataDir} trống: chưa có gì để sao lưu.`, {
        dataDir: config.dataDir,
      });
    }
    const database = await openDatabase({ kind: 'pglite', dataDir: config.dataDir, command: 'backup' });
    try {
      return report(await writeBackup(database, out), config.dataDir);
    } finally {
      await database.close();
    }
  },
};

function report(
  summary: { file: string; bytes: number; rows: number; counts: Record<string, number> },
  from: string,
) {
  const tables = Object.keys(summary.counts).length;
  process.stdout.write(
    `Đã sao lưu ${summary.rows} dòng của ${tables} bảng từ ${from} vào ${summary.file} (${sizeText(summary.bytes)}).\n`,
  );
  return 0;
}

/** Ask the running server for a snapshot; keep it only once it arrived whole and reads back clean. */
async function throughServer(server: string, headers: Record<string, string>, out: string) {
  const url = `${server.replace(/\/$/, '')}/api/v1/admin/backup`;
  let res: Response;
  try {
    res = await fetch(url, { headers });
  } catch (error) {
    throw new AppError(
      'DATABASE_LOCKED',
      `Không kết nối được máy chủ ${server} để sao lưu: ${(error as Error).message}`,
      {
        server,
      },
    );
  }
  if (res.status !== 200 || !res.body) {
    const body = (await res.json().catch(() => null)) as {
      error?: { code?: string; message?: string };
    } | null;
    throw new AppError(
      'FORBIDDEN',
      `Máy chủ từ chối sao lưu (HTTP ${res.status}): ${body?.error?.message ?? ''}`,
      {
        status: res.status,
        code: body?.error?.code,
      },
    );
  }
  const tmp = join(dirname(out), `.${basename(out)}.${process.pid}.tmp`);
  try {
    await pipeline(Readable.fromWeb(res.body as never), createWriteStream(tmp, { mode: 0o600 }));
    const { counts } = await checkBackup(tmp);
    renameSync(tmp, out);
    syncDirectory(dirname(out));
    const bytes = statSync(out).size;
    return { file: out, bytes, counts, rows: Object.values(counts).reduce((a, b) => a + b, 0) };
  } finally {
    rmSync(tmp, { force: true });
  }
}

/** Remove what a failed restore left in a folder that was empty (or absent) before it began. */
export function clearFolder(dir: string, existed: boolean): void {
  if (!existed) {
    rmSync(dir, { recursive: true, force: true });
    return;
  }
  for (const f of readdirSync(dir)) rmSync(join(dir, f), { recursive: true, force: true });
}
