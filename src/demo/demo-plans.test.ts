import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../test/app.ts';
import { buildUnit } from '../../test/factories.ts';
import { KH_UBND_XA } from '../../test/survey-factories.ts';
import { systemActor } from '../access/actor.ts';
import { improvementMeasures, improvementPlans, issuedDocuments } from '../db/schema/index.ts';
import { setTarget } from '../modules/surveys/index/targets.service.ts';
import {
  approvePublication,
  createPublication,
  publishPublication,
} from '../modules/surveys/publications/publications.service.ts';
import { importQuestionnaire } from '../modules/surveys/questionnaires/questionnaires.service.ts';
import { importResponsesFile } from '../modules/surveys/responses/responses-import.service.ts';
import { demoPlans } from './demo-plans.ts';

const t = await createTestApp();
const system = systemActor('test');

describe('demo plans', () => {
  it('loads the libraries, issues Phương Sài’s letter and plan with progress, and runs twice without change', async () => {
    t.setNow(new Date('2025-03-10T09:00:00+07:00'));
    await buildUnit(t.ctx, { code: 'NT', name: 'Thành phố Nha Trang', type: 'district' });
    await buildUnit(t.ctx, {
      code: 'P09',
      name: 'UBND phường Phương Sài',
      type: 'ward',
      parentCode: 'NT',
      peerGroup: 'commune',
    });
    await importQuestionnaire(t.ctx, system, KH_UBND_XA);
    const q = JSON.parse(KH_UBND_XA) as {
      criteria: { questions: { code: string; options: { value: number; score: number | null }[] }[] }[];
    };
    const questions = q.criteria.flatMap((c) => c.questions);
    const codes = questions.map((x) => x.code);
    // Half the respondents give every question a negative answer: far under the target.
    const answer = (x: (typeof questions)[number], good: boolean) =>
      x.options.find((o) => o.score === (good ? 1 : 0))!.value;
    const rows = Array.from({ length: 40 }, (_, i) =>
      ['P09', `2024-09-0${1 + (i % 9)}T08:00`, ...questions.map((x) => answer(x, i % 2 === 0))].join(','),
    );
    await importResponsesFile(
      t.ctx,
      system,
      new TextEncoder().encode(`unit_code,submitted_at,${codes.join(',')}\n${rows.join('\n')}\n`),
      {
        questionnaire: 'KH-UBND-XA',
        fileName: 'demo.csv',
      },
    );
    await setTarget(t.ctx, system, {
      questionnaire: 'KH-UBND-XA',
      period: '2024',
      peerGroup: 'commune',
      criterion: '*',
      value: 83,
    });
    const publication = await createPublication(t.ctx, system, {
      questionnaire: 'KH-UBND-XA',
      period: '2024',
      scopeUnitCode: 'NT',
      title: 'Kết quả năm 2024',
    });
    await approvePublication(t.ctx, system, publication.id);
    await publishPublication(t.ctx, system, publication.id, { decisionNumber: '55/QĐ-UBND' });

    expect(await demoPlans(t.ctx)).toBeGreaterThan(0);
    const plans = await t.ctx.db.select().from(improvementPlans);
    expect(plans).toHaveLength(1);
    expect(plans[0]).toMatchObject({
      status: 'issued',
      demo: true,
      period: '2024',
      publicationId: publication.id,
    });
    const documents = await t.ctx.db.select().from(issuedDocuments).orderBy(issuedDocuments.number);
    expect(documents.map((d) => [d.kind, d.number])).toEqual([
      ['letter', 1],
      ['decision_plan', 2],
    ]);
    expect(
      (
        await t.ctx.db
          .select()
          .from(improvementMeasures)
          .where(eq(improvementMeasures.questionnaireCode, 'KH-TYT'))
      ).length,
    ).toBeGreaterThan(0);

    expect(await demoPlans(t.ctx)).toBe(0);
    expect(await t.ctx.db.select().from(improvementPlans)).toHaveLength(1);
  });
});
