import { sql } from 'drizzle-orm';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { call, createTestApp, login, type Session } from '../../../test/app.ts';
import { buildUnit, buildUser } from '../../../test/factories.ts';
import { queryRows } from '../../db/rows.ts';
import { vnDateTime } from '../../lib/time.ts';
import { feedbackFigures } from './figures.queries.ts';

/** Feedback over HTTP: intake, routing, deadlines, answers, publication, rating, duplicates, officers. */
const t = await createTestApp();
const PASSWORD = 'Mat-khau-thu-2025';
let officer: Session;
let leader: Session;
let officerB: Session;
let admin: Session;
let viewer: Session;
const at = (local: string) => new Date(`${local}:00+07:00`);
const json = async <T = Record<string, unknown>>(res: Response) => (await res.json()) as T;
type Err = { error: { code: string; message: string; details?: { fields?: { field: string }[] } } };
type Detail = {
  code: string;
  status: string;
  statusName: string;
  unitCode: string;
  deadlines: { rejectBy: string; transferBy: string; answerBy: string; publishBy: string | null };
  answer: string | null;
  answerDraft: string | null;
  reopenedCount: number;
  reporter: { name: string | null; phone: string | null; anonymous: boolean };
  duplicateSuggestions: { code: string; similarity: number }[];
  duplicatesLinked: string[];
  mergedInto: string | null;
  handler: { username: string } | null;
  receivedBy: { username: string } | null;
  events: { kind: string; data: Record<string, unknown> }[];
  trackingUrl?: string;
  trackingToken?: string;
  remainingWorkingDays: number | null;
  overdue: boolean;
};
type Received = {
  code: string;
  trackingUrl: string;
  trackingToken: string;
  unitCode: string;
  answerBy: string;
};

/** Move the clock; sessions last 12 hours, so sign in again at the new time. */
async function clock(local: string) {
  t.setNow(at(local));
  officer = await login(t.app, 'officer.a', PASSWORD);
  leader = await login(t.app, 'leader.a', PASSWORD);
  officerB = await login(t.app, 'officer.b', PASSWORD);
  admin = await login(t.app, 'admin.t', PASSWORD);
  viewer = await login(t.app, 'viewer.a', PASSWORD);
}

/** A citizen's connection (node-server's conninfo reads it): each report from its own address. */
let citizens = 0;
const fromCitizen = () => {
  citizens++;
  return { incoming: { socket: { remoteAddress: `10.0.${citizens >> 8}.${citizens & 255}` } } };
};
const submit = async (body: Record<string, unknown> = {}) =>
  t.app.request(
    '/api/v1/public/feedback',
    {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        categoryCode: 'DEN-DUONG',
        unitCode: 'A',
        description: 'Đèn đường trước trường tiểu học bị hỏng, buổi tối rất tối',
        ...body,
      }),
    },
    fromCitizen(),
  );
const detail = async (code: string, session: Session = officer) =>
  json<Detail>(await call(t.app, session, 'GET', `/api/v1/feedback/${code}`));
/** A real PNG, and a real JPEG as a phone writes it (camera serial and GPS in EXIF, orientation 6). */
const testPng = async () =>
  new Uint8Array(
    await sharp({ create: { width: 8, height: 6, channels: 3, background: { r: 20, g: 90, b: 200 } } })
      .png()
      .toBuffer(),
  );
const testJpeg = async (o: { exif?: boolean } = {}) => {
  let image = sharp({
    create: { width: 40, height: 20, channels: 3, background: { r: 200, g: 30, b: 30 } },
  }).jpeg();
  if (o.exif) {
    image = image
      .withExif({
        IFD0: { Make: 'SerialCam', Model: 'SN-4711-0815' },
        IFD3: {
          GPSLatitudeRef: 'N',
          GPSLatitude: '12/1 14/1 3/1',
          GPSLongitudeRef: 'E',
          GPSLongitude: '109/1 11/1 0/1',
        },
      })
      .withMetadata({ orientation: 6 });
  }
  return new Uint8Array(await image.toBuffer());
};
const act = (session: Session, code: string, action: string, body?: unknown) =>
  call(t.app, session, 'POST', `/api/v1/feedback/${code}/${action}`, body);
const outbox = (code: string) =>
  queryRows<{ channel: string; recipient: string; template: string; payload: { url: string } }>(
    t.ctx.db,
    sql`select channel, recipient, template, payload from outbox where dedupe_key like ${`%${code}%`} order by id`,
  );

beforeAll(async () => {
  t.setNow(at('2026-03-02T09:00'));
  await buildUnit(t.ctx, { code: 'T', name: 'UBND tỉnh Thử', type: 'province' });
  await buildUnit(t.ctx, { code: 'A', name: 'UBND xã An Phú', parentCode: 'T' });
  await buildUnit(t.ctx, { code: 'B', name: 'UBND xã Bình Lộc', parentCode: 'T' });
  await buildUser(t.ctx, { unitCode: 'A', role: 'officer', username: 'officer.a' });
  await buildUser(t.ctx, { unitCode: 'A', role: 'officer', username: 'officer.a2' });
  await buildUser(t.ctx, { unitCode: 'A', role: 'leader', username: 'leader.a' });
  await buildUser(t.ctx, { unitCode: 'A', role: 'viewer', username: 'viewer.a' });
  await buildUser(t.ctx, { unitCode: 'B', role: 'officer', username: 'officer.b' });
  await buildUser(t.ctx, { unitCode: 'T', role: 'admin', username: 'admin.t' });
  await clock('2026-03-02T09:00');
  const created = await call(t.app, admin, 'POST', '/api/v1/feedback/categories', {
    code: 'DEN-DUONG',
    name: 'Đèn chiếu sáng công cộng',
    description: 'Đèn đường hỏng, tắt, sáng ban ngày',
    group: 'Hạ tầng đô thị',
    keywords: ['đèn', 'chiếu sáng'],
    unitCode: 'T',
    answerTemplate:
      'Về phản ánh {code} ngày {receivedDate} thuộc lĩnh vực {category}, {unitName} đã kiểm tra và sửa chữa xong.',
  });
  expect(created.status).toBe(201);
  await call(t.app, admin, 'POST', '/api/v1/feedback/categories', {
    code: 'MOI-TRUONG',
    name: 'Vệ sinh môi trường',
    unitCode: 'A',
    defaultHandler: 'officer.a2',
  });
});

