import type { Actor } from '../../../access/actor.ts';
import { authorize, scopePrefix } from '../../../access/permissions.ts';
import { addressText } from '../../../lib/address-form.ts';
import type { AppContext } from '../../../lib/context.ts';
import { fromVnDateTime, vnDate } from '../../../lib/time.ts';
import { findUserByUsername } from '../../accounts/accounts.repo.ts';
import { keyedHash } from '../../accounts/secrets.ts';
import { recordAudit } from '../../audit/audit.service.ts';
import { requireUnit } from '../../units/units.service.ts';
import { insertComment } from '../comments/comments.repo.ts';
import { commentToStore } from '../comments/mask.ts';
import { requirePeriod } from '../index/index.service.ts';
import { periodBounds } from '../index/period.ts';
import type { QuestionnaireVersion } from '../questionnaires/questionnaires.service.ts';
import { getQuestionnaireById } from '../questionnaires/questionnaires.service.ts';
import { waveOn } from '../waves/waves.repo.ts';
import { openForm } from '../waves/waves.service.ts';

export { addressFormOf, setAddressForm } from './address-form.service.ts';

import { addressFormOf } from './address-form.service.ts';
import {
  formGuard,
  issueFormToken,
  limitPublicSubmission,
  verifyFormToken,
  verifyProofOfWork,
} from './form-guard.ts';
import { detectStraightLining } from './integrity.ts';
import {
  answersInvalid,
  consentRequired,
  duplicateResponse,
  exclusionReasonRequired,
  noAnswers,
  noWaveOn,
  paperDateInFuture,
  responseNotFound,
  selfRating,
  servedByNotFound,
} from './responses.errors.ts';
import { presentReviewItem, presentSurveyForm } from './responses.present.ts';
import {
  countRecentFrom,
  countWaveUnitResponses,
  findResponseForReview,
  holdRecentFrom,
  insertResponses,
  type ResponseToStore,
  reviewRows,
  setResponseExclusion,
} from './responses.repo.ts';
import type { EnteredResponseResult, ExclusionResult } from './responses.schema.ts';

type AnswerMap = Record<string, number | null | undefined>;

/** Answers by question code → positional arrays; every unknown code or value is named. */
export function positionalAnswers(
  version: QuestionnaireVersion,
  answers: AnswerMap,
  profile: AnswerMap = {},
) {
  const c = version.compiled;
  const fields: { field: string; message: string }[] = [];
  const positional: (number | null)[] = new Array(c.questionCount).fill(null);
  for (const [code, value] of Object.entries(answers)) {
    if (value === null || value === undefined) continue;
    const q = c.questionIndex.get(code);
    if (q === undefined) fields.push({ field: `answers.${code}`, message: `Phiếu không có câu "${code}"` });
    else if (c.slotOf(q, value) < 0) {
      const allowed = c.optionKey.slice(c.optionStart[q]!, c.optionStart[q + 1]!).join(', ');
      fields.push({ field: `answers.${code}`, message: `"${value}" không phải một lựa chọn (${allowed})` });
    } else positional[q] = value;
  }
  const profileQuestions = version.definition.profile;
  const profileValues: (number | null)[] = profileQuestions.map(() => null);
  for (const [code, value] of Object.entries(profile)) {
    if (value === null || value === undefined) continue;
    const i = profileQuestions.findIndex((p) => p.code === code);
    if (i < 0) fields.push({ field: `profile.${code}`, message: `Phiếu không có câu "${code}"` });
    else if (!profileQuestions[i]!.options.some((o) => o.value === value)) {
      fields.push({ field: `profile.${code}`, message: `"${value}" không phải một lựa chọn` });
    } else profileValues[i] = value;
  }
  if (fields.length > 0) throw answersInvalid(fields);
  if (positional.every((v) => v === null)) throw noAnswers();
  return { answers: positional, profile: profileQuestions.length > 0 ? profileValues : null };
}

export function straightLiningFlags(version: QuestionnaireVersion, answers: (number | null)[]): string[] {
  return detectStraightLining(version.compiled, answers).flagged ? ['STRAIGHT_LINING'] : [];
}

/** Client addresses are never stored raw: a keyed hash whose key changes every month. */
export function clientHash(ctx: AppContext, address: string | null): string | null {
  return address ? keyedHash(`${ctx.secret}|client|${vnDate(ctx.now()).slice(0, 7)}`, address) : null;
}

/** What a respondent is told before answering (NĐ 13/2023: purpose, anonymity, rights). */
export const CONSENT_TEXT =
  'Phiếu khảo sát không ghi tên và không thu thập thông tin cá nhân (họ tên, số điện thoại, số định danh). ' +
  'Câu trả lời chỉ dùng để đo mức độ hài lòng và cải thiện việc phục vụ của cơ quan, được tổng hợp thành số liệu ' +
  'chung và không dùng vào mục đích khác. Địa chỉ mạng và thiết bị chỉ được lưu dưới dạng mã hoá một chiều để chống gửi trùng. ' +
  'Ông/Bà có thể dừng bất cứ lúc nào; phiếu chỉ được lưu khi ông/bà bấm Gửi (Nghị định 13/2023/NĐ-CP).';

