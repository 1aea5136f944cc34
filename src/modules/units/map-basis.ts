import { readFileSync } from 'node:fs';
import { parseCsv } from '../../lib/csv.ts';

/**
 * Where the composition of a unit of today's Khánh Hòa was read, from the reference map
 * data/units/khanh-hoa-2025.csv (its `status` and `source` columns): a unit's page says which
 * resolution formed it and whether that was verified, so an unverified line is never shown as the
 * text of the resolution. Looked up by our code, and only for a unit that still bears the map's name.
 */
export interface MapBasis {
  status: 'verified' | 'unverified';
  source: string;
}

const FILE = new URL('../../../data/units/khanh-hoa-2025.csv', import.meta.url);
let lines: Map<string, MapBasis & { name: string }> | undefined;

export function mapBasisOf(unit: { code: string; name: string }): MapBasis | null {
  lines ??= readMap(readFileSync(FILE, 'utf8'));
  const line = lines.get(unit.code);
  return line && line.name === unit.name ? { status: line.status, source: line.source } : null;
}

/** The map's lines by code (a line without a status counts as unverified). */
export function readMap(text: string): Map<string, MapBasis & { name: string }> {
  const [header, ...rows] = parseCsv(text);
  const column = (name: string) => header?.fields.indexOf(name) ?? -1;
  const [code, name, status, source] = ['code', 'name', 'status', 'source'].map(column);
  const map = new Map<string, MapBasis & { name: string }>();
  for (const row of rows) {
    const at = (i: number | undefined) => (i === undefined || i < 0 ? '' : (row.fields[i] ?? '').trim());
    map.set(at(code), {
      name: at(name),
      status: at(status) === 'verified' ? 'verified' : 'unverified',
      source: at(source),
    });
  }
  return map;
}
