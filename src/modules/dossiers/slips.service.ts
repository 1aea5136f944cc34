import type { Actor } from '../../access/actor.ts';
import { authorize } from '../../access/permissions.ts';
import type { AppContext } from '../../lib/context.ts';
import { vnDate } from '../../lib/time.ts';
import { findUserById } from '../accounts/accounts.repo.ts';
import { findProcedureForUnit } from '../procedures/procedures.repo.ts';
import { headingOn } from '../units/headings.service.ts';
import { requireUnit } from '../units/units.service.ts';
import { ruleSetOn } from './dossier-status.ts';
import { dossierNotFound, procedureNotAccepted, slipNotIssued } from './dossiers.errors.ts';
import { monthBounds, standingOf } from './dossiers.queries.ts';
import * as repo from './dossiers.repo.ts';
import { legalTimeOf } from './due.ts';
import { lookupUrl, ratingUrl } from './links.ts';
import { lookupCheck } from './lookup-check.ts';
import {
  apologySlipPdf,
  controlSlipPdf,
  type DossierView,
  guideSlipPdf,
  invitationSlipPdf,
  receiptSlipPdf,
  refusalSlipPdf,
  registerXlsx,
  type SlipHeader,
  stopSlipPdf,
  supplementSlipPdf,
} from './slips/index.ts';

/** The forms a dossier can print, each from what was frozen when the slip was issued. */
export const SLIP_FORMS_PRINTABLE = ['01', '02', '03', '04', '05', 'invitation', 'stop'] as const;
export type PrintableForm = (typeof SLIP_FORMS_PRINTABLE)[number];

/**
 * The slip's heading: the unit's heading valid on the dossier's reception date (units/headings.ts),
 * so a dossier received by Phương Sài in May 2025 reprints Phương Sài's heading, one received in 2026
 * Tây Nha Trang's, never an abolished parent line; the desk named where the result is returned.
 */
async function headerFor(ctx: AppContext, unitId: number, receivedAt: Date, issuedAt: Date) {
  const heading = await headingOn(ctx.db, unitId, vnDate(receivedAt));
  const header: SlipHeader = {
    issuer: heading.issuingAgency,
    parent: heading.parentAgency || undefined,
    place: heading.place || 'Việt Nam',
    issuedAt,
  };
  return { header, deskName: heading.deskName };
}

/** One slip of a dossier as PDF: the latest issued of that form, with what it said then. */
export async function slipPdf(
  ctx: AppContext,
  actor: Actor,
  code: string,
  form: PrintableForm,
  base: string,
): Promise<Buffer> {
  authorize(actor, 'dossiers.read');
  const found = await repo.findByCode(ctx.db, code);
  if (!found) throw dossierNotFound(code);
  authorize(actor, 'dossiers.read', { path: found.unitPath });
  const d = found.d;
  const issued = await repo.slipsOf(ctx.db, d.id);
  const slips = issued.filter((s) => s.form === form);
  const slip = slips[slips.length - 1];
  // The limit's unit as frozen on the receipt; receipts issued before it was frozen: the procedure's.
  const receipt = (issued.find((s) => s.form === '01')?.content ?? {}) as Record<string, unknown>;
  if (!slip && form !== '05') throw slipNotIssued(code, form);
  const procedure = (await repo.procedureById(ctx.db, d.procedureId))!;
  const receiverUser = d.receivedBy ? await findUserById(ctx.db, d.receivedBy) : undefined;
  const receiver = receiverUser ? { name: receiverUser.displayName } : undefined;
  const content = (slip?.content ?? {}) as Record<string, unknown>;
  const view: DossierView = {
    code: d.code,
    ruleSet: d.ruleSet,
    procedureName: procedure.name,
    procedureCode: procedure.code,
    applicantName: d.applicantName,
    applicantAddress: d.applicantAddress ?? undefined,
    applicantPhone: d.applicantPhone ?? undefined,
    channel: d.channel as DossierView['channel'],
    receivedAt: d.receivedAt,
    dueAt: form === '01' && typeof content.dueAt === 'string' ? new Date(content.dueAt) : d.dueAt,
    legalTime: legalTimeOf(
      d.legalDays,
      typeof receipt.legalUnit === 'string' ? receipt.legalUnit : procedure.processingUnit,
      typeof receipt.legalCutoff === 'string' ? receipt.legalCutoff : procedure.sameDayCutoff,
    ),
    documents: (d.documents ?? []) as DossierView['documents'],
    receiverName: receiver?.name ?? 'Bộ phận Một cửa',
    lookupUrl: lookupUrl(base, ctx.secret, d.code),
    lookupCheck: lookupCheck(ctx.secret, d.code),
    ratingUrl: form === '01' || form === 'invitation' ? ratingUrl(base, ctx.secret, d.code) : undefined,
    returnPlace: `Bộ phận Tiếp nhận và Trả kết quả, ${found.unitName}`,
  };
  const { header, deskName } = await headerFor(ctx, d.unitId, d.receivedAt, slip?.issuedAt ?? ctx.now());
  if (deskName) view.returnPlace = `${deskName}, ${found.unitName}`;
  const dateOf = (v: unknown) => new Date(String(v));
  switch (form) {
    case '01':
      return receiptSlipPdf(header, view);
    case '02':
      return supplementSlipPdf(header, view, {
        missing: content.missing as string[],
        reason: String(content.reason),
        contactOfficer: String(content.contactOfficer ?? view.receiverName),
        newDueAt: null,
      });
    case '03':
      return refusalSlipPdf(header, view, {
        reason: String(content.reason),
        legalBasis: String(content.legalBasis),
        stage: content.stage === 'processing' ? 'processing' : 'reception',
      });
    case '04':
      return apologySlipPdf(header, view, {
        oldDueAt: dateOf(content.oldDueAt),
        newDueAt: dateOf(content.newDueAt),
        reason: String(content.reason),
        signerTitle: String(content.signerTitle ?? ''),
        signerName: String(content.signerName ?? ''),
      });
    case '05':
      return controlSlipPdf(
        header,
        view,
        (await repo.handoversOf(ctx.db, d.id)).map((h) => ({
          fromAgency: h.fromAgency,
          toAgency: h.toAgency,
          givenAt: h.givenAt,
          givenBy: h.givenBy,
          receivedAt: h.receivedAt ?? undefined,
          receivedBy: h.receivedBy ?? undefined,
          dueAt: h.dueAt ?? undefined,
          result: h.result ?? undefined,
        })),
      );
    case 'stop':
      return stopSlipPdf(header, view, {
        reason: String(content.reason),
        legalBasis: String(content.legalBasis),
      });
    case 'invitation':
      return invitationSlipPdf(header, view, { readyAt: dateOf(content.readyAt) });
  }
}

