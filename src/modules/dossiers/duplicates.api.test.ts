import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { call, createTestApp, login, type Session } from '../../../test/app.ts';
import { buildProcedure } from '../../../test/dossier-factories.ts';
import { buildUnit, buildUser } from '../../../test/factories.ts';
import { systemActor } from '../../access/actor.ts';
import { importQuestionnaire } from '../surveys/questionnaires/questionnaires.service.ts';
import { lookupCheck } from './lookup-check.ts';

/**
 * The desk warns about a probable duplicate at reception and never blocks it; and a returned
 * dossier reads the same on the public clock, the rating form and the officer's page.
 */
const t = await createTestApp();
const PASSWORD = 'Mat-khau-thu-2025';
const at = (local: string) => new Date(`${local}:00+07:00`);
let officer: Session;
let foreign: Session;

type Standing = { phase: string; phrase: string; timeliness: string | null; verdict: string | null };
type Detail = {
  code: string;
  standing: Standing;
  ratingUrl: string;
  events: { kind: string; data: Record<string, unknown> }[];
};

async function clock(local: string) {
  t.setNow(at(local));
  officer = await login(t.app, 'officer.a', PASSWORD);
  foreign = await login(t.app, 'officer.b', PASSWORD);
}

async function receive(name: string, phone?: string, acknowledgedDuplicates?: string[]): Promise<Detail> {
  const res = await call(t.app, officer, 'POST', '/api/v1/dossiers', {
    unitCode: 'A',
    procedureCode: 'KS',
    channel: 'direct',
    applicant: { kind: 'person', name, ...(phone ? { phone } : {}) },
    contactConsent: false,
    documents: [],
    ...(acknowledgedDuplicates ? { acknowledgedDuplicates } : {}),
  });
  expect(res.status).toBe(201);
  return (await res.json()) as Detail;
}

async function duplicates(session: Session, query: Record<string, string>) {
  return call(t.app, session, 'GET', `/api/v1/dossiers/possible-duplicates?${new URLSearchParams(query)}`);
}

const ask = { unitCode: 'A', procedureCode: 'KS' };

beforeAll(async () => {
  t.setNow(at('2025-06-02T08:00'));
  await buildUnit(t.ctx, { code: 'T', name: 'UBND tỉnh Thử', type: 'province' });
  await buildUnit(t.ctx, { code: 'A', name: 'UBND xã An', parentCode: 'T' });
  await buildUnit(t.ctx, { code: 'B', name: 'UBND xã Bình', parentCode: 'T' });
  await buildProcedure(t.ctx, { code: 'KS', name: 'Đăng ký khai sinh', days: 5, unitCodes: ['A', 'B'] });
  await buildUser(t.ctx, { unitCode: 'A', role: 'officer', username: 'officer.a' });
  await buildUser(t.ctx, { unitCode: 'B', role: 'officer', username: 'officer.b' });
  for (const file of ['ND61-QUAY.json', 'ND118-QUAY.json'])
    await importQuestionnaire(
      t.ctx,
      systemActor('test'),
      readFileSync(`data/questionnaires/${file}`, 'utf8'),
    );
});

describe('possible duplicates at reception', () => {
  it('lists the same applicant’s dossier of the procedure for five working days, and records the acknowledgement', async () => {
    await clock('2026-03-02T09:00'); // Monday
    const first = await receive('Nguyễn Văn An', '0905123456');
    expect(first.events[0]!.data).not.toHaveProperty('possibleDuplicates');

    await clock('2026-03-09T10:00'); // the next Monday: 5 working days later
    const found = await duplicates(officer, {
      ...ask,
      applicantName: 'nguyen van  AN',
      applicantPhone: '+84905123456',
    });
    expect(found.status).toBe(200);
    expect(await found.json()).toEqual({
      windowWorkingDays: 5,
      duplicates: [
        {
          code: first.code,
          receivedAt: at('2026-03-02T09:00').toISOString(),
          status: 2,
          statusName: 'Được tiếp nhận',
        },
      ],
    });
    // Another phone is another person; another unit of the same procedure is not asked about.
    const other = await duplicates(officer, {
      ...ask,
      applicantName: 'Nguyễn Văn An',
      applicantPhone: '0912000111',
    });
    expect((await other.json()).duplicates).toEqual([]);
    // A foreign unit's officer cannot ask about this unit's applicants.
    const refused = await duplicates(foreign, { ...ask, applicantName: 'Nguyễn Văn An' });
    expect(refused.status).toBe(403);

    // The warning never blocks: received anyway, the first event says what was seen and acknowledged.
    const second = await receive('Nguyễn Văn An', '0905123456', [first.code]);
    expect(second.events[0]!.data).toMatchObject({
      possibleDuplicates: [first.code],
      duplicatesAcknowledged: true,
    });
    // Received without looking (e.g. through the API): recorded as not acknowledged.
    const third = await receive('NGUYỄN VĂN AN');
    expect(third.events[0]!.data).toMatchObject({
      possibleDuplicates: [second.code, first.code],
      duplicatesAcknowledged: false,
    });

    await clock('2026-03-10T10:00'); // Tuesday: 6 working days after the first
    const later = await duplicates(officer, { ...ask, applicantName: 'Nguyễn Văn An' });
    expect((await later.json()).duplicates.map((d: { code: string }) => d.code)).toEqual([
      third.code,
      second.code,
    ]);
  });

  it('names the procedure the unit does not receive', async () => {
    const res = await duplicates(officer, { unitCode: 'A', procedureCode: 'XX', applicantName: 'An' });
    expect(res.status).toBe(404);
  });
});

