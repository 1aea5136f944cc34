import { beforeAll, describe, expect, it } from 'vitest';
import { call, createTestApp, login, type Session } from '../../../test/app.ts';
import { buildTwoUnitTree, buildUnit, buildUser } from '../../../test/factories.ts';
import { systemActor } from '../../access/actor.ts';
import { verifyAuditChain } from '../audit/audit.service.ts';
import type { JobProgress } from '../imports/jobs.ts';
import { importUnitsCsv } from './units.service.ts';

const t = await createTestApp();
let root: Session;
let adminA: Session;

beforeAll(async () => {
  const tree = await buildTwoUnitTree(t.ctx);
  await buildUnit(t.ctx, { code: 'A-PS', name: 'UBND phường Phương Sài', type: 'ward', parentCode: 'A' });
  await buildUnit(t.ctx, {
    code: 'B-PS',
    name: 'Trạm y tế Phương Sơn',
    type: 'health_station',
    parentCode: 'B',
  });
  root = await login(t.app, tree.root.username, tree.root.password);
  adminA = await login(t.app, tree.adminA.username, tree.adminA.password);
});

const importAsync = (session: Session, csv: string) =>
  t.app.request('/api/v1/units/import', {
    method: 'POST',
    headers: {
      ...session.headers,
      'content-type': 'text/csv',
      prefer: 'respond-async',
      'x-file-name': encodeURIComponent('đơn vị.csv'),
    },
    body: csv,
  });

