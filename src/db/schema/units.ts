import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  boolean,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
} from 'drizzle-orm/pg-core';

/** The editable list of unit kinds (province, commune, health station…). */
export const unitTypes = pgTable('unit_types', {
  code: text('code').primaryKey(),
  nameVi: text('name_vi').notNull(),
  nameEn: text('name_en').notNull(),
  sortOrder: integer('sort_order').notNull().default(100),
});

/**
 * The organisation tree. `path` is the chain of ids from the root ("1.5.23."), so "is X inside
 * the subtree of Y" is a prefix test and a subtree is one indexed LIKE query.
 */
export const units = pgTable(
  'units',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    code: text('code').notNull().unique(),
    name: text('name').notNull(),
    /** Name folded for diacritic-insensitive search (see lib/text.ts). */
    nameSearch: text('name_search').notNull(),
    type: text('type')
      .notNull()
      .references(() => unitTypes.code),
    parentId: integer('parent_id').references((): AnyPgColumn => units.id),
    path: text('path').notNull(),
    depth: integer('depth').notNull(),
    peerGroup: text('peer_group').notNull(),
    validFrom: date('valid_from').notNull().default(sql`'1900-01-01'`),
    validTo: date('valid_to'),
    demo: boolean('demo').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('units_path_idx').on(t.path.op('text_pattern_ops')),
    index('units_parent_idx').on(t.parentId),
  ],
);

/** A merged, split or renamed unit points to the unit(s) that carry on its work. */
export const unitSuccessors = pgTable(
  'unit_successors',
  {
    predecessorId: integer('predecessor_id')
      .notNull()
      .references(() => units.id),
    successorId: integer('successor_id')
      .notNull()
      .references(() => units.id),
    effectiveOn: date('effective_on').notNull(),
  },
  (t) => [primaryKey({ columns: [t.predecessorId, t.successorId] })],
);

/**
 * How a unit heads the documents it issues (NĐ 30/2020/NĐ-CP, Phụ lục I), valid over time: the
 * line of the body directly above it (empty when the law gives none, as for a People's Committee),
 * its own name, the place on the date line, its abbreviation in symbols, and the name of its
 * one-stop desk. A document keeps the heading it was drafted with; a unit without a row for a date
 * falls back to the heading guessed from its name (src/modules/plans/agency.ts).
 */
export const unitHeadings = pgTable(
  'unit_headings',
  {
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    validFrom: date('valid_from').notNull(),
    validTo: date('valid_to'),
    parentAgency: text('parent_agency').notNull().default(''),
    issuingAgency: text('issuing_agency').notNull(),
    place: text('place').notNull(),
    short: text('short').notNull(),
    /** "Trung tâm Phục vụ hành chính công xã X" or "Bộ phận Một cửa": who receives dossiers. */
    deskName: text('desk_name').notNull().default(''),
    /** Where this heading comes from (a decision, a resolution) or "mặc định" when guessed. */
    source: text('source').notNull().default(''),
  },
  (t) => [primaryKey({ columns: [t.unitId, t.validFrom] })],
);
