import { sql } from 'drizzle-orm';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { call, createTestApp, login, type Session } from '../../../test/app.ts';
import { buildUnit, buildUser } from '../../../test/factories.ts';
import { buildCategory } from '../../../test/feedback-factories.ts';
import { queryRows } from '../../db/rows.ts';

/** Open311 GeoReport v2 at /open311/v2, over HTTP. */
const t = await createTestApp();
const PASSWORD = 'Mat-khau-thu-2025';
const at = (local: string) => new Date(`${local}:00+07:00`);
const json = async <T = unknown>(res: Response) => (await res.json()) as T;
let officer: Session;
let leader: Session;
let apiKey = '';

type Request311 = {
  service_request_id: string;
  status: string;
  status_notes: string;
  detailed_status: string;
  service_name: string;
  service_code: string;
  description: string;
  agency_responsible: string;
  requested_datetime: string;
  updated_datetime: string;
  address: string | null;
  lat: number | null;
  long: number | null;
  media_url: string | null;
};

let citizens = 0;
/** A citizen's own connection (node-server conninfo), so that the per-address limit is per citizen. */
const citizen = (address?: string) => {
  citizens++;
  return { incoming: { socket: { remoteAddress: address ?? `198.51.100.${citizens % 250}` } } };
};

/** A form-encoded POST, as an Open311 client sends it: no cookie, no CSRF token. */
const postForm = (
  fields: Record<string, string>,
  env: unknown = citizen(),
  headers: Record<string, string> = {},
) =>
  t.app.request(
    '/open311/v2/requests.json',
    {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
      body: new URLSearchParams(fields).toString(),
    },
    env,
  );
const get = (path: string) => t.app.request(`/open311/v2${path}`);

beforeAll(async () => {
  t.setNow(at('2026-03-02T09:00'));
  await buildUnit(t.ctx, { code: 'T', name: 'UBND tỉnh Thử', type: 'province' });
  await buildUnit(t.ctx, { code: 'A', name: 'UBND phường Lộc Thọ', parentCode: 'T' });
  await buildUser(t.ctx, { unitCode: 'A', role: 'officer', username: 'officer.a' });
  await buildUser(t.ctx, { unitCode: 'A', role: 'leader', username: 'leader.a' });
  await buildUser(t.ctx, { unitCode: 'T', role: 'admin', username: 'partner.bot' });
  await buildCategory(t.ctx, {
    code: 'DEN-DUONG',
    name: 'Đèn chiếu sáng công cộng',
    description: 'Đèn đường hỏng, tắt, sáng ban ngày',
    group: 'Hạ tầng đô thị',
    keywords: ['đèn', 'chiếu sáng'],
    unitCode: 'A',
  });
  await buildCategory(t.ctx, { code: 'RAC', name: 'Rác thải', unitCode: 'A', group: 'Môi trường' });
  await buildCategory(t.ctx, { code: 'TAT', name: 'Đã ngừng', unitCode: 'A', active: false });
  officer = await login(t.app, 'officer.a', PASSWORD);
  leader = await login(t.app, 'leader.a', PASSWORD);
  const partner = await login(t.app, 'partner.bot', PASSWORD);
  const token = await json<{ token: string }>(
    await call(t.app, partner, 'POST', '/api/v1/tokens', { name: 'Ứng dụng đối tác' }),
  );
  apiKey = token.token;
});

describe('discovery and services', () => {
  it('describes the endpoint and lists the active categories as services', async () => {
    const discovery = await json<{ endpoints: { url: string; specification: string; formats: string[] }[] }>(
      await get('/discovery.json'),
    );
    expect(discovery.endpoints[0]).toMatchObject({
      url: 'http://localhost/open311/v2',
      specification: 'http://wiki.open311.org/GeoReport_v2',
      formats: ['application/json'],
    });
    const services = await json<Record<string, unknown>[]>(await get('/services.json'));
    expect(services).toEqual([
      {
        service_code: 'DEN-DUONG',
        service_name: 'Đèn chiếu sáng công cộng',
        description: 'Đèn đường hỏng, tắt, sáng ban ngày',
        metadata: false,
        type: 'realtime',
        keywords: 'đèn,chiếu sáng',
        group: 'Hạ tầng đô thị',
      },
      expect.objectContaining({ service_code: 'RAC', group: 'Môi trường' }),
    ]);
    expect(await json(await get('/services/DEN-DUONG.json'))).toEqual({
      service_code: 'DEN-DUONG',
      attributes: [],
    });
    const unknown = await get('/services/KHONG-CO.json');
    expect(unknown.status).toBe(404);
    expect(await json(unknown)).toEqual([{ code: 404, description: expect.any(String) }]);
  });
});

