import { z } from 'zod';
import { businessDate } from '../../lib/dates.ts';

/** What several survey sub-areas' schemas share: codes, periods, dates and the unit code parameter. */

export const isoDate = businessDate;
export const code = z.string().trim().min(1).max(50);
export const period = z
  .string()
  .trim()
  .min(4)
  .max(10)
  .meta({ description: 'Năm "2025", quý "2025-Q3" hoặc tháng "2025-07"', example: '2025' });

export const UnitCodeParam = z.object({ unitCode: code });

/** A `true`/`false` query parameter as a boolean (undefined when absent). */
export const queryBool = (v: 'true' | 'false' | undefined) => (v === undefined ? undefined : v === 'true');