describe('one story for a returned dossier', () => {
  it('says "Đã trả kết quả trước hạn" on the clock, the rating form and the officer’s page alike', async () => {
    await clock('2026-03-02T09:00'); // due Monday 9/3 (5 working days)
    const d = await receive('Trần Thị Bình');
    await clock('2026-03-04T10:00');
    expect((await call(t.app, officer, 'POST', `/api/v1/dossiers/${d.code}/result`)).status).toBe(200);
    await clock('2026-03-12T10:00'); // collected after the due date: still judged by the result
    const returned = await call(t.app, officer, 'POST', `/api/v1/dossiers/${d.code}/return`);
    const detail = (await returned.json()) as Detail;
    expect(detail.standing).toMatchObject({
      phase: 'returned',
      timeliness: 'early',
      phrase: 'Đã trả kết quả trước hạn 3 ngày làm việc',
    });

    const lookup = await call(
      t.app,
      null,
      'GET',
      `/api/v1/public/dossiers/${d.code}?k=${lookupCheck(t.ctx.secret, d.code)}`,
    );
    const clockSays = (await lookup.json()).standing as Standing;
    expect(clockSays).toEqual(detail.standing);
    expect(clockSays.phrase).not.toMatch(/đang giải quyết/i);

    const token = new URL(detail.ratingUrl).searchParams.get('t')!;
    const form = await call(t.app, null, 'GET', `/api/v1/public/dossiers/${d.code}/rating?t=${token}`);
    const body = await form.json();
    expect(body.standing).toEqual(detail.standing);
    expect(body.fromDossier.TIME_TOTAL).toBe(2); // Trước hạn quy định, as the clock says
  });

  it('does not invite to collect "early" a result ready on the appointment day: on time, as the clock says', async () => {
    await clock('2026-03-02T09:00'); // due Monday 9/3 09:00
    const d = await receive('Phạm Thị Dung');
    await clock('2026-03-09T08:30');
    const res = await call(t.app, officer, 'POST', `/api/v1/dossiers/${d.code}/result`);
    const ready = (await res.json()) as Detail & { slips: { form: string }[] };
    expect(ready.standing.phrase).toBe('Đã có kết quả đúng hạn');
    expect(ready.events.at(-1)).toMatchObject({ kind: 'result_ready', data: { early: false } });
    expect(ready.slips.map((x) => x.form)).not.toContain('invitation');
  });

  it('tells an NĐ 61 dossier without hand-over that the agencies’ time does not apply, not that there is no result', async () => {
    await clock('2025-06-02T09:00');
    const d = await receive('Lê Văn Cường');
    await clock('2025-06-03T09:00');
    await call(t.app, officer, 'POST', `/api/v1/dossiers/${d.code}/result`);
    const token = new URL(d.ratingUrl).searchParams.get('t')!;
    const body = await (
      await call(t.app, null, 'GET', `/api/v1/public/dossiers/${d.code}/rating?t=${token}`)
    ).json();
    expect(body.regime.code).toBe('ND61-2018');
    expect(body.standing.phrase).toBe('Đã có kết quả trước hạn 4 ngày làm việc');
    expect(body.fromDossier).toMatchObject({ TIME_TOTAL: 2, TIME_AGENCIES: null });
    expect(body.handedOver).toBe(false);
  });
});
