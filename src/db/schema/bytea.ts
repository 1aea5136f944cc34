import { customType } from 'drizzle-orm/pg-core';

/** Files kept in the database (photos, evidence, signed decisions): bytes in, bytes out. */
export const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => 'bytea' });
