import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { call, createTestApp, login, type Session } from '../../../test/app.ts';
import { buildUnit, buildUser, TEST_PASSWORD } from '../../../test/factories.ts';
import { KH_UBND_XA } from '../../../test/survey-factories.ts';
import { systemActor } from '../../access/actor.ts';
import { docxTables, readDocx } from '../../documents/testing/docx-reader.ts';
import { readPdf } from '../../documents/testing/pdf-reader.ts';
import { setTarget } from '../surveys/index/targets.service.ts';
import {
  approvePublication,
  createPublication,
  publishPublication,
} from '../surveys/publications/publications.service.ts';
import { importQuestionnaire } from '../surveys/questionnaires/questionnaires.service.ts';
import { importResponsesFile } from '../surveys/responses/responses-import.service.ts';

/**
 * The plan loop over HTTP: a published index → a plan drafted from its weak criteria → edited →
 * issued by a numbered decision → progress with evidence → reminders → the province overview →
 * the next wave's index beside the plan. Data: commune A is weak on "Tiếp cận dịch vụ" (60 %) and
 * "Điều kiện tiếp đón, phục vụ" (50 %) in 2025 against an 80 % target, and improves in early 2026.
 */
const t = await createTestApp();
const system = systemActor('test');
let admin: Session;
let leaderA: Session;
let specialistA: Session;
let officerA: Session;
let publicationId = 0;
let planId = 0;

const json = async <T = Record<string, unknown>>(res: Response) => (await res.json()) as T;

interface Q {
  code: string;
  options: { value: number; score: number | null }[];
}
const QUESTIONNAIRE = JSON.parse(KH_UBND_XA) as { criteria: { code: string; questions: Q[] }[] };
const QUESTIONS = QUESTIONNAIRE.criteria.flatMap((c) =>
  c.questions.map((q) => ({ ...q, criterion: c.code })),
);

/**
 * `n` responses of a unit where each question of criterion K is answered positively by exactly
 * `rates[K]` of them (n a multiple of 20): response i is positive on question q when
 * (7i + 3q) mod 20 < 20·rate, and 7i mod 20 runs through every residue.
 */
function responses(unit: string, n: number, day: string, rates: Record<string, number>): string[] {
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    const answers = QUESTIONS.map((q, qi) => {
      const positive = (7 * i + 3 * qi) % 20 < Math.round(20 * (rates[q.criterion] ?? 0.9));
      const option = q.options.find((o) => o.score === (positive ? 1 : 0))!;
      return option.value;
    });
    const minute = String(i % 60).padStart(2, '0');
    lines.push([unit, `${day}T08:${minute}`, ...answers].join(','));
  }
  return lines;
}

async function importCsv(lines: string[], name: string) {
  const header = ['unit_code', 'submitted_at', ...QUESTIONS.map((q) => q.code)].join(',');
  await importResponsesFile(t.ctx, system, new TextEncoder().encode(`${header}\n${lines.join('\n')}\n`), {
    questionnaire: 'KH-UBND-XA',
    fileName: name,
  });
}

interface Task {
  id: number;
  position: number;
  criterionCode: string | null;
  task: string;
  dueLabel: string;
  status: string;
  progress: number;
  reminder: { kind: string; message: string } | null;
  updates: {
    id: number;
    progress: number | null;
    comment: string;
    link: string | null;
    file: { name: string; size: number } | null;
  }[];
}
interface Plan {
  id: number;
  status: string;
  window: string;
  publicationId: number | null;
  documentId: number | null;
  taskList: Task[];
  tasks: { total: number; done: number; overdue: number; averageProgress: number | null };
}

