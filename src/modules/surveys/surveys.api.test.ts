import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { call, createTestApp, login, type Session } from '../../../test/app.ts';
import { buildUnit, buildUser } from '../../../test/factories.ts';
import { KH_UBND_XA } from '../../../test/survey-factories.ts';
import { fetchForm, postResponse, solveProof, submitAsCitizen } from '../../../test/survey-public.ts';
import { queryRows } from '../../db/rows.ts';
import { readPdf } from '../../documents/testing/pdf-reader.ts';
import { parseCsv } from '../../lib/csv.ts';
import { formGuard } from './responses/form-guard.ts';

/** The survey loop over HTTP: set-up, every channel, integrity, review, index, publication. */
const t = await createTestApp();
let admin: Session;
let leader: Session;
let specialist: Session;
let officerA: Session;
let surveyorA: Session;

const day = (iso: string) => new Date(`${iso}T10:00:00+07:00`);
const json = async <T = Record<string, unknown>>(res: Response) => (await res.json()) as T;

/** Every one of the 23 questions answered with the same option position: a straight line. */
function allAnswers(pick: (values: number[]) => number) {
  const q = JSON.parse(KH_UBND_XA) as {
    criteria: { questions: { code: string; options: { value: number }[] }[] }[];
  };
  return Object.fromEntries(
    q.criteria.flatMap((c) => c.questions.map((x) => [x.code, pick(x.options.map((o) => o.value))])),
  );
}

beforeAll(async () => {
  // The real checks with an easy proof of work, so the suite stays quick (the defences have their own tests).
  formGuard(t.ctx, { powMaxNumber: 2000 });
  t.setNow(day('2026-03-02'));
  await buildUnit(t.ctx, { code: 'T', name: 'Tỉnh Thử', type: 'province' });
  await buildUnit(t.ctx, { code: 'A', name: 'UBND xã An', parentCode: 'T' });
  await buildUnit(t.ctx, { code: 'B', name: 'UBND xã Bình', parentCode: 'T' });
  await buildUnit(t.ctx, { code: 'C', name: 'UBND xã Chưa Khảo Sát', parentCode: 'T' });
  await buildUser(t.ctx, { unitCode: 'T', username: 'admin.t' });
  await buildUser(t.ctx, { unitCode: 'T', role: 'leader', username: 'leader.t' });
  await buildUser(t.ctx, { unitCode: 'T', role: 'specialist', username: 'specialist.t' });
  await buildUser(t.ctx, { unitCode: 'A', role: 'officer', username: 'officer.a' });
  await buildUser(t.ctx, { unitCode: 'A', role: 'surveyor', username: 'surveyor.a' });
  const pw = 'Mat-khau-thu-2025';
  admin = await login(t.app, 'admin.t', pw);
  leader = await login(t.app, 'leader.t', pw);
  specialist = await login(t.app, 'specialist.t', pw);
  officerA = await login(t.app, 'officer.a', pw);
  surveyorA = await login(t.app, 'surveyor.a', pw);
});