describe('categories', () => {
  it('lets an admin manage them, not an officer; codes are unique; an inactive one leaves the form', async () => {
    expect(
      (
        await call(t.app, officer, 'POST', '/api/v1/feedback/categories', {
          code: 'X',
          name: 'X',
          unitCode: 'A',
        })
      ).status,
    ).toBe(403);
    const again = await call(t.app, admin, 'POST', '/api/v1/feedback/categories', {
      code: 'DEN-DUONG',
      name: 'Trùng',
      unitCode: 'T',
    });
    expect(again.status).toBe(409);
    await call(t.app, admin, 'POST', '/api/v1/feedback/categories', {
      code: 'CU',
      name: 'Cũ',
      unitCode: 'A',
    });
    expect(
      (await call(t.app, admin, 'PATCH', '/api/v1/feedback/categories/CU', { active: false })).status,
    ).toBe(200);
    const form = await json<{ categories: { code: string }[] }>(
      await call(t.app, null, 'GET', '/api/v1/public/feedback/categories?unitCode=A'),
    );
    // The province's category serves the commune; the inactive one is gone.
    expect(form.categories.map((c) => c.code).sort()).toEqual(['DEN-DUONG', 'MOI-TRUONG']);
    const b = await json<{ categories: { code: string }[] }>(
      await call(t.app, null, 'GET', '/api/v1/public/feedback/categories?unitCode=B'),
    );
    expect(b.categories.map((c) => c.code)).toEqual(['DEN-DUONG']);
    const res = await submit({ categoryCode: 'CU' });
    expect(res.status).toBe(404);
    expect((await json<Err>(res)).error.code).toBe('CATEGORY_NOT_FOUND');
  });

  it('refuses a default handler who cannot see the category’s unit', async () => {
    const res = await call(t.app, admin, 'POST', '/api/v1/feedback/categories', {
      code: 'GT',
      name: 'Giao thông',
      unitCode: 'A',
      defaultHandler: 'officer.b',
    });
    expect(res.status).toBe(400);
    expect((await json<Err>(res)).error.details?.fields?.[0]?.field).toBe('defaultHandler');
  });
});

