import { auditVerify } from './audit-verify.ts';
import { backupCommand } from './backup.ts';
import { calendarCommand } from './calendar.ts';
import { deadlineCommand } from './deadline.ts';
import { demoCommand } from './demo.ts';
import { formsCommand } from './forms.ts';
import { indexCommand } from './index-table.ts';
import { letterCommand } from './letter.ts';
import { migrate } from './migrate.ts';
import { questionnairesExport, questionnairesImport } from './questionnaires.ts';
import { responsesImport } from './responses-import.ts';
import { restoreCommand } from './restore.ts';
import { type Command, reportError } from './run.ts';
import { serveCommand } from './serve.ts';
import { startCommand } from './start.ts';
import { unitsHeadings } from './units-headings.ts';
import { unitsImport } from './units-import.ts';
import { unitsList } from './units-list.ts';
import { usersCreate } from './users-create.ts';

/** Subcommands by their words; "units import" is two words. */
export const COMMANDS: Record<string, Command> = {
  serve: serveCommand,
  start: startCommand,
  migrate,
  demo: demoCommand,
  'units import': unitsImport,
  'units list': unitsList,
  'units headings': unitsHeadings,
  'users create': usersCreate,
  'audit verify': auditVerify,
  backup: backupCommand,
  restore: restoreCommand,
  'questionnaires import': questionnairesImport,
  'questionnaires export': questionnairesExport,
  'responses import': responsesImport,
  index: indexCommand,
  letter: letterCommand,
  calendar: calendarCommand,
  deadline: deadlineCommand,
  forms: formsCommand,
};

function help(): string {
  const lines = Object.values(COMMANDS).map((c) => `  ${c.usage}\n      ${c.summary}`);
  return `Hài Lòng — dòng lệnh\n\nCách dùng:\n${lines.join('\n')}\n\nBiến môi trường: HAILONG_DATA, DATABASE_URL, PORT, HOST, LOG_LEVEL… (xem README.md)\n`;
}

/** Run one `hailong` command line; the exit status is returned, never set (tests call it in-process). */
export async function runCli(argv: string[]): Promise<number> {
  if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') {
    process.stdout.write(help());
    return argv.length === 0 ? 2 : 0;
  }
  const two = argv.slice(0, 2).join(' ');
  const [name, rest] = COMMANDS[two] ? [two, argv.slice(2)] : [argv[0]!, argv.slice(1)];
  const command = COMMANDS[name];
  if (!command) {
    process.stderr.write(`Không có lệnh "${argv.join(' ')}".\n\n${help()}`);
    return 2;
  }
  try {
    return await command.run(rest);
  } catch (error) {
    return reportError(error);
  }
}
