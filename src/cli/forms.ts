import { FIRST_REGIME_DATE, type FormsOnDate, formsOn } from '../law/regimes.ts';
import { dateProblem } from '../lib/dates.ts';
import { AppError } from '../lib/errors.ts';
import { formatDateVi } from '../lib/format.ts';
import { vnDate } from '../lib/time.ts';
import { joinOptionValues } from './deadline.ts';
import { type Command, parseOptions } from './run.ts';

/**
 * `hailong forms --date YYYY-MM-DD [--json]`: the one-stop desk's forms in force on a date (the
 * regime of data/regimes), for people (a table) and for other systems (JSON). Reads no database.
 */
export const formsCommand: Command = {
  summary:
    'Các mẫu giấy tờ tại Bộ phận Một cửa theo chế độ pháp lý áp dụng vào một ngày (nghị định, thông tư, căn cứ)',
  usage: 'hailong forms [--date YYYY-MM-DD] [--json]',
  async run(args) {
    const { values } = parseOptions(joinOptionValues(args, ['--date']), {
      date: { type: 'string' },
      json: { type: 'boolean' },
    });
    const date = values.date ?? vnDate(new Date());
    // The one strict reader (src/lib/dates.ts): 2025-02-30 is refused, never rolled over.
    const problem = dateProblem(date);
    if (problem)
      throw new AppError(
        'DATE_INVALID',
        `--date: "${date}" không phải ngày hợp lệ dạng YYYY-MM-DD (${problem})`,
        {
          field: '--date',
        },
      );
    const result = formsOn(date);
    if (!result)
      throw new AppError(
        'REGIME_NOT_FOUND',
        `--date: ngày ${formatDateVi(date)} trước ${formatDateVi(FIRST_REGIME_DATE)}, ngày chế độ một cửa đầu tiên trong dữ liệu (Nghị định 61/2018/NĐ-CP) có hiệu lực; không có mẫu nào để in`,
        { field: '--date', firstDate: FIRST_REGIME_DATE },
      );
    process.stdout.write(values.json ? `${JSON.stringify(result, null, 2)}\n` : table(result));
    return 0;
  },
};

function table(r: FormsOnDate): string {
  const title = Math.max(...r.forms.map((f) => f.title.length));
  const basis = Math.max(...r.forms.map((f) => f.legalBasis.length));
  const period = r.regime.validTo
    ? `từ ${formatDateVi(r.regime.validFrom)} đến ${formatDateVi(r.regime.validTo)}`
    : `từ ${formatDateVi(r.regime.validFrom)}`;
  const amended =
    r.regime.amendedBy.length > 0 ? ` (sửa đổi, bổ sung bởi Nghị định ${r.regime.amendedBy.join(', ')})` : '';
  const lines = [
    `Mẫu giấy tờ tại Bộ phận Một cửa áp dụng ngày ${formatDateVi(r.date)}`,
    `Chế độ: Nghị định ${r.regime.decree}${amended}, Thông tư ${r.regime.circular} (áp dụng ${period})`,
    '',
    `  Mẫu  ${'Tên mẫu'.padEnd(title)}  ${'Căn cứ'.padEnd(basis)}  Kiểm chứng`,
    ...r.forms.map(
      (f) =>
        `  ${f.code.padEnd(3)}  ${f.title.padEnd(title)}  ${f.legalBasis.padEnd(basis)}  ${f.verified ? 'đã kiểm chứng' : 'CHƯA kiểm chứng'}`,
    ),
  ];
  if (r.notes.length > 0) lines.push('', 'Lưu ý:', ...r.notes.map((n) => `  - ${n}`));
  lines.push('', 'Nguồn và phần chưa kiểm chứng: data/regimes/, docs/decisions/0011-legal-regimes.md');
  return `${lines.join('\n')}\n`;
}