describe('intake', () => {
  it('codes a web report PA-YYYYMMDD-NNNN, sets working-day deadlines and gives a tracking link whose token is stored hashed', async () => {
    const res = await submit({ reporter: { name: 'Lê Thị Hoa', phone: '0905123456' }, contactConsent: true });
    expect(res.status).toBe(201);
    const r = await json<Received>(res);
    expect(r.code).toMatch(/^PA-20260302-\d{4}$/);
    expect(r.trackingUrl).toBe(`http://localhost/phan-anh/theo-doi/${r.code}?t=${r.trackingToken}`);
    // Monday 02/03 09:00 + 15 working days → Monday 23/03 09:00.
    expect(r.answerBy).toBe(at('2026-03-23T09:00').toISOString());
    const d = await detail(r.code);
    expect(d.deadlines.rejectBy).toBe(at('2026-03-04T09:00').toISOString());
    expect(d.deadlines.transferBy).toBe(at('2026-03-09T09:00').toISOString());
    expect(d.status).toBe('cho_tiep_nhan');
    expect(d.reporter).toMatchObject({ name: 'Lê Thị Hoa', phone: '0905123456', anonymous: false });
    const [row] = await queryRows<{ tracking_hash: string }>(
      t.ctx.db,
      sql`select tracking_hash from feedback_items where code = ${r.code}`,
    );
    expect(row!.tracking_hash).not.toContain(r.trackingToken);
    // The reporter consented: an SMS with the tracking link waits in the outbox.
    expect(await outbox(r.code)).toEqual([
      {
        channel: 'sms',
        recipient: '84905123456',
        template: 'feedback.received',
        payload: expect.objectContaining({ url: r.trackingUrl }),
      },
    ]);
    const second = await json<Received>(await submit());
    expect(Number(second.code.slice(-4))).toBe(Number(r.code.slice(-4)) + 1);
  });

  it('keeps no contact details without consent: the report is anonymous and nobody is messaged', async () => {
    const r = await json<Received>(await submit({ reporter: { name: 'Trần Văn Ba', phone: '0912345678' } }));
    const [row] = await queryRows<{ reporter_name: string | null; reporter_phone: string | null }>(
      t.ctx.db,
      sql`select reporter_name, reporter_phone from feedback_items where code = ${r.code}`,
    );
    expect(row).toEqual({ reporter_name: null, reporter_phone: null });
    expect(await outbox(r.code)).toEqual([]);
    expect((await detail(r.code)).reporter.anonymous).toBe(true);
  });

  it('shows contact details only to those who handle feedback', async () => {
    const r = await json<Received>(
      await submit({ reporter: { name: 'Vũ Thị Cúc', phone: '0933111222' }, contactConsent: true }),
    );
    expect((await detail(r.code, officer)).reporter).toMatchObject({
      name: 'Vũ Thị Cúc',
      phone: '0933111222',
    });
    expect((await detail(r.code, viewer)).reporter).toMatchObject({
      name: null,
      phone: null,
      anonymous: false,
    });
  });

  it('takes the plain form-encoded form too (no JavaScript on the phone)', async () => {
    const res = await t.app.request(
      '/api/v1/public/feedback',
      {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({
          categoryCode: 'DEN-DUONG',
          unitCode: 'A',
          description: 'Đèn đường ngõ 5 chập chờn cả đêm',
          phone: '0944555666',
          contactConsent: 'on',
        }).toString(),
      },
      fromCitizen(),
    );
    expect(res.status).toBe(201);
    const r = await json<Received>(res);
    expect((await detail(r.code)).reporter.phone).toBe('0944555666');
  });

  it('suggests the unit from the category and the place, and refuses a unit outside the category', async () => {
    const suggested = await json<{ unitCode: string }>(
      await call(
        t.app,
        null,
        'GET',
        '/api/v1/public/feedback/suggest-unit?category=DEN-DUONG&address=Thôn 3, xa Binh Loc',
      ),
    );
    expect(suggested.unitCode).toBe('B');
    const r = await json<Received>(await submit({ unitCode: undefined, address: 'Tổ 5, xã Bình Lộc' }));
    expect(r.unitCode).toBe('B');
    const nowhere = await json<Received>(await submit({ unitCode: undefined, address: 'Chợ trung tâm' }));
    expect(nowhere.unitCode).toBe('T');
    const outside = await submit({ categoryCode: 'MOI-TRUONG', unitCode: 'B' });
    expect(outside.status).toBe(400);
    expect((await json<Err>(outside)).error.details?.fields?.[0]?.field).toBe('unitCode');
  });

  it('logs a hotline call with its time: deadlines count from the call, the officer is recorded, the default handler assigned', async () => {
    await clock('2026-03-06T16:00');
    const res = await call(t.app, officer, 'POST', '/api/v1/feedback', {
      channel: 'hotline',
      calledAt: '2026-03-06T10:15',
      categoryCode: 'MOI-TRUONG',
      description: 'Người dân gọi báo rác ùn ứ ở cuối hẻm 12 đường Lê Lợi',
      reporter: { name: 'Ông Tư', phone: '02583822123' },
      contactConsent: true,
    });
    expect(res.status).toBe(201);
    const d = await json<Detail & { trackingUrl: string }>(res);
    expect(d.code).toMatch(/^PA-20260306-/);
    expect(d.trackingUrl).toContain('?t=');
    // Friday 06/03 10:15 + 2 working days → Tuesday 10/03 10:15.
    expect(d.deadlines.rejectBy).toBe(at('2026-03-10T10:15').toISOString());
    expect(d.receivedBy?.username).toBe('officer.a');
    expect(d.handler?.username).toBe('officer.a2');
    expect(d.events[0]).toMatchObject({ kind: 'received', data: { channel: 'hotline' } });
    // A landline gets no SMS: the intake still succeeds, nothing is queued.
    expect(await outbox(d.code)).toEqual([]);
    // The province's category, no unit named: the officer's own unit takes it.
    const counter = await call(t.app, officer, 'POST', '/api/v1/feedback', {
      channel: 'counter',
      categoryCode: 'DEN-DUONG',
      description: 'Phản ánh tại quầy về đèn đường khu tập thể',
    });
    expect(counter.status).toBe(201);
    expect((await json<Detail>(counter)).unitCode).toBe('A');
    const noTime = await call(t.app, officer, 'POST', '/api/v1/feedback', {
      channel: 'hotline',
      categoryCode: 'MOI-TRUONG',
      description: 'Cuộc gọi không ghi giờ gọi đến',
    });
    expect((await json<Err>(noTime)).error.details?.fields?.[0]?.field).toBe('calledAt');
    const future = await call(t.app, officer, 'POST', '/api/v1/feedback', {
      channel: 'hotline',
      calledAt: '2026-03-06T18:00',
      categoryCode: 'MOI-TRUONG',
      description: 'Cuộc gọi ghi giờ trong tương lai',
    });
    expect(future.status).toBe(400);
    const byViewer = await call(t.app, viewer, 'POST', '/api/v1/feedback', {
      channel: 'counter',
      categoryCode: 'MOI-TRUONG',
      description: 'Người xem không được nhập phản ánh',
    });
    expect(byViewer.status).toBe(403);
    await clock('2026-03-02T09:00');
  });

  it('takes up to three photos by multipart, checks them by their bytes, and writes nothing when one is bad', async () => {
    const png = await testPng();
    const jpeg = await testJpeg();
    const form = (photos: { bytes: Uint8Array; name: string; type: string }[]) => {
      const f = new FormData();
      f.set('categoryCode', 'DEN-DUONG');
      f.set('unitCode', 'A');
      f.set('description', 'Cột đèn nghiêng sắp đổ ở ngã ba, có ảnh kèm theo');
      f.set('name', 'Phạm Văn Dũng');
      f.set('phone', '0987654321');
      f.set('contactConsent', 'true');
      for (const p of photos) f.append('photos', new File([p.bytes as BlobPart], p.name, { type: p.type }));
      return t.app.request('/api/v1/public/feedback', { method: 'POST', body: f }, fromCitizen());
    };
    const ok = await form([
      { bytes: png, name: 'cot-den.png', type: 'image/png' },
      { bytes: jpeg, name: 'anh 2.jpg', type: 'image/jpeg' },
    ]);
    expect(ok.status).toBe(201);
    const r = await json<Received>(ok);
    const d = await json<Detail & { photos: { id: number; url: string; mime: string }[] }>(
      await call(t.app, officer, 'GET', `/api/v1/feedback/${r.code}`),
    );
    expect(d.photos.map((p) => p.mime)).toEqual(['image/png', 'image/jpeg']);
    expect(d.reporter.phone).toBe('0987654321');
    const served = await call(t.app, officer, 'GET', d.photos[0]!.url);
    expect(served.headers.get('content-type')).toBe('image/png');
    expect((await sharp(new Uint8Array(await served.arrayBuffer())).metadata()).format).toBe('png');

    const [{ n: before }] = (await queryRows<{ n: number }>(
      t.ctx.db,
      sql`select count(*)::int as n from feedback_items`,
    )) as [{ n: number }];
    const svg = await form([{ bytes: new TextEncoder().encode('<svg/>'), name: 'x.png', type: 'image/png' }]);
    expect(svg.status).toBe(400);
    expect((await json<Err>(svg)).error.code).toBe('PHOTO_INVALID');
    // The right first bytes are not enough: the file must decode as the image it claims to be.
    const fake = await form([
      {
        bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]),
        name: 'y.png',
        type: 'image/png',
      },
    ]);
    expect(fake.status).toBe(400);
    expect((await json<Err>(fake)).error).toMatchObject({
      code: 'PHOTO_INVALID',
      details: { fields: [{ field: 'photos[0]' }] },
    });
    const four = await form([1, 2, 3, 4].map((i) => ({ bytes: png, name: `${i}.png`, type: 'image/png' })));
    expect((await json<Err>(four)).error.code).toBe('PHOTO_INVALID');
    const big = new Uint8Array(5 * 1024 * 1024 + 1);
    big.set(jpeg);
    const huge = await form([{ bytes: big, name: 'to.jpg', type: 'image/jpeg' }]);
    expect(huge.status).toBe(413);
    const [{ n: after }] = (await queryRows<{ n: number }>(
      t.ctx.db,
      sql`select count(*)::int as n from feedback_items`,
    )) as [{ n: number }];
    expect(after).toBe(before);
  });

  it('limits one address to 30 reports a minute (429), without touching other addresses', async () => {
    await clock('2026-03-03T10:00');
    const same = { incoming: { socket: { remoteAddress: '203.0.113.9' } } };
    const post = (env: unknown) =>
      t.app.request(
        '/api/v1/public/feedback',
        {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            categoryCode: 'DEN-DUONG',
            unitCode: 'A',
            description: 'Phản ánh thử giới hạn tần suất',
          }),
        },
        env,
      );
    const statuses: number[] = [];
    for (let i = 0; i < 30; i++) statuses.push((await post(same)).status);
    expect(statuses.every((s) => s === 201)).toBe(true);
    const refused = await post(same);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('Retry-After'))).toBeGreaterThan(0);
    expect((await post(fromCitizen())).status).toBe(201);
    t.setNow(at('2026-03-03T10:01'));
    expect((await post(same)).status).toBe(201);
    await clock('2026-03-02T09:00');
  });

  it('names the bad field of a bad submission', async () => {
    const res = await submit({ description: 'ngắn' });
    expect(res.status).toBe(400);
    expect((await json<Err>(res)).error.details?.fields?.[0]?.field).toBe('description');
  });
});

