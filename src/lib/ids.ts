import { z } from 'zod';

/** The largest id of a row (PostgreSQL `integer`/`serial`): a larger one is no row, not a 500. */
export const MAX_ROW_ID = 2_147_483_647;

/** A row id in a path, a query or a body: a whole number 1 … 2,147,483,647. */
export const rowId = z.coerce
  .number()
  .int()
  .min(1)
  .max(MAX_ROW_ID, `Mã số quá lớn (tối đa ${MAX_ROW_ID})`)
  .meta({ example: 1 });
