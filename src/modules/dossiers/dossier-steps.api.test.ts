import { and, asc, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { call, createTestApp, login, type Session } from '../../../test/app.ts';
import { buildProcedure } from '../../../test/dossier-factories.ts';
import { buildUnit, buildUser } from '../../../test/factories.ts';
import { auditLog } from '../../db/schema/index.ts';

/** Hand-over, withdrawal and recalculating the due moment, over HTTP as an officer does them. */
const t = await createTestApp();
const PASSWORD = 'Mat-khau-thu-2025';
const at = (local: string) => new Date(`${local}:00+07:00`);
let officer: Session;
let admin: Session;

type Detail = {
  code: string;
  status: number;
  statusName: string;
  dueAt: string;
  heldBy: string | null;
  calendarVersion: string;
  events: {
    kind: string;
    fromStatus: number | null;
    toStatus: number | null;
    data: Record<string, unknown>;
  }[];
  handovers: {
    id: number;
    fromAgency: string;
    toAgency: string;
    givenBy: string;
    receivedAt: string | null;
    receivedBy: string | null;
    result: string | null;
  }[];
};
type Failure = { error: { code: string; message: string; details: Record<string, unknown> } };

async function clock(local: string) {
  t.setNow(at(local));
  officer = await login(t.app, 'officer.a', PASSWORD);
  admin = await login(t.app, 'admin.t', PASSWORD);
}

async function receive(): Promise<Detail> {
  const res = await call(t.app, officer, 'POST', '/api/v1/dossiers', {
    unitCode: 'A',
    procedureCode: 'KS',
    channel: 'direct',
    applicant: { kind: 'person', name: 'Nguyễn Văn An', phone: '0905123456' },
    contactConsent: true,
    documents: [{ name: 'Tờ khai đăng ký khai sinh', kind: 'original', count: 1 }],
  });
  expect(res.status).toBe(201);
  return (await res.json()) as Detail;
}

const step = (code: string, path: string, body?: unknown) =>
  call(t.app, officer, 'POST', `/api/v1/dossiers/${code}/${path}`, body);

async function auditOf(code: string, action: string) {
  return t.ctx.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entityType, 'dossier'), eq(auditLog.entityId, code), eq(auditLog.action, action)))
    .orderBy(asc(auditLog.id));
}

beforeAll(async () => {
  t.setNow(at('2027-03-01T08:00'));
  await buildUnit(t.ctx, { code: 'T', name: 'Tỉnh Thử', type: 'province' });
  await buildUnit(t.ctx, { code: 'A', name: 'UBND xã An', parentCode: 'T' });
  await buildProcedure(t.ctx, { code: 'KS', name: 'Đăng ký khai sinh', days: 5, unitCodes: ['A'] });
  await buildUser(t.ctx, { unitCode: 'A', role: 'officer', username: 'officer.a' });
  await buildUser(t.ctx, { unitCode: 'T', role: 'admin', username: 'admin.t' });
  await clock('2027-03-01T09:00');
});

describe('hand-over to another agency', () => {
  it('gives the dossier to the receiving agency with a timeline event and an audit row; the receiver accepts it once', async () => {
    const d = await receive();
    const given = await step(d.code, 'handovers', {
      toAgency: 'Phòng Tư pháp huyện',
      givenBy: 'Lê Thị Hoa',
    });
    expect(given.status).toBe(200);
    const afterGive = (await given.json()) as Detail;
    expect(afterGive.heldBy).toBe('Phòng Tư pháp huyện');
    expect(afterGive.status).toBe(d.status);
    expect(afterGive.handovers).toEqual([
      expect.objectContaining({
        fromAgency: 'UBND xã An',
        toAgency: 'Phòng Tư pháp huyện',
        givenBy: 'Lê Thị Hoa',
        receivedAt: null,
        receivedBy: null,
      }),
    ]);
    expect(afterGive.events.at(-1)).toMatchObject({
      kind: 'handover',
      data: { from: 'UBND xã An', to: 'Phòng Tư pháp huyện', givenBy: 'Lê Thị Hoa' },
    });
    const [audit] = await auditOf(d.code, 'dossier.handover');
    expect(audit).toMatchObject({ actorLabel: expect.stringContaining('officer.a') });
    expect(audit!.data).toMatchObject({ to: 'Phòng Tư pháp huyện' });

    const id = afterGive.handovers[0]!.id;
    await clock('2027-03-02T10:00');
    const received = await step(d.code, `handovers/${id}/receive`, {
      receivedBy: 'Trần Văn Bình',
      result: 'Đã nhận đủ hồ sơ',
    });
    expect(received.status).toBe(200);
    const afterReceive = (await received.json()) as Detail;
    expect(afterReceive.handovers[0]).toMatchObject({
      receivedAt: at('2027-03-02T10:00').toISOString(),
      receivedBy: 'Trần Văn Bình',
      result: 'Đã nhận đủ hồ sơ',
    });
    expect(afterReceive.events.at(-1)).toMatchObject({
      kind: 'handover_received',
      data: { agency: 'Phòng Tư pháp huyện', receivedBy: 'Trần Văn Bình' },
    });
    expect(await auditOf(d.code, 'dossier.handover_received')).toHaveLength(1);

    // Accepting the same hand-over twice is refused, and nothing more is written.
    const twice = await step(d.code, `handovers/${id}/receive`, { receivedBy: 'Người khác' });
    expect(twice.status).toBe(404);
    expect(((await twice.json()) as Failure).error).toMatchObject({ code: 'NOT_FOUND', details: {} });
    expect(await auditOf(d.code, 'dossier.handover_received')).toHaveLength(1);
  });
});