describe('photos are published without their metadata, and only once the answer is', () => {
  it("strips GPS and camera EXIF, applies the orientation, and hides an unpublished item's photo from everyone but officers in scope", async () => {
    const original = await testJpeg({ exif: true });
    const before = await sharp(original).metadata();
    // The file as a phone sends it: EXIF with the camera serial and a GPS block (tag 0x8825), turned 90°.
    expect(Buffer.from(original).includes('SN-4711-0815')).toBe(true);
    expect(before.exif?.includes(Buffer.from([0x25, 0x88]))).toBe(true);
    expect([before.width, before.height, before.orientation]).toEqual([40, 20, 6]);
    const f = new FormData();
    f.set('categoryCode', 'DEN-DUONG');
    f.set('unitCode', 'A');
    f.set('description', 'Cột đèn nghiêng ở ngã tư, ảnh chụp bằng điện thoại');
    f.append('photos', new File([original as BlobPart], 'IMG_0001.jpg', { type: 'image/jpeg' }));
    const res = await t.app.request('/api/v1/public/feedback', { method: 'POST', body: f }, fromCitizen());
    expect(res.status).toBe(201);
    const r = await json<Received>(res);
    const d = await json<{ photos: { url: string }[] }>(
      await call(t.app, officer, 'GET', `/api/v1/feedback/${r.code}`),
    );
    const url = d.photos[0]!.url;

    // Not published yet: anonymous and a foreign unit's officer get the same 404 as a missing photo.
    const anonymous = await call(t.app, null, 'GET', url);
    expect(anonymous.status).toBe(404);
    expect((await json<Err>(anonymous)).error.details).toBeDefined();
    expect((await call(t.app, officerB, 'GET', url)).status).toBe(404);
    const own = await call(t.app, officer, 'GET', url);
    expect(own.status).toBe(200);
    expect(own.headers.get('cache-control')).toBe('private, no-store');
    const stored = new Uint8Array(await own.arrayBuffer());
    const after = await sharp(stored).metadata();
    expect(after.format).toBe('jpeg');
    expect(after.exif).toBeUndefined();
    expect(after.orientation).toBeUndefined();
    expect([after.width, after.height]).toEqual([20, 40]);
    expect(Buffer.from(stored).includes('SN-4711-0815')).toBe(false);
    expect(Buffer.from(stored).includes('SerialCam')).toBe(false);

    // Published: everyone may fetch it.
    await act(officer, r.code, 'accept');
    await act(officer, r.code, 'answer', { text: 'Đơn vị đã dựng lại cột đèn và kiểm tra an toàn.' });
    expect((await act(leader, r.code, 'approve')).status).toBe(200);
    expect((await act(officer, r.code, 'publish')).status).toBe(200);
    const open = await call(t.app, null, 'GET', url);
    expect(open.status).toBe(200);
    expect(open.headers.get('cache-control')).toBe('public, max-age=86400');
    expect(new Uint8Array(await open.arrayBuffer())).toEqual(stored);
  });
});

