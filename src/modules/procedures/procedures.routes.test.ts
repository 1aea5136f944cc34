import { OpenAPIHono } from '@hono/zod-openapi';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { call, createTestApp, login, type Session, type TestApp } from '../../../test/app.ts';
import { buildTwoUnitTree, buildUnit } from '../../../test/factories.ts';
import { procedures } from '../../db/schema/index.ts';
import type { AppEnv } from '../../http/env.ts';
import { errorHandler } from '../../server/error-handler.ts';
import { authenticate } from '../../server/middleware/auth.ts';
import { findByCodes } from '../units/units.repo.ts';
import { findProcedureForUnit } from './procedures.repo.ts';
import { proceduresRoutes, publicProceduresRoutes } from './procedures.routes.ts';

const t = await createTestApp();

/**
 * The app under test: the real one once server/app.ts mounts the procedure routes; until then the
 * same middleware (session, CSRF, error shape) around just these routes, on the same database.
 */
function appWithProcedures(test: TestApp) {
  if (test.app.routes.some((r) => r.path === '/api/v1/public/procedures')) return test.app;
  const app = new OpenAPIHono<AppEnv>();
  app.use('/api/*', authenticate(test.ctx));
  app.onError(errorHandler(test.ctx.log));
  app.route('/api/v1', proceduresRoutes(test.ctx));
  app.route('/api/v1', publicProceduresRoutes(test.ctx));
  return app;
}
const api = appWithProcedures(t);

let root: Session;
let adminA: Session;

const HEADER =
  'code,name,field,level,processing_amount,processing_unit,fees,documents,forms,legal_basis,unit_codes';
const CSV = [
  `\uFEFF${HEADER}`,
  'HT-01,Đăng ký khai sinh,Hộ tịch,toan_trinh,8,working_hours,Miễn lệ phí đối với đăng ký khai sinh đúng hạn,"Tờ khai đăng ký khai sinh|original|1; Giấy chứng sinh|original|1",Tờ khai đăng ký khai sinh|https://example.org/tk-khai-sinh.docx,"Luật Hộ tịch số 60/2014/QH13; Nghị định số 123/2015/NĐ-CP",A B',
  'HT-02,Đăng ký kết hôn,Hộ tịch,mot_phan,5,working_days,,"Tờ khai đăng ký kết hôn|original|1",,Luật Hộ tịch số 60/2014/QH13,A',
  'CT-01,Chứng thực bản sao từ bản chính giấy tờ,Chứng thực,truc_tiep,8,working_hours,"2.000 đồng/trang; từ trang thứ ba trở lên 1.000 đồng/trang","Bản chính giấy tờ, văn bản|original|1; Bản sao cần chứng thực|copy|1",,Nghị định số 23/2015/NĐ-CP,A B C',
  '',
].join('\r\n');

const importFile = (session: Session | null, body: string, contentType = 'text/csv') =>
  api.request('/api/v1/procedures/import', {
    method: 'POST',
    headers: { ...(session?.headers ?? {}), 'content-type': contentType },
    body,
  });

const publicList = async (query: string) => {
  const res = await api.request(`/api/v1/public/procedures${query}`);
  expect(res.status).toBe(200);
  return (await res.json()) as {
    procedures: { code: string; name: string }[];
    total: number;
    fields: string[];
    unit: { code: string; name: string } | null;
  };
};

beforeAll(async () => {
  const tree = await buildTwoUnitTree(t.ctx);
  await buildUnit(t.ctx, { code: 'C', name: 'Xã Cũ', parentCode: 'T' });
  root = await login(t.app, tree.root.username, tree.root.password);
  adminA = await login(t.app, tree.adminA.username, tree.adminA.password);
  const res = await importFile(root, CSV);
  expect(res.status).toBe(200);
  expect(await res.json()).toEqual({
    created: 3,
    updated: 0,
    unchanged: 0,
    createdCodes: ['HT-01', 'HT-02', 'CT-01'],
    updatedCodes: [],
  });
});

