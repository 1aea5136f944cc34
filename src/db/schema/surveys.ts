import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  date,
  doublePrecision,
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
import { bytea } from './bytea.ts';
import { units } from './units.ts';

/**
 * Questionnaire versions. A version is never changed: importing a changed file adds a version,
 * an identical one (same canonical hash as the latest) changes nothing.
 */
export const questionnaires = pgTable(
  'questionnaires',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    code: text('code').notNull(),
    version: integer('version').notNull(),
    title: text('title').notNull(),
    /** The canonical JSON (defaults filled in), exactly what `questionnaires export` writes. */
    definition: jsonb('definition').notNull(),
    hash: text('hash').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    createdBy: text('created_by').notNull(),
  },
  (t) => [uniqueIndex('questionnaires_code_version_idx').on(t.code, t.version)],
);

/** One imported file: its content hash is unique, so the same file is never counted twice. */
export const responseImports = pgTable('response_imports', {
  id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
  contentHash: text('content_hash').notNull().unique(),
  fileName: text('file_name').notNull(),
  questionnaireId: integer('questionnaire_id')
    .notNull()
    .references(() => questionnaires.id),
  channel: text('channel').notNull(),
  rows: integer('rows').notNull(),
  importedBy: text('imported_by').notNull(),
  importedAt: timestamp('imported_at', { withTimezone: true }).notNull().defaultNow(),
});

