import { boot } from '../server/boot.ts';
import { loadConfig, publicUrlWarning } from '../server/config.ts';
import { serveApp } from '../server/main.ts';
import { type Command, parseOptions, UsageError } from './run.ts';

export function portOption(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new UsageError(`--port phải là số từ 0 đến 65535, nhận "${value}"`);
  return port;
}

export const serveCommand: Command = {
  summary: 'Chạy máy chủ web và API',
  usage: 'hailong serve [--port 3000] [--host 127.0.0.1]',
  async run(args) {
    const { values } = parseOptions(args, { port: { type: 'string' }, host: { type: 'string' } });
    const config = loadConfig(process.env, { port: portOption(values.port), host: values.host });
    const warning = publicUrlWarning(config);
    if (warning) process.stderr.write(warning);
    const booted = await boot(config, 'serve');
    const server = await serveApp(booted, config);
    process.stdout.write(`Hài Lòng đang chạy tại ${server.url}\n`);
    await new Promise(() => {}); // until a signal stops the process
    return 0;
  },
};
