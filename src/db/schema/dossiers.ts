import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { users } from './accounts.ts';
import { units } from './units.ts';

/** Administrative procedures (thủ tục hành chính): what a citizen can file, and the legal time for it. */
export const procedures = pgTable('procedures', {
  id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
  code: text('code').notNull().unique(),
  name: text('name').notNull(),
  nameSearch: text('name_search').notNull(),
  field: text('field').notNull(),
  /** toan_trinh | mot_phan | truc_tiep */
  level: text('level').notNull(),
  processingAmount: integer('processing_amount').notNull(),
  /** working_days | working_hours | same_day (processingAmount 0: due at closing time) */
  processingUnit: text('processing_unit').notNull(),
  /**
   * Same-day procedures only: received after this time of day (HH:MM), the result is due at the
   * closing time of the next working day (chứng thực: NĐ 23/2015/NĐ-CP Điều 7, cut-off 15:00).
   */
  sameDayCutoff: text('same_day_cutoff'),
  fees: text('fees').notNull().default(''),
  /** [{name, kind: original|certified_copy|copy, count}] */
  documents: jsonb('documents').notNull(),
  /** [{name, url}] */
  forms: jsonb('forms').notNull(),
  legalBasis: text('legal_basis').notNull(),
  active: boolean('active').notNull().default(true),
  demo: boolean('demo').notNull().default(false),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Which units receive a procedure. */
export const procedureUnits = pgTable(
  'procedure_units',
  {
    procedureId: integer('procedure_id')
      .notNull()
      .references(() => procedures.id, { onDelete: 'cascade' }),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
  },
  (t) => [primaryKey({ columns: [t.procedureId, t.unitId] })],
);

/** Office hours of a unit (default 07:30–17:00, Monday–Friday when absent). */
export const unitOfficeHours = pgTable('unit_office_hours', {
  unitId: integer('unit_id')
    .primaryKey()
    .references(() => units.id),
  open: text('open').notNull(),
  close: text('close').notNull(),
  workWeek: smallint('work_week').array().notNull(),
});

/** Official notices an admin entered or corrected; they override data/holidays/YYYY.json for their year. */
export const calendarNotices = pgTable('calendar_notices', {
  year: integer('year').primaryKey(),
  notice: jsonb('notice').notNull(),
  updatedBy: text('updated_by').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Every calendar a due date was computed with, by content hash, so a due date can always be explained. */
export const workCalendars = pgTable('work_calendars', {
  version: text('version').primaryKey(),
  calendar: jsonb('calendar').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * A dossier (hồ sơ) at the one-stop desk. Status codes are the national ones (1 Mới đăng ký …
 * 10 Đã trả kết quả). The due moment is stored with the calendar version that computed it and
 * moves only by an explicit, audited action (supplement completed, apology with a new date,
 * recalculation).
 */
export const dossiers = pgTable(
  'dossiers',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedByDefaultAsIdentity(),
    code: text('code').notNull().unique(),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    procedureId: integer('procedure_id')
      .notNull()
      .references(() => procedures.id),
    /** direct | online | postal */
    channel: text('channel').notNull(),
    status: smallint('status').notNull(),
    /** The legal regime in force at reception (NĐ 61/2018 until 30/6/2025, NĐ 118/2025 after). */
    ruleSet: text('rule_set').notNull(),
    applicantKind: text('applicant_kind').notNull(),
    applicantName: text('applicant_name').notNull(),
    applicantPhone: text('applicant_phone'),
    applicantEmail: text('applicant_email'),
    applicantAddress: text('applicant_address'),
    /** Consent to be contacted (SMS, Zalo, email) about this dossier (NĐ 13/2023). */
    contactConsent: boolean('contact_consent').notNull().default(false),
    /** Documents received: [{name, kind, count}] */
    documents: jsonb('documents').notNull(),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull(),
    receivedBy: integer('received_by').references(() => users.id),
    /** The officer in charge (the one whose service is rated). */
    handledBy: integer('handled_by').references(() => users.id),
    legalDays: integer('legal_days').notNull(),
    dueAt: timestamp('due_at', { withTimezone: true }).notNull(),
    calendarVersion: text('calendar_version')
      .notNull()
      .references(() => workCalendars.version),
    supplementRequests: smallint('supplement_requests').notNull().default(0),
    /** Set while waiting for the citizen's supplement: the clock is paused. */
    pausedSince: timestamp('paused_since', { withTimezone: true }),
    pausedWorkingDays: integer('paused_working_days').notNull().default(0),
    apologies: smallint('apologies').notNull().default(0),
    resultReadyAt: timestamp('result_ready_at', { withTimezone: true }),
    returnedAt: timestamp('returned_at', { withTimezone: true }),
    /** Where the dossier is now (an agency name or unit code), for the public clock. */
    heldBy: text('held_by'),
    demo: boolean('demo').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('dossiers_status_range', sql`${t.status} between 1 and 10`),
    index('dossiers_unit_received_idx').on(t.unitId, t.receivedAt),
    index('dossiers_open_due_idx').on(t.dueAt).where(sql`${t.status} not in (3, 7, 8, 9, 10)`),
    index('dossiers_handled_idx').on(t.handledBy, t.status),
  ],
);

/** Dossier codes: unit code + reception date + a sequence per unit and day. */
export const dossierSequences = pgTable(
  'dossier_sequences',
  {
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    day: date('day').notNull(),
    last: integer('last').notNull(),
  },
  (t) => [primaryKey({ columns: [t.unitId, t.day] })],
);

/** Everything that happened to a dossier, in order: the timeline the desk and the public clock show. */
export const dossierEvents = pgTable(
  'dossier_events',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedByDefaultAsIdentity(),
    dossierId: bigint('dossier_id', { mode: 'number' })
      .notNull()
      .references(() => dossiers.id),
    at: timestamp('at', { withTimezone: true }).notNull(),
    kind: text('kind').notNull(),
    fromStatus: smallint('from_status'),
    toStatus: smallint('to_status'),
    actorId: integer('actor_id').references(() => users.id),
    actorLabel: text('actor_label').notNull(),
    data: jsonb('data').notNull().default(sql`'{}'::jsonb`),
  },
  (t) => [index('dossier_events_dossier_idx').on(t.dossierId, t.at)],
);

/** Hand-overs between agencies (Mẫu 05): who gave, who received, when. */
export const dossierHandovers = pgTable(
  'dossier_handovers',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedByDefaultAsIdentity(),
    dossierId: bigint('dossier_id', { mode: 'number' })
      .notNull()
      .references(() => dossiers.id),
    fromAgency: text('from_agency').notNull(),
    toAgency: text('to_agency').notNull(),
    givenAt: timestamp('given_at', { withTimezone: true }).notNull(),
    givenBy: text('given_by').notNull(),
    receivedAt: timestamp('received_at', { withTimezone: true }),
    receivedBy: text('received_by'),
    /** The due moment at this agency, when the process sets one. */
    dueAt: timestamp('due_at', { withTimezone: true }),
    result: text('result'),
  },
  (t) => [index('dossier_handovers_dossier_idx').on(t.dossierId, t.givenAt)],
);

/** Slips issued (receipt 01, supplement 02, refusal 03, apology 04, control 05, guide, invitation). */
export const dossierSlips = pgTable(
  'dossier_slips',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedByDefaultAsIdentity(),
    dossierId: bigint('dossier_id', { mode: 'number' })
      .notNull()
      .references(() => dossiers.id),
    form: text('form').notNull(),
    issuedAt: timestamp('issued_at', { withTimezone: true }).notNull(),
    issuedBy: text('issued_by').notNull(),
    /** What the slip says (reason, legal basis, old and new dates…), frozen when issued. */
    content: jsonb('content').notNull(),
  },
  (t) => [index('dossier_slips_dossier_idx').on(t.dossierId, t.form)],
);

/** Breaches of the desk's duties, per unit and per officer (the officer evaluation reads this). */
export const deskViolations = pgTable(
  'desk_violations',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    officerId: integer('officer_id').references(() => users.id),
    dossierId: bigint('dossier_id', { mode: 'number' })
      .notNull()
      .references(() => dossiers.id),
    /** SECOND_SUPPLEMENT | LATE_WITHOUT_APOLOGY */
    kind: text('kind').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    note: text('note').notNull().default(''),
  },
  (t) => [
    uniqueIndex('desk_violations_once_idx').on(t.dossierId, t.kind, t.at),
    index('desk_violations_unit_idx').on(t.unitId, t.at),
  ],
);

/**
 * Messages to send (email, SMS, Zalo ZNS): written in the same transaction as the event that causes
 * them, sent by a worker with retries, so nothing is lost if the process stops.
 */
export const outbox = pgTable(
  'outbox',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedByDefaultAsIdentity(),
    channel: text('channel').notNull(),
    recipient: text('recipient').notNull(),
    template: text('template').notNull(),
    payload: jsonb('payload').notNull(),
    /** Same key → the message is queued once (e.g. "invite:<dossier>"). */
    dedupeKey: text('dedupe_key').notNull(),
    status: text('status').notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull().defaultNow(),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    lastError: text('last_error'),
    providerId: text('provider_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('outbox_dedupe_idx').on(t.channel, t.dedupeKey),
    index('outbox_due_idx').on(t.nextAttemptAt).where(sql`${t.status} = 'pending'`),
  ],
);