describe('withdrawal at the applicant’s request', () => {
  it('ends the dossier with its event and audit row; a step on the ended dossier is refused with DOSSIER_STATE', async () => {
    const d = await receive();
    const res = await step(d.code, 'withdraw', { reason: 'Công dân có đơn xin rút hồ sơ' });
    expect(res.status).toBe(200);
    const after = (await res.json()) as Detail;
    expect(after.status).toBe(7);
    expect(after.statusName).toBe('Công dân yêu cầu rút hồ sơ');
    expect(after.events.at(-1)).toMatchObject({
      kind: 'withdrawn',
      fromStatus: d.status,
      toStatus: 7,
      data: { reason: 'Công dân có đơn xin rút hồ sơ' },
    });
    expect(await auditOf(d.code, 'dossier.withdrawn')).toHaveLength(1);

    for (const [path, body] of [
      ['withdraw', { reason: 'Rút lần nữa' }],
      ['handovers', { toAgency: 'Phòng Tư pháp huyện', givenBy: 'Lê Thị Hoa' }],
      ['recalculate-due', { reason: 'Lịch nghỉ thay đổi' }],
    ] as const) {
      const refused = await step(d.code, path, body);
      expect(refused.status, path).toBe(409);
      const { error } = (await refused.json()) as Failure;
      expect(error.code, path).toBe('DOSSIER_STATE');
      expect(error.details, path).toBeTypeOf('object');
    }
    expect(await auditOf(d.code, 'dossier.withdrawn')).toHaveLength(1);
    expect(await auditOf(d.code, 'dossier.handover')).toHaveLength(0);
  });
});

describe('recalculating the due moment after a calendar notice changes', () => {
  it('keeps the due moment until an officer recalculates it, then uses the new calendar and stores its hash', async () => {
    await clock('2027-03-01T09:00');
    const d = await receive();
    const oldDue = d.dueAt;
    const oldVersion = d.calendarVersion;
    expect(oldVersion).toMatch(/\S/);

    // Test data, not a real notice: one extra day off inside the dossier's processing time.
    const notice = {
      year: 2027,
      status: 'unverified',
      notices: [
        {
          issuer: 'Đơn vị thử nghiệm',
          subject: 'Thông báo thử nghiệm (dữ liệu kiểm thử)',
          summary: 'Nghỉ thêm thứ Tư 03/03/2027 để kiểm thử việc tính lại ngày hẹn.',
          sources: [{ citation: 'Dữ liệu kiểm thử, không phải văn bản thật.' }],
        },
      ],
      daysOff: [{ date: '2027-03-03', name: 'Ngày nghỉ thử nghiệm' }],
      workingDays: [],
    };
    const put = await call(t.app, admin, 'PUT', '/api/v1/calendar/notices/2027', notice);
    expect(put.status).toBe(200);

    // The notice alone does not move an existing dossier.
    const unchanged = (await (
      await call(t.app, officer, 'GET', `/api/v1/dossiers/${d.code}`)
    ).json()) as Detail;
    expect(unchanged.dueAt).toBe(oldDue);
    expect(unchanged.calendarVersion).toBe(oldVersion);

    const res = await step(d.code, 'recalculate-due', { reason: 'Lịch nghỉ năm 2027 được bổ sung' });
    expect(res.status).toBe(200);
    const after = (await res.json()) as Detail;
    // One working day more: the day off pushes the due moment to the next working day.
    expect(Date.parse(after.dueAt)).toBeGreaterThan(Date.parse(oldDue));
    expect(after.dueAt).toBe(nextWorkingDay(oldDue));
    expect(after.calendarVersion).not.toBe(oldVersion);
    expect(after.events.at(-1)).toMatchObject({
      kind: 'due_recalculated',
      data: {
        reason: 'Lịch nghỉ năm 2027 được bổ sung',
        oldDueAt: oldDue,
        dueAt: after.dueAt,
        oldCalendar: oldVersion,
        calendar: after.calendarVersion,
      },
    });
    const audit = await auditOf(d.code, 'dossier.due_recalculated');
    expect(audit).toHaveLength(1);
    expect(audit[0]!.data).toMatchObject({ oldDueAt: oldDue, dueAt: after.dueAt });

    // Recalculating again with the same calendar changes nothing but is still on the record.
    const again = (await (
      await step(d.code, 'recalculate-due', { reason: 'Kiểm tra lại' })
    ).json()) as Detail;
    expect(again.dueAt).toBe(after.dueAt);
    expect(again.calendarVersion).toBe(after.calendarVersion);
    expect(await auditOf(d.code, 'dossier.due_recalculated')).toHaveLength(2);
  });
});

/** The same clock time on the next Monday–Friday (the test's weeks have no other day off). */
function nextWorkingDay(iso: string): string {
  const d = new Date(iso);
  do d.setUTCDate(d.getUTCDate() + 1);
  while ([0, 6].includes(new Date(d.getTime() + 7 * 3_600_000).getUTCDay()));
  return d.toISOString();
}