async function waitForJob(session: Session, id: string) {
  const seen: { state: string; rows: number; total: number | null }[] = [];
  for (;;) {
    const res = await t.app.request(`/api/v1/import-jobs/${id}`, { headers: session.headers });
    expect(res.status).toBe(200);
    const job = (await res.json()) as { state: string; rows: number; total: number | null };
    seen.push(job);
    if (job.state === 'done' || job.state === 'failed') return { job: job as Record<string, unknown>, seen };
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** A file over the size checked inline (256 kB): parsed and checked in a worker thread. */
const bigFile = (n: number, prefix: string) =>
  [
    'code,name,type,parent_code',
    ...Array.from({ length: n }, (_, i) => {
      const k = String(i + 1).padStart(5, '0');
      return `${prefix}${k},UBND phường Thử Nghiệm Nhập Nền ${prefix} số ${k},ward,A`;
    }),
  ].join('\n');

const importCsv = (session: Session, csv: string) =>
  t.app.request('/api/v1/units/import', {
    method: 'POST',
    headers: { ...session.headers, 'content-type': 'text/csv' },
    body: csv,
  });

describe('units API', () => {
  it("lists the tree starting at the user's own unit", async () => {
    const res = await call(t.app, adminA, 'GET', '/api/v1/units');
    expect(res.status).toBe(200);
    const { units } = (await res.json()) as { units: { code: string; children: { code: string }[] }[] };
    expect(units.map((u) => u.code)).toEqual(['A']);
    expect(units[0]!.children.map((c) => c.code)).toEqual(['A-PS']);
  });

  it('searches without diacritics ("phuong sai" finds "Phương Sài") inside the user\'s scope only', async () => {
    const mine = await (await call(t.app, adminA, 'GET', '/api/v1/units/search?q=phuong%20sai')).json();
    expect(mine.units.map((u: { code: string }) => u.code)).toEqual(['A-PS']);
    expect(mine.units[0].ancestors).toEqual(['Tỉnh Thử', 'Xã An']);
    const all = await (await call(t.app, root, 'GET', '/api/v1/units/search?q=PHUONG')).json();
    expect(all.units.map((u: { code: string }) => u.code).sort()).toEqual(['A-PS', 'B-PS']);
    // Words in any order, kind words ("UBND", "phường") optional, as people type them.
    const typed = await (
      await call(t.app, adminA, 'GET', '/api/v1/units/search?q=UBND%20s%C3%A0i%20ph%C6%B0%E1%BB%9Dng')
    ).json();
    expect(typed.units.map((u: { code: string }) => u.code)).toEqual(['A-PS']);
  });

  it('creates, edits and closes a unit, with a successor, and audits each step', async () => {
    const created = await call(t.app, adminA, 'POST', '/api/v1/units', {
      code: 'A-TYT',
      name: 'Trạm y tế xã An',
      type: 'health_station',
      parentCode: 'A',
      validFrom: '2017-01-01',
    });
    expect(created.status).toBe(201);
    expect((await created.json()).peerGroup).toBe('health_station');
    const edited = await call(t.app, adminA, 'PATCH', '/api/v1/units/A-TYT', { name: 'Trạm Y tế xã An' });
    expect((await edited.json()).name).toBe('Trạm Y tế xã An');
    const closed = await call(t.app, adminA, 'POST', '/api/v1/units/A-TYT/close', {
      validTo: '2025-06-30',
      successorCodes: ['A-PS'],
    });
    expect(closed.status).toBe(200);
    const detail = await (await call(t.app, adminA, 'GET', '/api/v1/units/A-TYT')).json();
    expect(detail.validTo).toBe('2025-06-30');
    expect(detail.successors).toEqual([
      { code: 'A-PS', name: 'UBND phường Phương Sài', effectiveOn: '2025-06-30' },
    ]);
    const tree = await (await call(t.app, adminA, 'GET', '/api/v1/units')).json();
    expect(JSON.stringify(tree)).not.toContain('A-TYT');
    const withClosed = await (await call(t.app, adminA, 'GET', '/api/v1/units?includeClosed=true')).json();
    expect(JSON.stringify(withClosed)).toContain('A-TYT');
    const audit = await (await call(t.app, adminA, 'GET', '/api/v1/audit?entityId=A-TYT')).json();
    expect(audit.entries.map((e: { action: string }) => e.action)).toEqual([
      'unit.close',
      'unit.update',
      'unit.create',
    ]);
    expect(await verifyAuditChain(t.ctx.db)).toMatchObject({ ok: true });
  });

  it('moves a unit with its subtree and refuses a move into its own subtree', async () => {
    await call(t.app, root, 'POST', '/api/v1/units', {
      code: 'D1',
      name: 'Huyện Một',
      type: 'district',
      parentCode: 'T',
      validFrom: '2017-01-01',
    });
    await call(t.app, root, 'POST', '/api/v1/units', {
      code: 'D1-X',
      name: 'Xã Một',
      type: 'commune',
      parentCode: 'D1',
    });
    await call(t.app, root, 'POST', '/api/v1/units', {
      code: 'D1-X-T',
      name: 'Trạm Một',
      type: 'health_station',
      parentCode: 'D1-X',
    });
    const cycle = await call(t.app, root, 'PATCH', '/api/v1/units/D1', { parentCode: 'D1-X' });
    expect(cycle.status).toBe(409);
    expect((await cycle.json()).error.code).toBe('UNIT_PARENT_CYCLE');
    // 2025 reform: the district goes, its commune moves up to the province with its station.
    expect((await call(t.app, root, 'PATCH', '/api/v1/units/D1-X', { parentCode: 'T' })).status).toBe(200);
    expect(
      (await call(t.app, root, 'POST', '/api/v1/units/D1/close', { validTo: '2025-06-30' })).status,
    ).toBe(200);
    const found = await (await call(t.app, root, 'GET', '/api/v1/units/D1-X-T')).json();
    expect(found.ancestors.map((a: { code: string }) => a.code)).toEqual(['T', 'D1-X']);
  });

  it('refuses to close a unit that still has open children', async () => {
    const res = await call(t.app, root, 'POST', '/api/v1/units/A/close', {});
    expect(res.status).toBe(409);
    expect((await res.json()).error.message).toContain('còn 1 đơn vị trực thuộc');
  });

  it('answers 400 with Vietnamese field errors for a bad body', async () => {
    const res = await call(t.app, adminA, 'POST', '/api/v1/units', {
      code: 'bad code!',
      name: '',
      type: 'ward',
      parentCode: 'A',
    });
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.error.code).toBe('VALIDATION_FAILED');
    expect(body.error.details.fields.map((f: { field: string }) => f.field).sort()).toEqual(['code', 'name']);
    expect(body.error.message).toContain('Tên đơn vị không được để trống');
  });

  it('answers 401 without a session and 403 on a cookie write without the CSRF token', async () => {
    expect((await call(t.app, null, 'GET', '/api/v1/units')).status).toBe(401);
    const noCsrf = await t.app.request('/api/v1/units', {
      method: 'POST',
      headers: { cookie: adminA.headers.cookie!, 'content-type': 'application/json' },
      body: JSON.stringify({ code: 'Z', name: 'Z', type: 'ward', parentCode: 'A' }),
    });
    expect(noCsrf.status).toBe(403);
    expect((await noCsrf.json()).error.code).toBe('CSRF_FAILED');
  });
});

describe('units CSV import', () => {
  it('imports nothing when one line is bad, and names the line', async () => {
    const csv =
      '\uFEFFcode,name,type,parent_code\r\nA-1,"Phường Một, Khu A",ward,A\r\nA-2,Phường Hai,ward,B\r\n';
    const res = await importCsv(adminA, csv);
    expect(res.status).toBe(403);
    const body = await res.json();
    expect(body.error.code).toBe('FORBIDDEN');
    expect(body.error.details.lines).toEqual([
      { line: 3, code: 'PARENT_FORBIDDEN', message: 'đơn vị cấp trên "B" nằm ngoài phạm vi quản lý của bạn' },
    ]);
    expect((await call(t.app, adminA, 'GET', '/api/v1/units/A-1')).status).toBe(404);
  });

  it('answers 422 naming each bad line when the file itself is wrong', async () => {
    const res = await importCsv(
      adminA,
      'code,name,type,parent_code\nA-9,,ward,A\nA-10,Phường Mười,hamlet,A\n',
    );
    expect(res.status).toBe(422);
    const body = await res.json();
    expect(body.error.code).toBe('IMPORT_INVALID');
    expect(
      body.error.details.lines.map((l: { line: number; code: string }) => `${l.line}:${l.code}`),
    ).toEqual(['2:NAME_EMPTY', '3:TYPE_UNKNOWN']);
  });

  it('imports a good file in one go, parents defined after children included', async () => {
    const csv =
      'code,name,type,parent_code,peer_group\nA-2-T,Trạm y tế Hai,health_station,A-2,\nA-2,Phường Hai,ward,A,commune\n';
    const res = await importCsv(adminA, csv);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ imported: 2, codes: ['A-2', 'A-2-T'] });
    const unit = await (await call(t.app, adminA, 'GET', '/api/v1/units/A-2-T')).json();
    expect(unit.ancestors.map((a: { code: string }) => a.code)).toEqual(['T', 'A', 'A-2']);
    expect((await (await call(t.app, adminA, 'GET', '/api/v1/units/A-2')).json()).peerGroup).toBe('commune');
  });

  it('imports valid_to and successor_codes: the old ward ends, its successor names it as predecessor', async () => {
    const bad = [
      'code,name,type,parent_code,valid_from,valid_to,successor_codes',
      'A-OLD,UBND phường Cũ,ward,A,2017-01-01,2025-06-30,A-NEW',
      'A-NEW,UBND phường Mới,ward,A,2025-07-01,,',
      'A-X,UBND phường X,ward,A,2017-01-01,2025-06-30,A-X',
    ].join('\n');
    const refused = await importCsv(adminA, bad);
    expect(refused.status).toBe(422);
    expect((await refused.json()).error.details.lines).toEqual([
      { line: 4, code: 'SUCCESSOR_SELF', message: 'đơn vị không thể kế thừa chính nó' },
    ]);
    expect((await call(t.app, adminA, 'GET', '/api/v1/units/A-OLD')).status).toBe(404);
    expect((await call(t.app, adminA, 'GET', '/api/v1/units/A-NEW')).status).toBe(404);

    const res = await importCsv(adminA, bad.split('\n').slice(0, 3).join('\n'));
    expect(res.status).toBe(200);
    const old = await (await call(t.app, adminA, 'GET', '/api/v1/units/A-OLD')).json();
    expect(old).toMatchObject({ validFrom: '2017-01-01', validTo: '2025-06-30' });
    expect(old.successors).toEqual([{ code: 'A-NEW', name: 'UBND phường Mới', effectiveOn: '2025-06-30' }]);
    const successor = await (await call(t.app, adminA, 'GET', '/api/v1/units/A-NEW')).json();
    expect(successor).toMatchObject({ validFrom: '2025-07-01', validTo: null });
    expect(successor.predecessors).toEqual([
      { code: 'A-OLD', name: 'UBND phường Cũ', effectiveOn: '2025-06-30' },
    ]);
  });

  it('GET /units?date= gives the tree of the units valid that day, closed ones included', async () => {
    const codesOn = async (date: string) => {
      const res = await call(t.app, adminA, 'GET', `/api/v1/units?date=${date}`);
      expect(res.status).toBe(200);
      const { units } = (await res.json()) as { units: { code: string; children: { code: string }[] }[] };
      return units.flatMap((u) => [u.code, ...u.children.map((c) => c.code)]);
    };
    const before = await codesOn('2025-06-30');
    expect(before).toContain('A-OLD');
    expect(before).not.toContain('A-NEW');
    const after = await codesOn('2025-07-01');
    expect(after).toContain('A-NEW');
    expect(after).not.toContain('A-OLD');
    expect((await call(t.app, adminA, 'GET', '/api/v1/units?date=2025-02-30')).status).toBe(400);
  });

  it("refuses (403) a successor outside the importer's units, and writes nothing", async () => {
    const res = await importCsv(
      adminA,
      'code,name,type,parent_code,valid_to,successor_codes\nA-Y,UBND phường Y,ward,A,2030-01-01,B\n',
    );
    expect(res.status).toBe(403);
    expect((await res.json()).error.details.lines).toEqual([
      {
        line: 2,
        code: 'SUCCESSOR_FORBIDDEN',
        message: 'đơn vị kế thừa "B" nằm ngoài phạm vi quản lý của bạn',
      },
    ]);
    expect((await call(t.app, adminA, 'GET', '/api/v1/units/A-Y')).status).toBe(404);
  });

  it('rejects a file that is not UTF-8', async () => {
    const res = await t.app.request('/api/v1/units/import', {
      method: 'POST',
      headers: { ...adminA.headers, 'content-type': 'text/csv' },
      body: new Uint8Array([0x63, 0x6f, 0x64, 0x65, 0x0a, 0xe0, 0x28]),
    });
    expect(res.status).toBe(400);
    expect((await res.json()).error.message).toContain('UTF-8');
  });
});

