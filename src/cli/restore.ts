import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { checkBackup, isEmptyDatabase, restoreBackup, targetNotEmpty } from '../db/backup.ts';
import { isEmptyFolder, openDatabase } from '../db/client.ts';
import { loadConfig } from '../server/config.ts';
import { clearFolder } from './backup.ts';
import { type Command, parseOptions, UsageError } from './run.ts';

export const restoreCommand: Command = {
  summary:
    'Khôi phục một tệp sao lưu vào thư mục HAILONG_DATA trống hoặc vào cơ sở dữ liệu DATABASE_URL trống',
  usage: 'hailong restore FILE',
  async run(args) {
    const { positionals } = parseOptions(args, {}, true);
    const [arg] = positionals;
    if (!arg || positionals.length > 1)
      throw new UsageError('cần đúng một tệp sao lưu: hailong restore FILE');
    const file = resolve(arg);
    const config = loadConfig();
    // The whole file is read and checked before anything is created.
    const { counts } = await checkBackup(file);
    let summary: Awaited<ReturnType<typeof restoreBackup>>;
    let target: string;
    if (config.databaseUrl) {
      target = 'DATABASE_URL';
      const database = await openDatabase({ kind: 'postgres', url: config.databaseUrl, poolSize: 2 });
      try {
        if (!(await isEmptyDatabase(database))) throw targetNotEmpty(target);
        summary = await restoreBackup(database, file, target);
      } finally {
        await database.close();
      }
    } else {
      target = config.dataDir;
      if (!isEmptyFolder(target)) throw targetNotEmpty(target);
      const existed = existsSync(target);
      const database = await openDatabase({ kind: 'pglite', dataDir: target, command: 'restore' });
      try {
        summary = await restoreBackup(database, file, target);
        await database.close();
      } catch (error) {
        await database.close().catch(() => {});
        clearFolder(target, existed);
        throw error;
      }
    }
    const missing = Object.entries(counts).filter(([t, n]) => summary.counts[t] !== n);
    if (missing.length > 0) {
      process.stderr.write(
        `Số dòng sau khi khôi phục khác tệp sao lưu: ${missing.map(([t, n]) => `${t} ${summary.counts[t]}/${n}`).join(', ')}\n`,
      );
      return 1;
    }
    process.stdout.write(
      `Đã khôi phục ${summary.rows} dòng của ${Object.keys(counts).length} bảng vào ${target === 'DATABASE_URL' ? 'DATABASE_URL' : target}.\n`,
    );
    return 0;
  },
};
