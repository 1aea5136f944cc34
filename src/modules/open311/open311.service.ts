import type { Actor } from '../../access/actor.ts';
import type { AppContext } from '../../lib/context.ts';
import { dateProblem, instantProblem, parseInstant } from '../../lib/dates.ts';
import { VN_OFFSET_MS } from '../../lib/time.ts';
import * as accountsRepo from '../accounts/accounts.repo.ts';
import { actorFromUser } from '../accounts/accounts.service.ts';
import { sha256 } from '../accounts/secrets.ts';
import * as feedbackRepo from '../feedback/feedback.repo.ts';
import { receiveFeedback } from '../feedback/feedback.service.ts';
import { photoUrl } from '../feedback/feedback-links.ts';
import {
  type FeedbackStatus,
  isClosed,
  OPEN_STATUSES,
  open311Status,
  STATUS_NAMES,
} from '../feedback/feedback-status.ts';
import { maskPersonalData } from '../feedback/feedback-text.ts';
import {
  apiKeyInvalid,
  badRequest,
  requestNotFound,
  serviceCodeMissing,
  serviceCodeUnknown,
  serviceNotFound,
} from './open311.errors.ts';
import * as repo from './open311.repo.ts';

/**
 * Open311 GeoReport v2 over the feedback module (one jurisdiction: `jurisdiction_id` is accepted
 * and ignored). Services are the active feedback categories; a request is a feedback item, its
 * `service_request_id` the item code. What leaves here is public: the reporter's name, phone and
 * e-mail never do, and phone numbers or e-mails typed into the text are masked.
 */

export const SPEC_URL = 'http://wiki.open311.org/GeoReport_v2';
/** GeoReport v2's defaults: 90 days when no dates are given, at most 1000 requests. */
export const DEFAULT_WINDOW_DAYS = 90;
export const MAX_RESULTS = 1000;

/** "2026-03-02T09:00:00+07:00": ISO 8601 in Vietnam time, as Open311 clients show it. */
export function isoVn(d: Date): string {
  return `${new Date(d.getTime() + VN_OFFSET_MS).toISOString().slice(0, 19)}+07:00`;
}

export function open311Error(code: number, description: string) {
  return [{ code, description }];
}

export function discovery(baseUrl: string, updatedAt: Date) {
  return {
    changeset: isoVn(updatedAt),
    contact: 'Hài Lòng: phản ánh, kiến nghị về dịch vụ công',
    key_service: 'Khoá API do quản trị viên cấp (Tài khoản → Khoá API); người dân gửi không cần khoá.',
    endpoints: [
      {
        specification: SPEC_URL,
        url: `${baseUrl}/open311/v2`,
        changeset: isoVn(updatedAt),
        type: 'production',
        formats: ['application/json'],
      },
    ],
  };
}

export async function services(ctx: AppContext) {
  const rows = await repo.activeServices(ctx.db);
  return rows.map((c) => ({
    service_code: c.code,
    service_name: c.name,
    description: c.description,
    metadata: false,
    type: 'realtime',
    keywords: c.keywords.join(','),
    group: c.groupName,
  }));
}

/** Services carry no extra attributes (metadata: false): the definition lists none. */
export async function serviceDefinition(ctx: AppContext, code: string) {
  const category = await feedbackRepo.categoryByCode(ctx.db, code);
  if (!category?.c.active) throw serviceNotFound(code);
  return { service_code: category.c.code, attributes: [] };
}

type ItemRow = {
  f: feedbackRepo.FeedbackRow;
  unitName: string;
  categoryCode: string;
  categoryName: string;
};

