import { appliedMigrations } from '../db/migrate.ts';
import { type Command, parseOptions, withDatabase } from './run.ts';

export const migrate: Command = {
  summary: 'Tạo (nếu trống) và cập nhật cấu trúc cơ sở dữ liệu',
  usage: 'hailong migrate',
  async run(args) {
    parseOptions(args, {});
    const count = await withDatabase('migrate', async ({ database }) => appliedMigrations(database));
    process.stdout.write(`Cơ sở dữ liệu đã ở phiên bản mới nhất (${count} bản cập nhật cấu trúc).\n`);
    return 0;
  },
};
