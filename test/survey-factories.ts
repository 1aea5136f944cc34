import { readFileSync } from 'node:fs';
import { systemActor } from '../src/access/actor.ts';
import type { AppContext } from '../src/lib/context.ts';
import { createPublication } from '../src/modules/surveys/publications/publications.service.ts';
import { importQuestionnaire } from '../src/modules/surveys/questionnaires/questionnaires.service.ts';
import { enterResponse } from '../src/modules/surveys/responses/responses.service.ts';
import { createWave } from '../src/modules/surveys/waves/waves.service.ts';

export const KH_UBND_XA = readFileSync('data/questionnaires/KH-UBND-XA.json', 'utf8');

/**
 * A unit with survey data: the commune questionnaire, a wave `W-<unit>` open all year round, one
 * paper response and a draft publication of this year's index.
 */
export async function buildSurveyOf(ctx: AppContext, unitCode: string) {
  const system = systemActor('test');
  await importQuestionnaire(ctx, system, KH_UBND_XA);
  const year = ctx.now().getUTCFullYear();
  await createWave(ctx, system, {
    code: `W-${unitCode}`,
    title: `Khảo sát ${unitCode}`,
    questionnaire: 'KH-UBND-XA',
    period: String(year),
    opensOn: '2020-01-01',
    closesOn: '2099-12-31',
    ownerUnitCode: unitCode,
    unitCodes: [unitCode],
    targetSample: 50,
  });
  const { id: responseId } = await enterResponse(ctx, system, {
    unitCode,
    channel: 'paper',
    answers: { 'C1.1': 3, 'C1.2': 2 },
  });
  const publication = await createPublication(ctx, system, {
    questionnaire: 'KH-UBND-XA',
    period: String(year),
    scopeUnitCode: unitCode,
    title: `Kết quả ${unitCode}`,
  });
  return { responseId, publicationId: publication.id };
}