describe('a unit of the 2025 map says what formed it', () => {
  it('GET /units/{code} gives the basis read in data/units (unverified there), and null for other units', async () => {
    await buildUnit(t.ctx, {
      code: 'KH25-TNT',
      name: 'UBND phường Tây Nha Trang',
      type: 'ward',
      parentCode: 'A',
    });
    const res = await call(t.app, adminA, 'GET', '/api/v1/units/KH25-TNT');
    expect(res.status).toBe(200);
    const { basis } = (await res.json()) as { basis: { status: string; source: string } };
    expect(basis.status).toBe('unverified');
    expect(basis.source).toContain('Điều 1 khoản 51');
    const other = await (await call(t.app, adminA, 'GET', '/api/v1/units/A-PS')).json();
    expect(other.basis).toBeNull();
  });
});

describe('units CSV import as a background job (Prefer: respond-async)', () => {
  it('answers 202 at once; its owner follows it to the same result; another admin gets 404', async () => {
    const n = 6000;
    const res = await importAsync(adminA, bigFile(n, 'AJ'));
    expect(res.status).toBe(202);
    const job = (await res.json()) as { id: string; kind: string; fileName: string; state: string };
    expect(res.headers.get('location')).toBe(`/api/v1/import-jobs/${job.id}`);
    expect(job).toMatchObject({ kind: 'units', fileName: 'đơn vị.csv' });
    const peek = await t.app.request(`/api/v1/import-jobs/${job.id}`, { headers: root.headers });
    expect(peek.status).toBe(404);

    const { job: done } = await waitForJob(adminA, job.id);
    expect(done).toMatchObject({ state: 'done', rows: n, total: n, error: null });
    const result = done.result as { imported: number; codes: string[] };
    expect(result.imported).toBe(n);
    expect(result.codes.at(-1)).toBe('AJ06000');
    expect((await call(t.app, adminA, 'GET', '/api/v1/units/AJ03000')).status).toBe(200);
  });

  it('a bad line far down the file: the job fails with every bad line named and nothing written', async () => {
    const lines = bigFile(6000, 'AK').split('\n');
    lines[5001] = lines[5001]!.replace(/,A$/, ',KHONG_CO');
    const res = await importAsync(adminA, lines.join('\n'));
    expect(res.status).toBe(202);
    const { job: failed } = await waitForJob(adminA, ((await res.json()) as { id: string }).id);
    expect(failed).toMatchObject({
      state: 'failed',
      result: null,
      error: {
        code: 'IMPORT_INVALID',
        details: { lines: [{ line: 5002, code: 'PARENT_UNKNOWN' }] },
      },
    });
    expect((await call(t.app, adminA, 'GET', '/api/v1/units/AK00001')).status).toBe(404);
  });

  it('reports the lines read while checking (in the worker thread), then the units stored up to the total', async () => {
    const events: JobProgress[] = [];
    await importUnitsCsv(t.ctx, systemActor('test'), bigFile(6000, 'AP'), 'x.csv', (p) =>
      events.push({ ...p }),
    );
    const checking = events.filter((e) => e.state === 'checking').map((e) => e.rows);
    const writing = events.filter((e) => e.state === 'writing');
    expect(checking).toEqual([0, 1000, 2000, 3000, 4000, 5000, 6000, 6000]);
    expect(writing.map((e) => e.rows)).toEqual([0, 1000, 2000, 3000, 4000, 5000, 6000]);
    expect(writing.every((e) => e.total === 6000)).toBe(true);
  });

  it('an actor who may not import units is refused at once, with no job', async () => {
    const viewer = await buildUser(t.ctx, { unitCode: 'A', username: 'viewer.a', role: 'viewer' });
    const session = await login(t.app, viewer.username, viewer.password);
    const res = await importAsync(session, 'code,name,type,parent_code\nAV,UBND phường V,ward,A');
    expect(res.status).toBe(403);
  });
});