/** The guidance slip of a procedure at a unit, printable before anything is received. */
export async function guidePdf(
  ctx: AppContext,
  actor: Actor,
  unitCode: string,
  procedureCode: string,
): Promise<Buffer> {
  const unit = await requireUnit(ctx, actor, unitCode, 'dossiers.read');
  const p = await findProcedureForUnit(ctx.db, procedureCode, unit.id);
  if (!p) throw procedureNotAccepted(unit.name, procedureCode);
  return guideSlipPdf((await headerFor(ctx, unit.id, ctx.now(), ctx.now())).header, {
    procedureName: p.name,
    procedureCode: p.code,
    documents: p.documents as DossierView['documents'],
    legalTime: legalTimeOf(p.processingAmount, p.processingUnit, p.sameDayCutoff),
    fees: p.fees ? [p.fees] : [],
    legalBasis: p.legalBasis.split(/\n|;\s*/).filter(Boolean),
    forms: ((p.forms ?? []) as { name: string; url?: string }[]).map((f) =>
      f.url ? `${f.name}: ${f.url}` : f.name,
    ),
  });
}

/** Sổ theo dõi hồ sơ of a unit's dossiers received in a month, as XLSX: Mẫu 06 or 07 by their regime. */
export async function registerOfMonth(
  ctx: AppContext,
  actor: Actor,
  unitCode: string,
  month: string,
): Promise<Buffer> {
  const unit = await requireUnit(ctx, actor, unitCode, 'dossiers.read');
  const { start, end } = monthBounds(month);
  const rows = await repo.receivedBetween(ctx.db, unit.path, start, end);
  return registerXlsx(
    unit.name,
    `tháng ${Number(month.slice(5))}/${month.slice(0, 4)}`,
    await Promise.all(
      rows.map(async (r, i) => ({
        no: i + 1,
        code: r.d.code,
        procedure: r.procedure,
        applicant: r.d.applicantName,
        receivedAt: r.d.receivedAt,
        dueAt: r.d.dueAt,
        returnedAt: r.d.returnedAt ?? undefined,
        // The clock's words: "Đã trả kết quả đúng hạn", not only the national status name.
        status: (await standingOf(ctx, r.d, r.unitName)).phrase,
        ruleSet: r.d.ruleSet,
      })),
    ),
    // An empty month is headed by the regime in force on its first day.
    ruleSetOn(start),
  );
}
