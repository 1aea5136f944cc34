import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { REGIMES, refusalOf, slipFormOf } from '../../law/regimes.ts';
import { canMove, isStatus } from './dossier-status.ts';

/** The refusal rules in data/regimes agree with the national status machine, for every status. */
describe('refusal by regime against the status machine', () => {
  it('a regime refuses a dossier only where the status machine allows the move, on a form it has', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...REGIMES.map((r) => r.code)),
        fc.integer({ min: 1, max: 10 }),
        (ruleSet, status) => {
          const rule = refusalOf(ruleSet, status);
          if (!rule) return;
          expect(isStatus(status) && canMove(status, rule.toStatus)).toBe(true);
          if (rule.slip) expect(slipFormOf(ruleSet, rule.slip)).not.toBeNull();
          // Reception refusals end as "Không được tiếp nhận", processing ones as "Dừng xử lý".
          expect(rule.toStatus).toBe(rule.stage === 'reception' ? 3 : 8);
        },
      ),
    );
  });

  it('every regime refuses at reception; a closed dossier is never refusable', () => {
    for (const regime of REGIMES) {
      expect(refusalOf(regime.code, 1)?.stage).toBe('reception');
      for (const closed of [3, 7, 8, 9, 10]) expect(refusalOf(regime.code, closed)).toBeNull();
    }
  });
});
