import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../test/app.ts';
import { systemActor } from '../access/actor.ts';
import { indexPublications } from '../db/schema/index.ts';
import { publishedSnapshot } from '../modules/surveys/publications/publications.service.ts';
import { listUnitsOn } from '../modules/units/units.service.ts';
import { demoUnits } from './demo.ts';
import { demoPublications, demoQuestionnaires, demoSurveys, NEW_WARDS } from './demo-surveys.ts';

const t = await createTestApp();
const system = systemActor('test');
const on = async (date: string) => (await listUnitsOn(t.ctx, system, date)).map((u) => u.unit);

describe('demo: today’s Khánh Hòa with its history', () => {
  it('closes the old map on 30/06/2025 and opens the new one on 01/07/2025, then surveys 2026 on it', async () => {
    t.setNow(new Date('2026-12-01T09:00:00+07:00'));
    expect(await demoUnits(t.ctx)).toBeGreaterThan(0);

    const today = await on('2026-12-01');
    expect(today.filter((u) => u.type === 'district')).toEqual([]);
    expect(today.map((u) => u.code)).toEqual(expect.arrayContaining(['KH25', ...NEW_WARDS]));
    expect(today.map((u) => u.code)).not.toContain('P09');

    const before = (await on('2025-06-30')).find((u) => u.code === 'P09');
    expect(before).toMatchObject({ name: 'UBND phường Phương Sài', validTo: '2025-06-30' });
    expect(before?.successors).toEqual(['KH25-TNT']);
    const after = (await on('2025-07-01')).find((u) => u.code === 'KH25-TNT');
    expect(after).toMatchObject({ name: 'UBND phường Tây Nha Trang', validFrom: '2025-07-01' });
    expect(after?.predecessors).toContain('P09');
    // Phương Sơn went into Phương Sài on 1/11/2024 (the earlier reorganisation).
    expect((await on('2024-10-31')).find((u) => u.code === 'P10')?.successors).toEqual(['P09']);
    expect((await on('2024-11-01')).map((u) => u.code)).not.toContain('P10');

    await demoQuestionnaires(t.ctx);
    await demoSurveys(t.ctx);
    expect(await demoPublications(t.ctx)).toBe(6);
    const rows = await t.ctx.db.select().from(indexPublications).where(eq(indexPublications.period, '2026'));
    expect(rows.map((r) => r.status)).toEqual(['published', 'published']);
    for (const row of rows) {
      const { result } = await publishedSnapshot(t.ctx, row.id);
      const codes = result.units.map((u: { unit: string }) => u.unit);
      expect(codes.length).toBe(NEW_WARDS.length);
      expect(codes.every((c: string) => c.startsWith('KH25-'))).toBe(true);
      expect(result.units.every((u: { rank: number | null }) => u.rank !== null)).toBe(true);
    }
    // A second run changes nothing.
    expect(await demoUnits(t.ctx)).toBe(0);
    expect(await demoSurveys(t.ctx)).toBe(0);
    expect(await demoPublications(t.ctx)).toBe(0);
  }, 180_000);
});
