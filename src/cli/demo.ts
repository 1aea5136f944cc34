import { DEMO_ACCOUNTS, DEMO_PASSWORD, loadDemo } from '../demo/demo.ts';
import { type Command, parseOptions, withDatabase } from './run.ts';

export const demoCommand: Command = {
  summary: 'Nạp dữ liệu mẫu (chạy lại không thay đổi gì)',
  usage: 'hailong demo',
  async run(args) {
    parseOptions(args, {});
    const report = await withDatabase('demo', ({ ctx }) =>
      loadDemo(ctx, (line) => process.stderr.write(`${line}\n`)),
    );
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