beforeAll(async () => {
  t.setNow(new Date('2026-03-02T10:00:00+07:00'));
  await buildUnit(t.ctx, { code: 'T', name: 'Tỉnh Thử', type: 'province' });
  await buildUnit(t.ctx, { code: 'A', name: 'UBND xã An', parentCode: 'T', peerGroup: 'commune' });
  await buildUnit(t.ctx, { code: 'B', name: 'UBND xã Bình', parentCode: 'T', peerGroup: 'commune' });
  await buildUser(t.ctx, { unitCode: 'T', username: 'admin.t' });
  await buildUser(t.ctx, { unitCode: 'A', role: 'leader', username: 'leader.a' });
  await buildUser(t.ctx, { unitCode: 'A', role: 'specialist', username: 'specialist.a' });
  await buildUser(t.ctx, { unitCode: 'A', role: 'officer', username: 'officer.a' });
  admin = await login(t.app, 'admin.t', TEST_PASSWORD);
  leaderA = await login(t.app, 'leader.a', TEST_PASSWORD);
  specialistA = await login(t.app, 'specialist.a', TEST_PASSWORD);
  officerA = await login(t.app, 'officer.a', TEST_PASSWORD);

  await importQuestionnaire(t.ctx, system, KH_UBND_XA);
  await importCsv(
    [
      ...responses('A', 40, '2025-06-10', { C1: 0.6, C2: 0.5, C3: 0.9, C4: 0.9, C5: 0.9, C6: 0.85 }),
      ...responses('B', 40, '2025-06-11', { C1: 0.85, C2: 0.85, C3: 0.85, C4: 0.85, C5: 0.85, C6: 0.85 }),
    ],
    'khao-sat-2025.csv',
  );
  await importCsv(responses('A', 60, '2026-01-20', { C1: 0.65, C2: 0.85 }), 'khao-sat-2026.csv');
  await setTarget(t.ctx, system, {
    questionnaire: 'KH-UBND-XA',
    period: '2025',
    peerGroup: 'commune',
    criterion: '*',
    value: 80,
  });
  const draft = await createPublication(t.ctx, system, {
    questionnaire: 'KH-UBND-XA',
    period: '2025',
    scopeUnitCode: 'T',
    title: 'Kết quả Chỉ số hài lòng đối với UBND cấp xã tỉnh Thử năm 2025',
  });
  await approvePublication(t.ctx, system, draft.id);
  await publishPublication(t.ctx, system, draft.id, { decisionNumber: '12/QĐ-UBND' });
  publicationId = draft.id;
});

describe('measures library', () => {
  it('ships measures for every criterion, loaded on first use, with who does it and the evidence', async () => {
    const res = await call(t.app, officerA, 'GET', '/api/v1/plans/measures?questionnaire=KH-UBND-XA');
    expect(res.status).toBe(200);
    const { measures } = await json<{
      measures: { criterion: string; task: string; responsible: string; product: string }[];
    }>(res);
    expect(new Set(measures.map((m) => m.criterion))).toEqual(new Set(['C1', 'C2', 'C3', 'C4', 'C5', 'C6']));
    const c2 = measures.filter((m) => m.criterion === 'C2').map((m) => m.task);
    expect(c2.join(' ')).toMatch(/ghế ngồi chờ, quạt \(điều hòa\) và nước uống/);
    expect(c2.join(' ')).toMatch(/đường dốc/);
    expect(c2.join(' ')).toMatch(/nộp hồ sơ trực tuyến/);
    for (const m of measures) expect(m.responsible.length).toBeGreaterThan(3);
  });

  it('is edited only at the top of the tree', async () => {
    const body = {
      questionnaire: 'KH-UBND-XA',
      criterion: 'C2',
      task: 'Lắp màn hình gọi số',
      responsible: 'Văn phòng',
    };
    expect((await call(t.app, leaderA, 'POST', '/api/v1/plans/measures', body)).status).toBe(403);
    const created = await call(t.app, admin, 'POST', '/api/v1/plans/measures', body);
    expect(created.status).toBe(201);
    const { id } = await json<{ id: number }>(created);
    const retired = await call(t.app, admin, 'PATCH', `/api/v1/plans/measures/${id}`, { active: false });
    expect(await json(retired)).toMatchObject({ active: false });
    const bad = await call(t.app, admin, 'POST', '/api/v1/plans/measures', { ...body, criterion: 'C9' });
    expect(bad.status).toBe(400);
  });
});

