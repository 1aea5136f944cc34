import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, login, type Session } from '../../../../test/app.ts';
import { buildTwoUnitTree } from '../../../../test/factories.ts';
import { buildSurveyOf } from '../../../../test/survey-factories.ts';
import { DOCX_MIME, PDF_MIME } from '../../../documents/index.ts';
import { readDocx } from '../../../documents/testing/docx-reader.ts';
import { readPdf } from '../../../documents/testing/pdf-reader.ts';

/** GET /surveys/waves/{code}/paper and /questionnaires/{ref}/paper: the printed questionnaire. */
const t = await createTestApp();
let adminA: Session;

beforeAll(async () => {
  const tree = await buildTwoUnitTree(t.ctx);
  await buildSurveyOf(t.ctx, 'A');
  await buildSurveyOf(t.ctx, 'B');
  adminA = await login(t.app, tree.adminA.username, tree.adminA.password);
});

const get = (path: string, session: Session | null = adminA) =>
  t.app.request(`/api/v1${path}`, { headers: session?.headers ?? {} });
const textOf = async (res: Response) =>
  (await readPdf(new Uint8Array(await res.arrayBuffer()))).map((p) => `${p.topMargin}\n${p.text}`).join('\n');

describe('the printed questionnaire of a wave', () => {
  it('prints the wave, its questionnaire version and the chosen unit of the wave as an A4 PDF', async () => {
    const res = await get('/surveys/waves/W-A/paper?unitCode=A');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(PDF_MIME);
    expect(res.headers.get('content-disposition')).toContain('phieu-khao-sat-KH-UBND-XA-v1-A.pdf');
    const text = await textOf(res);
    expect(text).toContain('Đơn vị được khảo sát: Xã An (mã A)');
    expect(text).toContain('Mã phiếu: KH-UBND-XA, phiên bản 1 · Đợt: W-A');
    expect(text).toContain('Khảo sát A (kỳ');
    expect(text.replace(/\s+/g, ' ')).toMatch(/Nguồn: Công văn .* — tham khảo/);
  });

  it('without a unit leaves the unit line blank; as DOCX when asked', async () => {
    expect(await textOf(await get('/surveys/waves/W-A/paper'))).toContain('Đơn vị được khảo sát: …');
    const docx = await get('/surveys/waves/W-A/paper?format=docx&unitCode=A');
    expect(docx.status).toBe(200);
    expect(docx.headers.get('content-type')).toBe(DOCX_MIME);
    const file = await readDocx(new Uint8Array(await docx.arrayBuffer()));
    expect(file.paragraphs).toContain('Đơn vị được khảo sát: Xã An (mã A)');
  });

  it("refuses another unit's wave, a unit the wave does not have, a bad format and an anonymous caller", async () => {
    expect((await get('/surveys/waves/W-B/paper')).status).toBe(403);
    const foreign = await get('/surveys/waves/W-A/paper?unitCode=B');
    expect(foreign.status).toBe(404);
    expect(((await foreign.json()) as { error: { code: string } }).error.code).toBe('UNIT_NOT_FOUND');
    expect((await get('/surveys/waves/W-NONE/paper')).status).toBe(404);
    expect((await get('/surveys/waves/W-A/paper?format=xlsx')).status).toBe(400);
    expect((await get('/surveys/waves/W-A/paper', null)).status).toBe(401);
  });
});

describe('the printed questionnaire of a template', () => {
  it('prints the latest version with a blank unit line; an unknown template is 404', async () => {
    const res = await get('/questionnaires/KH-UBND-XA/paper');
    expect(res.status).toBe(200);
    const text = await textOf(res);
    expect(text).toContain('PHIẾU KHẢO SÁT Ý KIẾN');
    expect(text).toContain('Đơn vị được khảo sát: …');
    expect(text).toContain('tham khảo');
    expect((await get('/questionnaires/KHONG-CO/paper')).status).toBe(404);
    expect((await get('/questionnaires/KH-UBND-XA/paper', null)).status).toBe(401);
  });
});