describe('procedure catalogue import', () => {
  it('re-importing the same file changes nothing, not even the audit log', async () => {
    const auditBefore = await (
      await call(t.app, root, 'GET', '/api/v1/audit?entityType=procedure_import')
    ).json();
    expect(auditBefore.entries).toHaveLength(1);
    const res = await importFile(root, CSV);
    expect(await res.json()).toEqual({
      created: 0,
      updated: 0,
      unchanged: 3,
      createdCodes: [],
      updatedCodes: [],
    });
    const auditAfter = await (
      await call(t.app, root, 'GET', '/api/v1/audit?entityType=procedure_import')
    ).json();
    expect(auditAfter.entries).toHaveLength(1);
  });

  it('updates an existing code from a JSON file (upsert), replacing its receiving units', async () => {
    const file = [
      {
        code: 'HT-02',
        name: 'Đăng ký kết hôn',
        field: 'Hộ tịch',
        level: 'mot_phan',
        processingTime: { amount: 5, unit: 'working_days' },
        fees: 'Theo mức do Hội đồng nhân dân tỉnh quy định',
        documents: [{ name: 'Tờ khai đăng ký kết hôn', kind: 'original', count: 1 }],
        legalBasis: 'Luật Hộ tịch số 60/2014/QH13',
        unitCodes: ['A', 'B'],
      },
    ];
    const res = await importFile(root, JSON.stringify(file), 'application/json');
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ created: 0, updated: 1, unchanged: 0, updatedCodes: ['HT-02'] });
    const detail = await (await api.request('/api/v1/public/procedures/HT-02')).json();
    expect(detail.fees).toBe('Theo mức do Hội đồng nhân dân tỉnh quy định');
    expect(detail.units.map((u: { code: string }) => u.code)).toEqual(['A', 'B']);
    const again = await importFile(root, JSON.stringify(file), 'application/json; charset=utf-8');
    expect(await again.json()).toMatchObject({ updated: 0, unchanged: 1 });
  });

  it('writes nothing when one line is bad, and names every bad line', async () => {
    const bad = `${HEADER}\nHT-09,Thủ tục mới,Hộ tịch,toan_trinh,3,working_days,,Tờ khai|original|1,,Luật,A\nHT-01,Đăng ký khai sinh,Hộ tịch,ca_nhan,3,working_days,,Tờ khai|original|1,,Luật,Z9\n`;
    const res = await importFile(root, bad);
    expect(res.status).toBe(422);
    const body = await res.json();
    expect(body.error.code).toBe('IMPORT_INVALID');
    expect(body.error.message).toBe('Tệp có 1 dòng lỗi; không có thủ tục nào được nhập.');
    expect(body.error.details.text).toEqual([
      'Dòng 3: mức độ "ca_nhan" không hợp lệ (chỉ nhận toan_trinh, mot_phan, truc_tiep) [LEVEL_INVALID]',
      'Dòng 3: mã đơn vị "Z9" không có trong hệ thống [UNIT_UNKNOWN]',
    ]);
    expect(body.error.details.lines[0]).toEqual({
      label: 'Dòng',
      line: 3,
      code: 'LEVEL_INVALID',
      message: 'mức độ "ca_nhan" không hợp lệ (chỉ nhận toan_trinh, mot_phan, truc_tiep)',
    });
    expect((await api.request('/api/v1/public/procedures/HT-09')).status).toBe(404);
    const json = await importFile(root, '[{"code": "X"}, 3]', 'application/json');
    const jsonBody = await json.json();
    expect(json.status).toBe(422);
    expect(jsonBody.error.message).toBe('Tệp có 2 mục lỗi; không có thủ tục nào được nhập.');
    expect(jsonBody.error.details.text.at(-1)).toBe(
      'Mục 2: mỗi thủ tục phải là một đối tượng {code, name, field, …} [ITEM_NOT_OBJECT]',
    );
  });

  it('treats a file named .json as JSON whatever its content type, and refuses a file that is not UTF-8', async () => {
    const res = await api.request('/api/v1/procedures/import', {
      method: 'POST',
      headers: {
        ...root.headers,
        'content-type': 'application/octet-stream',
        'x-file-name': 'danh-muc.json',
      },
      body: '[]',
    });
    expect((await res.json()).error.details.text).toEqual(['Dòng 1: danh sách thủ tục rỗng [EMPTY_FILE]']);
    const latin1 = await api.request('/api/v1/procedures/import', {
      method: 'POST',
      headers: { ...root.headers, 'content-type': 'text/csv' },
      body: new Uint8Array([0x63, 0x6f, 0x64, 0x65, 0x0a, 0xe9, 0x0a]),
    });
    expect(latin1.status).toBe(400);
    expect((await latin1.json()).error.message).toContain('UTF-8');
  });

  it('lets only a top-level admin import: a commune admin gets 403 and nothing is written', async () => {
    const foreign = await importFile(
      adminA,
      `${HEADER}\nB-01,Thủ tục của B,Hộ tịch,toan_trinh,3,working_days,,Tờ khai|original|1,,Luật,B\n`,
    );
    expect(foreign.status).toBe(403);
    expect((await foreign.json()).error.code).toBe('FORBIDDEN');
    const own = await importFile(
      adminA,
      `${HEADER}\nA-01,Thủ tục của A,Hộ tịch,toan_trinh,3,working_days,,Tờ khai|original|1,,Luật,A\n`,
    );
    expect(own.status).toBe(403);
    expect((await api.request('/api/v1/public/procedures/A-01')).status).toBe(404);
    expect((await importFile(null, CSV)).status).toBe(401);
  });
});