/**
 * The open form of a unit, as the web form, the kiosk and the paper entry screen show it, with a
 * fresh device token and proof-of-work challenge for the public web form (the signed-in kiosk and
 * paper entry ignore them).
 */
export async function formOf(ctx: AppContext, unitCode: string) {
  const { unit, wave, version } = await openForm(ctx, unitCode);
  return presentSurveyForm(
    await issueFormToken(ctx, unit.id),
    unit,
    wave,
    version,
    CONSENT_TEXT,
    await addressFormOf(ctx),
  );
}

/** The open form of a unit the actor may enter responses for (kiosk, paper). */
export async function officerForm(ctx: AppContext, actor: Actor, unitCode: string) {
  await requireEntryUnit(ctx, actor, unitCode);
  return formOf(ctx, unitCode);
}

/** A unit the actor may enter responses for (kiosk, paper). */
export function requireEntryUnit(ctx: AppContext, actor: Actor, unitCode: string) {
  return requireUnit(ctx, actor, unitCode, 'responses.enter');
}

export interface PublicSubmission {
  answers: AnswerMap;
  profile?: AnswerMap;
  consent: boolean;
  /** Free text, optional; stored masked in survey_comments, never linked to the response. */
  comment?: string | undefined;
  /** Issued with the form (GET /public/surveys/{unitCode}); never chosen by the client. */
  deviceToken?: string;
  /** The ALTCHA payload (base64 JSON) solving the challenge issued with the form. */
  proof?: string;
}

/**
 * A citizen's answers from the public web form. Anonymous: the device token and the address are
 * kept only as keyed hashes; one response per device token, unit and Vietnam day. Defences, cheapest
 * first: rate limits (429), the server-issued token, the proof of work; then the burst rule holds
 * the response (stored, counted nowhere until an officer decides) when its address sent too many.
 */
export async function submitPublicResponse(
  ctx: AppContext,
  unitCode: string,
  body: PublicSubmission,
  clientAddress: string | null,
) {
  if (body.consent !== true) throw consentRequired();
  const client = clientHash(ctx, clientAddress);
  limitPublicSubmission(ctx, client, unitCode);
  const { unit, wave, version } = await openForm(ctx, unitCode);
  const nonce = verifyFormToken(ctx, unit.id, body.deviceToken);
  await verifyProofOfWork(ctx, nonce, body.proof);
  const { answers, profile } = positionalAnswers(version, body.answers, body.profile);
  const comment = commentToStore(body.comment);
  const addressForm = await addressFormOf(ctx);
  const now = ctx.now();
  const deviceHash = keyedHash(ctx.secret, `device|${nonce}`);
  const { holdRules, dayHoldAfter } = formGuard(ctx).settings;
  return ctx.db.transaction(async (tx) => {
    // The widest window whose rule this response trips: that window's responses are all held, so a
    // script gains nothing by being first.
    let since: Date | null = null;
    for (const rule of holdRules) {
      const start = new Date(now.getTime() - rule.windowMs);
      const recent = client ? await countRecentFrom(tx, 'client_hash', client, start) : 0;
      if (recent >= rule.after && (since === null || start < since)) since = start;
    }
    // The day rule: this address's responses to this unit since the start of the Vietnam day.
    const dayStart = fromVnDateTime(vnDate(now));
    const today = client ? await countRecentFrom(tx, 'client_hash', client, dayStart, unit.id) : 0;
    const dayBurst = today >= dayHoldAfter;
    const burst = since !== null || dayBurst;
    if (since && client) await holdRecentFrom(tx, client, since);
    if (dayBurst && client) await holdRecentFrom(tx, client, dayStart, unit.id);
    const flags = [...straightLiningFlags(version, answers), ...(burst ? ['BURST'] : [])];
    try {
      await insertResponses(tx, version.id, version.compiled, [
        {
          unitId: unit.id,
          waveId: wave.id,
          submittedAt: now,
          receivedAt: now,
          channel: 'web',
          answers,
          profile,
          deviceHash,
          clientHash: client,
          deviceDayKey: keyedHash(ctx.secret, `device-day|${nonce}|${unit.id}|${vnDate(now)}`),
          flags,
          held: burst,
        },
      ]);
    } catch (error) {
      if (isUniqueViolation(error)) throw duplicateResponse(unit.name, addressText('ông/bà', addressForm));
      throw error;
    }
    // The comment goes to its own table in the same transaction: unit, wave and Vietnam day only,
    // nothing that ties it to the response. A held response's comment waits for moderation anyway.
    if (comment) {
      await insertComment(tx, { unitId: unit.id, waveId: wave.id, receivedOn: vnDate(now), text: comment });
    }
    return { received: true as const };
  });
}

