import { runCli } from './commands.ts';
import { reportError } from './run.ts';

// Whatever escapes a command (a stream's error event, a rejected promise nobody awaited) still ends
// as one line for a person and exit code 1, never a raw stack.
const fatal = (error: unknown) => {
  process.exitCode = reportError(error);
  process.exit();
};
process.on('uncaughtException', fatal);
process.on('unhandledRejection', fatal);

process.exitCode = await runCli(process.argv.slice(2));
