import { describe, expect, it } from 'vitest';
import { createTestApp, login } from '../../../test/app.ts';
import { buildUnit, buildUser } from '../../../test/factories.ts';
import { countNonEmptyLines, IMPORT_LIMITS } from './limits.ts';

/** Units and procedure files are refused by size and line count before a byte is parsed. */
const t = await createTestApp();
await buildUnit(t.ctx, { code: 'T', name: 'Tỉnh Thử', type: 'province' });
await buildUser(t.ctx, { unitCode: 'T', username: 'admin.t' });
const admin = await login(t.app, 'admin.t', 'Mat-khau-thu-2025');

const post = (path: string, body: string | Uint8Array, type = 'text/csv') =>
  t.app.request(path, {
    method: 'POST',
    headers: { ...admin.headers, 'content-type': type },
    body: body as BodyInit,
  });
const errorOf = async (res: Response) =>
  ((await res.json()) as { error: { code: string; message: string } }).error;

describe('import limits', () => {
  it('counts lines without parsing: CRLF, a missing last newline and blank lines', () => {
    expect(countNonEmptyLines(new TextEncoder().encode('a,b\r\n1,2\r\n\r\n3,4'))).toBe(3);
    expect(countNonEmptyLines(new TextEncoder().encode('\n\n'))).toBe(0);
  });

  it('a units file with more lines than the limit: 413 before parsing (its broken quotes are never read)', async () => {
    const rows = IMPORT_LIMITS.units.rows + 1;
    const res = await post(
      '/api/v1/units/import',
      `code,name,type,parent_code\n${'X,"broken\n'.repeat(rows)}`,
    );
    expect(res.status).toBe(413);
    expect(await errorOf(res)).toEqual({
      code: 'IMPORT_TOO_MANY_ROWS',
      message: 'Tệp có 50.001 dòng đơn vị, tối đa 50.000 dòng mỗi tệp; hãy chia thành nhiều tệp.',
      details: { rows, maxRows: IMPORT_LIMITS.units.rows },
    });
    // Under the limit the same broken file is parsed, and named by its line.
    const parsed = await post('/api/v1/units/import', 'code,name,type,parent_code\nX,"broken\n');
    expect(parsed.status).toBe(422);
  });

  it('a procedures file over the size limit: 413 with the limit in Vietnamese', async () => {
    const big = new Uint8Array(IMPORT_LIMITS.procedures.bytes + 10).fill(0x20);
    const res = await post('/api/v1/procedures/import', big, 'application/json');
    expect(res.status).toBe(413);
    expect(await errorOf(res)).toMatchObject({
      code: 'IMPORT_TOO_LARGE',
      message: 'Tệp nặng 10,0 MB, tối đa 10,0 MB mỗi tệp; hãy chia thành nhiều tệp.',
    });
  });
});

describe('a large units file, checked in a worker thread', () => {
  const file = (n: number, badAt?: number) => {
    const lines = ['code,name,type,parent_code'];
    for (let i = 0; i < n; i++) {
      lines.push(`W${i},Phường Thử Nghiệm Số ${i} của tỉnh,${i === badAt ? 'planet' : 'ward'},T`);
    }
    return `${lines.join('\n')}\n`;
  };

  it('a bad line at the end: 422 naming it, nothing imported; the good file then imports whole', async () => {
    const n = 6000;
    const bad = file(n, n - 1);
    expect(bad.length).toBeGreaterThan(256 * 1024);
    const refused = await post('/api/v1/units/import', bad);
    expect(refused.status).toBe(422);
    const body = (await refused.json()) as {
      error: { details: { lines: { line: number; code: string }[] } };
    };
    expect(body.error.details.lines.map((l) => [l.line, l.code])).toEqual([[n + 1, 'TYPE_UNKNOWN']]);
    const ok = await post('/api/v1/units/import', file(n));
    expect(ok.status).toBe(200);
    expect(((await ok.json()) as { imported: number }).imported).toBe(n);
  });
});

describe('a large procedure catalogue, checked in a worker thread', () => {
  it('a bad line at the end: 422 naming it, nothing imported; the good file then imports whole', async () => {
    const header =
      'code,name,field,level,processing_amount,processing_unit,fees,documents,forms,legal_basis,unit_codes';
    // Few procedures with a long legal basis: a large file that is quick to store.
    const basis = `Luật Hộ tịch số 60/2014/QH13; ${'Nghị định số 123/2015/NĐ-CP; '.repeat(100)}`.trim();
    const file = (n: number, badAt?: number) => {
      const lines = [header];
      for (let i = 0; i < n; i++) {
        lines.push(
          `TT-${i},Thủ tục thử nghiệm số ${i},Hộ tịch,${i === badAt ? 'sai_muc' : 'toan_trinh'},8,working_hours,,"Tờ khai|original|1",,"${basis}",T`,
        );
      }
      return `${lines.join('\n')}\n`;
    };
    const n = 100;
    const bad = file(n, n - 1);
    expect(bad.length).toBeGreaterThan(256 * 1024);
    const refused = await post('/api/v1/procedures/import', bad);
    expect(refused.status).toBe(422);
    const body = (await refused.json()) as {
      error: { details: { lines: { line: number; code: string }[] } };
    };
    expect(body.error.details.lines.map((l) => l.line)).toEqual([n + 1]);
    const ok = await post('/api/v1/procedures/import', file(n));
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ created: n });
  });
});