describe('questionnaires and waves', () => {
  it('imports a questionnaire once; an identical file changes nothing; a bad one names its paths', async () => {
    const first = await call(t.app, specialist, 'POST', '/api/v1/questionnaires', KH_UBND_XA);
    expect(await json(first)).toMatchObject({ code: 'KH-UBND-XA', version: 1, created: true });
    const again = await call(t.app, specialist, 'POST', '/api/v1/questionnaires', KH_UBND_XA);
    expect(await json(again)).toMatchObject({ version: 1, created: false });
    // Where it comes from travels with it: in the stored definition and in the list.
    const source = {
      document: expect.stringContaining('UBND phường Phương Sài'),
      status: 'reference',
    };
    const detail = await call(t.app, officerA, 'GET', '/api/v1/questionnaires/KH-UBND-XA');
    expect((await json<{ definition: { source: unknown } }>(detail)).definition.source).toEqual(source);
    const list = await call(t.app, officerA, 'GET', '/api/v1/questionnaires');
    expect(await json(list)).toMatchObject({ questionnaires: [{ code: 'KH-UBND-XA', source }] });
    const bad = await call(t.app, specialist, 'POST', '/api/v1/questionnaires', {
      code: 'BAD',
      title: 'x',
      criteria: [
        {
          code: 'K',
          title: 'k',
          questions: [
            {
              code: 'Q',
              text: 'q',
              options: [
                { value: 1, label: 'a', score: 2 },
                { value: 2, label: 'b', score: null },
              ],
            },
          ],
        },
      ],
    });
    expect(bad.status).toBe(422);
    const body = await json<{ error: { code: string; details: { errors: { path: string }[] } } }>(bad);
    expect(body.error.code).toBe('QUESTIONNAIRE_INVALID');
    expect(body.error.details.errors.map((e) => e.path)).toContain(
      'criteria[0].questions[0].options[0].score',
    );
  });

  it('opens a wave and shows progress per unit with the sample planner', async () => {
    const res = await call(t.app, specialist, 'POST', '/api/v1/surveys/waves', {
      code: 'KS-2026',
      title: 'Khảo sát năm 2026',
      questionnaire: 'KH-UBND-XA',
      period: '2026',
      opensOn: '2026-03-01',
      closesOn: '2026-11-30',
      ownerUnitCode: 'T',
      unitCodes: ['A', 'B'],
      targetSample: 40,
    });
    expect(res.status).toBe(201);
    const progress = await json<{
      units: { unit: string; target: number; collected: number; neededForInterval: number }[];
    }>(await call(t.app, officerA, 'GET', '/api/v1/surveys/waves/KS-2026/progress'));
    // The officer of A sees only A; with no data the planner assumes the worst case (sd 50): 385 needed.
    expect(progress.units).toEqual([
      expect.objectContaining({ unit: 'A', target: 40, collected: 0, neededForInterval: 385 }),
    ]);
  });
});

