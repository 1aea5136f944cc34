import { beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../src/access/actor.ts';
import { signKioskToken } from '../src/modules/accounts/kiosk-token.ts';
import { handOver, receiveDossier, requestSupplement } from '../src/modules/dossiers/dossiers.service.ts';
import { photoIdsOf } from '../src/modules/feedback/feedback.repo.ts';
import { receiveFeedback } from '../src/modules/feedback/feedback.service.ts';
import { insertComment } from '../src/modules/surveys/comments/comments.repo.ts';
import { findByCode } from '../src/modules/units/units.repo.ts';
import { createTestApp, login, type Session } from './app.ts';
import { buildDossierOf } from './dossier-factories.ts';
import { buildTwoUnitTree, buildUser } from './factories.ts';
import { buildFeedbackOf } from './feedback-factories.ts';
import { buildPlanOf } from './plan-factories.ts';
import { buildSurveyOf } from './survey-factories.ts';

/**
 * Generated from the route table: every API route declares its access (`x-hailong-access` in the
 * OpenAPI document), and every `scoped` route must refuse a user of unit A acting on unit B's data
 * with 403. A new route without an entry below makes this test fail, so none can be forgotten.
 */
const t = await createTestApp();
let adminA: Session;
let userOfB = 0;
let responseOfB = 0;
let publicationOfB = 0;
let dossierOfB = '';
let planOfB = { planId: 0, taskId: 0, updateId: 0, documentId: 0, period: '' };
let feedbackOfB = '';
// The second generated check: unit A's own parents, children that belong to unit B's parents.
let planOfA = { planId: 0, taskId: 0, updateId: 0, documentId: 0, period: '' };
let dossierOfA = '';
let handoverOfB = 0;
let feedbackOfA = '';
let photoOfB = 0;
let commentOfB = 0;

type Foreign = { path: string; body?: unknown; contentType?: string };

/** For each scoped route: a request by A's admin that targets B's data. */
const FOREIGN: Record<string, () => Foreign> = {
  'GET /api/v1/units': () => ({ path: '/api/v1/units?root=B' }),
  'GET /api/v1/units/search': () => ({ path: '/api/v1/units/search?q=x&within=B' }),
  'GET /api/v1/units/{code}': () => ({ path: '/api/v1/units/B' }),
  'GET /api/v1/units/{code}/headings': () => ({ path: '/api/v1/units/B/headings' }),
  'POST /api/v1/units': () => ({
    path: '/api/v1/units',
    body: { code: 'B-NEW', name: 'Mới', type: 'ward', parentCode: 'B' },
  }),
  'PATCH /api/v1/units/{code}': () => ({ path: '/api/v1/units/B', body: { name: 'Đổi tên' } }),
  'POST /api/v1/units/{code}/close': () => ({ path: '/api/v1/units/B/close', body: {} }),
  'POST /api/v1/units/import': () => ({
    path: '/api/v1/units/import',
    body: 'code,name,type,parent_code\nB-CSV,Mới,ward,B\n',
    contentType: 'text/csv',
  }),
  'POST /api/v1/unit-types': () => ({
    path: '/api/v1/unit-types',
    body: { code: 'hamlet', nameVi: 'Thôn', nameEn: 'Hamlet' },
  }),
  'GET /api/v1/users': () => ({ path: '/api/v1/users?unitCode=B' }),
  'POST /api/v1/kiosk/bind': () => ({ path: '/api/v1/kiosk/bind', body: { unitCode: 'B', mode: 'survey' } }),
  'POST /api/v1/kiosk/check': () => ({
    path: '/api/v1/kiosk/check',
    body: {
      token: signKioskToken(t.ctx.secret, {
        unitCode: 'B',
        mode: 'survey',
        boundAt: '2026-12-01T00:00:00.000Z',
        boundBy: 'admin.b',
      }),
    },
  }),
  'POST /api/v1/users': () => ({
    path: '/api/v1/users',
    body: {
      username: 'intruder',
      displayName: 'X',
      password: 'Mat-khau-dai-2025',
      role: 'admin',
      unitCode: 'B',
    },
  }),
  'PATCH /api/v1/users/{id}': () => ({ path: `/api/v1/users/${userOfB}`, body: { role: 'viewer' } }),
  'GET /api/v1/audit': () => ({ path: '/api/v1/audit?unitCode=B' }),
  'GET /api/v1/audit/verify': () => ({ path: '/api/v1/audit/verify' }),
  'GET /api/v1/admin/backup': () => ({ path: '/api/v1/admin/backup' }),
  // Questionnaires are shared: only the top of the tree imports them.
  'POST /api/v1/questionnaires': () => ({ path: '/api/v1/questionnaires', body: { code: 'X' } }),
  'GET /api/v1/surveys/waves': () => ({ path: '/api/v1/surveys/waves?unitCode=B' }),
  'POST /api/v1/surveys/waves': () => ({
    path: '/api/v1/surveys/waves',
    body: {
      code: 'W-NEW',
      title: 'Đợt mới',
      questionnaire: 'KH-UBND-XA',
      period: '2026',
      opensOn: '2026-01-01',
      closesOn: '2026-12-31',
      ownerUnitCode: 'B',
      unitCodes: ['B'],
      targetSample: 50,
    },
  }),
  'GET /api/v1/surveys/waves/{code}/progress': () => ({ path: '/api/v1/surveys/waves/W-B/progress' }),
  'GET /api/v1/surveys/waves/{code}/paper': () => ({ path: '/api/v1/surveys/waves/W-B/paper?unitCode=B' }),
  'GET /api/v1/surveys/form/{unitCode}': () => ({ path: '/api/v1/surveys/form/B' }),
  'POST /api/v1/surveys/responses': () => ({
    path: '/api/v1/surveys/responses',
    body: { unitCode: 'B', channel: 'paper', answers: { 'C1.1': 3 } },
  }),
  'POST /api/v1/surveys/responses/import': () => ({
    path: '/api/v1/surveys/responses/import?questionnaire=KH-UBND-XA',
    body: 'unit_code,submitted_at,C1.1\nB,2026-03-01T08:00,3\n',
    contentType: 'text/csv',
  }),
  'GET /api/v1/surveys/responses': () => ({ path: '/api/v1/surveys/responses?unitCode=B' }),
  'POST /api/v1/surveys/responses/{id}/exclude': () => ({
    path: `/api/v1/surveys/responses/${responseOfB}/exclude`,
    body: { reason: 'Phiếu thử' },
  }),
  'POST /api/v1/surveys/responses/{id}/include': () => ({
    path: `/api/v1/surveys/responses/${responseOfB}/include`,
  }),
  'POST /api/v1/surveys/responses/{id}/release': () => ({
    path: `/api/v1/surveys/responses/${responseOfB}/release`,
  }),
  'GET /api/v1/surveys/comments': () => ({ path: '/api/v1/surveys/comments?unitCode=B' }),
  'PATCH /api/v1/surveys/units/{unitCode}/comments/{id}': () => ({
    path: `/api/v1/surveys/units/B/comments/${commentOfB}`,
    body: { status: 'published' },
  }),
  // The form of address is installation-wide: only the top of the tree sets it.
  'PUT /api/v1/surveys/settings/address-form': () => ({
    path: '/api/v1/surveys/settings/address-form',
    body: { addressForm: 'Anh/Chị' },
  }),
  'POST /api/v1/surveys/responses/held': () => ({
    path: '/api/v1/surveys/responses/held',
    body: {
      action: 'release',
      addressKey: '0123456789abcdef',
      from: '2026-01-01T00:00:00Z',
      to: '2026-12-31T00:00:00Z',
      unitCode: 'B',
    },
  }),
  'GET /api/v1/surveys/index': () => ({
    path: '/api/v1/surveys/index?questionnaire=KH-UBND-XA&period=2026&unit=B',
  }),
  'POST /api/v1/dossiers': () => ({
    path: '/api/v1/dossiers',
    body: {
      unitCode: 'B',
      procedureCode: 'KS-B',
      channel: 'direct',
      applicant: { kind: 'person', name: 'X' },
      contactConsent: false,
      documents: [],
    },
  }),
  'GET /api/v1/dossiers': () => ({ path: '/api/v1/dossiers?unitCode=B' }),
  'GET /api/v1/dossiers/warnings': () => ({ path: '/api/v1/dossiers/warnings?unitCode=B' }),
  'GET /api/v1/dossiers/possible-duplicates': () => ({
    path: '/api/v1/dossiers/possible-duplicates?unitCode=B&procedureCode=KS-B&applicantName=Tr%E1%BA%A7n%20Th%E1%BB%8B%20B%C3%ACnh',
  }),
  'GET /api/v1/dossiers/dashboard': () => ({ path: '/api/v1/dossiers/dashboard?unitCode=B&month=2026-01' }),
  'GET /api/v1/dossiers/violations': () => ({ path: '/api/v1/dossiers/violations?unitCode=B&month=2026-01' }),
  // The catalogue is shared: only the top of the tree imports it.
  'POST /api/v1/procedures/import': () => ({
    path: '/api/v1/procedures/import',
    body: 'code,name,field,level,processing_amount,processing_unit,fees,documents,forms,legal_basis,unit_codes\nB-01,Thủ tục của B,Hộ tịch,toan_trinh,3,working_days,,Tờ khai|original|1,,Luật Hộ tịch 2014,B\n',
    contentType: 'text/csv',
  }),
  'PUT /api/v1/calendar/notices/{year}': () => ({
    path: '/api/v1/calendar/notices/2027',
    body: { year: 2027 },
  }),
  'PUT /api/v1/units/{code}/office-hours': () => ({
    path: '/api/v1/units/B/office-hours',
    body: { open: '07:00', close: '16:30', workWeek: [1, 2, 3, 4, 5] },
  }),
  'GET /api/v1/dossiers/register.xlsx': () => ({
    path: '/api/v1/dossiers/register.xlsx?unitCode=B&month=2026-01',
  }),
  'GET /api/v1/dossiers/guide': () => ({ path: '/api/v1/dossiers/guide?unitCode=B&procedureCode=KS-B' }),
  'GET /api/v1/dossiers/{code}/slips/{form}': () => ({ path: `/api/v1/dossiers/${dossierOfB}/slips/01` }),
  'GET /api/v1/dossiers/{code}': () => ({ path: `/api/v1/dossiers/${dossierOfB}` }),
  'POST /api/v1/dossiers/{code}/process': () => ({ path: `/api/v1/dossiers/${dossierOfB}/process` }),
  'POST /api/v1/dossiers/{code}/supplement': () => ({
    path: `/api/v1/dossiers/${dossierOfB}/supplement`,
    body: { missing: ['Giấy'], reason: 'Thiếu giấy' },
  }),
  'POST /api/v1/dossiers/{code}/supplement-complete': () => ({
    path: `/api/v1/dossiers/${dossierOfB}/supplement-complete`,
  }),
  'POST /api/v1/dossiers/{code}/refuse': () => ({
    path: `/api/v1/dossiers/${dossierOfB}/refuse`,
    body: { reason: 'Không đủ', legalBasis: 'Điều 1 Luật X' },
  }),
  'POST /api/v1/dossiers/{code}/apology': () => ({
    path: `/api/v1/dossiers/${dossierOfB}/apology`,
    body: { reason: 'Chậm', newDueAt: '2099-01-01T09:00', signerTitle: 'Chủ tịch', signerName: 'X' },
  }),
  'POST /api/v1/dossiers/{code}/stop': () => ({
    path: `/api/v1/dossiers/${dossierOfB}/stop`,
    body: { reason: 'Đang xác minh', legalBasis: 'Nghị định 118/2025/NĐ-CP' },
  }),
  'POST /api/v1/dossiers/{code}/result': () => ({ path: `/api/v1/dossiers/${dossierOfB}/result` }),
  'POST /api/v1/dossiers/{code}/return': () => ({ path: `/api/v1/dossiers/${dossierOfB}/return` }),
  'POST /api/v1/dossiers/{code}/withdraw': () => ({
    path: `/api/v1/dossiers/${dossierOfB}/withdraw`,
    body: { reason: 'Rút' },
  }),
  'POST /api/v1/dossiers/{code}/handovers': () => ({
    path: `/api/v1/dossiers/${dossierOfB}/handovers`,
    body: { toAgency: 'Phòng Tư pháp', givenBy: 'X' },
  }),
  'POST /api/v1/dossiers/{code}/recalculate-due': () => ({
    path: `/api/v1/dossiers/${dossierOfB}/recalculate-due`,
    body: { reason: 'Lịch mới' },
  }),
  'POST /api/v1/dossiers/{code}/handovers/{id}/receive': () => ({
    path: `/api/v1/dossiers/${dossierOfB}/handovers/1/receive`,
    body: { receivedBy: 'X' },
  }),
  'POST /api/v1/plans/measures': () => ({
    path: '/api/v1/plans/measures',
    body: { questionnaire: 'KH-UBND-XA', criterion: 'C2', task: 'Lắp quạt', responsible: 'Văn phòng' },
  }),
  'POST /api/v1/plans/measures/import': () => ({
    path: '/api/v1/plans/measures/import',
    body: {
      questionnaire: 'KH-UBND-XA',
      measures: [{ criterion: 'C2', task: 'Lắp quạt', responsible: 'Văn phòng' }],
    },
  }),
  'PATCH /api/v1/plans/measures/{id}': () => ({ path: '/api/v1/plans/measures/1', body: { active: false } }),
  'GET /api/v1/plans/proposal': () => ({
    path: `/api/v1/plans/proposal?unitCode=B&questionnaire=KH-UBND-XA&period=${planOfB.period}`,
  }),
  'GET /api/v1/plans/overview': () => ({ path: '/api/v1/plans/overview?unitCode=B' }),
  'GET /api/v1/plans/reminders': () => ({ path: '/api/v1/plans/reminders?unitCode=B' }),
  'GET /api/v1/plans/my-tasks': () => ({ path: '/api/v1/plans/my-tasks?unitCode=B' }),
  'GET /api/v1/plans/{id}/assignable-users': () => ({
    path: `/api/v1/plans/${planOfB.planId}/assignable-users`,
  }),
  'GET /api/v1/plans': () => ({ path: '/api/v1/plans?unitCode=B' }),
  'POST /api/v1/plans': () => ({
    path: '/api/v1/plans',
    body: { unitCode: 'B', questionnaire: 'KH-UBND-XA', period: planOfB.period },
  }),
  'GET /api/v1/plans/{id}': () => ({ path: `/api/v1/plans/${planOfB.planId}` }),
  'PATCH /api/v1/plans/{id}': () => ({ path: `/api/v1/plans/${planOfB.planId}`, body: { title: 'Đổi tên' } }),
  'POST /api/v1/plans/{id}/close': () => ({ path: `/api/v1/plans/${planOfB.planId}/close` }),
  'GET /api/v1/plans/{id}/effect': () => ({ path: `/api/v1/plans/${planOfB.planId}/effect` }),
  'POST /api/v1/plans/{id}/tasks': () => ({
    path: `/api/v1/plans/${planOfB.planId}/tasks`,
    body: { task: 'Việc mới', due: { kind: 'text', text: 'Tháng 01' }, responsible: 'Văn phòng' },
  }),
  'PATCH /api/v1/plans/{id}/tasks/{taskId}': () => ({
    path: `/api/v1/plans/${planOfB.planId}/tasks/${planOfB.taskId}`,
    body: { task: 'Sửa' },
  }),
  'DELETE /api/v1/plans/{id}/tasks/{taskId}': () => ({
    path: `/api/v1/plans/${planOfB.planId}/tasks/${planOfB.taskId}`,
  }),
  'POST /api/v1/plans/{id}/tasks/{taskId}/updates': () => ({
    path: `/api/v1/plans/${planOfB.planId}/tasks/${planOfB.taskId}/updates`,
    body: { progress: 90 },
  }),
  'GET /api/v1/plans/{id}/tasks/{taskId}/updates/{updateId}/file': () => ({
    path: `/api/v1/plans/${planOfB.planId}/tasks/${planOfB.taskId}/updates/${planOfB.updateId}/file`,
  }),
  'POST /api/v1/documents/draft': () => ({
    path: '/api/v1/documents/draft',
    body: { kind: 'decision_index', source: { publicationId: publicationOfB } },
  }),
  'POST /api/v1/documents/preview/docx': () => ({
    path: '/api/v1/documents/preview/docx',
    body: { kind: 'letter', source: { unitCode: 'B', questionnaire: 'KH-UBND-XA', period: planOfB.period } },
  }),
  'POST /api/v1/documents/preview/pdf': () => ({
    path: '/api/v1/documents/preview/pdf',
    body: { kind: 'decision_plan', source: { planId: planOfB.planId } },
  }),
  'POST /api/v1/documents': () => ({
    path: '/api/v1/documents',
    body: {
      kind: 'letter',
      source: { unitCode: 'B', questionnaire: 'KH-UBND-XA', period: planOfB.period },
      text: { signature: { name: 'X' } },
    },
  }),
  'GET /api/v1/documents': () => ({ path: '/api/v1/documents?unitCode=B' }),
  'GET /api/v1/documents/{id}': () => ({ path: `/api/v1/documents/${planOfB.documentId}` }),
  'GET /api/v1/documents/{id}/docx': () => ({ path: `/api/v1/documents/${planOfB.documentId}/docx` }),
  'GET /api/v1/documents/{id}/pdf': () => ({ path: `/api/v1/documents/${planOfB.documentId}/pdf` }),
  'GET /api/v1/reports/periodic': () => ({
    path: `/api/v1/reports/periodic?unitCode=B&period=${planOfB.period}`,
  }),
  'GET /api/v1/reports/periodic/docx': () => ({
    path: `/api/v1/reports/periodic/docx?unitCode=B&period=${planOfB.period}-H1`,
  }),
  'GET /api/v1/reports/periodic/xlsx': () => ({
    path: `/api/v1/reports/periodic/xlsx?unitCode=B&period=${planOfB.period}-Q1`,
  }),
  'GET /api/v1/surveys/index.xlsx': () => ({
    path: '/api/v1/surveys/index.xlsx?questionnaire=KH-UBND-XA&period=2026&unit=B',
  }),
  'GET /api/v1/surveys/posters/{unitCode}': () => ({ path: '/api/v1/surveys/posters/B' }),
  'PUT /api/v1/surveys/targets': () => ({
    path: '/api/v1/surveys/targets',
    body: { questionnaire: 'KH-UBND-XA', period: '2026', unitCode: 'B', criterion: null, value: 80 },
  }),
  'GET /api/v1/surveys/publications': () => ({ path: '/api/v1/surveys/publications?scopeUnitCode=B' }),
  'POST /api/v1/surveys/publications': () => ({
    path: '/api/v1/surveys/publications',
    body: { questionnaire: 'KH-UBND-XA', period: '2026', scopeUnitCode: 'B', title: 'Kết quả' },
  }),
  'GET /api/v1/surveys/publications/{id}': () => ({ path: `/api/v1/surveys/publications/${publicationOfB}` }),
  'POST /api/v1/surveys/publications/{id}/approve': () => ({
    path: `/api/v1/surveys/publications/${publicationOfB}/approve`,
  }),
  'POST /api/v1/surveys/publications/{id}/publish': () => ({
    path: `/api/v1/surveys/publications/${publicationOfB}/publish`,
    body: { decisionNumber: '1/QĐ-UBND' },
  }),
  'GET /api/v1/feedback/categories': () => ({ path: '/api/v1/feedback/categories?unitCode=B' }),
  'POST /api/v1/feedback/categories': () => ({
    path: '/api/v1/feedback/categories',
    body: { code: 'CAT-B2', name: 'Môi trường', unitCode: 'B' },
  }),
  'PATCH /api/v1/feedback/categories/{code}': () => ({
    path: '/api/v1/feedback/categories/CAT-B',
    body: { name: 'Đổi tên' },
  }),
  'POST /api/v1/feedback': () => ({
    path: '/api/v1/feedback',
    body: {
      channel: 'counter',
      categoryCode: 'CAT-B',
      unitCode: 'B',
      description: 'Phản ánh nhập tại quầy của đơn vị khác',
    },
  }),
  'GET /api/v1/feedback': () => ({ path: '/api/v1/feedback?unitCode=B' }),
  'GET /api/v1/feedback/warnings': () => ({ path: '/api/v1/feedback/warnings?unitCode=B' }),
  'GET /api/v1/feedback/dashboard': () => ({ path: '/api/v1/feedback/dashboard?unitCode=B&period=2026' }),
  'GET /api/v1/feedback/figures': () => ({ path: '/api/v1/feedback/figures?unitCode=B&period=2026' }),
  'GET /api/v1/feedback/officers': () => ({ path: '/api/v1/feedback/officers?unitCode=B&period=2026' }),
  'GET /api/v1/feedback/{code}': () => ({ path: `/api/v1/feedback/${feedbackOfB}` }),
  'GET /api/v1/feedback/{code}/duplicates': () => ({ path: `/api/v1/feedback/${feedbackOfB}/duplicates` }),
  'POST /api/v1/feedback/{code}/accept': () => ({ path: `/api/v1/feedback/${feedbackOfB}/accept` }),
  'POST /api/v1/feedback/{code}/reject': () => ({
    path: `/api/v1/feedback/${feedbackOfB}/reject`,
    body: { reason: 'Không thuộc thẩm quyền' },
  }),
  'POST /api/v1/feedback/{code}/transfer': () => ({
    path: `/api/v1/feedback/${feedbackOfB}/transfer`,
    body: { unitCode: 'A', reason: 'Thuộc thẩm quyền xã An' },
  }),
  'POST /api/v1/feedback/{code}/request-info': () => ({
    path: `/api/v1/feedback/${feedbackOfB}/request-info`,
    body: { question: 'Xin cho biết địa điểm cụ thể' },
  }),
  'POST /api/v1/feedback/{code}/info-received': () => ({
    path: `/api/v1/feedback/${feedbackOfB}/info-received`,
    body: { note: 'Đã nhận qua điện thoại' },
  }),
  'POST /api/v1/feedback/{code}/assign': () => ({
    path: `/api/v1/feedback/${feedbackOfB}/assign`,
    body: { username: 'admin.a' },
  }),
  'POST /api/v1/feedback/{code}/answer': () => ({
    path: `/api/v1/feedback/${feedbackOfB}/answer`,
    body: { text: 'Đơn vị đã sửa đèn đường.' },
  }),
  'POST /api/v1/feedback/{code}/approve': () => ({ path: `/api/v1/feedback/${feedbackOfB}/approve` }),
  'POST /api/v1/feedback/{code}/return-draft': () => ({
    path: `/api/v1/feedback/${feedbackOfB}/return-draft`,
    body: { reason: 'Cần bổ sung' },
  }),
  'POST /api/v1/feedback/{code}/publish': () => ({ path: `/api/v1/feedback/${feedbackOfB}/publish` }),
  'POST /api/v1/feedback/{code}/reopen': () => ({
    path: `/api/v1/feedback/${feedbackOfB}/reopen`,
    body: { reason: 'Xem xét lại' },
  }),
  'POST /api/v1/feedback/{code}/merge': () => ({
    path: `/api/v1/feedback/${feedbackOfB}/merge`,
    body: { into: 'PA-20990101-0001' },
  }),
  'POST /api/v1/feedback/{code}/officer': () => ({
    path: `/api/v1/feedback/${feedbackOfB}/officer`,
    body: { username: 'officer.b' },
  }),
  'POST /api/v1/feedback/{code}/officer-verify': () => ({
    path: `/api/v1/feedback/${feedbackOfB}/officer-verify`,
    body: { verified: true },
  }),
};

/**
 * For each route with two or more path parameters (a child under a parent): a request by a user
 * who can reach the parent (A's admin on A's parent; anyone on a public one), naming a child that
 * belongs to a foreign parent of unit B. The answer must be 404 or 403, never the child. A new
 * nested route without an entry below makes this test fail.
 */
const NESTED: Record<string, () => Foreign & { anonymous?: boolean }> = {
  'GET /api/v1/dossiers/{code}/slips/{form}': () => ({
    // Form 02 was issued for a dossier of B only; A's dossier has none.
    path: `/api/v1/dossiers/${dossierOfA}/slips/02`,
  }),
  'POST /api/v1/dossiers/{code}/handovers/{id}/receive': () => ({
    path: `/api/v1/dossiers/${dossierOfA}/handovers/${handoverOfB}/receive`,
    body: { receivedBy: 'X' },
  }),
  'PATCH /api/v1/plans/{id}/tasks/{taskId}': () => ({
    path: `/api/v1/plans/${planOfA.planId}/tasks/${planOfB.taskId}`,
    body: { task: 'Sửa' },
  }),
  'DELETE /api/v1/plans/{id}/tasks/{taskId}': () => ({
    path: `/api/v1/plans/${planOfA.planId}/tasks/${planOfB.taskId}`,
  }),
  'POST /api/v1/plans/{id}/tasks/{taskId}/updates': () => ({
    path: `/api/v1/plans/${planOfA.planId}/tasks/${planOfB.taskId}/updates`,
    body: { progress: 90 },
  }),
  'GET /api/v1/plans/{id}/tasks/{taskId}/updates/{updateId}/file': () => ({
    path: `/api/v1/plans/${planOfA.planId}/tasks/${planOfB.taskId}/updates/${planOfB.updateId}/file`,
  }),
  'PATCH /api/v1/surveys/units/{unitCode}/comments/{id}': () => ({
    path: `/api/v1/surveys/units/A/comments/${commentOfB}`,
    body: { status: 'published' },
  }),
  'GET /api/v1/public/feedback/{code}/photos/{id}': () => ({
    path: `/api/v1/public/feedback/${feedbackOfA}/photos/${photoOfB}`,
    anonymous: true,
  }),
};

/** A real 1×1 PNG, for a photo attached to a feedback item. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

async function send(req: Foreign, method: string, headers: Record<string, string>) {
  const body =
    req.body === undefined ? undefined : typeof req.body === 'string' ? req.body : JSON.stringify(req.body);
  return t.app.request(req.path, {
    method,
    headers: {
      ...headers,
      ...(body ? { 'content-type': req.contentType ?? 'application/json' } : {}),
    },
    ...(body ? { body } : {}),
  });
}

type Operation = { 'x-hailong-access'?: string };
let operations: { key: string; access: string | undefined; pathParams: number }[] = [];

beforeAll(async () => {
  const tree = await buildTwoUnitTree(t.ctx);
  adminA = await login(t.app, tree.adminA.username, tree.adminA.password);
  await buildUser(t.ctx, { unitCode: 'B', role: 'officer', username: 'officer.b' });
  const users = (await (
    await t.app.request('/api/v1/users', {
      headers: (await login(t.app, tree.root.username, tree.root.password)).headers,
    })
  ).json()) as {
    users: { id: number; username: string }[];
  };
  userOfB = users.users.find((u) => u.username === 'officer.b')!.id;
  ({ responseId: responseOfB, publicationId: publicationOfB } = await buildSurveyOf(t.ctx, 'B'));
  const unitB = (await findByCode(t.ctx.db, 'B'))!;
  await insertComment(t.ctx.db, {
    unitId: unitB.id,
    waveId: null,
    receivedOn: '2026-03-02',
    text: 'Ý kiến của B',
  });
  commentOfB = (
    (await (
      await t.app.request('/api/v1/surveys/comments?unitCode=B', {
        headers: (await login(t.app, tree.root.username, tree.root.password)).headers,
      })
    ).json()) as { comments: { id: number }[] }
  ).comments[0]!.id;
  planOfB = await buildPlanOf(t.ctx, 'B');
  dossierOfB = await buildDossierOf(t.ctx, 'B');
  feedbackOfB = (await buildFeedbackOf(t.ctx, 'B')).code;
  await buildSurveyOf(t.ctx, 'A');
  planOfA = await buildPlanOf(t.ctx, 'A');
  dossierOfA = await buildDossierOf(t.ctx, 'A');
  feedbackOfA = (await buildFeedbackOf(t.ctx, 'A')).code;
  const system = systemActor('test');
  handoverOfB = (await handOver(t.ctx, system, dossierOfB, { toAgency: 'Phòng Tư pháp', givenBy: 'X' })).id;
  const secondOfB = await receiveDossier(t.ctx, system, {
    unitCode: 'B',
    procedureCode: 'KS-B',
    channel: 'direct',
    applicant: { kind: 'person', name: 'Lê Văn Cường' },
    contactConsent: false,
    documents: [],
  });
  await requestSupplement(t.ctx, system, secondOfB.code, { missing: ['Tờ khai'], reason: 'Thiếu tờ khai' });
  const withPhoto = await receiveFeedback(
    t.ctx,
    null,
    {
      channel: 'web',
      categoryCode: 'CAT-B',
      description: 'Cây đổ chắn lối đi trước trường học',
      contactConsent: false,
      photos: [{ bytes: new Uint8Array(PNG), name: 'cay.png' }],
    },
    { baseUrl: 'http://localhost' },
  );
  photoOfB = (await photoIdsOf(t.ctx.db, withPhoto.item.id))[0]!.id;
  const doc = (await (await t.app.request('/api/openapi.json')).json()) as {
    paths: Record<string, Record<string, Operation>>;
  };
  operations = Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.entries(ops).map(([method, op]) => ({
      key: `${method.toUpperCase()} ${path}`,
      access: op['x-hailong-access'],
      pathParams: (path.match(/\{\w+\}/g) ?? []).length,
    })),
  );
});

describe('route access', () => {
  it('every documented route declares public, self or scoped access', () => {
    const undeclared = operations.filter((o) => !['public', 'self', 'scoped'].includes(o.access ?? ''));
    expect(undeclared.map((o) => o.key)).toEqual([]);
  });

  it('every API route the app serves is in the OpenAPI document', () => {
    const documented = new Set(operations.map((o) => o.key));
    const served = t.app.routes
      .filter((r) => r.path.startsWith('/api/v1/') && r.method !== 'ALL')
      .map((r) => `${r.method} ${r.path.replace(/:(\w+)/g, '{$1}')}`);
    expect(served.filter((k) => !documented.has(k))).toEqual([]);
  });

  it('every scoped route has a foreign-unit case below, and no case is stale', () => {
    const scoped = operations.filter((o) => o.access === 'scoped').map((o) => o.key);
    expect(scoped.filter((k) => !FOREIGN[k]).map((k) => `${k}: no foreign-unit case`)).toEqual([]);
    expect(Object.keys(FOREIGN).filter((k) => !scoped.includes(k))).toEqual([]);
  });

  it("gives a unit A admin 403 on unit B's data, on every scoped route", async () => {
    const results: string[] = [];
    for (const { key } of operations.filter((o) => o.access === 'scoped')) {
      const make = FOREIGN[key];
      if (!make) continue;
      const res = await send(make(), key.split(' ')[0]!, adminA.headers);
      results.push(`${key} → ${res.status}`);
    }
    expect(results).toEqual(results.map((r) => r.replace(/→ \d+$/, '→ 403')));
  });
});

describe('nested routes: a child is reached only through its own parent', () => {
  it('every route with two or more path parameters has a foreign-child case below, and no case is stale', () => {
    const nested = operations.filter((o) => o.pathParams >= 2).map((o) => o.key);
    expect(nested.filter((k) => !NESTED[k]).map((k) => `${k}: no foreign-child case`)).toEqual([]);
    expect(Object.keys(NESTED).filter((k) => !nested.includes(k))).toEqual([]);
  });

  it("never answers a child of unit B's parent named under unit A's own parent", async () => {
    const results: string[] = [];
    for (const { key } of operations.filter((o) => o.pathParams >= 2)) {
      const make = NESTED[key];
      if (!make) continue;
      const req = make();
      const res = await send(req, key.split(' ')[0]!, req.anonymous ? {} : adminA.headers);
      const status = res.status === 404 || res.status === 403 ? '404 or 403' : String(res.status);
      results.push(`${key} → ${status}`);
    }
    expect(results.length).toBeGreaterThan(0);
    expect(results).toEqual(results.map((r) => r.replace(/→ .+$/, '→ 404 or 403')));
  });
});
