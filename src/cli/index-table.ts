import { systemActor } from '../access/actor.ts';
import { formatNumberVi } from '../lib/format.ts';
import { type IndexTable, indexTable } from '../modules/surveys/index/index.service.ts';
import { type Command, parseOptions, UsageError, withDatabase } from './run.ts';

const USAGE =
  'hailong index --questionnaire CODE[@N] --period P [--unit CODE] [--target T] [--pooled] [--channel C] [--min-sample N] [--json]';

export const indexCommand: Command = {
  summary: 'Chỉ số hài lòng theo đơn vị, tiêu chí và câu hỏi, xếp hạng trong nhóm, so với chỉ tiêu',
  usage: USAGE,
  async run(args) {
    const { values } = parseOptions(args, {
      questionnaire: { type: 'string' },
      period: { type: 'string' },
      unit: { type: 'string' },
      target: { type: 'string' },
      pooled: { type: 'boolean' },
      channel: { type: 'string' },
      'min-sample': { type: 'string' },
      json: { type: 'boolean' },
    });
    if (!values.questionnaire || !values.period) {
      throw new UsageError(`thiếu ${values.questionnaire ? '--period' : '--questionnaire'}: ${USAGE}`);
    }
    const target = values.target === undefined ? undefined : Number(values.target.replace(',', '.'));
    if (target !== undefined && !(Number.isFinite(target) && target >= 0 && target <= 100)) {
      throw new UsageError(`--target phải là số từ 0 đến 100 (phần trăm), không phải "${values.target}"`);
    }
    const minSample = values['min-sample'] === undefined ? undefined : Number(values['min-sample']);
    if (minSample !== undefined && !(Number.isInteger(minSample) && minSample >= 0)) {
      throw new UsageError(`--min-sample phải là số nguyên không âm, không phải "${values['min-sample']}"`);
    }
    const result = await withDatabase('index', ({ ctx }) =>
      indexTable(ctx, systemActor('cli'), {
        questionnaire: values.questionnaire!,
        period: values.period!,
        unit: values.unit,
        target,
        pooled: values.pooled,
        channel: values.channel,
        minSample,
      }),
    );
    process.stdout.write(values.json ? `${JSON.stringify(result, null, 2)}\n` : textTable(result));
    return 0;
  },
};

const pct = (x: number | null) => (x === null ? '—' : formatNumberVi(x, 2));

/** For a person at a terminal: one line per unit, rounded to 2 decimals with a decimal comma. */
function textTable(r: IndexTable): string {
  const criteria = r.units[0]?.criteria.map((c) => c.code) ?? [];
  // Held and excluded responses are not in "Số phiếu"; they come last so existing columns keep their place.
  const header = [
    'Hạng',
    'Mã',
    'Đơn vị',
    'Nhóm',
    'Số phiếu',
    ...criteria,
    'Chung',
    'Chỉ tiêu',
    'Tạm giữ',
    'Bị loại',
  ];
  const rows = r.units.map((u) => [
    u.rank === null ? '—' : `${u.rank}/${u.rankOf}`,
    u.unit,
    u.name ?? '',
    u.peerGroup ?? '',
    `${u.responses}${u.lowSample ? '*' : ''}`,
    ...u.criteria.map((c) => pct(c.index)),
    pct(u.overall.index),
    u.overall.target === null ? '' : pct(u.overall.target),
    String(u.held ?? 0),
    String(u.excluded ?? 0),
  ]);
  const lines = [header, ...rows].map((cells) => cells.join('\t'));
  const title = `Phiếu ${r.questionnaire} (phiên bản ${r.version}), kỳ ${r.period}${r.pooled ? ', gộp cả đơn vị cấp dưới' : ''}`;
  const note = r.units.some((u) => u.lowSample)
    ? `\n* dưới ${r.minSample} phiếu: mẫu nhỏ, chỉ số kém tin cậy`
    : '';
  const held = r.units.reduce((s, u) => s + (u.held ?? 0), 0);
  const excluded = r.units.reduce((s, u) => s + (u.excluded ?? 0), 0);
  const left = `\nKhông tính vào chỉ số: ${held} phiếu tạm giữ (chờ cán bộ rà soát), ${excluded} phiếu bị loại`;
  return `${title}\n${lines.join('\n')}${note}${left}\n`;
}