describe('handling, answer, approval, publication', () => {
  it('drafts from the template, needs a leader to approve, sends the answer, publishes it without personal data', async () => {
    const r = await json<Received>(
      await submit({
        description: 'Đèn hỏng ở hẻm 7, ai cần hỏi thêm gọi 0905 111 222 hoặc thư hoa.le@example.com',
        reporter: { name: 'Lê Thị Hoa', email: 'hoa.le@example.com', phone: '0905111222' },
        contactConsent: true,
      }),
    );
    expect((await act(officer, r.code, 'answer', {})).status).toBe(409); // not accepted yet
    const accepted = await json<Detail>(await act(officer, r.code, 'accept'));
    expect(accepted.status).toBe('dang_xu_ly');
    expect(accepted.handler?.username).toBe('officer.a');
    expect(accepted.answerDraft).toBe(
      `Về phản ánh ${r.code} ngày 02/03/2026 thuộc lĩnh vực Đèn chiếu sáng công cộng, UBND xã An Phú đã kiểm tra và sửa chữa xong.`,
    );
    const drafted = await json<Detail>(await act(officer, r.code, 'answer'));
    expect(drafted).toMatchObject({ status: 'cho_duyet', answer: accepted.answerDraft });

    await clock('2026-03-05T14:00');
    expect((await act(officer, r.code, 'approve')).status).toBe(403);
    const returned = await json<Detail>(
      await act(leader, r.code, 'return-draft', { reason: 'Nêu rõ ngày sửa' }),
    );
    expect(returned.status).toBe('dang_xu_ly');
    await act(officer, r.code, 'answer', {
      text: 'Ngày 04/03/2026, đơn vị đã thay bóng đèn hẻm 7. Cảm ơn bà Lê Thị Hoa.',
    });
    const approved = await json<Detail>(await act(leader, r.code, 'approve'));
    expect(approved.status).toBe('da_tra_loi');
    // Answered Thursday 05/03 14:00: publish by Monday 09/03 14:00 (2 working days).
    expect(approved.deadlines.publishBy).toBe(at('2026-03-09T14:00').toISOString());
    expect(approved.events.find((e) => e.kind === 'approved')?.data).toMatchObject({ onTime: true });
    // The answer message repeats the reporter's own tracking link, by e-mail and SMS.
    const sent = (await outbox(r.code)).filter((m) => m.template === 'feedback.answered');
    expect(sent.map((m) => m.channel).sort()).toEqual(['email', 'sms']);
    expect(sent[0]!.payload.url).toBe(r.trackingUrl);

    // Not public before publication.
    expect((await call(t.app, null, 'GET', `/api/v1/public/feedback/${r.code}`)).status).toBe(404);
    const published = await json<Detail>(await act(officer, r.code, 'publish'));
    expect(published.status).toBe('da_cong_khai');
    const item = await json<{ description: string; answer: string; statusName: string }>(
      await call(t.app, null, 'GET', `/api/v1/public/feedback/${r.code}`),
    );
    expect(item.statusName).toBe('Đã công khai');
    expect(item.answer).toBe('Ngày 04/03/2026, đơn vị đã thay bóng đèn hẻm 7. Cảm ơn bà ***.');
    const list = await json<{ items: { code: string }[] }>(
      await call(t.app, null, 'GET', '/api/v1/public/feedback?unitCode=A&category=DEN-DUONG'),
    );
    expect(list.items.map((i) => i.code)).toContain(r.code);
    const text = JSON.stringify(list) + JSON.stringify(item);
    for (const secret of ['0905', '111 222', 'hoa.le', 'example.com', 'Lê Thị Hoa'])
      expect(text).not.toContain(secret);
    expect(
      (await json<{ items: unknown[] }>(await call(t.app, null, 'GET', '/api/v1/public/feedback?unitCode=B')))
        .items,
    ).toEqual([]);
    await clock('2026-03-02T09:00');
  });

  it('refuses an impossible move with the current state named', async () => {
    const r = await json<Received>(await submit());
    const res = await act(officer, r.code, 'publish');
    expect(res.status).toBe(409);
    expect((await json<Err>(res)).error.message).toContain('Chờ tiếp nhận');
  });
});

/** An item answered (da_tra_loi) by the leader. */
async function answered(extra: Record<string, unknown> = {}) {
  const r = await json<Received>(await submit(extra));
  await act(officer, r.code, 'accept');
  await act(officer, r.code, 'answer', { text: 'Đơn vị đã sửa đèn đường và kiểm tra lại buổi tối.' });
  expect((await act(leader, r.code, 'approve')).status).toBe(200);
  return r;
}

