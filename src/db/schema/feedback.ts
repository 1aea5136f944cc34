import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
} from 'drizzle-orm/pg-core';
import { apiTokens, users } from './accounts.ts';
import { bytea } from './bytea.ts';
import { units } from './units.ts';

/**
 * Feedback categories (Open311 services): each belongs to a unit (a root category serves every unit
 * below it) and has a default handler and an answer template.
 */
export const feedbackCategories = pgTable('feedback_categories', {
  id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
  /** Open311 service_code. */
  code: text('code').notNull().unique(),
  name: text('name').notNull(),
  description: text('description').notNull().default(''),
  /** Open311 group. */
  groupName: text('group_name').notNull().default(''),
  keywords: text('keywords').array().notNull().default(sql`'{}'::text[]`),
  unitId: integer('unit_id')
    .notNull()
    .references(() => units.id),
  defaultHandlerId: integer('default_handler_id').references(() => users.id),
  answerTemplate: text('answer_template').notNull().default(''),
  /** The deadline policy of data/feedback/deadline-policies.json this category follows. */
  deadlinePolicy: text('deadline_policy').notNull().default('nd20-2008'),
  active: boolean('active').notNull().default(true),
  demo: boolean('demo').notNull().default(false),
});

/**
 * One piece of feedback (phản ánh, kiến nghị). States (canonical): cho_tiep_nhan, tu_choi, da_chuyen,
 * cho_bo_sung, dang_xu_ly, cho_duyet, da_tra_loi, da_cong_khai. Deadlines are working-day moments
 * computed at reception with the unit's calendar (version stored), like dossiers.
 */
export const feedbackItems = pgTable(
  'feedback_items',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedByDefaultAsIdentity(),
    code: text('code').notNull().unique(),
    categoryId: integer('category_id')
      .notNull()
      .references(() => feedbackCategories.id),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    /** web | hotline | counter | kiosk | open311 */
    channel: text('channel').notNull(),
    status: text('status').notNull(),
    description: text('description').notNull(),
    /** Folded description for duplicate search. */
    searchText: text('search_text').notNull(),
    address: text('address'),
    lat: doublePrecision('lat'),
    long: doublePrecision('long'),
    /** Contact only with consent; never published. */
    reporterName: text('reporter_name'),
    reporterPhone: text('reporter_phone'),
    reporterEmail: text('reporter_email'),
    contactConsent: boolean('contact_consent').notNull().default(false),
    /** Hotline: when the call came in. */
    calledAt: timestamp('called_at', { withTimezone: true }),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull(),
    receivedBy: integer('received_by').references(() => users.id),
    handlerId: integer('handler_id').references(() => users.id),
    calendarVersion: text('calendar_version').notNull(),
    /** The deadline policy applied at reception, kept when the category's policy later changes. */
    deadlinePolicy: text('deadline_policy').notNull().default('nd20-2008'),
    rejectBy: timestamp('reject_by', { withTimezone: true }).notNull(),
    transferBy: timestamp('transfer_by', { withTimezone: true }).notNull(),
    answerBy: timestamp('answer_by', { withTimezone: true }).notNull(),
    publishBy: timestamp('publish_by', { withTimezone: true }),
    answer: text('answer'),
    answeredBy: integer('answered_by').references(() => users.id),
    approvedBy: integer('approved_by').references(() => users.id),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    /** satisfied | dissatisfied */
    rating: text('rating'),
    ratingReason: text('rating_reason'),
    reopenedCount: integer('reopened_count').notNull().default(0),
    mergedIntoId: bigint('merged_into_id', { mode: 'number' }),
    /** A complaint about a named officer (verified by the handler). */
    officerId: integer('officer_id').references(() => users.id),
    officerVerified: boolean('officer_verified').notNull().default(false),
    /** Keyed hash of the token on the reporter's tracking link (to rate the answer). */
    trackingHash: text('tracking_hash').notNull(),
    /** Open311 partner (an API token) that filed it. */
    apiTokenId: integer('api_token_id').references(() => apiTokens.id),
    demo: boolean('demo').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('feedback_items_unit_status_idx').on(t.unitId, t.status),
    index('feedback_items_received_idx').on(t.receivedAt),
    index('feedback_items_category_idx').on(t.categoryId, t.status),
    index('feedback_items_officer_idx').on(t.officerId).where(sql`${t.officerId} is not null`),
  ],
);

export const feedbackEvents = pgTable(
  'feedback_events',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedByDefaultAsIdentity(),
    itemId: bigint('item_id', { mode: 'number' })
      .notNull()
      .references(() => feedbackItems.id),
    at: timestamp('at', { withTimezone: true }).notNull(),
    kind: text('kind').notNull(),
    fromStatus: text('from_status'),
    toStatus: text('to_status'),
    actorId: integer('actor_id').references(() => users.id),
    actorLabel: text('actor_label').notNull(),
    data: jsonb('data').notNull().default(sql`'{}'::jsonb`),
  },
  (t) => [index('feedback_events_item_idx').on(t.itemId, t.at)],
);

/** Photos sent with a report (JPEG, PNG or WebP, size-limited), stored in the database. */
export const feedbackPhotos = pgTable(
  'feedback_photos',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedByDefaultAsIdentity(),
    itemId: bigint('item_id', { mode: 'number' })
      .notNull()
      .references(() => feedbackItems.id),
    mime: text('mime').notNull(),
    bytes: bytea('bytes').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('feedback_photos_item_idx').on(t.itemId)],
);

/** Per-day sequence for feedback codes (PA-<unit>-<date>-<n>). */
export const feedbackSequences = pgTable('feedback_sequences', {
  day: text('day').primaryKey(),
  last: integer('last').notNull(),
});