export interface EnteredResponse {
  unitCode: string;
  channel: 'kiosk' | 'paper';
  answers: AnswerMap;
  profile?: AnswerMap;
  /** Paper: the date written on the form (YYYY-MM-DD, Vietnam); kiosk: now. */
  submittedAt?: string;
  /** Username of the officer who served the respondent, when the form names one. */
  servedBy?: string;
}

/**
 * Kiosk (the citizen answers on the counter tablet under the desk's session) and paper forms keyed
 * by a surveyor. Both are the respondent's own answers, so they count; a paper form is marked with
 * who keyed it, and an officer may never key a rating of their own service.
 */
export async function enterResponse(
  ctx: AppContext,
  actor: Actor,
  body: EnteredResponse,
): Promise<EnteredResponseResult> {
  const unit = await requireUnit(ctx, actor, body.unitCode, 'responses.enter');
  const now = ctx.now();
  let submittedAt = now;
  if (body.channel === 'paper' && body.submittedAt) {
    submittedAt = fromVnDateTime(`${body.submittedAt}T12:00`);
    if (vnDate(submittedAt) > vnDate(now)) throw paperDateInFuture();
  }
  const wave = await waveOn(ctx.db, unit.id, vnDate(submittedAt));
  if (!wave) throw noWaveOn(unit.name, vnDate(submittedAt));
  const version = await getQuestionnaireById(ctx, wave.questionnaireId);
  const { answers, profile } = positionalAnswers(version, body.answers, body.profile);
  const actorUserId = actor.kind === 'user' ? actor.userId : null;
  let servedBy: number | null = null;
  if (body.servedBy) {
    const served = await findUserByUsername(ctx.db, body.servedBy);
    if (!served) throw servedByNotFound(body.servedBy);
    servedBy = served.id;
  }
  if (servedBy !== null && servedBy === actorUserId) throw selfRating();
  const row: ResponseToStore = {
    unitId: unit.id,
    waveId: wave.id,
    submittedAt,
    channel: body.channel,
    answers,
    profile,
    keyedBy: body.channel === 'paper' ? actorUserId : null,
    servedBy,
    flags: straightLiningFlags(version, answers),
  };
  return ctx.db.transaction(async (tx) => {
    const [id] = await insertResponses(tx, version.id, version.compiled, [row]);
    const n = await countWaveUnitResponses(tx, wave.id, unit.id);
    return { id: id!, wave: wave.code, unitCount: n };
  });
}

export interface ReviewQuery {
  flagged?: boolean;
  excluded?: boolean;
  held?: boolean;
  unitCode?: string;
  questionnaireId?: number;
  period?: string;
  limit?: number;
}

/** Responses to review (newest first), inside the actor's subtree. Answers are not shown: only flags. */
export async function listForReview(ctx: AppContext, actor: Actor, q: ReviewQuery) {
  authorize(actor, 'responses.review');
  const prefix = q.unitCode
    ? (await requireUnit(ctx, actor, q.unitCode, 'responses.review')).path
    : scopePrefix(actor);
  const bounds = q.period ? periodBounds(requirePeriod(q.period)) : null;
  const rows = await reviewRows(ctx.db, {
    prefix,
    flagged: q.flagged,
    excluded: q.excluded,
    held: q.held,
    questionnaireId: q.questionnaireId,
    bounds,
    limit: Math.min(q.limit ?? 200, 1000),
  });
  return rows.map(presentReviewItem);
}

/** Exclude (with a reason) or restore a response. Audited; excluded responses never count. */
export async function setExcluded(
  ctx: AppContext,
  actor: Actor,
  id: number,
  exclude: boolean,
  reason?: string,
): Promise<ExclusionResult> {
  authorize(actor, 'responses.review');
  const row = await findResponseForReview(ctx.db, id);
  if (!row) throw responseNotFound(id);
  authorize(actor, 'responses.review', { path: row.unitPath });
  const text = reason?.trim() ?? '';
  if (exclude && text.length < 3) throw exclusionReasonRequired();
  await ctx.db.transaction(async (tx) => {
    await setResponseExclusion(
      tx,
      id,
      exclude ? { reason: text, by: actor.kind === 'user' ? actor.userId : null, at: ctx.now() } : null,
    );
    await recordAudit(
      tx,
      actor,
      {
        action: exclude ? 'response.exclude' : 'response.include',
        entityType: 'response',
        entityId: String(id),
        unitId: row.unitId,
        data: exclude ? { reason: text } : {},
      },
      ctx.now(),
    );
  });
  return { id, excluded: exclude, excludedReason: exclude ? text : null };
}

export function isUniqueViolation(error: unknown): boolean {
  for (let e: unknown = error; e; e = (e as { cause?: unknown }).cause) {
    if ((e as { code?: unknown }).code === '23505') return true;
  }
  return false;
}
