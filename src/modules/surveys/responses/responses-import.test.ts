import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, login, type Session } from '../../../../test/app.ts';
import { buildUnit, buildUser } from '../../../../test/factories.ts';
import { KH_UBND_XA } from '../../../../test/survey-factories.ts';
import { systemActor } from '../../../access/actor.ts';
import { queryRows } from '../../../db/rows.ts';
import type { JobProgress } from '../../imports/jobs.ts';
import { IMPORT_LIMITS, INLINE_BYTES } from '../../imports/limits.ts';
import { importQuestionnaire } from '../questionnaires/questionnaires.service.ts';
import { eachXlsxRow } from './responses-file.ts';
import { importResponsesFile } from './responses-import.service.ts';

/**
 * Large imports: refused by size and line count before any parsing, XLSX read as a stream, checked
 * in a worker thread, written in one transaction (a bad line anywhere → nothing), and run as a job
 * whose progress and result only its owner can read.
 */
const t = await createTestApp();
let specialist: Session;
let otherSpecialist: Session;
let officerB: Session;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const q = JSON.parse(KH_UBND_XA) as { criteria: { questions: { code: string }[] }[] };
const codes = q.criteria.flatMap((c) => c.questions.map((x) => x.code));

/** `n` good rows for units A and B (1 and 2 are options of every question), as CSV lines. */
function goodLines(n: number, day = '2026-03-01'): string[] {
  return Array.from(
    { length: n },
    (_, i) =>
      `${i % 2 ? 'A' : 'B'},${day}T08:${String(i % 60).padStart(2, '0')},${codes.map((_, k) => 1 + ((i + k) % 2)).join(',')}`,
  );
}
const header = `unit_code,submitted_at,${codes.join(',')}`;
const csv = (lines: string[]) => new TextEncoder().encode(`${header}\n${lines.join('\n')}\n`);

async function responseCount(): Promise<number> {
  const [row] = await queryRows<{ n: number }>(t.ctx.db, sql`select count(*)::int as n from responses`);
  return row!.n;
}

function upload(
  session: Session,
  body: Uint8Array | string,
  type = 'text/csv',
  extra: Record<string, string> = {},
) {
  return t.app.request('/api/v1/surveys/responses/import?questionnaire=KH-UBND-XA', {
    method: 'POST',
    headers: { ...session.headers, 'content-type': type, ...extra },
    body: body as BodyInit,
  });
}

async function waitForJob(session: Session, id: string) {
  for (;;) {
    const res = await t.app.request(`/api/v1/import-jobs/${id}`, { headers: session.headers });
    expect(res.status).toBe(200);
    const job = (await res.json()) as { state: string; rows: number; total: number | null };
    if (job.state === 'done' || job.state === 'failed') return job as Record<string, unknown>;
    await new Promise((r) => setTimeout(r, 100));
  }
}

beforeAll(async () => {
  await buildUnit(t.ctx, { code: 'T', name: 'Tỉnh Thử', type: 'province' });
  await buildUnit(t.ctx, { code: 'A', name: 'UBND xã An', parentCode: 'T' });
  await buildUnit(t.ctx, { code: 'B', name: 'UBND xã Bình', parentCode: 'T' });
  await buildUser(t.ctx, { unitCode: 'T', role: 'specialist', username: 'specialist.t' });
  await buildUser(t.ctx, { unitCode: 'T', role: 'specialist', username: 'specialist.t2' });
  await buildUser(t.ctx, { unitCode: 'B', role: 'officer', username: 'officer.b' });
  await importQuestionnaire(t.ctx, systemActor('test'), KH_UBND_XA);
  specialist = await login(t.app, 'specialist.t', 'Mat-khau-thu-2025');
  otherSpecialist = await login(t.app, 'specialist.t2', 'Mat-khau-thu-2025');
  officerB = await login(t.app, 'officer.b', 'Mat-khau-thu-2025');
});

describe('limits, before parsing', () => {
  it('refuses a CSV with more lines than the limit with 413, without reading its cells', async () => {
    // Every line is broken CSV: had the file been parsed, the answer would be 422 CSV_SYNTAX.
    const lines = `${header}\n${'B,"broken\n'.repeat(IMPORT_LIMITS.responses.rows + 1)}`;
    const res = await upload(specialist, lines);
    expect(res.status).toBe(413);
    expect(await res.json()).toEqual({
      error: {
        code: 'IMPORT_TOO_MANY_ROWS',
        message: 'Tệp có 200.001 dòng phiếu, tối đa 200.000 dòng mỗi tệp; hãy chia thành nhiều tệp.',
        details: { rows: 200_001, maxRows: 200_000 },
      },
    });
    expect(await responseCount()).toBe(0);
  });

  it('refuses a file over the size limit with 413 and says the limit', async () => {
    const big = new Uint8Array(IMPORT_LIMITS.responses.bytes + 1).fill(0x41);
    const res = await upload(specialist, big);
    expect(res.status).toBe(413);
    const body = (await res.json()) as { error: { code: string; message: string; details: unknown } };
    expect(body.error.code).toBe('IMPORT_TOO_LARGE');
    expect(body.error.message).toBe('Tệp nặng 24,0 MB, tối đa 24,0 MB mỗi tệp; hãy chia thành nhiều tệp.');
    expect(body.error.details).toEqual({
      bytes: IMPORT_LIMITS.responses.bytes + 1,
      maxBytes: IMPORT_LIMITS.responses.bytes,
    });
  });
});

