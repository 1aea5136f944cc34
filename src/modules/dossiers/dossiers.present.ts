import type { z } from 'zod';
import { deskRegimeOf } from '../../law/regimes.ts';
import type { StepData } from '../workflow/step.schema.ts';
import { STATUS_NAMES, type Status } from './dossier-status.ts';
import type * as repo from './dossiers.repo.ts';
import type * as s from './dossiers.schema.ts';
import type { Standing } from './public-status.ts';

/** Presenters: each response of the desk API built from rows, every field listed (dossiers.schema.ts). */

type EventRow = Awaited<ReturnType<typeof repo.eventsOf>>[number];
type HandoverRow = Awaited<ReturnType<typeof repo.handoversOf>>[number];
type SlipRow = Awaited<ReturnType<typeof repo.slipsOf>>[number];

export function presentSummary(
  d: repo.DossierRow,
  extra: { unitCode: string; procedureName: string },
  remainingDays: number | null,
): z.infer<typeof s.DossierSummary> {
  return {
    code: d.code,
    unitCode: extra.unitCode,
    procedure: extra.procedureName,
    applicantName: d.applicantName,
    channel: d.channel as z.infer<typeof s.Channel>,
    status: d.status,
    statusName: STATUS_NAMES[d.status as Status],
    receivedAt: d.receivedAt.toISOString(),
    dueAt: d.dueAt.toISOString(),
    remainingWorkingDays: remainingDays,
    supplementRequests: d.supplementRequests,
    apologies: d.apologies,
    resultReadyAt: d.resultReadyAt?.toISOString() ?? null,
    returnedAt: d.returnedAt?.toISOString() ?? null,
    heldBy: d.heldBy,
  };
}

export function presentEvent(e: EventRow): z.infer<typeof s.DossierEvent> {
  return {
    at: e.at.toISOString(),
    kind: e.kind,
    fromStatus: e.fromStatus,
    toStatus: e.toStatus,
    actor: e.actorLabel,
    data: e.data as StepData,
  };
}

export function presentHandover(h: HandoverRow): z.infer<typeof s.Handover> {
  return {
    id: h.id,
    fromAgency: h.fromAgency,
    toAgency: h.toAgency,
    givenAt: h.givenAt.toISOString(),
    givenBy: h.givenBy,
    receivedAt: h.receivedAt?.toISOString() ?? null,
    receivedBy: h.receivedBy,
    dueAt: h.dueAt?.toISOString() ?? null,
    result: h.result,
  };
}

export function presentSlip(slip: SlipRow): z.infer<typeof s.IssuedSlip> {
  return {
    id: slip.id,
    form: slip.form as z.infer<typeof s.SlipForm>,
    issuedAt: slip.issuedAt.toISOString(),
    issuedBy: slip.issuedBy,
  };
}

type Documents = z.infer<typeof s.DossierDetail>['documents'];
type ApplicantKind = z.infer<typeof s.DossierDetail>['applicant']['kind'];

export function presentDetail(
  loaded: { d: repo.DossierRow; unitCode: string; unitName: string },
  procedure: { code: string; name: string },
  remainingDays: number | null,
  parts: {
    handledBy: { username: string; name: string } | null;
    links: { ratingUrl: string; lookupUrl: string; lookupCheck: string };
    standing: Standing;
    events: EventRow[];
    handovers: HandoverRow[];
    slips: SlipRow[];
  },
): z.infer<typeof s.DossierDetail> {
  const d = loaded.d;
  const { overdue: _, ...summary } = presentSummary(
    d,
    { unitCode: loaded.unitCode, procedureName: procedure.name },
    remainingDays,
  );
  return {
    ...summary,
    unitName: loaded.unitName,
    procedureCode: procedure.code,
    applicant: {
      kind: d.applicantKind as ApplicantKind,
      name: d.applicantName,
      phone: d.applicantPhone,
      email: d.applicantEmail,
      address: d.applicantAddress,
      contactConsent: d.contactConsent,
    },
    documents: d.documents as Documents,
    legalDays: d.legalDays,
    ruleSet: d.ruleSet,
    regime: deskRegimeOf(d.ruleSet),
    calendarVersion: d.calendarVersion,
    pausedWorkingDays: d.pausedWorkingDays,
    handledBy: parts.handledBy,
    ratingUrl: parts.links.ratingUrl,
    lookupUrl: parts.links.lookupUrl,
    lookupCheck: parts.links.lookupCheck,
    standing: presentStanding(parts.standing),
    events: parts.events.map(presentEvent),
    handovers: parts.handovers.map(presentHandover),
    slips: parts.slips.map(presentSlip),
  };
}

export function presentViolation(r: {
  kind: string;
  at: Date;
  note: string | null;
  unitCode: string;
  unitName: string;
  dossier: string;
  officer: string | null;
  officerName: string | null;
}): z.infer<typeof s.Violation> {
  return {
    kind: r.kind,
    at: r.at.toISOString(),
    note: r.note,
    unitCode: r.unitCode,
    unitName: r.unitName,
    dossier: r.dossier,
    officer: r.officer,
    officerName: r.officerName,
  };
}

/** A slip on the public clock: which form, and when. */
export function presentPublicSlip(slip: SlipRow): z.infer<typeof s.PublicDossier>['slips'][number] {
  return { form: slip.form as z.infer<typeof s.SlipForm>, issuedAt: slip.issuedAt.toISOString() };
}

/** Where the dossier stands (public-status.ts), every field listed. */
export function presentStanding(x: Standing): z.infer<typeof s.Standing> {
  return {
    phase: x.phase,
    place: x.place,
    timeliness: x.timeliness,
    workingDays: x.workingDays,
    phrase: x.phrase,
    verdict: x.verdict,
  };
}