describe('collection channels', () => {
  it('the public form of a unit in the wave; a unit without a wave says so', async () => {
    const form = await json<{ unit: { name: string }; questionnaire: { code: string }; consentText: string }>(
      await call(t.app, null, 'GET', '/api/v1/public/surveys/A'),
    );
    expect(form.unit.name).toBe('UBND xã An');
    expect(form.questionnaire.code).toBe('KH-UBND-XA');
    expect(form.consentText).toContain('13/2023/NĐ-CP');
    const closed = await call(t.app, null, 'GET', '/api/v1/public/surveys/C');
    expect(closed.status).toBe(404);
    expect((await json<{ error: { code: string } }>(closed)).error.code).toBe('SURVEY_CLOSED');
  });

  it('refuses without consent or with a wrong value, then takes one response per device per day', async () => {
    const submit = (body: object) => postResponse(t.app, 'A', body);
    const form = await fetchForm(t.app, 'A');
    const base = {
      answers: { 'C1.1': 3, 'C1.2': 3 },
      consent: true,
      deviceToken: form.deviceToken,
      proof: await solveProof(form),
    };
    const noConsent = await submit({ ...base, consent: false });
    expect((await json<{ error: { code: string } }>(noConsent)).error.code).toBe('CONSENT_REQUIRED');
    const wrong = await submit({ ...base, answers: { 'C1.1': 7 } });
    expect(wrong.status).toBe(400);
    expect(await json(wrong)).toMatchObject({
      error: { code: 'ANSWERS_INVALID', details: { fields: [{ field: 'answers.C1.1' }] } },
    });
    expect((await submit(base)).status).toBe(201);
    const twice = await submit(base);
    expect(twice.status).toBe(409);
    expect((await json<{ error: { code: string } }>(twice)).error.code).toBe('DUPLICATE_RESPONSE');
    t.setNow(day('2026-03-03'));
    // A day later the form is opened again: a new token (the old one has expired).
    expect((await submitAsCitizen(t.app, 'A', { answers: base.answers })).status).toBe(201);
    t.setNow(day('2026-03-02'));
  });

  it('stores no address or device token in the clear', async () => {
    const rows = await queryRows<{ client_hash: string; device_hash: string; channel: string }>(
      t.ctx.db,
      sql`select client_hash, device_hash, channel from responses where channel = 'web'`,
    );
    expect(rows.length).toBe(2);
    for (const r of rows) {
      expect(r.device_hash).toMatch(/^[0-9a-f]{32}$/);
      expect(r.client_hash).toMatch(/^[0-9a-f]{32}$/);
    }
  });

  it('kiosk answers count as the citizen’s; a paper form records who keyed it, never the officer who served', async () => {
    const kiosk = await call(t.app, officerA, 'POST', '/api/v1/surveys/responses', {
      unitCode: 'A',
      channel: 'kiosk',
      answers: { 'C1.1': 3 },
    });
    expect(kiosk.status).toBe(201);
    const paper = await call(t.app, surveyorA, 'POST', '/api/v1/surveys/responses', {
      unitCode: 'A',
      channel: 'paper',
      answers: { 'C1.1': 1 },
      submittedAt: '2026-03-01',
      servedBy: 'officer.a',
    });
    expect(paper.status).toBe(201);
    const self = await call(t.app, officerA, 'POST', '/api/v1/surveys/responses', {
      unitCode: 'A',
      channel: 'paper',
      answers: { 'C1.1': 3 },
      servedBy: 'officer.a',
    });
    expect(self.status).toBe(403);
    expect((await json<{ error: { code: string } }>(self)).error.code).toBe('SELF_RATING');
    const keyed = await queryRows<{ channel: string; keyed: string | null }>(
      t.ctx.db,
      sql`select r.channel, u.username as keyed from responses r left join users u on u.id = r.keyed_by where r.channel in ('kiosk', 'paper') order by r.id`,
    );
    expect(keyed).toEqual([
      { channel: 'kiosk', keyed: null },
      { channel: 'paper', keyed: 'surveyor.a' },
    ]);
    const foreign = await call(t.app, officerA, 'POST', '/api/v1/surveys/responses', {
      unitCode: 'B',
      channel: 'kiosk',
      answers: { 'C1.1': 3 },
    });
    expect(foreign.status).toBe(403);
  });

  it('imports a CSV or XLSX file whole or not at all', async () => {
    const upload = (body: BodyInit, type: string) =>
      t.app.request('/api/v1/surveys/responses/import?questionnaire=KH-UBND-XA', {
        method: 'POST',
        headers: {
          ...specialist.headers,
          'content-type': type,
          'x-file-name': encodeURIComponent('phiếu giấy.csv'),
        },
        body,
      });
    const bad = await upload(
      'unit_code,submitted_at,C1.1\nB,2026-03-01T08:00,3\nZZ,2026-03-01T08:00,3\n',
      'text/csv',
    );
    expect(bad.status).toBe(422);
    expect(await json(bad)).toMatchObject({
      error: { code: 'IMPORT_INVALID', details: { lines: [{ line: 3, code: 'UNIT_UNKNOWN' }] } },
    });

    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Phiếu');
    sheet.addRow(['unit_code', 'submitted_at', 'C1.1', 'C1.2']);
    sheet.addRow(['B', new Date(Date.UTC(2026, 2, 1, 8, 0)), 3, 1]);
    sheet.addRow(['B', '2026-03-01T09:00', 1, null]);
    const xlsx = new Uint8Array(await book.xlsx.writeBuffer());
    const ok = await upload(
      xlsx as unknown as BodyInit,
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(await json(ok)).toMatchObject({ imported: 2, units: { B: 2 } });
  });
});

describe('integrity review and the index', () => {
  it('flags straight-lining, never excludes by itself; an exclusion needs a reason and is audited', async () => {
    // Seven web responses from one counter's address: flagged only when straight-lined (bursts
    // that are held are tested in stuffing.api.test.ts).
    for (let i = 0; i < 7; i++) {
      const res = await submitAsCitizen(t.app, 'B', {
        answers: i === 0 ? allAnswers((v) => v[0]!) : { 'C1.1': 3 },
      });
      expect(res.status).toBe(201);
    }
    const flagged = await json<{
      responses: { id: number; unit: string; flags: string[]; excluded: boolean }[];
    }>(await call(t.app, leader, 'GET', '/api/v1/surveys/responses?flagged=true&unitCode=B'));
    const flags = flagged.responses.flatMap((r) => r.flags);
    expect(flags).toContain('STRAIGHT_LINING');
    expect(flags).not.toContain('BURST');
    expect(flagged.responses.every((r) => !r.excluded)).toBe(true);

    const before = await indexOf('B');
    const target = flagged.responses[0]!;
    const noReason = await call(t.app, leader, 'POST', `/api/v1/surveys/responses/${target.id}/exclude`, {
      reason: '',
    });
    expect(noReason.status).toBe(400);
    const done = await call(t.app, leader, 'POST', `/api/v1/surveys/responses/${target.id}/exclude`, {
      reason: 'Gửi liên tiếp từ một địa chỉ',
    });
    expect(await json(done)).toMatchObject({ excluded: true });
    expect((await indexOf('B')).responses).toBe(before.responses - 1);
    const audit = await queryRows<{ action: string }>(
      t.ctx.db,
      sql`select action from audit_log where entity_type = 'response' and entity_id = ${String(target.id)}`,
    );
    expect(audit.map((a) => a.action)).toEqual(['response.exclude']);
    await call(t.app, leader, 'POST', `/api/v1/surveys/responses/${target.id}/include`);
    expect((await indexOf('B')).responses).toBe(before.responses);
  });

  it('shows a ward user only their ward, ranked against the whole peer group; targets add gaps', async () => {
    await call(t.app, admin, 'PUT', '/api/v1/surveys/targets', {
      questionnaire: 'KH-UBND-XA',
      period: '2026',
      peerGroup: 'commune',
      criterion: '*',
      value: 83,
    });
    const seen = await json<{
      units: { unit: string; rankOf: number; overall: { target: number; gap: number; index: number } }[];
    }>(await call(t.app, officerA, 'GET', '/api/v1/surveys/index?questionnaire=KH-UBND-XA&period=2026'));
    expect(seen.units.map((u) => u.unit)).toEqual(['A']);
    expect(seen.units[0]!.rankOf).toBe(2);
    expect(seen.units[0]!.overall.target).toBe(83);
    expect(seen.units[0]!.overall.gap).toBeCloseTo(seen.units[0]!.overall.index - 83, 9);
    const bad = await call(
      t.app,
      officerA,
      'GET',
      '/api/v1/surveys/index?questionnaire=KH-UBND-XA&period=2026-13',
    );
    expect((await json<{ error: { code: string } }>(bad)).error.code).toBe('PERIOD_INVALID');
  });
});

describe('publication', () => {
  it('draft → approved → published; a published result never moves; a correction supersedes it', async () => {
    const draft = await json<{ id: number; status: string }>(
      await call(t.app, specialist, 'POST', '/api/v1/surveys/publications', {
        questionnaire: 'KH-UBND-XA',
        period: '2026',
        scopeUnitCode: 'T',
        title: 'Kết quả khảo sát năm 2026',
      }),
    );
    expect(draft.status).toBe('draft');
    expect(
      (await call(t.app, specialist, 'POST', `/api/v1/surveys/publications/${draft.id}/approve`)).status,
    ).toBe(403);
    expect((await call(t.app, null, 'GET', `/api/v1/public/index/${draft.id}`)).status).toBe(404);
    expect(
      (await call(t.app, leader, 'POST', `/api/v1/surveys/publications/${draft.id}/publish`, {})).status,
    ).toBe(409);
    await call(t.app, leader, 'POST', `/api/v1/surveys/publications/${draft.id}/approve`);
    const published = await call(t.app, leader, 'POST', `/api/v1/surveys/publications/${draft.id}/publish`, {
      decisionNumber: '123/QĐ-UBND',
    });
    expect(await json(published)).toMatchObject({ status: 'published', decisionNumber: '123/QĐ-UBND' });

    const frozen = await json<{ result: { units: { unit: string; responses: number }[] } }>(
      await call(t.app, null, 'GET', `/api/v1/public/index/${draft.id}`),
    );
    await submitAsCitizen(t.app, 'A', { answers: { 'C1.1': 1 } });
    const later = await json(await call(t.app, null, 'GET', `/api/v1/public/index/${draft.id}`));
    expect(later).toMatchObject({ result: frozen.result });
    expect((await indexOf('A')).responses).toBe(
      frozen.result.units.find((u) => u.unit === 'A')!.responses + 1,
    );

    const fix = await json<{ id: number }>(
      await call(t.app, admin, 'POST', '/api/v1/surveys/publications', {
        questionnaire: 'KH-UBND-XA',
        period: '2026',
        scopeUnitCode: 'T',
        title: 'Kết quả năm 2026 (đính chính)',
        supersedesId: draft.id,
      }),
    );
    await call(t.app, admin, 'POST', `/api/v1/surveys/publications/${fix.id}/approve`);
    await call(t.app, admin, 'POST', `/api/v1/surveys/publications/${fix.id}/publish`, {
      decisionNumber: '130/QĐ-UBND',
    });
    const list = await json<{ publications: { id: number; supersededById: number | null }[] }>(
      await call(t.app, null, 'GET', '/api/v1/public/index'),
    );
    expect(list.publications.map((p) => [p.id, p.supersededById])).toEqual([
      [fix.id, null],
      [draft.id, fix.id],
    ]);
  });

  it('publishes under the signed decision: number, date, signer and PDF, served to everyone', async () => {
    const draft = await json<{ id: number }>(
      await call(t.app, specialist, 'POST', '/api/v1/surveys/publications', {
        questionnaire: 'KH-UBND-XA',
        period: '2026',
        scopeUnitCode: 'A',
        title: 'Kết quả khảo sát xã An năm 2026',
      }),
    );
    await call(t.app, leader, 'POST', `/api/v1/surveys/publications/${draft.id}/approve`);
    const publish = (body: Record<string, unknown>) =>
      call(t.app, leader, 'POST', `/api/v1/surveys/publications/${draft.id}/publish`, body);
    const pdf = Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n');
    const fieldOf = async (res: Response) =>
      (await json<{ error: { code: string; details: { fields: { field: string }[] } } }>(res)).error;

    // Each refusal names its field and leaves the result unpublished.
    const noNumber = await publish({ decisionDate: '2026-03-01', decisionSigner: 'Chủ tịch Lê Văn Bình' });
    expect(noNumber.status).toBe(400);
    expect((await fieldOf(noNumber)).details.fields.map((f) => f.field)).toContain('decisionNumber');
    const future = await publish({ decisionNumber: '7/QĐ-UBND', decisionDate: '2026-03-03' });
    expect((await fieldOf(future)).details.fields[0]!.field).toBe('decisionDate');
    const notPdf = await publish({
      decisionNumber: '7/QĐ-UBND',
      decisionFile: { name: 'qd.pdf', base64: Buffer.from('<html>').toString('base64') },
    });
    expect(notPdf.status).toBe(400);
    expect((await fieldOf(notPdf)).details.fields[0]!.field).toBe('decisionFile');
    const tooBig = Buffer.concat([pdf, Buffer.alloc(10 * 1024 * 1024)]).toString('base64');
    const big = await publish({
      decisionNumber: '7/QĐ-UBND',
      decisionFile: { name: 'qd.pdf', base64: tooBig },
    });
    expect((await fieldOf(big)).details.fields[0]!.field).toBe('decisionFile');
    expect((await call(t.app, null, 'GET', `/api/v1/public/index/${draft.id}`)).status).toBe(404);

    const published = await json<Record<string, unknown>>(
      await publish({
        decisionNumber: '7/QĐ-UBND',
        decisionDate: '2026-03-01',
        decisionSigner: 'Chủ tịch Lê Văn Bình',
        decisionFile: { name: 'Quyết định 7-QĐ-UBND.pdf', base64: pdf.toString('base64') },
      }),
    );
    expect(published).toMatchObject({
      status: 'published',
      decisionNumber: '7/QĐ-UBND',
      decisionDate: '2026-03-01',
      decisionSigner: 'Chủ tịch Lê Văn Bình',
      decisionFileUrl: `/api/v1/public/index/${draft.id}/decision.pdf`,
    });
    const list = await json<{ publications: { id: number; decisionFileUrl: string | null }[] }>(
      await call(t.app, null, 'GET', '/api/v1/public/index'),
    );
    expect(list.publications.find((p) => p.id === draft.id)?.decisionFileUrl).toBe(published.decisionFileUrl);
    const file = await call(t.app, null, 'GET', published.decisionFileUrl as string);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await file.arrayBuffer()).equals(pdf)).toBe(true);
    // A result published without a file has none to serve.
    const other = list.publications.find((p) => p.id !== draft.id && p.decisionFileUrl === null)!;
    expect((await call(t.app, null, 'GET', `/api/v1/public/index/${other.id}/decision.pdf`)).status).toBe(
      404,
    );
  });
});

