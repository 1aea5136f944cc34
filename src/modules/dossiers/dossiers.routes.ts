import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { actionRoutes } from '../../http/action-route.ts';
import type { AppEnv } from '../../http/env.ts';
import { errors, json, jsonBody, validationHook } from '../../http/openapi.ts';
import { requireActor } from '../../http/request.ts';
import type { AppContext } from '../../lib/context.ts';
import { parseInstant } from '../../lib/dates.ts';
import * as queries from './dossiers.queries.ts';
import * as s from './dossiers.schema.ts';
import * as service from './dossiers.service.ts';
import { slipsRoutes } from './slips.routes.ts';

const tags = ['Hồ sơ một cửa (dossiers)'];

export function dossiersRoutes(ctx: AppContext, options: { publicUrl?: string } = {}) {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

  app.openapi(
    createRoute({
      method: 'post',
      path: '/dossiers',
      tags,
      summary: 'Tiếp nhận hồ sơ: tính ngày hẹn trả theo lịch làm việc, cấp mã và giấy tiếp nhận (Mẫu 01)',
      'x-hailong-access': 'scoped',
      request: { body: jsonBody(s.ReceiveBody) },
      responses: { 201: json(s.DossierDetail, 'Hồ sơ đã tiếp nhận'), ...errors },
    }),
    async (c) => {
      const actor = requireActor(c);
      const body = c.req.valid('json');
      const d = await service.receiveDossier(ctx, actor, {
        ...body,
        receivedAt: body.receivedAt ? parseInstant(body.receivedAt) : undefined,
      });
      return c.json(await queries.dossierDetail(ctx, actor, d.code), 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/dossiers',
      tags,
      summary: 'Danh sách hồ sơ (mới nhất trước), kèm số ngày làm việc còn lại',
      'x-hailong-access': 'scoped',
      request: { query: s.DossierListQuery },
      responses: { 200: json(s.DossierList, 'Hồ sơ'), ...errors },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const list = await queries.listDossiers(ctx, requireActor(c), { ...q, mine: q.mine === 'true' });
      return c.json({ dossiers: list }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/dossiers/possible-duplicates',
      tags,
      summary:
        'Hồ sơ có thể trùng: cùng người nộp (họ tên, số điện thoại) và thủ tục, tiếp nhận tại đơn vị trong 5 ngày làm việc gần nhất',
      'x-hailong-access': 'scoped',
      request: { query: s.DuplicatesQuery },
      responses: { 200: json(s.PossibleDuplicates, 'Hồ sơ tiếp nhận trước, mới nhất trước'), ...errors },
    }),
    async (c) => c.json(await service.possibleDuplicates(ctx, requireActor(c), c.req.valid('query')), 200),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/dossiers/warnings',
      tags,
      summary: 'Hồ sơ sắp đến hạn hoặc đã quá hạn',
      'x-hailong-access': 'scoped',
      request: { query: s.WarningQuery },
      responses: { 200: json(s.DossierList, 'Hồ sơ cần chú ý, hạn gần nhất trước'), ...errors },
    }),
    async (c) => {
      const q = c.req.valid('query');
      return c.json(
        { dossiers: await service.warningList(ctx, requireActor(c), q.unitCode, q.withinDays) },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/dossiers/dashboard',
      tags,
      summary: 'Số liệu tháng: tiếp nhận, trước hạn, đúng hạn, quá hạn, bổ sung, xin lỗi, vi phạm',
      'x-hailong-access': 'scoped',
      request: { query: s.UnitMonthQuery },
      responses: { 200: json(s.Dashboard, 'Số liệu'), ...errors },
    }),
    async (c) => {
      const q = c.req.valid('query');
      return c.json(await service.dashboard(ctx, requireActor(c), q.unitCode, q.month), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/dossiers/violations',
      tags,
      summary: 'Sổ vi phạm nghĩa vụ một cửa theo đơn vị và cán bộ',
      'x-hailong-access': 'scoped',
      request: { query: s.UnitMonthQuery },
      responses: { 200: json(s.Violations, 'Vi phạm trong tháng'), ...errors },
    }),
    async (c) => {
      const q = c.req.valid('query');
      return c.json(
        { violations: await service.violationRegister(ctx, requireActor(c), q.unitCode, q.month) },
        200,
      );
    },
  );

  // The documents of the desk (register, guide, slips): before /dossiers/{code}, which would take their paths.
  app.route('/', slipsRoutes(ctx, options));

  app.openapi(
    createRoute({
      method: 'get',
      path: '/dossiers/{code}',
      tags,
      summary: 'Một hồ sơ: trạng thái, hạn, dòng thời gian, bàn giao, phiếu đã cấp',
      'x-hailong-access': 'scoped',
      request: { params: s.DossierCodeParam },
      responses: { 200: json(s.DossierDetail, 'Hồ sơ'), ...errors },
    }),
    async (c) => c.json(await queries.dossierDetail(ctx, requireActor(c), c.req.valid('param').code), 200),
  );

  /** One action on a dossier; answers the dossier as it is afterwards. */
  const action = actionRoutes(app, {
    resource: '/dossiers',
    tags,
    params: s.DossierCodeParam,
    result: s.DossierDetail,
    description: 'Hồ sơ sau thao tác',
    present: (_c, actor, code) => queries.dossierDetail(ctx, actor, code),
  });

  action('process', 'Chuyển xử lý (Được tiếp nhận → Đang xử lý)', undefined, (a, code) =>
    service.startProcessing(ctx, a, code),
  );
  action(
    'supplement',
    'Yêu cầu bổ sung (Mẫu 02), tối đa một lần; tạm dừng tính thời gian',
    s.SupplementBody,
    (a, code, b) => service.requestSupplement(ctx, a, code, b),
  );
  action(
    'supplement-complete',
    'Công dân đã bổ sung: tính tiếp thời gian, lùi ngày hẹn',
    undefined,
    (a, code) => service.completeSupplement(ctx, a, code),
  );
  action(
    'refuse',
    'Từ chối hồ sơ theo chế độ của hồ sơ: bắt buộc lý do và căn cứ pháp lý; khi tiếp nhận là Mẫu số 03; hồ sơ đang xử lý theo NĐ 61 là văn bản trả lại hồ sơ, theo NĐ 118 thì 409 REFUSAL_NOT_IN_REGIME (dùng Dừng giải quyết)',
    s.RefuseBody,
    (a, code, b) => service.refuse(ctx, a, code, b),
  );
  action('apology', 'Xin lỗi và hẹn lại ngày trả (Mẫu 04)', s.ApologyBody, (a, code, b) =>
    service.apologise(ctx, a, code, { ...b, newDueAt: parseInstant(b.newDueAt) }),
  );
  action(
    'stop',
    'Dừng giải quyết hồ sơ (NĐ 118/2025; Thông báo dừng giải quyết, TT 03/2025 Mẫu số 05): bắt buộc lý do và căn cứ pháp lý',
    s.StopBody,
    (a, code, b) => service.stop(ctx, a, code, b),
  );
  action('result', 'Đã có kết quả (trước hạn: mời nhận sớm)', undefined, (a, code) =>
    service.resultReady(ctx, a, code),
  );
  action('return', 'Đã trả kết quả', undefined, (a, code) => service.returnResult(ctx, a, code));
  action('withdraw', 'Công dân rút hồ sơ', s.ReasonBody, (a, code, b) =>
    service.withdraw(ctx, a, code, b.reason),
  );
  action(
    'handovers',
    'Bàn giao hồ sơ cho cơ quan khác (một dòng của Phiếu kiểm soát quá trình giải quyết hồ sơ)',
    s.HandoverBody,
    (a, code, b) =>
      service.handOver(ctx, a, code, { ...b, dueAt: b.dueAt ? parseInstant(b.dueAt) : undefined }),
  );
  action(
    'recalculate-due',
    'Tính lại ngày hẹn theo lịch hiện hành (ghi nhật ký)',
    s.ReasonBody,
    (a, code, b) => service.recalculateDue(ctx, a, code, b.reason),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/dossiers/{code}/handovers/{id}/receive',
      tags,
      summary: 'Cơ quan nhận bàn giao xác nhận đã nhận',
      'x-hailong-access': 'scoped',
      request: { params: s.HandoverParam, body: jsonBody(s.HandoverReceiveBody) },
      responses: { 200: json(s.DossierDetail, 'Hồ sơ'), ...errors },
    }),
    async (c) => {
      const actor = requireActor(c);
      const { code, id } = c.req.valid('param');
      await service.receiveHandover(ctx, actor, code, id, c.req.valid('json'));
      return c.json(await queries.dossierDetail(ctx, actor, code), 200);
    },
  );

  return app;
}
