import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/app.ts';
import { systemActor } from '../../access/actor.ts';
import { parseCsv } from '../../lib/csv.ts';
import { importUnitsCsv } from '../units/units.service.ts';
import { formatImportError } from './import/catalogue.ts';
import { checkProceduresJson } from './import/json.ts';
import * as repo from './procedures.repo.ts';
import { importProcedures, listPublicProcedures } from './procedures.service.ts';

const demoFile = readFileSync(new URL('../../../data/demo/procedures.json', import.meta.url), 'utf8');
const unitsCsv = readFileSync(new URL('../../../data/demo/units.csv', import.meta.url), 'utf8');
const demoUnits = parseCsv(unitsCsv)
  .slice(1)
  .map((r) => ({ code: r.fields[0]!, name: r.fields[1]!, type: r.fields[2]! }));
const t = await createTestApp();

describe('demo procedure catalogue (data/demo/procedures.json)', () => {
  it('is a valid import file whose procedures are received by the People’s Committees only', () => {
    const check = checkProceduresJson(demoFile, {
      units: new Map(demoUnits.map((u) => [u.code, { validTo: null }])),
    });
    expect(check.ok ? [] : check.errors.map(formatImportError)).toEqual([]);
    if (!check.ok) return;
    expect(check.procedures.length).toBeGreaterThanOrEqual(12);
    const receivers = new Set(check.procedures.flatMap((p) => p.unitCodes));
    const types = new Set(demoUnits.filter((u) => receivers.has(u.code)).map((u) => u.type));
    expect([...types].sort()).toEqual(['commune', 'ward']);
    expect(demoUnits.filter((u) => receivers.has(u.code)).every((u) => u.name.startsWith('UBND'))).toBe(true);
    for (const p of check.procedures) expect(p.legalBasis).toMatch(/(Luật|Nghị định) số \d+\/\d{4}\//);
  });

  it('loads once, labelled demo; loading it again changes nothing', async () => {
    await importUnitsCsv(t.ctx, systemActor('test'), unitsCsv, 'test');
    const first = await importProcedures(t.ctx, systemActor('demo'), demoFile, 'json', 'demo', {
      demo: true,
    });
    expect(first).toMatchObject({ created: 12, updated: 0, unchanged: 0 });
    const again = await importProcedures(t.ctx, systemActor('demo'), demoFile, 'json', 'demo', {
      demo: true,
    });
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 12 });
    const rows = await repo.findByCodes(t.ctx.db, first.createdCodes);
    expect(rows.every((r) => r.demo)).toBe(true);
    const atPhuongSai = await listPublicProcedures(t.ctx, {
      unitCode: 'KH25-TNT',
      q: 'khai sinh',
      limit: 50,
      offset: 0,
    });
    expect(atPhuongSai.procedures.map((p) => p.name)).toEqual(['Đăng ký khai sinh', 'Đăng ký lại khai sinh']);
    const atStation = await listPublicProcedures(t.ctx, { unitCode: 'KH25-TNT-TYT', limit: 50, offset: 0 });
    expect(atStation.total).toBe(0);
  });
});