describe('files', () => {
  it('exports the results table as XLSX, a QR poster as PDF, and published open data as CSV', async () => {
    const xlsx = await call(
      t.app,
      admin,
      'GET',
      '/api/v1/surveys/index.xlsx?questionnaire=KH-UBND-XA&period=2026',
    );
    expect(xlsx.headers.get('content-type')).toContain('spreadsheetml');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await xlsx.arrayBuffer());
    const sheet = book.worksheets[0]!;
    const units = sheet.getColumn(3).values.map(String);
    expect(units).toEqual(expect.arrayContaining(['A', 'B']));

    const poster = await call(t.app, officerA, 'GET', '/api/v1/surveys/posters/A');
    expect(poster.headers.get('content-type')).toBe('application/pdf');
    const text = (await readPdf(new Uint8Array(await poster.arrayBuffer()))).map((p) => p.text).join('\n');
    expect(text).toContain('UBND xã An');
    expect(text).toContain('/khao-sat/A');

    const list = await json<{ publications: { id: number }[] }>(
      await call(t.app, null, 'GET', '/api/v1/public/index'),
    );
    const csv = await call(t.app, null, 'GET', `/api/v1/public/index/${list.publications[0]!.id}/data.csv`);
    const rows = parseCsv(new TextDecoder().decode(await csv.arrayBuffer()).replace(/^\uFEFF/, ''));
    expect(rows[0]!.fields.slice(0, 3)).toEqual(['questionnaire', 'period', 'unit_code']);
    expect(rows.some((r) => r.fields[2] === 'A' && r.fields[6] === 'overall')).toBe(true);
  });
});

async function indexOf(unit: string) {
  const body = await json<{ units: { unit: string; responses: number }[] }>(
    await call(
      t.app,
      admin,
      'GET',
      `/api/v1/surveys/index?questionnaire=KH-UBND-XA&period=2026&unit=${unit}`,
    ),
  );
  return body.units[0]!;
}