describe('XLSX as a stream', () => {
  it('hands rows over one by one and stops reading when told', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Phiếu');
    for (let i = 1; i <= 1000; i++) sheet.addRow([`r${i}`, i]);
    const bytes = new Uint8Array(await book.xlsx.writeBuffer());
    const seen: number[] = [];
    await eachXlsxRow(bytes, (row) => {
      seen.push(row.line);
      return row.line < 10;
    });
    expect(seen).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('imports a real XLSX file large enough to be checked in a worker thread', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Phiếu');
    sheet.addRow(['unit_code', 'submitted_at', ...codes]);
    const n = 6000;
    for (let i = 0; i < n; i++) {
      sheet.addRow([
        i % 2 ? 'A' : 'B',
        new Date(Date.UTC(2026, 2, 2, 8, i % 60)),
        ...codes.map((_, k) => 1 + ((i + k) % 2)),
      ]);
    }
    const bytes = new Uint8Array(await book.xlsx.writeBuffer());
    expect(bytes.length).toBeGreaterThan(INLINE_BYTES);
    const before = await responseCount();
    const res = await upload(specialist, bytes, XLSX);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      imported: n,
      questionnaire: 'KH-UBND-XA',
      version: 1,
      units: { B: n / 2, A: n / 2 },
    });
    expect((await responseCount()) - before).toBe(n);
    // Excel dates are Vietnam wall-clock time: 08:00 in Vietnam is 01:00 UTC.
    const [first] = await queryRows<{ at: string }>(
      t.ctx.db,
      sql`select min(submitted_at)::text as at from responses where submitted_at::date = '2026-03-02'`,
    );
    expect(first!.at).toBe('2026-03-02 01:00:00+00');
  });
});

describe('all or nothing', () => {
  it.each([
    ['the first line', 0],
    ['the last line', 7999],
  ])('a bad cell on %s of a large file: 422 naming it, nothing imported', async (_, bad) => {
    const lines = goodLines(8000, '2026-03-05');
    lines[bad] = lines[bad]!.replace(/,[12]$/, ',7');
    const bytes = csv(lines);
    expect(bytes.length).toBeGreaterThan(INLINE_BYTES);
    const before = await responseCount();
    const res = await upload(specialist, bytes);
    expect(res.status).toBe(422);
    const body = (await res.json()) as { error: { code: string; details: { lines: unknown[] } } };
    expect(body.error.code).toBe('IMPORT_INVALID');
    expect(body.error.details.lines).toEqual([
      {
        line: bad + 2,
        code: 'OPTION_INVALID',
        message: expect.stringContaining('"7" không phải một lựa chọn'),
      },
    ]);
    expect(await responseCount()).toBe(before);
  });

  it('a line of a unit outside the uploader’s scope: 403, nothing imported', async () => {
    const before = await responseCount();
    const res = await upload(officerB, csv(goodLines(3, '2026-03-06')));
    expect(res.status).toBe(403);
    expect(await responseCount()).toBe(before);
  });
});

describe('the import as a job', () => {
  it('answers 202 at once; its owner follows the progress and gets the same result; anyone else gets 404', async () => {
    const n = 9000;
    const res = await upload(specialist, csv(goodLines(n, '2026-03-07')), 'text/csv', {
      prefer: 'respond-async',
      'x-file-name': encodeURIComponent('phiếu bưu điện.csv'),
    });
    expect(res.status).toBe(202);
    const job = (await res.json()) as { id: string; state: string; kind: string; fileName: string };
    expect(res.headers.get('location')).toBe(`/api/v1/import-jobs/${job.id}`);
    expect(job).toMatchObject({ kind: 'responses', fileName: 'phiếu bưu điện.csv' });
    expect(['queued', 'checking']).toContain(job.state);

    for (const stranger of [otherSpecialist, officerB]) {
      const peek = await t.app.request(`/api/v1/import-jobs/${job.id}`, { headers: stranger.headers });
      expect(peek.status).toBe(404);
      expect(((await peek.json()) as { error: { code: string } }).error.code).toBe('IMPORT_JOB_NOT_FOUND');
    }

    const done = await waitForJob(specialist, job.id);
    expect(done).toMatchObject({
      state: 'done',
      rows: n,
      total: n,
      error: null,
      result: { imported: n, questionnaire: 'KH-UBND-XA', version: 1, units: { A: n / 2, B: n / 2 } },
    });
  });

  it('a failed job carries the same error as the synchronous call', async () => {
    const lines = goodLines(5000, '2026-03-08');
    lines[4000] = lines[4000]!.replace(/^B,/, 'ZZ,');
    const res = await upload(specialist, csv(lines), 'text/csv', { prefer: 'respond-async' });
    expect(res.status).toBe(202);
    const done = await waitForJob(specialist, ((await res.json()) as { id: string }).id);
    expect(done).toMatchObject({
      state: 'failed',
      result: null,
      error: { code: 'IMPORT_INVALID', details: { lines: [{ line: 4002, code: 'UNIT_UNKNOWN' }] } },
    });
  });

  it('reports checking, then writing up to the total', async () => {
    const events: JobProgress[] = [];
    const n = 12_000;
    await importResponsesFile(t.ctx, systemActor('test'), csv(goodLines(n, '2026-03-09')), {
      questionnaire: 'KH-UBND-XA',
      fileName: 'x.csv',
      onProgress: (p) => events.push({ ...p }),
    });
    const checking = events.filter((e) => e.state === 'checking').map((e) => e.rows);
    const writing = events.filter((e) => e.state === 'writing');
    expect(checking).toEqual([0, 5000, 10_000]);
    expect(writing.map((e) => e.rows)).toEqual([0, 2000, 4000, 6000, 8000, 10_000, 12_000]);
    expect(writing.every((e) => e.total === n)).toBe(true);
  });
});
