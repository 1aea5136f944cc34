import { setBulkLoad } from '../demo/demo.repo.ts';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, loadDemo } from '../demo/demo.ts';
import type { Booted } from '../server/boot.ts';
import { type Command, parseOptions, withDatabase } from './run.ts';

/**
 * The demo is thousands of small transactions: on an embedded folder they are not flushed to disk
 * one by one (≈ 25 ms each with fsync on) but all at once by a checkpoint at the end, before anyone
 * is served. PGlite only: its one connection is the session (a pool would keep the setting on one
 * connection), and a crash half-way leaves a demo to reload, never real data.
 */
export async function loadDemoInBulk(booted: Booted) {
  const embedded = booted.database.engine === 'pglite';
  if (embedded) await setBulkLoad(booted.ctx.db, true);
  const report = await loadDemo(booted.ctx, (line) => process.stderr.write(`${line}\n`));
  if (embedded) await setBulkLoad(booted.ctx.db, false);
  return report;
}

export const demoCommand: Command = {
  summary: 'Nạp dữ liệu mẫu (chạy lại không thay đổi gì)',
  usage: 'hailong demo',
  async run(args) {
    parseOptions(args, {});
    const report = await withDatabase('demo', loadDemoInBulk);
    const created = report.steps.reduce((n, s) => n + s.created, 0);
    process.stdout.write(
      created > 0 ? 'Đã nạp dữ liệu mẫu.\n' : 'Dữ liệu mẫu đã có sẵn; không thay đổi gì.\n',
    );
    process.stdout.write(demoLoginsText());
    return 0;
  },
};

export function demoLoginsText(): string {
  const lines = DEMO_ACCOUNTS.map((a) => `  ${a.username.padEnd(16)} ${a.role.padEnd(11)} ${a.unitCode}`);
  return `Tài khoản mẫu (mật khẩu: ${DEMO_PASSWORD}):\n${lines.join('\n')}\n`;
}
