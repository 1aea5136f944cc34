import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { systemActor } from '../access/actor.ts';
import { checkImportSize, INLINE_BYTES } from '../modules/imports/limits.ts';
import {
  IMPORT_CHANNELS,
  type ImportChannel,
  importResponsesFile,
} from '../modules/surveys/responses/responses-import.service.ts';
import { progressOnStderr } from './progress.ts';
import { type Command, parseOptions, UsageError, withDatabase } from './run.ts';

export const responsesImport: Command = {
  summary:
    'Nhập phiếu trả lời từ CSV hoặc XLSX (unit_code, submitted_at, một cột mỗi câu hỏi); một dòng lỗi thì không nhập gì',
  usage: `hailong responses import FILE --questionnaire CODE[@N] [--channel ${IMPORT_CHANNELS.join('|')}]`,
  async run(args) {
    const { positionals, values } = parseOptions(
      args,
      { questionnaire: { type: 'string' }, channel: { type: 'string' } },
      true,
    );
    const [file] = positionals;
    if (!file || positionals.length > 1) throw new UsageError(`cần đúng một tệp: ${this.usage}`);
    if (!values.questionnaire) throw new UsageError(`thiếu --questionnaire: ${this.usage}`);
    const channel = values.channel ?? 'import';
    if (!(IMPORT_CHANNELS as readonly string[]).includes(channel)) {
      throw new UsageError(`--channel phải là một trong ${IMPORT_CHANNELS.join(', ')}`);
    }
    checkImportSize('responses', statSync(file).size);
    const bytes = new Uint8Array(readFileSync(file));
    const result = await withDatabase('responses import', ({ ctx }) =>
      importResponsesFile(ctx, systemActor('cli'), bytes, {
        questionnaire: values.questionnaire!,
        channel: channel as ImportChannel,
        fileName: basename(file),
        // A small file is done before progress matters: stderr stays empty, as before.
        onProgress: bytes.length > INLINE_BYTES ? progressOnStderr('phiếu') : undefined,
      }),
    );
    const units = Object.keys(result.units).length;
    process.stdout.write(
      `Đã nhập ${result.imported} phiếu của ${units} đơn vị (phiếu ${result.questionnaire}, phiên bản ${result.version}).\n`,
    );
    return 0;
  },
};