describe('drafting a plan from the published index', () => {
  it('proposes the library measures for the criteria under target, from the published snapshot', async () => {
    const res = await call(
      t.app,
      specialistA,
      'GET',
      '/api/v1/plans/proposal?unitCode=A&questionnaire=KH-UBND-XA&period=2025',
    );
    expect(res.status).toBe(200);
    const body = await json<{
      source: { kind: string; id: number; decisionNumber: string };
      window: string;
      criteria: { code: string; index: number; target: number; achievement: string; proposed: unknown[] }[];
    }>(res);
    expect(body.source).toMatchObject({
      kind: 'publication',
      id: publicationId,
      decisionNumber: '12/QĐ-UBND',
    });
    expect(body.window).toBe('2026');
    const byCode = Object.fromEntries(body.criteria.map((c) => [c.code, c]));
    expect(byCode.C1).toMatchObject({ target: 80, achievement: 'chua_dat' });
    expect(byCode.C1!.index).toBeCloseTo(60, 6);
    expect(byCode.C2!.index).toBeCloseTo(50, 6);
    expect(byCode.C2!.proposed.length).toBeGreaterThanOrEqual(3);
    expect(byCode.C3).toMatchObject({ achievement: 'vuot', proposed: [] });
  });

  it('saves a draft plan with the proposed rows; a desk officer may not', async () => {
    const body = { unitCode: 'A', questionnaire: 'KH-UBND-XA', period: '2025' };
    expect((await call(t.app, officerA, 'POST', '/api/v1/plans', body)).status).toBe(403);
    const res = await call(t.app, specialistA, 'POST', '/api/v1/plans', body);
    expect(res.status).toBe(201);
    const plan = await json<Plan>(res);
    planId = plan.id;
    expect(plan).toMatchObject({ status: 'draft', window: '2026', publicationId });
    expect(new Set(plan.taskList.map((x) => x.criterionCode))).toEqual(new Set(['C1', 'C2']));
    expect(plan.taskList.map((x) => x.position)).toEqual(plan.taskList.map((_, i) => i + 1));
    expect(plan.taskList.map((x) => x.dueLabel)).toContain('Thường xuyên');
  });

  it('edits rows: a date, a free-text time, a new row, a removed row; refuses an unknown criterion', async () => {
    const plan = await json<Plan>(await call(t.app, specialistA, 'GET', `/api/v1/plans/${planId}`));
    const [first, second] = plan.taskList;
    const edited = await json<Plan>(
      await call(t.app, specialistA, 'PATCH', `/api/v1/plans/${planId}/tasks/${first!.id}`, {
        due: { kind: 'date', date: '2026-02-15' },
        responsible: 'Công chức Văn phòng - Thống kê',
      }),
    );
    expect(edited.taskList[0]).toMatchObject({
      dueLabel: '15/02/2026',
      responsible: 'Công chức Văn phòng - Thống kê',
    });
    const added = await json<Plan>(
      await call(t.app, specialistA, 'POST', `/api/v1/plans/${planId}/tasks`, {
        criterionCode: 'C6',
        task: 'Báo cáo kết quả xử lý phản ánh, kiến nghị',
        due: { kind: 'recurring', recurrence: 'hang_thang' },
        responsible: 'Văn phòng',
        product: 'Báo cáo tháng',
        position: 2,
      }),
    );
    expect(added.taskList[1]).toMatchObject({
      task: 'Báo cáo kết quả xử lý phản ánh, kiến nghị',
      dueLabel: 'Định kỳ hàng tháng',
    });
    const text = await json<Plan>(
      await call(t.app, specialistA, 'PATCH', `/api/v1/plans/${planId}/tasks/${second!.id}`, {
        due: { kind: 'text', text: 'Trong năm (nếu có)' },
      }),
    );
    expect(text.taskList.find((x) => x.id === second!.id)?.dueLabel).toBe('Trong năm (nếu có)');
    const removed = await json<Plan>(
      await call(t.app, specialistA, 'DELETE', `/api/v1/plans/${planId}/tasks/${text.taskList.at(-1)!.id}`),
    );
    expect(removed.taskList).toHaveLength(text.taskList.length - 1);
    expect(removed.taskList.map((x) => x.position)).toEqual(removed.taskList.map((_, i) => i + 1));
    const bad = await call(t.app, specialistA, 'POST', `/api/v1/plans/${planId}/tasks`, {
      criterionCode: 'Z9',
      task: 'x',
      due: { kind: 'text', text: 'Tháng 01' },
      responsible: 'x',
    });
    expect(bad.status).toBe(400);
  });
});

