import { hasNoUnits } from '../demo/demo.repo.ts';
import { boot } from '../server/boot.ts';
import { loadConfig, publicUrlWarning } from '../server/config.ts';
import { serveApp } from '../server/main.ts';
import { demoLoginsText, loadDemoInBulk } from './demo.ts';
import { type Command, parseOptions } from './run.ts';
import { portOption } from './serve.ts';
import { buildWeb, webBuildIsCurrent } from './web-build.ts';

/**
 * `npm start`: the one command a new user runs. Builds the web app if its sources changed,
 * opens and migrates the database, loads the demo data into an empty database, and serves.
 */
export const startCommand: Command = {
  summary: 'Build giao diện nếu cần, nạp dữ liệu mẫu vào cơ sở dữ liệu trống, rồi chạy máy chủ',
  usage: 'hailong start [--port 3000] [--host 127.0.0.1]',
  async run(args) {
    const { values } = parseOptions(args, { port: { type: 'string' }, host: { type: 'string' } });
    const started = performance.now();
    const config = loadConfig(process.env, { port: portOption(values.port), host: values.host });
    const warning = publicUrlWarning(config);
    if (warning) process.stderr.write(warning);
    if (!webBuildIsCurrent(config.webDir)) {
      process.stderr.write('Đang build giao diện web (lần đầu mất khoảng một phút)…\n');
      await buildWeb(config.webDir);
    }
    const booted = await boot(config, 'start');
    if (await hasNoUnits(booted.ctx.db)) {
      process.stderr.write('Cơ sở dữ liệu trống: nạp dữ liệu mẫu…\n');
      await loadDemoInBulk(booted);
    }
    const server = await serveApp(booted, config);
    const seconds = ((performance.now() - started) / 1000).toFixed(1).replace('.', ',');
    process.stdout.write(`\nHài Lòng đang chạy tại ${server.url} (khởi động trong ${seconds} giây)\n`);
    process.stdout.write(
      `Cơ sở dữ liệu: ${config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `nhúng (PGlite) tại ${config.dataDir}`}\n`,
    );
    process.stdout.write(`Địa chỉ in trên mã QR và phiếu: ${config.publicUrl}\n`);
    process.stdout.write(demoLoginsText());
    process.stdout.write('Dừng máy chủ: Ctrl+C\n');
    await new Promise(() => {});
    return 0;
  },
};