describe('the reporter closes the loop', () => {
  it('follows the item with the token only, and rates the answer once', async () => {
    const r = await answered();
    expect(
      (await call(t.app, null, 'GET', `/api/v1/public/feedback/${r.code}/tracking?t=sai-ma-theo-doi`)).status,
    ).toBe(403);
    const view = await json<{ statusName: string; answer: string; canRate: boolean }>(
      await call(t.app, null, 'GET', `/api/v1/public/feedback/${r.code}/tracking?t=${r.trackingToken}`),
    );
    expect(view).toMatchObject({ statusName: 'Đã trả lời', canRate: true });
    expect(view.answer).toContain('đã sửa đèn đường');
    const rate = (body: unknown, token = r.trackingToken) =>
      call(t.app, null, 'POST', `/api/v1/public/feedback/${r.code}/rating?t=${token}`, body);
    expect((await rate({ rating: 'satisfied' }, 'sai-ma-theo-doi')).status).toBe(403);
    expect((await rate({ rating: 'satisfied' })).status).toBe(201);
    const again = await rate({ rating: 'dissatisfied', reason: 'Đèn lại hỏng' });
    expect(again.status).toBe(409);
    expect((await json<Err>(again)).error.code).toBe('FEEDBACK_ALREADY_RATED');
  });

  it('reopens the item when the reporter is not satisfied: back to handling, counted, a new answer deadline', async () => {
    const r = await answered();
    const rate = (body: unknown) =>
      call(t.app, null, 'POST', `/api/v1/public/feedback/${r.code}/rating?t=${r.trackingToken}`, body);
    const bare = await rate({ rating: 'dissatisfied' });
    expect(bare.status).toBe(400);
    expect((await json<Err>(bare)).error.details?.fields?.[0]?.field).toBe('reason');
    await clock('2026-03-04T10:00');
    const res = await rate({ rating: 'dissatisfied', reason: 'Đèn vẫn chưa sáng, tối qua vẫn tối' });
    expect(res.status).toBe(201);
    expect(await json(res)).toEqual({ rating: 'dissatisfied', reopened: true });
    const d = await detail(r.code);
    expect(d.status).toBe('dang_xu_ly');
    expect(d.reopenedCount).toBe(1);
    // Reopened Wednesday 04/03 10:00 + 15 working days → Wednesday 25/03 10:00.
    expect(d.deadlines.answerBy).toBe(at('2026-03-25T10:00').toISOString());
    expect(d.events.map((e) => e.kind).slice(-2)).toEqual(['rated', 'reopened']);
    // A new answer can be rated again.
    await act(officer, r.code, 'answer', { text: 'Đã thay toàn bộ bộ đèn, kiểm tra lúc 19 giờ.' });
    await act(leader, r.code, 'approve');
    expect((await rate({ rating: 'satisfied' })).status).toBe(201);
    await clock('2026-03-02T09:00');
  });

  it('does not take a rating before there is an answer', async () => {
    const r = await json<Received>(await submit());
    const res = await call(
      t.app,
      null,
      'POST',
      `/api/v1/public/feedback/${r.code}/rating?t=${r.trackingToken}`,
      {
        rating: 'satisfied',
      },
    );
    expect(res.status).toBe(409);
  });

  it('a leader may reopen an answered item for review; an officer may not', async () => {
    const r = await answered();
    expect((await act(officer, r.code, 'reopen', { reason: 'Thanh tra đề nghị xem lại' })).status).toBe(403);
    const d = await json<Detail>(
      await act(leader, r.code, 'reopen', { reason: 'Thanh tra đề nghị xem lại' }),
    );
    expect(d).toMatchObject({ status: 'dang_xu_ly', reopenedCount: 1 });
  });
});