describe('issuing with a number from the register', () => {
  let planDocument = 0;

  it('needs the signer’s name, then issues the plan decision as Số 01/QĐ-UBND and marks the plan issued', async () => {
    const request = { kind: 'decision_plan', source: { planId } };
    const unsigned = await call(t.app, leaderA, 'POST', '/api/v1/documents', request);
    expect(unsigned.status).toBe(400);
    const res = await call(t.app, leaderA, 'POST', '/api/v1/documents', {
      ...request,
      text: { signature: { name: 'Trần Văn An' } },
    });
    expect(res.status).toBe(201);
    const doc = await json<{
      id: number;
      number: number;
      numberLine: string;
      issuedOn: string;
      year: number;
    }>(res);
    expect(doc).toMatchObject({
      number: 1,
      numberLine: 'Số: 01/QĐ-UBND',
      issuedOn: '2026-03-02',
      year: 2026,
    });
    planDocument = doc.id;
    const plan = await json<Plan>(await call(t.app, leaderA, 'GET', `/api/v1/plans/${planId}`));
    expect(plan).toMatchObject({ status: 'issued', documentId: doc.id });
    const again = await call(t.app, leaderA, 'POST', '/api/v1/documents', {
      ...request,
      text: { signature: { name: 'Trần Văn An' } },
    });
    expect(again.status).toBe(409);
    expect((await json<{ error: { code: string } }>(again)).error.code).toBe('PLAN_STATE');
    const edit = await call(t.app, specialistA, 'PATCH', `/api/v1/plans/${planId}`, { title: 'Đổi tên' });
    expect(edit.status).toBe(409);
  });

  it('gives the next letter of the same unit number 02; another unit’s register starts at 01', async () => {
    const letter = await call(t.app, leaderA, 'POST', '/api/v1/documents', {
      kind: 'letter',
      source: { unitCode: 'A', questionnaire: 'KH-UBND-XA', period: '2025' },
      text: { signature: { name: 'Trần Văn An' } },
    });
    expect(await json(letter)).toMatchObject({ number: 2, numberLine: 'Số: 02/UBND-VP', kind: 'letter' });
    const decision = await call(t.app, admin, 'POST', '/api/v1/documents', {
      kind: 'decision_index',
      source: { publicationId },
      text: { signature: { name: 'Lê Văn Tỉnh' } },
    });
    expect(await json(decision)).toMatchObject({ number: 1, unitCode: 'T', numberLine: 'Số: 01/QĐ-UBND' });
    const list = await json<{ documents: { number: number; unitCode: string }[] }>(
      await call(t.app, leaderA, 'GET', '/api/v1/documents?unitCode=A'),
    );
    expect(list.documents.map((d) => d.number).sort()).toEqual([1, 2]);
  });

  it('serves the issued plan as DOCX and PDF with the six-column annex', async () => {
    const docx = await readDocx(
      new Uint8Array(
        await (await call(t.app, officerA, 'GET', `/api/v1/documents/${planDocument}/docx`)).arrayBuffer(),
      ),
    );
    expect(docx.paragraphs).toContain('Số: 01/QĐ-UBND');
    expect(docx.paragraphs.some((p) => p.startsWith('An, ngày 02 tháng 3 năm 2026'))).toBe(true);
    const annex = docxTables(docx.documentXml).find((x) => x.xml.includes('<w:tblHeader/>'))!;
    expect(annex.rows[0]).toEqual([
      'TT',
      'Nhiệm vụ',
      'Thời gian hoàn thành',
      'Trách nhiệm thực hiện',
      'Sản phẩm/hoạt động',
      'Đơn vị phối hợp',
    ]);
    expect(annex.rows[1]).toEqual(
      expect.arrayContaining(['01', '15/02/2026', 'Công chức Văn phòng - Thống kê']),
    );
    expect(annex.rows.map((r) => r[2])).toContain('Định kỳ hàng tháng');
    const pdf = await readPdf(
      new Uint8Array(
        await (await call(t.app, officerA, 'GET', `/api/v1/documents/${planDocument}/pdf`)).arrayBuffer(),
      ),
    );
    const text = pdf
      .map((p) => p.text)
      .join(' ')
      .replace(/\s+/g, ' ');
    expect(text).toContain('Số: 01/QĐ-UBND');
    for (const title of [
      'Nhiệm vụ',
      'Thời gian hoàn thành',
      'Trách nhiệm thực hiện',
      'Sản phẩm/hoạt động',
      'Đơn vị phối hợp',
    ])
      expect(text).toContain(title);
    expect(text).toContain('Định kỳ hàng tháng');
  });
});

