import type { z } from 'zod';
import type * as dossiers from '../../../modules/dossiers/dossiers.schema.ts';

/**
 * The desk API as the web app uses it. Request bodies and the dashboard are inferred from the
 * server's zod schemas (type-only import); the dossier responses are `looseObject`s there, so the
 * fields the pages rely on are written out here (see dossiers.queries.ts).
 */
export type ReceiveBody = z.input<typeof dossiers.ReceiveBody>;
export type SupplementBody = z.input<typeof dossiers.SupplementBody>;
export type RefuseBody = z.input<typeof dossiers.RefuseBody>;
export type ApologyBody = z.input<typeof dossiers.ApologyBody>;
export type HandoverBody = z.input<typeof dossiers.HandoverBody>;
export type HandoverReceiveBody = z.input<typeof dossiers.HandoverReceiveBody>;
export type ReasonBody = z.input<typeof dossiers.ReasonBody>;
export type Dashboard = z.infer<typeof dossiers.Dashboard>;

export type DocumentKind = 'original' | 'certified_copy' | 'copy';
export const DOCUMENT_KINDS: readonly DocumentKind[] = ['original', 'certified_copy', 'copy'];
export type DeskChannel = 'direct' | 'online' | 'postal';
export const DESK_CHANNELS: readonly DeskChannel[] = ['direct', 'online', 'postal'];
export type ApplicantKind = 'person' | 'organisation';

/** National status codes 1–10 (dossier-status.ts). */
export const STATUSES = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;
export type DossierStatus = (typeof STATUSES)[number];

export interface DocumentItem {
  name: string;
  kind: DocumentKind;
  count: number;
}

/** A row of GET /dossiers and /dossiers/warnings. */
export interface DossierSummary {
  code: string;
  unitCode: string;
  procedure: string;
  applicantName: string;
  channel: DeskChannel;
  status: number;
  statusName: string;
  receivedAt: string;
  dueAt: string;
  /** Null when the clock is not running: closed, or waiting for the citizen. */
  remainingWorkingDays: number | null;
  supplementRequests: number;
  apologies: number;
  resultReadyAt: string | null;
  returnedAt: string | null;
  heldBy: string | null;
  /** Only in the warning list. */
  overdue?: boolean;
}

export type EventKind =
  | 'received'
  | 'processing'
  | 'supplement_requested'
  | 'supplement_completed'
  | 'refused'
  | 'apology'
  | 'result_ready'
  | 'returned'
  | 'handover'
  | 'handover_received'
  | 'withdrawn'
  | 'due_recalculated';

export interface DossierEvent {
  at: string;
  kind: EventKind | string;
  fromStatus: number | null;
  toStatus: number | null;
  actor: string;
  data: Record<string, unknown>;
}

export interface Handover {
  id: number;
  fromAgency: string;
  toAgency: string;
  givenAt: string;
  givenBy: string;
  receivedAt: string | null;
  receivedBy: string | null;
  dueAt: string | null;
  result: string | null;
}

export type SlipForm = '01' | '02' | '03' | '04' | '05' | 'invitation';

export interface IssuedSlip {
  id: number;
  form: SlipForm;
  issuedAt: string;
  issuedBy: string;
}

/** GET /dossiers/{code}, also the answer of every action. */
export interface DossierDetail extends DossierSummary {
  unitName: string;
  procedureCode: string;
  applicant: {
    kind: ApplicantKind;
    name: string;
    phone: string | null;
    email: string | null;
    address: string | null;
    contactConsent: boolean;
  };
  documents: DocumentItem[];
  legalDays: number;
  ruleSet: string;
  pausedWorkingDays: number;
  handledBy: { username: string; name: string } | null;
  /** The link printed as a QR on the receipt: the applicant rates the dossier once. */
  ratingUrl: string;
  lookupUrl: string;
  /** Printed beside the code on the receipt: the public lookup shows the dossier only with it. */
  lookupCheck: string;
  events: DossierEvent[];
  handovers: Handover[];
  slips: IssuedSlip[];
}

export interface Violation {
  kind: string;
  at: string;
  note: string | null;
  unitCode: string;
  unitName: string;
  dossier: string;
  officer: string | null;
  officerName: string | null;
}

/** GET /public/dossiers/{code}: the citizen's clock, initials only. */
export interface PublicDossier {
  verified: true;
  code: string;
  unitName: string;
  procedure: string;
  applicant: string;
  status: number;
  statusName: string;
  receivedAt: string;
  dueAt: string;
  remainingWorkingDays: number | null;
  heldBy: string | null;
  pauses: { at: string; kind: string; reason: string | null }[];
  timeline: { at: string; kind: string; statusName: string | null }[];
  slips: { form: SlipForm; issuedAt: string }[];
  resultReadyAt: string | null;
  returnedAt: string | null;
}

/** GET /public/dossiers/{code} without the check value: only that the dossier exists, and how to see it. */
export interface PublicDossierExists {
  verified: false;
  code: string;
  exists: true;
  message: string;
}
export type PublicLookup = PublicDossier | PublicDossierExists;

export interface RatingOption {
  value: number;
  label: string;
  score?: number | null;
}

/** GET /public/dossiers/{code}/rating?t=…: the questions the citizen answers, and what the record says. */
export interface RatingForm {
  dossier: { code: string; unitName: string };
  questionnaire: {
    code: string;
    version: number;
    title: string;
    criteria: {
      code: string;
      title: string;
      questions: { code: string; text: string; options: RatingOption[] }[];
    }[];
  };
  /** Indicators computed from the dossier (option values 0–2), null when not known yet. */
  fromDossier: Record<string, number | null>;
}

/** A procedure as GET /public/procedures lists it (the fields reception uses). */
export interface DeskProcedure {
  code: string;
  name: string;
  field: string;
  level: string;
  processingTime: { amount: number; unit: 'working_days' | 'working_hours' | string };
  documents: DocumentItem[];
}
