import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../../../test/app.ts';
import { buildUnit } from '../../../../test/factories.ts';
import { KH_UBND_XA } from '../../../../test/survey-factories.ts';
import { systemActor } from '../../../access/actor.ts';
import { findByCode } from '../../units/units.repo.ts';
import { importQuestionnaire, type QuestionnaireVersion } from '../questionnaires/questionnaires.service.ts';
import { insertResponses } from '../responses/responses.repo.ts';
import { aggregateByUnitId } from './index.queries.ts';
import { aggregateByUnit, type UnitAggregate } from './index-engine-aggregate.ts';
import { period, periodBounds } from './period.ts';

/**
 * The SQL pass must give exactly what the pure accumulator gives on the same responses: counts per
 * option, and n, Σx, Σx² of the stored respondent scores (blanks, "no opinion" and exclusions included).
 */
const t = await createTestApp();
let version: QuestionnaireVersion;
const unitIds: Record<string, number> = {};

beforeAll(async () => {
  await buildUnit(t.ctx, { code: 'R', type: 'province' });
  for (const code of ['U1', 'U2', 'U3']) {
    await buildUnit(t.ctx, { code, parentCode: 'R' });
    unitIds[code] = (await findByCode(t.ctx.db, code))!.id;
  }
  version = (await importQuestionnaire(t.ctx, systemActor('test'), KH_UBND_XA)).version;
});

function close(a: UnitAggregate, b: UnitAggregate) {
  expect({ ...a, criteria: undefined, overall: undefined }).toEqual({
    ...b,
    criteria: undefined,
    overall: undefined,
  });
  for (const [code, m] of Object.entries(b.criteria)) {
    expect(a.criteria[code]!.n).toBe(m.n);
    expect(a.criteria[code]!.sum).toBeCloseTo(m.sum, 9);
    expect(a.criteria[code]!.sumSq).toBeCloseTo(m.sumSq, 9);
  }
  expect(a.overall.n).toBe(b.overall.n);
  expect(a.overall.sum).toBeCloseTo(b.overall.sum, 9);
  expect(a.overall.sumSq).toBeCloseTo(b.overall.sumSq, 9);
}

describe('index in SQL', () => {
  it('equals the pure accumulator on random responses', async () => {
    const c = version.compiled;
    // An answer is blank or one of the question's option values (including "no opinion" ones).
    const answer = (q: number) =>
      fc.option(
        fc.constantFrom(...Array.from(c.optionValue.slice(c.optionStart[q]!, c.optionStart[q + 1]!))),
        {
          nil: null,
        },
      );
    const response = fc.record({
      unit: fc.constantFrom('U1', 'U2', 'U3'),
      // Around the 2025 year boundary in Vietnam time.
      at: fc.integer({ min: Date.UTC(2024, 11, 31, 12), max: Date.UTC(2025, 0, 1, 12) }),
      excluded: fc.integer({ min: 0, max: 4 }).map((n) => n === 0),
      answers: fc.tuple(...Array.from({ length: c.questionCount }, (_, q) => answer(q))),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(response, { minLength: 1, maxLength: 40 }), async (list) => {
        await t.ctx.db.execute(sql`delete from responses`);
        const ids = await t.ctx.db.transaction((tx) =>
          insertResponses(
            tx,
            version.id,
            c,
            list.map((r) => ({
              unitId: unitIds[r.unit]!,
              waveId: null,
              submittedAt: new Date(r.at),
              channel: 'import' as const,
              answers: [...r.answers],
            })),
          ),
        );
        const excludedIds = ids.filter((_, i) => list[i]!.excluded);
        if (excludedIds.length > 0) {
          await t.ctx.db.execute(
            sql`update responses set excluded = true where id in (${sql.join(
              excludedIds.map((id) => sql`${id}`),
              sql`, `,
            )})`,
          );
        }
        const p = period('2025');
        const fromSql = await aggregateByUnitId(t.ctx.db, c, {
          questionnaireId: version.id,
          ...periodBounds(p),
        });
        const pure = aggregateByUnit(
          c,
          list.map((r) => ({
            unit: r.unit,
            answers: [...r.answers],
            submittedAt: r.at,
            excluded: r.excluded,
          })),
          { period: p },
        );
        const byCode = Object.fromEntries(
          [...fromSql].map(([id, a]) => [Object.keys(unitIds).find((k) => unitIds[k] === id)!, a]),
        );
        expect(Object.keys(byCode).sort()).toEqual(Object.keys(pure).sort());
        for (const code of Object.keys(pure)) close(byCode[code]!, pure[code]!);
      }),
      { numRuns: 25 },
    );
  });
});