describe('carrying out the plan', () => {
  let tasks: Task[] = [];
  beforeAll(async () => {
    tasks = (await json<Plan>(await call(t.app, leaderA, 'GET', `/api/v1/plans/${planId}`))).taskList;
  });

  it('records % and status with a comment and a link; 100 % means done', async () => {
    const task = tasks[2]!;
    const res = await call(t.app, specialistA, 'POST', `/api/v1/plans/${planId}/tasks/${task.id}/updates`, {
      progress: 40,
      comment: 'Đã niêm yết lại 12 thủ tục',
      link: 'https://xaan.example.gov.vn/thu-tuc',
    });
    expect(res.status).toBe(201);
    expect(await json(res)).toMatchObject({ progress: 40, status: 'dang_thuc_hien' });
    const done = await json<Task>(
      await call(t.app, specialistA, 'POST', `/api/v1/plans/${planId}/tasks/${task.id}/updates`, {
        progress: 100,
      }),
    );
    expect(done).toMatchObject({ progress: 100, status: 'hoan_thanh' });
    expect(done.updates.map((u) => u.comment)).toEqual(['Đã niêm yết lại 12 thủ tục', '']);
    expect(done.updates[0]!.link).toBe('https://xaan.example.gov.vn/thu-tuc');
    const contradiction = await call(
      t.app,
      specialistA,
      'POST',
      `/api/v1/plans/${planId}/tasks/${task.id}/updates`,
      {
        status: 'hoan_thanh',
        progress: 60,
      },
    );
    expect(contradiction.status).toBe(400);
  });

  it('keeps an evidence photo up to 10 MB and gives it back; refuses a larger file or another type', async () => {
    const task = tasks[3]!;
    const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
    const res = await call(t.app, specialistA, 'POST', `/api/v1/plans/${planId}/tasks/${task.id}/updates`, {
      comment: 'Ảnh ghế chờ mới',
      file: { name: 'ghế chờ.png', mime: 'image/png', base64: png.toString('base64') },
    });
    expect(res.status).toBe(201);
    const updated = await json<Task>(res);
    const update = updated.updates.at(-1)!;
    expect(update.file).toMatchObject({ name: 'ghế chờ.png', size: png.length });
    const file = await call(
      t.app,
      officerA,
      'GET',
      `/api/v1/plans/${planId}/tasks/${task.id}/updates/${update.id}/file`,
    );
    expect(file.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await file.arrayBuffer()).equals(png)).toBe(true);

    const big = Buffer.alloc(10 * 1024 * 1024 + 1, 1).toString('base64');
    const tooBig = await call(
      t.app,
      specialistA,
      'POST',
      `/api/v1/plans/${planId}/tasks/${task.id}/updates`,
      {
        file: { name: 'lon.pdf', mime: 'application/pdf', base64: big },
      },
    );
    expect(tooBig.status).toBe(413);
    const exe = await call(t.app, specialistA, 'POST', `/api/v1/plans/${planId}/tasks/${task.id}/updates`, {
      file: { name: 'x.exe', mime: 'application/x-msdownload', base64: 'AAAA' },
    });
    expect(exe.status).toBe(400);
  });

  it('types evidence by its bytes, not by the declared type: a disguised file is refused, a real one is served as what it is', async () => {
    const task = tasks[3]!;
    const url = `/api/v1/plans/${planId}/tasks/${task.id}/updates`;
    const send = (name: string, mime: string, bytes: Uint8Array | string) =>
      call(t.app, specialistA, 'POST', url, {
        comment: `Minh chứng ${name}`,
        file: { name, mime, base64: Buffer.from(bytes).toString('base64') },
      });
    // An HTML page with a script, and a PDF, both declared as a PNG picture.
    for (const [bytes, found] of [
      ['<html><body><script>alert(document.cookie)</script></body></html>', 'văn bản thuần'],
      ['%PDF-1.4\n1 0 obj\n<<>>\nendobj\n', 'PDF'],
    ] as const) {
      const res = await send('anh.png', 'image/png', bytes);
      expect(res.status).toBe(400);
      const body = await json<{ error: { code: string; message: string; details: Record<string, unknown> } }>(
        res,
      );
      expect(body.error.code).toBe('EVIDENCE_TYPE_MISMATCH');
      expect(body.error.message).toBe(
        `Tệp "anh.png" khai báo là ảnh PNG nhưng nội dung là ${found}. Hãy chọn đúng tệp.`,
      );
      expect(body.error.details).toMatchObject({ declared: 'image/png', fields: [{ field: 'file' }] });
    }
    // Random bytes that are no known type, declared as a PDF.
    const junk = await send(
      'bao-cao.pdf',
      'application/pdf',
      new Uint8Array([0, 1, 2, 3, 250, 251, 252, 253]),
    );
    expect(junk.status).toBe(400);
    expect((await json<{ error: { code: string } }>(junk)).error.code).toBe('EVIDENCE_TYPE_MISMATCH');

    // A real workbook and a text note are taken and come back as attachments of the type their bytes show.
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Tiến độ').addRow(['Nhiệm vụ', 'Tỷ lệ']);
    const xlsx = new Uint8Array(await wb.xlsx.writeBuffer());
    const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
    for (const [name, mime, bytes] of [
      ['tiến độ.xlsx', xlsxType, xlsx],
      ['ghi chú.txt', 'text/plain', new TextEncoder().encode('Đã niêm yết lại 12 thủ tục.\n')],
    ] as const) {
      const res = await send(name, mime, bytes);
      expect(res.status).toBe(201);
      const update = (await json<Task>(res)).updates.at(-1)!;
      const file = await call(t.app, officerA, 'GET', `${url}/${update.id}/file`);
      expect(file.status).toBe(200);
      expect(file.headers.get('content-type')).toBe(mime);
      expect(file.headers.get('content-disposition')).toMatch(/^attachment; /);
      expect(file.headers.get('x-content-type-options')).toBe('nosniff');
      expect(new Uint8Array(await file.arrayBuffer())).toEqual(bytes);
    }
  });

  it('lists reminders: the row due 15/02 is overdue, the monthly report of March is missing; nothing is queued', async () => {
    const res = await json<{
      today: string;
      queued: number;
      reminders: {
        taskId: number;
        kind: string;
        daysLate: number | null;
        periodLabel: string | null;
        message: string;
      }[];
    }>(await call(t.app, leaderA, 'GET', '/api/v1/plans/reminders?unitCode=A'));
    expect(res.today).toBe('2026-03-02');
    expect(res.queued).toBe(0);
    expect(res.reminders.find((r) => r.taskId === tasks[0]!.id)).toMatchObject({
      kind: 'overdue',
      daysLate: 15,
      message: 'Quá hạn 15 ngày (hạn 15/02/2026)',
    });
    expect(res.reminders.find((r) => r.taskId === tasks[1]!.id)).toMatchObject({
      kind: 'recurring',
      periodLabel: 'tháng 3/2026',
    });
    expect(res.reminders.some((r) => r.taskId === tasks[2]!.id)).toBe(false);
  });

  it('shows every plan of the province with its progress, and refuses a commune another commune’s view', async () => {
    const res = await json<{
      plans: { id: number; unitCode: string; status: string; tasks: { done: number; overdue: number } }[];
      totals: { plans: number; issued: number; tasks: { total: number; done: number; overdue: number } };
    }>(await call(t.app, admin, 'GET', '/api/v1/plans/overview?unitCode=T'));
    expect(res.totals).toMatchObject({ plans: 1, issued: 1 });
    expect(res.plans[0]).toMatchObject({
      id: planId,
      unitCode: 'A',
      status: 'issued',
      tasks: { done: 1, overdue: 1 },
    });
    expect(res.totals.tasks.total).toBe(tasks.length);
    expect((await call(t.app, leaderA, 'GET', '/api/v1/plans/overview?unitCode=B')).status).toBe(403);
    expect((await call(t.app, leaderA, 'GET', '/api/v1/plans?unitCode=A')).status).toBe(200);
  });

  it('puts the next wave’s index beside the plan’s criteria, with the significance of the change', async () => {
    const res = await call(t.app, leaderA, 'GET', `/api/v1/plans/${planId}/effect`);
    expect(res.status).toBe(200);
    const effect = await json<{
      period: string;
      nextPeriod: string;
      rows: {
        criterion: string | null;
        inPlan: boolean;
        before: number;
        after: number;
        delta: number;
        p: number;
        significant: boolean;
        verdict: string;
      }[];
    }>(res);
    expect(effect).toMatchObject({ period: '2025', nextPeriod: '2026' });
    const c2 = effect.rows.find((r) => r.criterion === 'C2')!;
    expect(c2.inPlan).toBe(true);
    expect(c2.before).toBeCloseTo(50, 6);
    expect(c2.after).toBeCloseTo(85, 6);
    expect(c2.delta).toBeCloseTo(35, 6);
    expect(c2.p).toBeLessThan(0.05);
    expect(c2).toMatchObject({ significant: true, verdict: 'tăng có ý nghĩa thống kê' });
    const c1 = effect.rows.find((r) => r.criterion === 'C1')!;
    expect(c1.delta).toBeCloseTo(5, 6);
    expect(c1.significant).toBe(false);
    expect(effect.rows.find((r) => r.criterion === 'C3')!.inPlan).toBe(false);
  });

  it('closes the plan; progress stops', async () => {
    expect((await call(t.app, leaderA, 'POST', `/api/v1/plans/${planId}/close`)).status).toBe(200);
    const res = await call(
      t.app,
      specialistA,
      'POST',
      `/api/v1/plans/${planId}/tasks/${tasks[0]!.id}/updates`,
      {
        progress: 10,
      },
    );
    expect(res.status).toBe(409);
  });
});