describe('routing: refusal, transfer, more information', () => {
  it('refuses with a reason, and logs a refusal after 2 working days as late', async () => {
    const quick = await json<Received>(await submit());
    const slow = await json<Received>(await submit());
    expect((await act(officer, quick.code, 'reject', { reason: 'x' })).status).toBe(400);
    const done = await json<Detail>(
      await act(officer, quick.code, 'reject', { reason: 'Nội dung không rõ ràng' }),
    );
    expect(done.status).toBe('tu_choi');
    expect(done.events.at(-1)?.data).toMatchObject({ late: false });
    await clock('2026-03-05T09:00');
    const late = await json<Detail>(
      await act(officer, slow.code, 'reject', { reason: 'Không thuộc thẩm quyền' }),
    );
    expect(late.events.at(-1)?.data).toMatchObject({ late: true });
    await clock('2026-03-02T09:00');
  });

  it('transfers to another unit with a reason: the item moves, is logged, and the receiving unit takes it up', async () => {
    const r = await json<Received>(await submit());
    const gone = await json<{ status: string; outOfScope?: boolean }>(
      await act(officer, r.code, 'transfer', { unitCode: 'B', reason: 'Đèn thuộc địa bàn xã Bình Lộc' }),
    );
    expect(gone).toMatchObject({ status: 'da_chuyen', outOfScope: true });
    expect((await call(t.app, officer, 'GET', `/api/v1/feedback/${r.code}`)).status).toBe(403);
    const there = await detail(r.code, officerB);
    expect(there).toMatchObject({ status: 'da_chuyen', unitCode: 'B' });
    expect(there.events.at(-1)).toMatchObject({
      kind: 'transferred',
      data: { fromUnit: 'A', toUnit: 'B', reason: 'Đèn thuộc địa bàn xã Bình Lộc', late: false },
    });
    const taken = await json<Detail>(await act(officerB, r.code, 'accept'));
    expect(taken.status).toBe('dang_xu_ly');
    const audit = await queryRows<{ action: string }>(
      t.ctx.db,
      sql`select action from audit_log where entity_type = 'feedback' and entity_id = ${r.code} order by id`,
    );
    expect(audit.map((a) => a.action)).toEqual([
      'feedback.received',
      'feedback.transferred',
      'feedback.accepted',
    ]);
  });

  it('logs a transfer after 5 working days as late, but allows it', async () => {
    const r = await json<Received>(await submit());
    await clock('2026-03-10T09:00');
    await act(officer, r.code, 'transfer', { unitCode: 'B', reason: 'Chuyển muộn sau khi xác minh' });
    const d = await detail(r.code, officerB);
    expect(d.events.at(-1)?.data).toMatchObject({ late: true });
    await clock('2026-03-02T09:00');
  });

  it('asks the reporter for more information; their answer resumes handling and moves the deadline by the days waited', async () => {
    const r = await json<Received>(await submit());
    const asked = await json<Detail>(
      await act(officer, r.code, 'request-info', { question: 'Xin cho biết số cột đèn hoặc vị trí cụ thể' }),
    );
    expect(asked.status).toBe('cho_bo_sung');
    expect(asked.remainingWorkingDays).toBeNull(); // the unit's clock does not run while waiting
    const track = await json<{ canAddInfo: boolean; timeline: { question: string | null }[] }>(
      await call(t.app, null, 'GET', `/api/v1/public/feedback/${r.code}/tracking?t=${r.trackingToken}`),
    );
    expect(track.canAddInfo).toBe(true);
    expect(track.timeline.map((e) => e.question)).toContain('Xin cho biết số cột đèn hoặc vị trí cụ thể');
    // A wrong token and a code that does not exist get the same answer: the link tells nothing about other codes.
    const info = (code: string) =>
      call(t.app, null, 'POST', `/api/v1/public/feedback/${code}/info?t=khong-dung-ma`, {
        text: 'Thử đoán mã',
      });
    const [wrong, unknown] = [await info(r.code), await info('PA-19990101-0001')];
    expect([wrong.status, unknown.status]).toEqual([403, 403]);
    expect((await json<Err>(unknown)).error.code).toBe((await json<Err>(wrong)).error.code);
    await clock('2026-03-05T08:00');
    const res = await call(
      t.app,
      null,
      'POST',
      `/api/v1/public/feedback/${r.code}/info?t=${r.trackingToken}`,
      {
        text: 'Cột số 14, trước cổng trường',
      },
    );
    expect(res.status).toBe(200);
    const d = await detail(r.code);
    expect(d.status).toBe('dang_xu_ly');
    // Asked Monday 02/03, answered Thursday 05/03: 3 working days waited, 23/03 → 26/03.
    expect(d.deadlines.answerBy).toBe(at('2026-03-26T09:00').toISOString());
    await clock('2026-03-02T09:00');
  });
});

describe('duplicates and complaints about officers', () => {
  it('offers a similar open item of the same category and place as a merge; merging links and counts it', async () => {
    const first = await json<Received>(
      await submit({ description: 'Đèn đường trước chợ Đầm bị hỏng, buổi tối tối om', address: 'Chợ Đầm' }),
    );
    const second = await json<Received>(
      await submit({
        description: 'Đèn đường trước cổng chợ Đầm hỏng mấy hôm nay',
        reporter: { phone: '0977000111' },
        contactConsent: true,
      }),
    );
    const other = await json<Received>(
      await submit({ description: 'Cây xanh đổ chắn ngang đường liên thôn' }),
    );
    const d = await detail(second.code);
    expect(d.duplicateSuggestions[0]?.code).toBe(first.code);
    expect(d.duplicateSuggestions.map((s) => s.code)).not.toContain(other.code);
    const merged = await json<Detail>(await act(officer, second.code, 'merge', { into: first.code }));
    expect(merged).toMatchObject({ status: 'tu_choi', mergedInto: first.code });
    expect((await detail(first.code)).duplicatesLinked).toEqual([second.code]);
    expect((await act(officer, second.code, 'merge', { into: first.code })).status).toBe(409);
    // When the first is answered, the reporter of the duplicate hears of it too.
    await act(officer, first.code, 'accept');
    await act(officer, first.code, 'answer', { text: 'Đã sửa đèn trước chợ Đầm ngày 02/03/2026.' });
    await act(leader, first.code, 'approve');
    const told = (await outbox(second.code)).filter((m) => m.template === 'feedback.answered');
    expect(told.map((m) => m.recipient)).toEqual(['84977000111']);
    expect(told[0]!.payload.url).toBe(second.trackingUrl);
    // … and finds the answer on their own tracking page.
    const page = await json<{ statusName: string; mergedInto: { code: string; answer: string } }>(
      await call(
        t.app,
        null,
        'GET',
        `/api/v1/public/feedback/${second.code}/tracking?t=${second.trackingToken}`,
      ),
    );
    expect(page.mergedInto).toMatchObject({
      code: first.code,
      answer: 'Đã sửa đèn trước chợ Đầm ngày 02/03/2026.',
    });
  });

  it('counts verified complaints per officer and flags one named 3 times on the leader’s dashboard', async () => {
    const codes: string[] = [];
    for (let i = 0; i < 3; i++) {
      const r = await json<Received>(
        await submit({ description: `Cán bộ tiếp dân lần ${i + 1} có thái độ hách dịch` }),
      );
      codes.push(r.code);
      expect((await act(officer, r.code, 'officer', { username: 'officer.a2' })).status).toBe(200);
    }
    // Not yet verified: not counted.
    let board = await json<{ flaggedOfficers: unknown[] }>(
      await call(t.app, leader, 'GET', '/api/v1/feedback/dashboard?unitCode=A&period=2026-03'),
    );
    expect(board.flaggedOfficers).toEqual([]);
    const self = await login(t.app, 'officer.a2', PASSWORD);
    expect((await act(self, codes[0]!, 'officer-verify', { verified: true })).status).toBe(403);
    for (const code of codes) await act(leader, code, 'officer-verify', { verified: true });
    board = await json(
      await call(t.app, leader, 'GET', '/api/v1/feedback/dashboard?unitCode=A&period=2026-03'),
    );
    expect(board.flaggedOfficers).toEqual([
      expect.objectContaining({ username: 'officer.a2', complaints: 3, flagged: true }),
    ]);
    const higher = await json<{ officers: { flagged: boolean }[] }>(
      await call(t.app, leader, 'GET', '/api/v1/feedback/officers?unitCode=A&period=2026-03&min=4'),
    );
    expect(higher.officers).toEqual([expect.objectContaining({ complaints: 3, flagged: false })]);
  });
});