function present(r: ItemRow, baseUrl: string, photoId: number | undefined, mergedInto: string | undefined) {
  const f = r.f;
  const status = f.status as FeedbackStatus;
  const mask = (t: string) => maskPersonalData(t, f.reporterName);
  let notes = STATUS_NAMES[status];
  if (mergedInto) notes += ` — đã gộp vào phản ánh ${mergedInto}`;
  if (status === 'da_cong_khai' && f.answer) notes += `. Trả lời: ${mask(f.answer)}`;
  return {
    service_request_id: f.code,
    status: open311Status(status),
    status_notes: notes,
    /** Extension: the detailed Vietnamese state (cho_tiep_nhan … da_cong_khai). */
    detailed_status: status,
    service_name: r.categoryName,
    service_code: r.categoryCode,
    description: mask(f.description),
    agency_responsible: r.unitName,
    service_notice: isClosed(status) ? '' : `Hạn trả lời: ${isoVn(f.answerBy)}`,
    requested_datetime: isoVn(f.receivedAt),
    updated_datetime: isoVn(f.updatedAt),
    expected_datetime: isClosed(status) ? null : isoVn(f.answerBy),
    address: f.address ? mask(f.address) : null,
    address_id: null,
    zipcode: null,
    lat: f.lat,
    long: f.long,
    // Photos are public only once the item's answer is published (unpublished: officers in scope).
    media_url: photoId && status === 'da_cong_khai' ? photoUrl(baseUrl, f.code, photoId) : null,
  };
}

async function presentAll(ctx: AppContext, rows: ItemRow[], baseUrl: string) {
  const photos = await feedbackRepo.firstPhotos(
    ctx.db,
    rows.map((r) => r.f.id),
  );
  const merged = await feedbackRepo.codesByIds(
    ctx.db,
    rows.map((r) => r.f.mergedIntoId).filter((id): id is number => id !== null),
  );
  return rows.map((r) =>
    present(r, baseUrl, photos.get(r.f.id), r.f.mergedIntoId ? merged.get(r.f.mergedIntoId) : undefined),
  );
}

function parseDate(value: string | undefined, field: string): Date | undefined {
  if (!value) return undefined;
  // One strict reader: 2025-02-30 or 25:61 is refused, never rolled over into the next month or day.
  const problem = value.includes('T') ? instantProblem(value) : dateProblem(value);
  if (problem) {
    throw badRequest(
      `${field} phải là thời điểm ISO 8601, ví dụ 2026-03-01T00:00:00+07:00 (${problem})`,
      field,
    );
  }
  return value.includes('T') ? parseInstant(value) : new Date(`${value}T00:00:00Z`);
}

const list = (value: string | undefined) =>
  (value ?? '')
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);

export interface RequestFilters {
  service_request_id?: string;
  service_code?: string;
  start_date?: string;
  end_date?: string;
  status?: string;
}

/** GET requests.json: by ids (the other filters then do not apply), or by service, dates and status. */
export async function searchRequests(ctx: AppContext, filters: RequestFilters, baseUrl: string) {
  const ids = list(filters.service_request_id).map((v) => v.toUpperCase());
  if (ids.length > 0) {
    if (ids.length > 100) throw badRequest('Tối đa 100 service_request_id mỗi lần', 'service_request_id');
    const rows = await repo.requestsByCodes(ctx.db, ids);
    return presentAll(ctx, rows, baseUrl);
  }
  const statuses = list(filters.status).map((s) => s.toLowerCase());
  for (const s of statuses) {
    if (s !== 'open' && s !== 'closed') throw badRequest('status phải là open hoặc closed', 'status');
  }
  const codes = list(filters.service_code);
  let start = parseDate(filters.start_date, 'start_date');
  let end = parseDate(filters.end_date, 'end_date');
  if (!start && !end) {
    end = new Date(ctx.now().getTime() + 1000);
    start = new Date(end.getTime() - DEFAULT_WINDOW_DAYS * 86_400_000);
  }
  const open = OPEN_STATUSES as string[];
  const closed = ['tu_choi', 'da_tra_loi', 'da_cong_khai'];
  const wanted = statuses.length === 1 ? (statuses[0] === 'open' ? open : closed) : undefined;
  const rows = await repo.findRequests(ctx.db, {
    serviceCodes: codes,
    start,
    end,
    statuses: wanted,
    limit: MAX_RESULTS,
  });
  return presentAll(ctx, rows, baseUrl);
}

export async function requestById(ctx: AppContext, id: string, baseUrl: string) {
  const found = await feedbackRepo.findByCode(ctx.db, id.trim().toUpperCase());
  if (!found) throw requestNotFound(id);
  return presentAll(ctx, [found], baseUrl);
}

