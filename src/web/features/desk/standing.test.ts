import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { vietnamCalendar, workingDaysBetween } from '../../../calendar/index.ts';
import { formatNumberVi } from '../../../lib/format.ts';
import { dossierStanding } from '../../../modules/dossiers/public-status.ts';
import { en } from '../../i18n/en.ts';
import { interpolate, type Translate } from '../../i18n/index.tsx';
import { vi } from '../../i18n/vi.ts';
import { standingText, verdictBadge } from './standing.ts';

/** The pages' words are the server's: one vocabulary, whichever page a citizen or an officer opens. */
const tVi: Translate = (key, vars) => interpolate(vi[key], vars);
const tEn: Translate = (key, vars) => interpolate(en[key], vars);
const calendar = vietnamCalendar();
const moments = fc
  .integer({ min: Date.parse('2025-07-01T00:00:00+07:00'), max: Date.parse('2027-11-30T00:00:00+07:00') })
  .map((ms) => new Date(ms - (ms % 60_000)));

describe('the dossier’s standing on the pages', () => {
  it('reads in Vietnamese exactly as the server words it, verdict included', () => {
    fc.assert(
      fc.property(
        fc.record({
          status: fc.integer({ min: 1, max: 10 }),
          dueAt: moments,
          resultReadyAt: fc.option(moments, { nil: null }),
          returnedAt: fc.option(moments, { nil: null }),
          heldBy: fc.option(fc.constant('Phòng Tư pháp'), { nil: null }),
          closedBy: fc.constantFrom('refused', 'stopped', null),
          now: moments,
        }),
        (x) => {
          const s = dossierStanding({
            ...x,
            unitName: 'UBND xã An',
            workingDaysBetween: (a, b) => workingDaysBetween(a, b, calendar),
          });
          expect(standingText(tVi, s, (n) => formatNumberVi(n, 0))).toBe(s.phrase);
          expect(verdictBadge(tVi, s, (n) => formatNumberVi(n, 0))).toBe(s.verdict ?? '');
          expect(standingText(tEn, s, String)).not.toBe('');
        },
      ),
    );
  });
});