describe('drafts: editable text, fixed figures', () => {
  it('applies the officer’s paragraphs but keeps the figures; an unknown slot is named', async () => {
    const source = { unitCode: 'A', questionnaire: 'KH-UBND-XA', period: '2025' };
    const res = await call(t.app, specialistA, 'POST', '/api/v1/documents/draft', {
      kind: 'letter',
      source,
      text: { paragraphs: { 'criterion.C2': ['Giao Văn phòng mua thêm 10 ghế chờ trong tháng 4.'] } },
    });
    expect(res.status).toBe(200);
    const draft = await json<{ slots: string[]; document: { body: { text: unknown }[] } }>(res);
    expect(draft.slots).toContain('criterion.C2');
    const body = JSON.stringify(draft.document.body);
    expect(body).toContain('Giao Văn phòng mua thêm 10 ghế chờ trong tháng 4.');
    expect(body).toContain('Trong năm 2025, UBND xã An đạt 50,00%, chưa đạt chỉ tiêu giao (80,00%).');
    expect(body).toContain('Căn cứ Quyết định số 12/QĐ-UBND');
    const bad = await call(t.app, specialistA, 'POST', '/api/v1/documents/draft', {
      kind: 'letter',
      source,
      text: { paragraphs: { 'criterion.C2.figures': ['99,99%'] } },
    });
    expect(bad.status).toBe(400);
    expect((await json<{ error: { message: string } }>(bad)).error.message).toContain('criterion.C2.figures');
  });

  it('previews the index decision with the ranking annex in PDF', async () => {
    const res = await call(t.app, admin, 'POST', '/api/v1/documents/preview/pdf', {
      kind: 'decision_index',
      source: { publicationId },
    });
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const text = (await readPdf(new Uint8Array(await res.arrayBuffer()))).map((p) => p.text).join('\n');
    expect(text).toContain('QUYẾT ĐỊNH');
    expect(text).toContain('PHỤ LỤC');
    expect(text).toContain('UBND xã Bình');
    expect(text).toContain('85,00');
    expect(text).toContain('77,50');
  });
});

