import { pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/** Installation-wide values that must survive restarts (e.g. the generated hashing secret). */
export const settings = pgTable('settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