describe('deadlines, warnings and figures', () => {
  it('warns of items near or past their deadline and records each missed deadline once', async () => {
    await clock('2026-04-01T09:00');
    const r = await json<Received>(await submit());
    await clock('2026-04-08T09:00'); // transferBy = 08/04 09:00 (5 working days)
    let w = await json<{ items: { code: string; remainingWorkingDays: number; overdue: boolean }[] }>(
      await call(t.app, officer, 'GET', '/api/v1/feedback/warnings?unitCode=A&withinDays=0'),
    );
    expect(w.items.find((i) => i.code === r.code)).toMatchObject({ remainingWorkingDays: 0, overdue: false });
    await clock('2026-04-09T10:00');
    w = await json(await call(t.app, officer, 'GET', '/api/v1/feedback/warnings?unitCode=A'));
    expect(w.items.find((i) => i.code === r.code)).toMatchObject({ overdue: true, remainingWorkingDays: -1 });
    await call(t.app, officer, 'GET', '/api/v1/feedback/warnings?unitCode=A');
    const d = await detail(r.code);
    expect(d.events.filter((e) => e.kind === 'overdue')).toEqual([
      expect.objectContaining({ data: expect.objectContaining({ deadline: 'classify' }) }),
    ]);
    await clock('2026-03-02T09:00');
  });

  it('gives the figures of a unit and period: received, answered on time, satisfied share, reopened', async () => {
    await clock('2026-05-04T09:00');
    const onTime = await answered({ description: 'Đèn hỏng ở khu dân cư số 1, tháng năm' });
    const late = await json<Received>(await submit({ description: 'Đèn hỏng ở khu dân cư số 2, tháng năm' }));
    await act(officer, late.code, 'accept');
    await submit({ description: 'Đèn hỏng ở khu dân cư số 3, tháng năm' });
    await call(
      t.app,
      null,
      'POST',
      `/api/v1/public/feedback/${onTime.code}/rating?t=${onTime.trackingToken}`,
      {
        rating: 'satisfied',
      },
    );
    await clock('2026-05-28T09:00'); // past 15 working days from 04/05
    await act(officer, late.code, 'answer', { text: 'Trả lời muộn: đã sửa đèn khu dân cư số 2.' });
    await act(leader, late.code, 'approve');
    await call(t.app, null, 'POST', `/api/v1/public/feedback/${late.code}/rating?t=${late.trackingToken}`, {
      rating: 'dissatisfied',
      reason: 'Trả lời quá chậm',
    });
    const figures = await json<Record<string, unknown>>(
      await call(t.app, leader, 'GET', '/api/v1/feedback/figures?unitCode=A&period=2026-05'),
    );
    expect(figures).toEqual({
      period: '2026-05',
      received: 3,
      answered: 2,
      answeredOnTime: 1,
      onTimeShare: 0.5,
      satisfied: 1,
      dissatisfied: 1,
      satisfiedShare: 0.5,
      reopened: 1,
    });
    // The same through the service the survey and plan modules call.
    const [unitA] = await queryRows<{ id: number }>(t.ctx.db, sql`select id from units where code = 'A'`);
    expect(await feedbackFigures(t.ctx, { unitIds: [unitA!.id] }, '2026-05')).toMatchObject({
      received: 3,
      answeredOnTime: 1,
    });
    expect((await feedbackFigures(t.ctx, { unitIds: [] }, '2026-05')).received).toBe(0);
    expect(vnDateTime(new Date(String((await detail(late.code)).deadlines.answerBy)))).toBe(
      '2026-06-18T09:00',
    );
    await clock('2026-03-02T09:00');
  });

  it('audits every transition in the same transaction as the event', async () => {
    const r = await answered();
    const events = await queryRows<{ n: number }>(
      t.ctx.db,
      sql`select count(*)::int as n from feedback_events e join feedback_items f on f.id = e.item_id where f.code = ${r.code}`,
    );
    const audit = await queryRows<{ n: number }>(
      t.ctx.db,
      sql`select count(*)::int as n from audit_log where entity_type = 'feedback' and entity_id = ${r.code}`,
    );
    expect(audit[0]!.n).toBe(events[0]!.n);
    expect(events[0]!.n).toBe(4); // received, accepted, answer_drafted, approved
  });
});