describe('periodic reports', () => {
  it('assembles a quarter of a commune: its index, dossiers, feedback and plan progress', async () => {
    const res = await call(t.app, leaderA, 'GET', '/api/v1/reports/periodic?unitCode=A&period=2026-Q1');
    expect(res.status).toBe(200);
    const report = await json<{
      period: { title: string; months: string[] };
      surveys: { period: string; units: { code: string; overall: number }[] }[];
      dossiers: { months: { month: string }[] };
      feedback: { received: number } | null;
      plans: { totals: { plans: number } };
    }>(res);
    expect(report.period.title).toBe('quý I năm 2026');
    expect(report.surveys.map((s) => s.period)).toEqual(['2026-Q1']);
    expect(report.surveys[0]!.units.map((u) => u.code)).toEqual(['A']);
    expect(report.dossiers.months.map((m) => m.month)).toEqual(['2026-01', '2026-02', '2026-03']);
    expect(report.feedback).toMatchObject({ received: 0 });
    expect(report.plans.totals.plans).toBe(1);
  });

  it('gives the province’s 2025 report as DOCX and XLSX', async () => {
    const docx = await readDocx(
      new Uint8Array(
        await (
          await call(t.app, admin, 'GET', '/api/v1/reports/periodic/docx?unitCode=T&period=2025')
        ).arrayBuffer(),
      ),
    );
    expect(docx.paragraphs).toContain('BÁO CÁO');
    expect(docx.paragraphs).toContain('I. KẾT QUẢ KHẢO SÁT SỰ HÀI LÒNG');
    expect(docx.stylesXml).toContain('Times New Roman');
    const table = docxTables(docx.documentXml).find((x) => x.rows[0]?.includes('Chỉ số chung (%)'))!;
    expect(table.rows.slice(1).map((r) => [r[1], r[3]])).toEqual([
      ['UBND xã Bình', '85,00'],
      ['UBND xã An', '77,50'],
    ]);
    const xlsx = await call(t.app, admin, 'GET', '/api/v1/reports/periodic/xlsx?unitCode=T&period=2025-H2');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await xlsx.arrayBuffer()) as unknown as ExcelJS.Buffer);
    expect(book.worksheets.map((w) => w.name)).toEqual(['Hồ sơ một cửa', 'Phản ánh kiến nghị', 'Kế hoạch']);
    const bad = await call(t.app, admin, 'GET', '/api/v1/reports/periodic?unitCode=T&period=2025-H3');
    expect(bad.status).toBe(400);
    expect((await json<{ error: { code: string } }>(bad)).error.code).toBe('PERIOD_INVALID');
  });
});