/** A collection campaign: a questionnaire version, a period, the units in scope and their targets. */
export const surveyWaves = pgTable('survey_waves', {
  id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
  code: text('code').notNull().unique(),
  title: text('title').notNull(),
  questionnaireId: integer('questionnaire_id')
    .notNull()
    .references(() => questionnaires.id),
  period: text('period').notNull(),
  opensOn: date('opens_on').notNull(),
  closesOn: date('closes_on').notNull(),
  /** The unit that set the wave up; the wave is visible to its subtree. */
  ownerUnitId: integer('owner_unit_id')
    .notNull()
    .references(() => units.id),
  demo: boolean('demo').notNull().default(false),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const waveUnits = pgTable(
  'wave_units',
  {
    waveId: integer('wave_id')
      .notNull()
      .references(() => surveyWaves.id, { onDelete: 'cascade' }),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    targetSample: integer('target_sample').notNull(),
  },
  (t) => [primaryKey({ columns: [t.waveId, t.unitId] })],
);

/**
 * One anonymous response. No personal data: answers are option values by question position
 * (`answers[i]` for the i-th question of the questionnaire version, NULL = left blank); the
 * respondent's criterion and overall scores are computed once on insert so the index aggregates
 * plain numbers. Client address and device are stored only as keyed hashes.
 */
export const responses = pgTable(
  'responses',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedByDefaultAsIdentity(),
    questionnaireId: integer('questionnaire_id')
      .notNull()
      .references(() => questionnaires.id),
    waveId: integer('wave_id').references(() => surveyWaves.id),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull(),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull().defaultNow(),
    /** web | kiosk | paper | import | counter */
    channel: text('channel').notNull(),
    answers: smallint('answers').array().notNull(),
    profile: smallint('profile').array(),
    /** Respondent score (0–1) per criterion, NULL where they answered nothing scored in it. */
    criterionScores: doublePrecision('criterion_scores').array().notNull(),
    overallScore: doublePrecision('overall_score'),
    /** The surveyor who transcribed a paper form (the answers are still the respondent's). */
    keyedBy: integer('keyed_by').references(() => users.id),
    /** The officer who served the respondent, when known (counter ratings); never the one who keys it. */
    servedBy: integer('served_by').references(() => users.id),
    deviceHash: text('device_hash'),
    clientHash: text('client_hash'),
    /** One web response per device, unit and Vietnam day: hash of the three, unique. */
    deviceDayKey: text('device_day_key'),
    /** A counter rating is bound to one dossier through a keyed hash of its code (one rating per dossier). */
    dossierKey: text('dossier_key'),
    importId: integer('import_id').references(() => responseImports.id),
    flags: text('flags').array().notNull().default(sql`'{}'::text[]`),
    excluded: boolean('excluded').notNull().default(false),
    excludedReason: text('excluded_reason'),
    excludedBy: integer('excluded_by').references(() => users.id),
    excludedAt: timestamp('excluded_at', { withTimezone: true }),
    /**
     * Held back by a burst rule (too many web responses from one address hash in a short window):
     * stored and shown to reviewers, but counted in no index and no publication until an officer
     * releases it (held = false, released_by/at set) or excludes it.
     */
    held: boolean('held').notNull().default(false),
    releasedBy: integer('released_by').references(() => users.id),
    releasedAt: timestamp('released_at', { withTimezone: true }),
    demo: boolean('demo').notNull().default(false),
  },
  (t) => [
    index('responses_aggregate_idx').on(t.questionnaireId, t.submittedAt, t.unitId),
    index('responses_unit_idx').on(t.unitId, t.submittedAt),
    index('responses_wave_idx').on(t.waveId, t.unitId),
    uniqueIndex('responses_device_day_idx').on(t.deviceDayKey),
    uniqueIndex('responses_dossier_idx').on(t.dossierKey),
    // The burst check counts a client's recent responses on every web submission.
    index('responses_client_recent_idx')
      .on(t.clientHash, t.receivedAt)
      .where(sql`${t.clientHash} is not null`),
    index('responses_flagged_idx').on(t.unitId).where(sql`cardinality(${t.flags}) > 0`),
    index('responses_held_idx').on(t.unitId, t.clientHash).where(sql`${t.held}`),
  ],
);

/**
 * Targets ("chỉ tiêu"), e.g. 83%. For a questionnaire code and period, a row applies to a peer group
 * or to one unit (a unit's own target wins), for one criterion, the overall index (criterion NULL),
 * or all of them ('*').
 */
export const surveyTargets = pgTable(
  'survey_targets',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    questionnaireCode: text('questionnaire_code').notNull(),
    period: text('period').notNull(),
    peerGroup: text('peer_group'),
    unitId: integer('unit_id').references(() => units.id),
    criterionCode: text('criterion_code'),
    value: doublePrecision('value').notNull(),
    setBy: text('set_by').notNull(),
    setAt: timestamp('set_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('survey_targets_one_scope', sql`(${t.peerGroup} is null) <> (${t.unitId} is null)`),
    check('survey_targets_range', sql`${t.value} >= 0 and ${t.value} <= 100`),
    index('survey_targets_lookup_idx').on(t.questionnaireCode, t.period),
  ],
);

/**
 * A result on its way to the public: draft → approved → published. The snapshot is the whole
 * index JSON frozen at approval, so later responses or exclusions never change it; a correction is
 * a new publication that supersedes the old one (both stay visible).
 */
export const indexPublications = pgTable(
  'index_publications',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    questionnaireId: integer('questionnaire_id')
      .notNull()
      .references(() => questionnaires.id),
    period: text('period').notNull(),
    /** Whose units the result covers (e.g. the city for its 27 wards). */
    scopeUnitId: integer('scope_unit_id')
      .notNull()
      .references(() => units.id),
    status: text('status').notNull(),
    title: text('title').notNull(),
    snapshot: jsonb('snapshot').notNull(),
    decisionNumber: text('decision_number'),
    /** The decision that published the result: its date, who signed it, and the signed PDF. */
    decisionDate: date('decision_date'),
    decisionSigner: text('decision_signer'),
    decisionFileName: text('decision_file_name'),
    decisionFile: bytea('decision_file'),
    note: text('note'),
    supersedesId: integer('supersedes_id'),
    supersededById: integer('superseded_by_id'),
    createdBy: integer('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    approvedBy: integer('approved_by').references(() => users.id),
    approvedAt: timestamp('approved_at', { withTimezone: true }),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    demo: boolean('demo').notNull().default(false),
  },
  (t) => [index('index_publications_lookup_idx').on(t.questionnaireId, t.period, t.status)],
);

/**
 * Free-text comments left with a survey (optional). Kept apart from the answers on purpose: no
 * link to the response, and only the Vietnam day it came, so a comment can never be tied back to
 * one respondent's answers. Phone numbers and e-mail addresses are masked before storing; nothing
 * is shown publicly until an officer publishes it (pending → published | hidden).
 */
export const surveyComments = pgTable(
  'survey_comments',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedByDefaultAsIdentity(),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    waveId: integer('wave_id').references(() => surveyWaves.id),
    receivedOn: date('received_on').notNull(),
    text: text('text').notNull(),
    /** pending | published | hidden */
    status: text('status').notNull().default('pending'),
    moderatedBy: integer('moderated_by').references(() => users.id),
    moderatedAt: timestamp('moderated_at', { withTimezone: true }),
    demo: boolean('demo').notNull().default(false),
  },
  (t) => [index('survey_comments_unit_idx').on(t.unitId, t.status, t.receivedOn)],
);
