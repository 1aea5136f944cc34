import { readFileSync } from 'node:fs';
import { systemActor } from '../access/actor.ts';
import type { AppContext } from '../lib/context.ts';
import { importHeadingsCsv, unitHeadings } from '../modules/units/headings.service.ts';

const HEADINGS_FILE = new URL('../../data/units/headings-khanh-hoa.csv', import.meta.url);

/**
 * The demo units' document headings over time (data/units/headings-khanh-hoa.csv): the old wards,
 * communes and districts until 30/06/2025, today's wards, communes and health stations from
 * 01/07/2025. Loaded once: a unit that already has headings keeps them.
 */
export async function demoHeadings(ctx: AppContext): Promise<number> {
  const actor = systemActor('demo');
  const probe = await unitHeadings(ctx, actor, 'KH25-TNT');
  if (probe.headings.length > 0) return 0;
  const result = await importHeadingsCsv(ctx, actor, readFileSync(HEADINGS_FILE, 'utf8'), 'demo');
  return result.imported;
}