describe('public procedure catalogue', () => {
  it('finds procedures without diacritics or case: "khai sinh", "chung thuc", a code', async () => {
    expect((await publicList('?q=khai%20sinh')).procedures.map((p) => p.name)).toEqual(['Đăng ký khai sinh']);
    expect((await publicList('?q=chung%20thuc')).procedures.map((p) => p.name)).toEqual([
      'Chứng thực bản sao từ bản chính giấy tờ',
    ]);
    expect((await publicList('?q=CHỨNG THỰC')).procedures.map((p) => p.code)).toEqual(['CT-01']);
    // "Đăng ký kết hôn" before "Đăng ký khai sinh": ế sorts as e.
    expect((await publicList('?q=ht-0')).procedures.map((p) => p.code)).toEqual(['HT-02', 'HT-01']);
    // Every word must match, in any order.
    expect((await publicList('?q=sinh%20dang')).procedures.map((p) => p.code)).toEqual(['HT-01']);
    expect((await publicList('?q=khai%20hon')).procedures).toEqual([]);
    // "%" and "_" are letters here, not wildcards.
    expect((await publicList('?q=%25')).total).toBe(0);
  });

  it('lists in order with the fields for the filter, pages, and filters by field and receiving unit', async () => {
    const all = await publicList('');
    expect(all.procedures.map((p) => p.code)).toEqual(['CT-01', 'HT-02', 'HT-01']);
    expect(all.total).toBe(3);
    expect(all.fields).toEqual(['Chứng thực', 'Hộ tịch']);
    expect(all.unit).toBeNull();
    const page = await publicList('?limit=1&offset=1');
    expect(page.procedures.map((p) => p.code)).toEqual(['HT-02']);
    expect(page.total).toBe(3);
    expect((await publicList('?field=H%E1%BB%99%20t%E1%BB%8Bch')).procedures.map((p) => p.code)).toEqual([
      'HT-02',
      'HT-01',
    ]);
    const atC = await publicList('?unitCode=C');
    expect(atC.procedures.map((p) => p.code)).toEqual(['CT-01']);
    expect(atC.fields).toEqual(['Chứng thực']);
    expect(atC.unit).toEqual({ code: 'C', name: 'Xã Cũ' });
    const missing = await api.request('/api/v1/public/procedures?unitCode=NOPE');
    expect(missing.status).toBe(404);
    expect((await missing.json()).error.code).toBe('UNIT_NOT_FOUND');
    expect((await api.request('/api/v1/public/procedures?limit=500')).status).toBe(400);
  });

  it('shows one procedure with its open receiving units; a closed unit drops off the public page', async () => {
    const res = await api.request('/api/v1/public/procedures/CT-01');
    expect(res.status).toBe(200);
    const detail = await res.json();
    expect(detail).toMatchObject({
      code: 'CT-01',
      level: 'truc_tiep',
      processingTime: { amount: 8, unit: 'working_hours' },
      fees: '2.000 đồng/trang; từ trang thứ ba trở lên 1.000 đồng/trang',
      documents: [
        { name: 'Bản chính giấy tờ, văn bản', kind: 'original', count: 1 },
        { name: 'Bản sao cần chứng thực', kind: 'copy', count: 1 },
      ],
      forms: [],
      demo: false,
    });
    expect(detail.units).toEqual([
      { code: 'A', name: 'Xã An' },
      { code: 'B', name: 'Xã Bình' },
      { code: 'C', name: 'Xã Cũ' },
    ]);
    expect((await call(t.app, root, 'POST', '/api/v1/units/C/close', {})).status).toBe(200);
    const after = await (await api.request('/api/v1/public/procedures/CT-01')).json();
    expect(after.units.map((u: { code: string }) => u.code)).toEqual(['A', 'B']);
    // Officers still see where it was received.
    const full = await (await call(api, adminA, 'GET', '/api/v1/procedures/CT-01')).json();
    expect(full.units.map((u: { code: string }) => u.code)).toEqual(['A', 'B', 'C']);
    // And a closed unit can no longer be named as a receiver.
    const closed = await importFile(root, CSV);
    expect((await closed.json()).error.details.text).toEqual([
      'Dòng 4: đơn vị "C" đã ngừng hoạt động, không tiếp nhận hồ sơ được [UNIT_CLOSED]',
    ]);
  });

  it('hides a retired procedure from the public but not from signed-in users', async () => {
    await t.ctx.db.update(procedures).set({ active: false }).where(eq(procedures.code, 'HT-02'));
    try {
      const res = await api.request('/api/v1/public/procedures/HT-02');
      expect(res.status).toBe(404);
      expect((await res.json()).error).toMatchObject({ code: 'NOT_FOUND' });
      expect((await publicList('?q=ket%20hon')).procedures).toEqual([]);
      const signedIn = await call(api, adminA, 'GET', '/api/v1/procedures/HT-02');
      expect(signedIn.status).toBe(200);
      expect(await signedIn.json()).toMatchObject({ code: 'HT-02', active: false });
      expect((await call(api, null, 'GET', '/api/v1/procedures/HT-02')).status).toBe(401);
      expect((await call(api, adminA, 'GET', '/api/v1/procedures/NOPE')).status).toBe(404);
    } finally {
      await t.ctx.db.update(procedures).set({ active: true }).where(eq(procedures.code, 'HT-02'));
    }
  });
});

