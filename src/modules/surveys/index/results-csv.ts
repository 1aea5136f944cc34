/**
 * The index table as open data: a long CSV (one row per unit × item, item = "overall" or a criterion
 * code) and the full result as JSON. Machine format on purpose: dot decimals, at most 4 decimals,
 * "true"/"false", empty for a missing value; UTF-8 with a BOM so Excel shows the Vietnamese names,
 * CRLF line endings as RFC 4180 asks.
 */
import { csvCell } from '../../../lib/csv.ts';
import type { IndexTable } from './index.service.ts';

export const CSV_COLUMNS = [
  'questionnaire',
  'period',
  'unit_code',
  'unit_name',
  'peer_group',
  'responses',
  'item',
  'index',
  'ci_low',
  'ci_high',
  'target',
  'gap',
  'rank',
  'rank_of',
  'low_sample',
  // Left out of the unit's figures (added last so existing readers keep their columns): held by
  // the burst rule, waiting for an officer; excluded by one. Empty when the publication predates holds.
  'held',
  'excluded',
] as const;

const BOM = '\uFEFF';
const CRLF = '\r\n';

type Value = string | number | boolean | null | undefined;

/** 72.26994 → "72.2699"; 80 → "80"; never "-0" or an exponent for values an index can take. */
function num(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '';
  const rounded = Number(value.toFixed(4));
  return String(rounded === 0 ? 0 : rounded);
}

function cell(value: Value): string {
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') return num(value);
  return csvCell(value == null ? '' : value.normalize('NFC'));
}

export function indexTableCsv(table: IndexTable): string {
  const lines: string[] = [CSV_COLUMNS.join(',')];
  for (const u of table.units) {
    const unit = [table.questionnaire, table.period, u.unit, u.name, u.peerGroup, u.responses];
    const o = u.overall;
    // Ranks are of the overall index only, so criterion rows leave rank and rank_of empty.
    lines.push(
      [
        ...unit,
        'overall',
        o.index,
        o.ciLow,
        o.ciHigh,
        o.target,
        o.gap,
        u.rank,
        u.rank === null ? null : u.rankOf,
        u.lowSample,
        u.held,
        u.excluded,
      ]
        .map(cell)
        .join(','),
    );
    for (const k of u.criteria) {
      lines.push(
        [
          ...unit,
          k.code,
          k.index,
          k.ciLow,
          k.ciHigh,
          k.target,
          k.gap,
          null,
          null,
          u.lowSample,
          u.held,
          u.excluded,
        ]
          .map(cell)
          .join(','),
      );
    }
  }
  return BOM + lines.join(CRLF) + CRLF;
}

/** The whole table (questions, distributions, changes, sample plans) as pretty JSON, unrounded. */
export function indexTableJson(table: IndexTable): string {
  return `${JSON.stringify(table, null, 2)}\n`;
}
