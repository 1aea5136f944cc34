import type { z } from 'zod';
import type * as dossiers from '../../../modules/dossiers/dossiers.schema.ts';
import type * as procedures from '../../../modules/procedures/procedures.schema.ts';

/**
 * The desk API as the web app uses it: every request and response type is inferred from the
 * server's zod schemas (type-only import of dossiers.schema.ts), so a renamed field fails to compile.
 */
export type ReceiveBody = z.input<typeof dossiers.ReceiveBody>;
/** GET /dossiers/possible-duplicates: the same applicant and procedure at the unit, a few working days back. */
export type PossibleDuplicates = z.infer<typeof dossiers.PossibleDuplicates>;
export type SupplementBody = z.input<typeof dossiers.SupplementBody>;
export type RefuseBody = z.input<typeof dossiers.RefuseBody>;
export type StopBody = z.input<typeof dossiers.StopBody>;
export type ApologyBody = z.input<typeof dossiers.ApologyBody>;
export type HandoverBody = z.input<typeof dossiers.HandoverBody>;
export type HandoverReceiveBody = z.input<typeof dossiers.HandoverReceiveBody>;
export type ReasonBody = z.input<typeof dossiers.ReasonBody>;
export type Dashboard = z.infer<typeof dossiers.Dashboard>;

export type DocumentKind = 'original' | 'certified_copy' | 'copy';
export const DOCUMENT_KINDS: readonly DocumentKind[] = ['original', 'certified_copy', 'copy'];
export type DeskChannel = z.infer<typeof dossiers.Channel>;
export const DESK_CHANNELS: readonly DeskChannel[] = ['direct', 'online', 'postal'];
export type ApplicantKind = DossierDetail['applicant']['kind'];

/** National status codes 1–10 (dossier-status.ts). */
export const STATUSES = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;
export type DossierStatus = (typeof STATUSES)[number];

export type DocumentItem = z.infer<typeof dossiers.DocumentItem>;

/** A row of GET /dossiers and /dossiers/warnings. */
export type DossierSummary = z.infer<typeof dossiers.DossierSummary>;

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
  | 'due_recalculated'
  | 'stopped';

export type DossierEvent = z.infer<typeof dossiers.DossierEvent>;
export type Handover = z.infer<typeof dossiers.Handover>;
export type SlipForm = z.infer<typeof dossiers.SlipForm>;
export type IssuedSlip = z.infer<typeof dossiers.IssuedSlip>;

/** GET /dossiers/{code}, also the answer of every action. */
export type DossierDetail = z.infer<typeof dossiers.DossierDetail>;
export type DeskRegime = z.infer<typeof dossiers.DeskRegime>;
export type RegimeForm = z.infer<typeof dossiers.RegimeForm>;
export type Violation = z.infer<typeof dossiers.Violation>;

/** GET /public/dossiers/{code}: the citizen's clock, initials only. */
export type PublicDossier = z.infer<typeof dossiers.PublicDossier>;
/** GET /public/dossiers/{code} without the check value: only that the dossier exists, and how to see it. */
export type PublicDossierExists = z.infer<typeof dossiers.PublicDossierExists>;
export type PublicLookup = z.infer<typeof dossiers.PublicLookup>;

/** GET /public/dossiers/{code}/rating?t=…: the questions the citizen answers, and what the record says. */
export type RatingForm = z.infer<typeof dossiers.RatingForm>;
export type RatingOption =
  RatingForm['questionnaire']['criteria'][number]['questions'][number]['options'][number];
/** A procedure as GET /public/procedures lists it (reception uses its documents and time). */
export type DeskProcedure = z.infer<typeof procedures.Procedure>;
