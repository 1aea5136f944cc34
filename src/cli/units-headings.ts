import { basename } from 'node:path';
import { systemActor } from '../access/actor.ts';
import { dateProblem } from '../lib/dates.ts';
import { formatDateVi } from '../lib/format.ts';
import { vnDate } from '../lib/time.ts';
import { headingsOnDate, importHeadingsCsv } from '../modules/units/headings.service.ts';
import { readCsvFile } from './csv-file.ts';
import { joinOptionValues } from './deadline.ts';
import { type Command, parseOptions, UsageError, withDatabase } from './run.ts';

/**
 * `hailong units headings [--date YYYY-MM-DD] [--json]`: the document heading of every unit valid on
 * a day (today by default), "mặc định" where none is stored and it is guessed from the unit's name.
 * `hailong units headings import FILE.csv`: replace the headings of the units the file names
 * (unit_code,valid_from,valid_to,parent_agency,issuing_agency,place,short,desk_name,source).
 */
export const unitsHeadings: Command = {
  summary:
    'Tiêu đề văn bản của các đơn vị vào một ngày; "import FILE.csv" nạp tiêu đề theo thời gian (một dòng lỗi thì không nạp gì)',
  usage: 'hailong units headings [--date YYYY-MM-DD] [--json] | hailong units headings import FILE.csv',
  async run(args) {
    if (args[0] === 'import') return importFile(args.slice(1));
    const { values } = parseOptions(joinOptionValues(args, ['--date']), {
      date: { type: 'string' },
      json: { type: 'boolean' },
    });
    const problem = values.date === undefined ? null : dateProblem(values.date, { min: 1900, max: 2100 });
    if (problem)
      throw new UsageError(`--date: "${values.date}" không phải ngày hợp lệ dạng YYYY-MM-DD (${problem})`);
    const { date, rows } = await withDatabase('units headings', async ({ ctx }) => {
      const on = values.date ?? vnDate(ctx.now());
      return { date: on, rows: await headingsOnDate(ctx, systemActor('cli'), on) };
    });
    if (values.json) {
      const list = rows.map((r) => ({ unitCode: r.unitCode, unitName: r.unitName, ...r.heading }));
      process.stdout.write(`${JSON.stringify(list, null, 2)}\n`);
      return 0;
    }
    const lines = rows.map(({ unitCode, heading: h }) => {
      const head = [h.parentAgency, h.issuingAgency].filter(Boolean).join(' / ').replaceAll('\n', ' ');
      const note = h.fallback ? ` (${h.source})` : ` — ${h.source}`;
      return `  ${unitCode}  ${head}; địa danh: ${h.place}; ký hiệu: ${h.short}${h.deskName ? `; tiếp nhận hồ sơ: ${h.deskName}` : ''}${note}`;
    });
    process.stdout.write(
      `Tiêu đề văn bản ngày ${formatDateVi(date)}: ${rows.length} đơn vị\n${lines.join('\n')}\n`,
    );
    return 0;
  },
};

async function importFile(args: string[]): Promise<number> {
  const { positionals } = parseOptions(args, {}, true);
  const [file] = positionals;
  if (!file || positionals.length > 1)
    throw new UsageError('cần đúng một tệp CSV: hailong units headings import FILE.csv');
  const read = readCsvFile(file);
  if (read === null) return 1;
  const { text } = read;
  const result = await withDatabase('units headings import', ({ ctx }) =>
    importHeadingsCsv(ctx, systemActor('cli'), text, basename(file)),
  );
  process.stdout.write(`Đã nạp ${result.imported} tiêu đề của ${result.units} đơn vị.\n`);
  return 0;
}
