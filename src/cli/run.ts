import { type ParseArgsConfig, parseArgs } from 'node:util';
import { AppError, formatLineError, type LineError } from '../lib/errors.ts';
import { describeSystemError } from '../lib/system-errors.ts';
import { NotificationConfigError } from '../messaging/notifications.config.ts';
import { type Booted, boot } from '../server/boot.ts';
import { ConfigError, loadConfig } from '../server/config.ts';

/** A subcommand: `run` returns the process exit code. */
export interface Command {
  summary: string;
  usage: string;
  run(args: string[]): Promise<number>;
}

export class UsageError extends Error {}

/** Parse options strictly: an unknown flag or a missing value is a usage error, not a guess. */
export function parseOptions<T extends NonNullable<ParseArgsConfig['options']>>(
  args: string[],
  options: T,
  positionals = false,
) {
  try {
    return parseArgs({ args, options, allowPositionals: positionals, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

/** Open the configured database (creating and migrating it when empty), run `fn`, close it. */
export async function withDatabase<T>(command: string, fn: (booted: Booted) => Promise<T>): Promise<T> {
  const booted = await boot(loadConfig(), command);
  try {
    return await fn(booted);
  } finally {
    await booted.close();
  }
}

/** Print an error for a person on stderr and choose the exit code. */
export function reportError(error: unknown): number {
  if (error instanceof UsageError) {
    process.stderr.write(`Lỗi cú pháp lệnh: ${error.message}\n`);
    return 2;
  }
  if (error instanceof ConfigError || error instanceof NotificationConfigError) {
    process.stderr.write(`${error.message}\n`);
    return 1;
  }
  if (error instanceof AppError) {
    const details = error.details as { lines?: LineError[]; errors?: { text?: string }[] } | undefined;
    if (details?.lines) {
      // A rejected file: one line per bad line, then the summary.
      for (const line of details.lines) process.stderr.write(`${formatLineError(line)}\n`);
      process.stderr.write(`${error.message}\n`);
    } else if (details?.errors?.every((e) => e.text)) {
      for (const e of details.errors) process.stderr.write(`${e.text}\n`);
      process.stderr.write(`${error.message} [${error.code}]\n`);
    } else {
      process.stderr.write(`Lỗi: ${error.message} [${error.code}]\n`);
    }
    return 1;
  }
  // The machine said no (missing file, read-only folder, full disk): one line, no stack.
  const system = describeSystemError(error);
  if (system) {
    process.stderr.write(`${system}\n`);
    return 1;
  }
  // Anything else is a bug: one line for the person; the stack only when asked (LOG_LEVEL=debug).
  const debug = process.env.LOG_LEVEL === 'debug' || process.env.LOG_LEVEL === 'trace';
  const message = (error as Error)?.message ?? String(error);
  process.stderr.write(
    debug
      ? `Lỗi không mong muốn: ${(error as Error)?.stack ?? message}\n`
      : `Lỗi không mong muốn: ${message.split('\n')[0]} (chạy lại với LOG_LEVEL=debug để xem chi tiết)\n`,
  );
  return 1;
}
