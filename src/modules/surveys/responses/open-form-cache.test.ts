import { beforeAll, describe, expect, it } from 'vitest';
import { call, createTestApp, login, type Session } from '../../../../test/app.ts';
import { buildUnit, buildUser } from '../../../../test/factories.ts';
import { buildSurveyOf } from '../../../../test/survey-factories.ts';

/** The public form is remembered for 30 s by the context clock, the one every service reads. */
const t = await createTestApp();
let admin: Session;

beforeAll(async () => {
  t.setNow(new Date('2026-03-02T10:00:00+07:00'));
  await buildUnit(t.ctx, { code: 'T', name: 'Tỉnh Thử', type: 'province' });
  await buildUnit(t.ctx, { code: 'A', name: 'UBND xã An', parentCode: 'T' });
  await buildUser(t.ctx, { unitCode: 'T', username: 'admin.t' });
  admin = await login(t.app, 'admin.t', 'Mat-khau-thu-2025');
  await buildSurveyOf(t.ctx, 'A');
});

describe('the open form cache', () => {
  it('a renamed unit shows its new name on the public form once the cache time has passed on the clock', async () => {
    const unitName = async () =>
      (
        (await (await call(t.app, null, 'GET', '/api/v1/public/surveys/A')).json()) as {
          unit: { name: string };
        }
      ).unit.name;
    expect(await unitName()).toBe('UBND xã An');
    const renamed = await call(t.app, admin, 'PATCH', '/api/v1/units/A', { name: 'UBND phường An Bình' });
    expect(renamed.status).toBe(200);
    t.setNow(new Date('2026-03-02T10:00:31+07:00')); // 31 s later, the same day
    expect(await unitName()).toBe('UBND phường An Bình');
  });
});
