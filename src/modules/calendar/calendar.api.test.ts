import { beforeAll, describe, expect, it } from 'vitest';
import { call, createTestApp, login, type Session } from '../../../test/app.ts';
import { buildUnit, buildUser } from '../../../test/factories.ts';

/** GET /calendar/{year} says how far the year is verified, so a screen can label it. */
const t = await createTestApp();
let admin: Session;

beforeAll(async () => {
  const unit = await buildUnit(t.ctx, { code: 'CAL', parentCode: null });
  const user = await buildUser(t.ctx, { unitCode: unit.code, role: 'admin' });
  admin = await login(t.app, user.username, user.password);
});

describe('GET /api/v1/calendar/{year}', () => {
  it('labels 2024 official (its notices), 2025 unverified and 2027 computed', async () => {
    const [y2024, y2025, y2027] = await Promise.all(
      [2024, 2025, 2027].map(async (year) => {
        const res = await call(t.app, admin, 'GET', `/api/v1/calendar/${year}`);
        expect(res.status).toBe(200);
        return (await res.json()) as {
          status: string;
          source: string;
          notices: { number?: string }[];
          daysOff: { date: string }[];
        };
      }),
    );
    expect(y2024).toMatchObject({ status: 'official', source: 'file' });
    expect(y2024!.notices.map((n) => n.number)).toContain('5015/TB-LĐTBXH');
    expect(y2024!.daysOff.map((d) => d.date)).toContain('2024-02-08');
    expect(y2025).toMatchObject({ status: 'unverified', source: 'file' });
    expect(y2027).toMatchObject({ status: 'computed', source: 'default', notices: [] });
  });
});