describe('posting a request', () => {
  it('Done: a form-encoded Vietnamese report comes back from requests/{id}.json with its description and without the phone', async () => {
    const description = 'Đèn đường số 14 đường Trần Phú bị tắt từ tối thứ Bảy, khu vực rất tối và nguy hiểm';
    const res = await postForm({
      service_code: 'DEN-DUONG',
      description,
      address_string: '14 Trần Phú, phường Lộc Thọ',
      lat: '12.2388',
      long: '109.1967',
      first_name: 'Ngọc',
      last_name: 'Trần Thị',
      phone: '0905 678 901',
      email: 'ngoc.tran@example.vn',
      contact_consent: 'true',
    });
    expect(res.status).toBe(201);
    const created = await json<{ service_request_id: string; service_notice: string }[]>(res);
    expect(created).toHaveLength(1);
    const id = created[0]!.service_request_id;
    expect(id).toMatch(/^PA-20260302-\d{4}$/);
    expect(created[0]!.service_notice).toContain(`/phan-anh/theo-doi/${id}?t=`);

    const one = await get(`/requests/${id}.json`);
    expect(one.status).toBe(200);
    const body = await json<Request311[]>(one);
    expect(body).toHaveLength(1);
    expect(body[0]).toMatchObject({
      service_request_id: id,
      status: 'open',
      status_notes: 'Chờ tiếp nhận',
      detailed_status: 'cho_tiep_nhan',
      service_code: 'DEN-DUONG',
      service_name: 'Đèn chiếu sáng công cộng',
      description,
      agency_responsible: 'UBND phường Lộc Thọ',
      requested_datetime: '2026-03-02T09:00:00+07:00',
      address: '14 Trần Phú, phường Lộc Thọ',
      lat: 12.2388,
      long: 109.1967,
      media_url: null,
    });
    const text = JSON.stringify(body);
    for (const secret of ['0905', '678 901', 'ngoc.tran', 'example.vn', 'Trần Thị'])
      expect(text).not.toContain(secret);
    // The contact was kept (with consent) for the unit, and the reporter got the tracking link.
    const [row] = await queryRows<{ reporter_phone: string; channel: string; api_token_id: number | null }>(
      t.ctx.db,
      sql`select reporter_phone, channel, api_token_id from feedback_items where code = ${id}`,
    );
    expect(row).toEqual({ reporter_phone: '0905 678 901', channel: 'open311', api_token_id: null });
  });

  it('Done: an unknown service code gets HTTP 400 with the Open311 error body', async () => {
    const res = await postForm({ service_code: 'KHONG-CO', description: 'Một phản ánh với mã dịch vụ sai' });
    expect(res.status).toBe(400);
    expect(await json(res)).toEqual([{ code: 400, description: expect.stringContaining('KHONG-CO') }]);
    const inactive = await postForm({ service_code: 'TAT', description: 'Một phản ánh vào dịch vụ đã tắt' });
    expect(inactive.status).toBe(400);
    const missing = await postForm({ description: 'Không có mã dịch vụ nào cả' });
    expect(await json(missing)).toEqual([{ code: 400, description: expect.any(String) }]);
  });

  it('accepts JSON too, without a location, and keeps no contact without consent', async () => {
    const res = await t.app.request(
      '/open311/v2/requests.json',
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          service_code: 'RAC',
          description: 'Rác tồn đọng ở cuối hẻm, gọi 0912 345 678 để chỉ chỗ',
          phone: '0912345678',
          jurisdiction_id: 'khanhhoa.gov.vn',
        }),
      },
      citizen(),
    );
    expect(res.status).toBe(201);
    const [{ service_request_id: id }] = await json<[{ service_request_id: string }]>(res);
    const [row] = await queryRows<{ reporter_phone: string | null; address: string | null }>(
      t.ctx.db,
      sql`select reporter_phone, address from feedback_items where code = ${id}`,
    );
    expect(row).toEqual({ reporter_phone: null, address: null });
    // A phone number typed into the description is masked in what is published.
    const [item] = await json<Request311[]>(await get(`/requests/${id}.json`));
    expect(item!.description).toBe('Rác tồn đọng ở cuối hẻm, gọi *** để chỉ chỗ');
  });

  it('works without any cookie or CSRF token (the Done test above), and a signed-in browser is not blocked by CSRF either', async () => {
    // A browser with an officer's session cookie and no X-CSRF-Token: Open311 reads no cookies, so
    // the request is an anonymous citizen report, neither refused nor attributed to the officer.
    const res = await postForm(
      { service_code: 'RAC', description: 'Phản ánh gửi từ trình duyệt đang đăng nhập' },
      citizen(),
      { cookie: officer.headers.cookie!, origin: 'https://other.example' },
    );
    expect(res.status).toBe(201);
    const [{ service_request_id: id }] = await json<[{ service_request_id: string }]>(res);
    const [audit] = await queryRows<{ actor_label: string }>(
      t.ctx.db,
      sql`select actor_label from audit_log where entity_type = 'feedback' and entity_id = ${id}`,
    );
    expect(audit!.actor_label).toBe('system:open311');
    // The same cookie on the session API without the token is still refused.
    const api = await t.app.request('/api/v1/public/feedback', {
      method: 'POST',
      headers: { cookie: officer.headers.cookie!, 'content-type': 'application/json' },
      body: JSON.stringify({ categoryCode: 'RAC', description: 'Phản ánh qua API phiên không có mã CSRF' }),
    });
    expect(api.status).toBe(403);
  });

  it('limits anonymous citizens per address (at least 10 a minute accepted, the 31st refused), not partners with a key', async () => {
    t.setNow(at('2026-03-02T11:00'));
    const same = citizen('192.0.2.77');
    const statuses: number[] = [];
    for (let i = 0; i < 31; i++) {
      statuses.push(
        (
          await postForm(
            { service_code: 'RAC', description: `Báo rác lần thứ ${i + 1} trong một phút` },
            same,
          )
        ).status,
      );
    }
    expect(statuses.filter((s) => s === 201)).toHaveLength(30);
    const refused = await postForm({ service_code: 'RAC', description: 'Báo rác thêm một lần nữa' }, same);
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBeTruthy();
    expect(await json(refused)).toEqual([{ code: 429, description: expect.any(String) }]);
    // A partner behind the same address, with its key: accepted and recorded.
    const keyed = await postForm(
      { service_code: 'RAC', description: 'Đối tác gửi kèm khoá API', api_key: apiKey },
      same,
    );
    expect(keyed.status).toBe(201);
    const [{ service_request_id: id }] = await json<[{ service_request_id: string }]>(keyed);
    const [row] = await queryRows<{ api_token_id: number | null }>(
      t.ctx.db,
      sql`select api_token_id from feedback_items where code = ${id}`,
    );
    expect(row!.api_token_id).not.toBeNull();
    const badKey = await postForm(
      { service_code: 'RAC', description: 'Khoá API sai', api_key: 'hl_sai' },
      same,
    );
    expect(badKey.status).toBe(403);
    expect(await json(badKey)).toEqual([{ code: 403, description: expect.any(String) }]);
    t.setNow(at('2026-03-02T11:01'));
    expect(
      (await postForm({ service_code: 'RAC', description: 'Một phút sau gửi lại được' }, same)).status,
    ).toBe(201);
    t.setNow(at('2026-03-02T09:00'));
  });

  it('takes a photo as multipart `media`; media_url is given once the answer is published', async () => {
    const png = new Uint8Array(
      await sharp({ create: { width: 6, height: 4, channels: 3, background: { r: 0, g: 0, b: 0 } } })
        .png()
        .toBuffer(),
    );
    const form = new FormData();
    form.set('service_code', 'DEN-DUONG');
    form.set('description', 'Cột đèn gãy đổ ra lòng đường, có ảnh');
    form.append('media', new File([png], 'cot.png', { type: 'image/png' }));
    const res = await t.app.request('/open311/v2/requests.json', { method: 'POST', body: form }, citizen());
    expect(res.status).toBe(201);
    const [{ service_request_id: id }] = await json<[{ service_request_id: string }]>(res);
    const [unpublished] = await json<Request311[]>(await get(`/requests/${id}.json`));
    expect(unpublished!.media_url).toBeNull();
    for (const [action, session] of [
      ['accept', officer],
      ['answer', officer],
      ['approve', leader],
      ['publish', officer],
    ] as const) {
      const body = action === 'answer' ? { text: 'Đơn vị đã dựng lại cột đèn và kiểm tra an toàn.' } : {};
      expect((await call(t.app, session, 'POST', `/api/v1/feedback/${id}/${action}`, body)).status).toBe(200);
    }
    const [item] = await json<Request311[]>(await get(`/requests/${id}.json`));
    expect(item!.media_url).toMatch(
      new RegExp(`^http://localhost/api/v1/public/feedback/${id}/photos/\\d+$`),
    );
    const photo = await t.app.request(item!.media_url!.replace('http://localhost', ''));
    expect(photo.headers.get('content-type')).toBe('image/png');
  });
});