describe('figures tied to the published snapshot', () => {
  it('keeps the published figures in the letter after late responses change the computed index', async () => {
    await importCsv(
      responses('A', 20, '2025-12-20', { C1: 1, C2: 1, C3: 1, C4: 1, C5: 1, C6: 1 }),
      'muon-2025.csv',
    );
    const computed = await json<{ units: { criteria: { code: string; index: number }[] }[] }>(
      await call(
        t.app,
        specialistA,
        'GET',
        '/api/v1/surveys/index?questionnaire=KH-UBND-XA&period=2025&unit=A',
      ),
    );
    // (20 + 20) of 60 respondents now answer "Điều kiện tiếp đón, phục vụ" positively.
    expect(computed.units[0]!.criteria.find((c) => c.code === 'C2')!.index).toBeCloseTo(200 / 3, 6);
    const live = await json<{ criteria: { code: string; index: number }[]; source: { kind: string } }>(
      await call(
        t.app,
        specialistA,
        'GET',
        `/api/v1/plans/proposal?unitCode=A&questionnaire=KH-UBND-XA&period=2025`,
      ),
    );
    expect(live.source.kind).toBe('publication');
    expect(live.criteria.find((c) => c.code === 'C2')!.index).toBeCloseTo(50, 6);
    const draft = await json<{ document: { body: unknown[] } }>(
      await call(t.app, specialistA, 'POST', '/api/v1/documents/draft', {
        kind: 'letter',
        source: { unitCode: 'A', questionnaire: 'KH-UBND-XA', period: '2025' },
      }),
    );
    expect(JSON.stringify(draft.document.body)).toContain(
      'UBND xã An đạt 50,00%, chưa đạt chỉ tiêu giao (80,00%).',
    );
  });
});
