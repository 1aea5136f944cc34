import { beforeAll, describe, expect, it } from 'vitest';
import { call, createTestApp } from '../../../../test/app.ts';
import { buildUnit } from '../../../../test/factories.ts';
import { buildSurveyOf } from '../../../../test/survey-factories.ts';
import { systemActor } from '../../../access/actor.ts';
import { closeUnit, createUnit } from '../../units/units.service.ts';

/** The public front door: whom the installation serves, and "rate a unit" by what people type. */
const t = await createTestApp();

beforeAll(async () => {
  t.setNow(new Date('2026-12-05T09:00:00+07:00'));
  await buildUnit(t.ctx, { code: 'KH', name: 'Tỉnh Khánh Hòa', type: 'province' });
  await createUnit(t.ctx, systemActor('test'), {
    code: 'OLD',
    name: 'Tỉnh Ninh Thuận',
    type: 'province',
    parentCode: null,
    validFrom: '2017-01-01',
  });
  await closeUnit(t.ctx, systemActor('test'), 'OLD', { validTo: '2025-06-30', successorCodes: ['KH'] });
  await buildUnit(t.ctx, { code: 'PS', name: 'UBND phường Phương Sài', parentCode: 'KH' });
  await buildUnit(t.ctx, { code: 'TYT-PS', name: 'Trạm Y tế phường Phương Sài', parentCode: 'PS' });
  await buildUnit(t.ctx, { code: 'VT', name: 'UBND xã Vĩnh Thái', parentCode: 'KH' });
  await buildUnit(t.ctx, { code: 'NS', name: 'UBND xã Ninh Sơn', parentCode: 'KH' });
  for (const code of ['PS', 'TYT-PS', 'VT']) await buildSurveyOf(t.ctx, code);
});

const search = async (q: string) => {
  const res = await call(t.app, null, 'GET', `/api/v1/public/surveys?q=${encodeURIComponent(q)}`);
  return { status: res.status, body: (await res.json()) as { units: { code: string; wave: string }[] } };
};

describe('the public front door', () => {
  it('names the units the installation serves today, not those of the old map', async () => {
    const res = await call(t.app, null, 'GET', '/api/v1/public/site');
    expect(await res.json()).toEqual({ serves: [{ code: 'KH', name: 'Tỉnh Khánh Hòa' }] });
  });

  it('finds a unit with an open survey as people type it, best first, with its wave', async () => {
    expect((await search('tram y te phuong sai')).body.units.map((u) => u.code)).toEqual(['TYT-PS', 'PS']);
    expect((await search('UBND Phương Sài')).body.units[0]).toMatchObject({
      code: 'PS',
      wave: 'Khảo sát PS',
    });
    expect((await search('vinh thai xa')).body.units.map((u) => u.code)).toEqual(['VT']);
    // A unit without an open survey is not offered: its form would only say it is closed.
    expect((await search('ninh son')).body.units).toEqual([]);
  });

  it('refuses a query of one letter, naming the field, and limits one address', async () => {
    const short = await call(t.app, null, 'GET', '/api/v1/public/surveys?q=a');
    expect(short.status).toBe(400);
    let last = 200;
    for (let i = 0; i < 70 && last === 200; i++) last = (await search('phuong')).status;
    expect(last).toBe(429);
  });
});