describe('reading requests', () => {
  it('filters by ids, service, status and dates; closed once answered, with the published answer in status_notes', async () => {
    t.setNow(at('2026-03-10T09:00'));
    const create = async (code: string, description: string) =>
      (await json<{ service_request_id: string }[]>(await postForm({ service_code: code, description })))[0]!
        .service_request_id;
    const a = await create('DEN-DUONG', 'Đèn hỏng ở công viên ven biển, cần sửa');
    const b = await create('RAC', 'Rác chưa được thu gom hai ngày ở chợ');
    const act = (session: Session, code: string, action: string, body?: unknown) =>
      call(t.app, session, 'POST', `/api/v1/feedback/${code}/${action}`, body);
    officer = await login(t.app, 'officer.a', PASSWORD);
    leader = await login(t.app, 'leader.a', PASSWORD);
    await act(officer, a, 'accept');
    await act(officer, a, 'answer', { text: 'Đã thay bóng đèn công viên, liên hệ 0905999888 nếu còn hỏng.' });
    await act(leader, a, 'approve');
    let [item] = await json<Request311[]>(await get(`/requests/${a}.json`));
    expect(item).toMatchObject({
      status: 'closed',
      status_notes: 'Đã trả lời',
      detailed_status: 'da_tra_loi',
    });
    await act(officer, a, 'publish');
    [item] = await json<Request311[]>(await get(`/requests/${a}.json`));
    expect(item!.status_notes).toBe(
      'Đã công khai. Trả lời: Đã thay bóng đèn công viên, liên hệ *** nếu còn hỏng.',
    );

    const ids = await json<Request311[]>(await get(`/requests.json?service_request_id=${a},${b}`));
    expect(ids.map((r) => r.service_request_id).sort()).toEqual([a, b].sort());
    const closed = await json<Request311[]>(await get('/requests.json?status=closed'));
    // (the photo test above published one more item of its own)
    expect(closed.map((r) => r.service_request_id).filter((c) => c === a || c === b)).toEqual([a]);
    expect(closed.every((r) => r.status === 'closed')).toBe(true);
    const rubbish = await json<Request311[]>(
      await get(
        '/requests.json?service_code=RAC&start_date=2026-03-10T00:00:00%2B07:00&end_date=2026-03-11T00:00:00%2B07:00',
      ),
    );
    expect(rubbish.map((r) => r.service_request_id)).toEqual([b]);
    const bad = await get('/requests.json?start_date=hôm-qua');
    expect(bad.status).toBe(400);
    expect(await json(bad)).toEqual([{ code: 400, description: expect.stringContaining('start_date') }]);
    // Default window: the last 90 days (all of this file's requests).
    const all = await json<Request311[]>(await get('/requests.json'));
    expect(all.length).toBeGreaterThan(30);
    t.setNow(at('2026-03-02T09:00'));
  });

  it('answers 404 in the Open311 shape for an unknown request or path, and refuses XML', async () => {
    const missing = await get('/requests/PA-20990101-0001.json');
    expect(missing.status).toBe(404);
    expect(await json(missing)).toEqual([{ code: 404, description: expect.any(String) }]);
    const xml = await get('/services.xml');
    expect(xml.status).toBe(404);
    const requestXml = await get('/requests/PA-20260302-0001.xml');
    expect(requestXml.status).toBe(400);
    const other = await t.app.request('/open311/v3/services.json');
    expect(other.status).toBe(404);
    expect(other.headers.get('content-type')).toContain('application/json');
  });
});
