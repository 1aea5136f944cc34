import { describe, expect, it } from 'vitest';
import { parseQuestionnaire } from '../questionnaires/questionnaire.ts';
import { compileQuestionnaire } from '../questionnaires/questionnaire-compile.ts';
import { presentIndexTable } from './index.present.ts';
import { computeIndex } from './index-engine.ts';
import { aggregateByUnit } from './index-engine-aggregate.ts';

/** The presenter lists every field the engine builds, in its order: the API's JSON is the engine's, byte for byte. */
const parsed = parseQuestionnaire({
  code: 'PRESENT',
  title: 'Phiếu thử',
  criteria: [
    {
      code: 'C1',
      title: 'Tiếp cận',
      questions: [
        {
          code: 'Q1',
          text: 'Niêm yết',
          options: [
            { value: 1, label: 'Không', score: 0 },
            { value: 2, label: 'Có', score: 1 },
            { value: 9, label: 'Không ý kiến', score: null },
          ],
        },
        {
          code: 'Q2',
          text: 'Thái độ',
          options: [1, 2, 3].map((value) => ({ value, label: `mức ${value}`, score: (value - 1) / 2 })),
        },
      ],
    },
  ],
});
if (!parsed.ok) throw new Error('fixture invalid');
const compiled = compileQuestionnaire(parsed.questionnaire);
const answers = (unit: string, Q1: number, Q2: number) => ({ unit, answers: { Q1, Q2 } });

describe('presentIndexTable', () => {
  it('gives the JSON the engine gives: changes, targets, held and the sample plan included', () => {
    const current = aggregateByUnit(compiled, [answers('A', 2, 3), answers('A', 1, 2), answers('B', 9, 1)]);
    current.A!.held = 2;
    const result = computeIndex(compiled, current, {
      period: '2025',
      peerGroups: { A: 'commune', B: 'commune' },
      names: { A: 'Phường A' },
      targets: { groups: { commune: { all: 80 } } },
      previous: aggregateByUnit(compiled, [answers('A', 1, 1), answers('A', 2, 1)]),
    });
    const table = { ...result, version: 3, pooled: false, channel: null };
    expect(JSON.stringify(presentIndexTable(table))).toBe(JSON.stringify(table));
  });

  it('leaves held out of a table frozen before holds existed', () => {
    const result = computeIndex(compiled, aggregateByUnit(compiled, [answers('A', 2, 3)]), {
      period: '2025',
    });
    const table = { ...result, version: 1, pooled: false, channel: 'web' };
    delete table.units[0]!.held;
    expect(JSON.stringify(presentIndexTable(table))).toBe(JSON.stringify(table));
  });
});
