import { systemActor } from '../access/actor.ts';
import { dateProblem } from '../lib/dates.ts';
import { formatDateVi } from '../lib/format.ts';
import { vnDate } from '../lib/time.ts';
import type { UnitOnDate } from '../modules/units/units.schema.ts';
import { listUnitsOn, listUnitTypes } from '../modules/units/units.service.ts';
import { joinOptionValues } from './deadline.ts';
import { type Command, parseOptions, UsageError, withDatabase } from './run.ts';

/** Units exist from 1900 (the schema's default `valid_from`); a date outside this is a typo. */
const UNIT_YEARS = { min: 1900, max: 2100 };

/**
 * `hailong units list [--date YYYY-MM-DD] [--json]`: the units valid on a day (today in Vietnam by
 * default), with their successors and predecessors. `--json` prints the contract of
 * `UnitOnDate` (units.schema.ts): exactly its keys, for other systems.
 */
export const unitsList: Command = {
  summary:
    'Các đơn vị có hiệu lực vào một ngày (mặc định hôm nay, giờ Việt Nam), kèm đơn vị kế thừa và đơn vị tiền thân',
  usage: 'hailong units list [--date YYYY-MM-DD] [--json]',
  async run(args) {
    const { values } = parseOptions(joinOptionValues(args, ['--date']), {
      date: { type: 'string' },
      json: { type: 'boolean' },
    });
    // A bad date is a mistake in the command line (exit 2), found before the database is opened.
    const problem = values.date === undefined ? null : dateProblem(values.date, UNIT_YEARS);
    if (problem)
      throw new UsageError(`--date: "${values.date}" không phải ngày hợp lệ dạng YYYY-MM-DD (${problem})`);
    const { date, rows, types } = await withDatabase('units list', async ({ ctx }) => {
      const actor = systemActor('cli');
      const on = values.date ?? vnDate(ctx.now());
      const types = new Map((await listUnitTypes(ctx, actor)).map((t) => [t.code, t.nameVi]));
      return { date: on, rows: await listUnitsOn(ctx, actor, on), types };
    });
    const units = rows.map((r) => r.unit);
    process.stdout.write(values.json ? `${JSON.stringify(units, null, 2)}\n` : table(date, rows, types));
    return 0;
  },
};

function table(
  date: string,
  rows: { depth: number; unit: UnitOnDate }[],
  types: Map<string, string>,
): string {
  if (rows.length === 0) return `Không có đơn vị nào có hiệu lực ngày ${formatDateVi(date)}.\n`;
  const period = (u: UnitOnDate) =>
    u.validTo ? `${formatDateVi(u.validFrom)}–${formatDateVi(u.validTo)}` : `từ ${formatDateVi(u.validFrom)}`;
  const cells = rows.map(({ depth, unit: u }) => [
    `${'  '.repeat(depth)}${u.code}`,
    u.name,
    types.get(u.type) ?? u.type,
    u.parentCode ?? '',
    period(u),
    u.successors.join(', '),
    u.predecessors.join(', '),
  ]);
  const header = ['Mã', 'Tên', 'Loại', 'Cấp trên', 'Hiệu lực', 'Kế thừa bởi', 'Tiền thân'];
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) => `  ${c.map((x, i) => x.padEnd(widths[i]!)).join('  ')}`.trimEnd();
  return `${[
    `Đơn vị có hiệu lực ngày ${formatDateVi(date)}: ${rows.length} đơn vị`,
    '',
    line(header),
    ...cells.map(line),
  ].join('\n')}\n`;
}
