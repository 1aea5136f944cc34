import { readFileSync } from 'node:fs';
import { systemActor } from '../access/actor.ts';
import {
  exportQuestionnaireText,
  importQuestionnaire,
} from '../modules/surveys/questionnaires/questionnaires.service.ts';
import { type Command, parseOptions, UsageError, withDatabase } from './run.ts';

export const questionnairesImport: Command = {
  summary: 'Nhập phiếu khảo sát JSON; tệp đổi nội dung thì thành phiên bản mới, tệp y hệt thì không đổi gì',
  usage: 'hailong questionnaires import FILE.json',
  async run(args) {
    const { positionals } = parseOptions(args, {}, true);
    const [file] = positionals;
    if (!file || positionals.length > 1) throw new UsageError(`cần đúng một tệp JSON: ${this.usage}`);
    const text = readFileSync(file, 'utf8');
    const { version, created } = await withDatabase('questionnaires import', ({ ctx }) =>
      importQuestionnaire(ctx, systemActor('cli'), text),
    );
    process.stdout.write(
      created
        ? `Đã nhập phiếu ${version.code}, phiên bản ${version.version} (${version.compiled.questionCount} câu hỏi).\n`
        : `Phiếu ${version.code} không đổi: trùng phiên bản ${version.version}.\n`,
    );
    return 0;
  },
};

export const questionnairesExport: Command = {
  summary: 'Xuất một phiếu khảo sát ra JSON (CODE = phiên bản mới nhất, CODE@N = phiên bản N)',
  usage: 'hailong questionnaires export CODE[@N]',
  async run(args) {
    const { positionals } = parseOptions(args, {}, true);
    const [ref] = positionals;
    if (!ref || positionals.length > 1) throw new UsageError(`cần đúng một mã phiếu: ${this.usage}`);
    const text = await withDatabase('questionnaires export', ({ ctx }) => exportQuestionnaireText(ctx, ref));
    process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
    return 0;
  },
};
