import { beforeAll, describe, expect, it } from 'vitest';
import { call, createTestApp } from '../../../../test/app.ts';
import { buildUnit } from '../../../../test/factories.ts';
import { KH_UBND_XA } from '../../../../test/survey-factories.ts';
import { systemActor } from '../../../access/actor.ts';
import { findByCode } from '../../units/units.repo.ts';
import { importUnitsCsv } from '../../units/units.service.ts';
import {
  approvePublication,
  createPublication,
  publishPublication,
} from '../publications/publications.service.ts';
import { importQuestionnaire, type QuestionnaireVersion } from '../questionnaires/questionnaires.service.ts';
import { insertResponses, type ResponseToStore } from '../responses/responses.repo.ts';
import { indexTable } from './index.service.ts';
import { aggregate } from './index-engine-aggregate.ts';
import { unitFigures } from './index-engine-figures.ts';

/**
 * Two old wards with 2024 responses merged on 1/7/2025 into one new ward with 2026 responses: the
 * new ward's history shows 2024 pooled from both (n = the sum, index from the pooled sums) and
 * 2026 its own; only 2026 has a rank.
 */
const t = await createTestApp();
const system = systemActor('test');
let version: QuestionnaireVersion;

/** Positional answers: every question gets its option number `k` (modulo its option count). */
function answers(k: number): number[] {
  const c = version.compiled;
  return Array.from({ length: c.questionCount }, (_, q) => {
    const count = c.optionStart[q + 1]! - c.optionStart[q]!;
    return c.optionValue[c.optionStart[q]! + ((k + q) % count)]!;
  });
}

const old = { 'P-A': [0, 1], 'P-B': [2, 2, 3] } as Record<string, number[]>;
const recent = { 'P-NEW': [1, 3, 3, 0], 'P-OTHER': [2, 2] } as Record<string, number[]>;

beforeAll(async () => {
  await buildUnit(t.ctx, { code: 'KH', type: 'province', name: 'Tỉnh Thử' });
  await importUnitsCsv(
    t.ctx,
    system,
    [
      'code,name,type,parent_code,valid_from,valid_to,successor_codes',
      'P-A,Phường A,ward,KH,2017-01-01,2025-06-30,P-NEW',
      'P-B,Phường B,ward,KH,2017-01-01,2025-06-30,P-NEW',
      'P-NEW,Phường Mới,ward,KH,2025-07-01,,',
      'P-OTHER,Phường Khác,ward,KH,2025-07-01,,',
    ].join('\n'),
  );
  version = (await importQuestionnaire(t.ctx, system, KH_UBND_XA)).version;
  const rows: ResponseToStore[] = [];
  for (const [batch, at] of [
    [old, new Date('2024-05-10T03:00:00Z')],
    [recent, new Date('2026-03-10T03:00:00Z')],
  ] as const) {
    for (const [code, ks] of Object.entries(batch)) {
      const unitId = (await findByCode(t.ctx.db, code))!.id;
      for (const k of ks) {
        rows.push({ unitId, waveId: null, submittedAt: at, channel: 'paper' as const, answers: answers(k) });
      }
    }
  }
  await t.ctx.db.transaction((tx) => insertResponses(tx, version.id, version.compiled, rows));
});

const expectedPooled = () =>
  unitFigures(
    version.compiled,
    aggregate(
      version.compiled,
      [...old['P-A']!, ...old['P-B']!].map((k) => ({ answers: answers(k) })),
    ),
  ).overall.index!;

describe('history across a merger', () => {
  it('the index table gives the new ward 2024 pooled from its predecessors and 2026 its own, ranked', async () => {
    const table = await indexTable(t.ctx, system, { questionnaire: 'KH-UBND-XA', period: '2026' });
    const unit = table.units.find((u) => u.unit === 'P-NEW')!;
    expect(unit.rank).not.toBeNull();
    const [before, own] = unit.history!;
    expect(unit.history).toHaveLength(2);
    expect(before).toMatchObject({ period: '2024', n: 5, rank: null, source: 'predecessors' });
    expect(before!.predecessors).toEqual([
      { code: 'P-A', name: 'Phường A', partial: false },
      { code: 'P-B', name: 'Phường B', partial: false },
    ]);
    expect(before!.index).toBeCloseTo(expectedPooled(), 9);
    expect(own).toMatchObject({ period: '2026', n: 4, source: 'own', rank: unit.rank, predecessors: [] });
    // The other new ward has no predecessors: its history is its own 2026 only.
    expect(table.units.find((u) => u.unit === 'P-OTHER')!.history).toEqual([
      expect.objectContaining({ period: '2026', source: 'own', predecessors: [] }),
    ]);
    // The old wards are not in the 2026 table, so no rank mixes old and new units.
    expect(table.units.map((u) => u.unit).sort()).toEqual(['P-NEW', 'P-OTHER']);
    expect(unit.rankOf).toBe(2);
  });

  it('a published result carries the history to the public unit page', async () => {
    const draft = await createPublication(t.ctx, system, {
      questionnaire: 'KH-UBND-XA',
      period: '2026',
      scopeUnitCode: 'KH',
      title: 'Kết quả 2026',
    });
    await approvePublication(t.ctx, system, draft.id);
    await publishPublication(t.ctx, system, draft.id, {});
    const res = await call(t.app, null, 'GET', `/api/v1/public/index/${draft.id}`);
    expect(res.status).toBe(200);
    const body = await res.json();
    const unit = body.result.units.find((u: { unit: string }) => u.unit === 'P-NEW');
    expect(unit.history).toHaveLength(2);
    expect(unit.history[0]).toMatchObject({
      period: '2024',
      n: 5,
      rank: null,
      source: 'predecessors',
      predecessors: [
        { code: 'P-A', name: 'Phường A', partial: false },
        { code: 'P-B', name: 'Phường B', partial: false },
      ],
    });
    expect(unit.history[0].index).toBeCloseTo(expectedPooled(), 9);
    expect(unit.history[1]).toMatchObject({ period: '2026', n: 4, source: 'own', rank: unit.rank });
    expect(unit.rank).toEqual(expect.any(Number));
  });
});