describe('findProcedureForUnit', () => {
  it('returns the procedure only where the unit receives it and the procedure is in use', async () => {
    const [a, b] = await findByCodes(t.ctx.db, ['A', 'B']).then((rows) =>
      ['A', 'B'].map((code) => rows.find((r) => r.code === code)!),
    );
    expect((await findProcedureForUnit(t.ctx.db, 'HT-01', a!.id))?.name).toBe('Đăng ký khai sinh');
    expect(await findProcedureForUnit(t.ctx.db, 'HT-01', b!.id)).toBeDefined();
    expect(await findProcedureForUnit(t.ctx.db, 'CT-01', b!.id)).toBeDefined();
    expect(await findProcedureForUnit(t.ctx.db, 'NOPE', a!.id)).toBeUndefined();
    await t.ctx.db.update(procedures).set({ active: false }).where(eq(procedures.code, 'HT-01'));
    expect(await findProcedureForUnit(t.ctx.db, 'HT-01', a!.id)).toBeUndefined();
    await t.ctx.db.update(procedures).set({ active: true }).where(eq(procedures.code, 'HT-01'));
  });
});

describe('route access', () => {
  it('declares public, self or scoped on every procedure route', () => {
    const doc = api.getOpenAPIDocument({ openapi: '3.0.3', info: { title: 't', version: '1' } });
    const declared = Object.entries(doc.paths ?? {}).flatMap(([path, ops]) =>
      Object.entries(ops as Record<string, { 'x-hailong-access'?: string }>).map(
        ([method, op]) => `${method.toUpperCase()} ${path} ${op['x-hailong-access']}`,
      ),
    );
    expect(declared.filter((d) => d.includes('procedures')).sort()).toEqual([
      'GET /api/v1/procedures/{code} self',
      'GET /api/v1/public/procedures public',
      'GET /api/v1/public/procedures/{code} public',
      'POST /api/v1/procedures/import scoped',
    ]);
  });
});
