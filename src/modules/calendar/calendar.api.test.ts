import { beforeAll, describe, expect, it } from 'vitest';
import notice2024 from '../../../data/holidays/2024.json' with { type: 'json' };
import { call, createTestApp, login, type Session } from '../../../test/app.ts';
import { buildUnit, buildUser } from '../../../test/factories.ts';
import { findByCode } from '../units/units.repo.ts';
import { upsertNotice } from './calendar.repo.ts';
import { unitCalendar } from './calendar.service.ts';

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

  it('mentions 24/11 Ngày Văn hóa Việt Nam from 2026 as proposed, never among the days off', async () => {
    const of = async (year: number) =>
      (await (await call(t.app, admin, 'GET', `/api/v1/calendar/${year}`)).json()) as {
        proposed: { date: string; name: string; sources: { url: string }[] }[];
        daysOff: { date: string }[];
      };
    const [y2025, y2026] = [await of(2025), await of(2026)];
    expect(y2025.proposed).toEqual([]);
    expect(y2026.proposed).toMatchObject([{ date: '2026-11-24', name: 'Ngày Văn hóa Việt Nam' }]);
    expect(y2026.proposed[0]!.sources.length).toBeGreaterThan(0);
    expect(y2026.daysOff.map((d) => d.date)).not.toContain('2026-11-24');
  });
});

describe('the admin notices a unit calendar counts with', () => {
  it('come from the database again 10 s later by the service clock, when another server saved one', async () => {
    await buildUnit(t.ctx, { code: 'CAL-W', parentCode: 'CAL' });
    const unit = (await findByCode(t.ctx.db, 'CAL-W'))!;
    t.setNow(new Date('2026-12-01T01:00:00Z'));
    const before = await unitCalendar(t.ctx, unit.id);
    // Another server process saves a notice for 2024 (not through this process's service).
    const notice = structuredClone(notice2024);
    notice.daysOff.push({ date: '2024-12-24', name: 'Ngày nghỉ thử', basis: 'thử nghiệm' });
    await upsertNotice(t.ctx.db, {
      year: 2024,
      notice,
      updatedBy: 'other-process',
      updatedAt: t.ctx.now(),
    });
    t.setNow(new Date('2026-12-01T01:00:05Z'));
    expect((await unitCalendar(t.ctx, unit.id)).version).toBe(before.version);
    t.setNow(new Date('2026-12-01T01:00:11Z'));
    expect((await unitCalendar(t.ctx, unit.id)).version).not.toBe(before.version);
  });
});
