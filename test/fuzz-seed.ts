import { systemActor } from '../src/access/actor.ts';
import type { AppContext } from '../src/lib/context.ts';
import { importQuestionnaire } from '../src/modules/surveys/questionnaires/questionnaires.service.ts';
import { buildDossierOf } from './dossier-factories.ts';
import { buildTwoUnitTree } from './factories.ts';
import { buildFeedbackOf } from './feedback-factories.ts';
import type { Known } from './fuzz-cases.ts';
import { KH_UBND_XA } from './survey-factories.ts';

/**
 * The data the fuzz aims at (test/fuzz.test.ts and bench/fuzz.ts): a province T with communes A
 * and B and their admins (admin.t signs in), a questionnaire, a dossier and a feedback item of A.
 */
export async function seedFuzzData(ctx: AppContext): Promise<Known> {
  await buildTwoUnitTree(ctx);
  await importQuestionnaire(ctx, systemActor('fuzz'), KH_UBND_XA);
  const dossier = await buildDossierOf(ctx, 'A');
  const feedback = await buildFeedbackOf(ctx, 'A');
  return {
    unitCodes: ['T', 'A', 'B'],
    ids: [1, 2],
    codes: [dossier, feedback.code, 'KH-UBND-XA'],
    dossierCodes: [dossier],
    feedbackCodes: [feedback.code],
    questionnaires: ['KH-UBND-XA'],
    categories: ['CAT-A'],
    usernames: ['admin.a', 'admin.b'],
  };
}