/** A partner's key (`api_key`): the token's user acts, and the item records the token. */
export async function resolveApiKey(
  ctx: AppContext,
  key: string,
): Promise<{ actor: Actor; tokenId: number }> {
  const row = await accountsRepo.findActiveToken(ctx.db, sha256(key));
  const user = row ? await accountsRepo.findUserById(ctx.db, row.userId) : undefined;
  if (!row || !user?.active) throw apiKeyInvalid();
  if (!row.lastUsedAt || ctx.now().getTime() - row.lastUsedAt.getTime() > 60_000)
    await accountsRepo.touchToken(ctx.db, row.id, ctx.now());
  return { actor: actorFromUser(user, 'token'), tokenId: row.id };
}

export type Params = Record<string, string | undefined>;

const truthy = (v: string | undefined) =>
  v !== undefined && ['true', '1', 'on', 'yes'].includes(v.toLowerCase());

function number(params: Params, field: 'lat' | 'long', min: number, max: number): number | undefined {
  const raw = params[field]?.trim();
  if (!raw) return undefined;
  const n = Number(raw);
  if (!Number.isFinite(n) || n < min || n > max) throw badRequest(`${field} không hợp lệ`, field);
  return n;
}

/**
 * POST requests.json. Contact details are kept only with `contact_consent=true` (NĐ 13/2023);
 * without it the request is anonymous. `media_url` is recorded, never fetched; photos can be sent
 * as multipart `media` files instead.
 */
export async function createRequest(
  ctx: AppContext,
  params: Params,
  photos: { bytes: Uint8Array; name?: string }[],
  caller: { actor: Actor | null; tokenId: number | null; baseUrl: string },
) {
  const serviceCode = params.service_code?.trim();
  if (!serviceCode) throw serviceCodeMissing();
  const category = await feedbackRepo.categoryByCode(ctx.db, serviceCode);
  if (!category?.c.active) {
    throw serviceCodeUnknown(serviceCode);
  }
  const description = params.description?.trim() ?? '';
  if ([...description].length < 10)
    throw badRequest('description: cần mô tả ít nhất 10 ký tự', 'description');
  if (description.length > 5000) throw badRequest('description: tối đa 5000 ký tự', 'description');
  const lat = number(params, 'lat', -90, 90);
  const long = number(params, 'long', -180, 180);
  if ((lat === undefined) !== (long === undefined)) throw badRequest('Cần cả lat và long', 'lat');
  const consent = truthy(params.contact_consent ?? params['attribute[contact_consent]']);
  const name = [params.first_name, params.last_name]
    .map((v) => v?.trim())
    .filter(Boolean)
    .join(' ');
  const email = params.email?.trim() || undefined;
  const phone = params.phone?.trim() || undefined;
  if (consent && email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email))
    throw badRequest('email không hợp lệ', 'email');
  if (consent && phone && !/^(\+?84|0)[\d .-]{8,13}$/.test(phone))
    throw badRequest('phone không hợp lệ', 'phone');
  const mediaUrl = params.media_url?.trim();
  if (mediaUrl && (!/^https?:\/\//i.test(mediaUrl) || mediaUrl.length > 500)) {
    throw badRequest('media_url phải là địa chỉ http(s)', 'media_url');
  }
  const address = params.address_string?.trim() || undefined;
  const r = await receiveFeedback(
    ctx,
    caller.actor,
    {
      channel: 'open311',
      categoryCode: serviceCode,
      unitCode: params.unit_code?.trim() || undefined,
      description,
      address: address?.slice(0, 300),
      lat,
      long,
      reporter: { name: name || undefined, email, phone },
      contactConsent: consent,
      photos,
      apiTokenId: caller.tokenId,
      mediaUrl,
      addressId: params.address_id?.trim().slice(0, 100) || undefined,
    },
    { baseUrl: caller.baseUrl },
  );
  return [
    {
      service_request_id: r.item.code,
      service_notice: `Đã tiếp nhận. Hạn trả lời: ${isoVn(r.item.answerBy)}. Theo dõi và đánh giá câu trả lời tại: ${r.trackingUrl}`,
      account_id: null,
    },
  ];
}
