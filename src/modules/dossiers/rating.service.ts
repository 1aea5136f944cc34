import type { Actor } from '../../access/actor.ts';
import type { AppContext } from '../../lib/context.ts';
import { keyedHash } from '../accounts/secrets.ts';
import { getQuestionnaire } from '../surveys/questionnaires/questionnaires.service.ts';
import { insertResponses } from '../surveys/responses/responses.repo.ts';
import { isUniqueViolation, positionalAnswers } from '../surveys/responses/responses.service.ts';
import { alreadyRated, answersFromDossier, ratingTokenInvalid, selfRating } from './dossiers.errors.ts';
import * as repo from './dossiers.repo.ts';
import { ratingToken, ratingTokenMatches } from './rating-token.ts';

export { ratingToken };

import { objectiveAnswers } from './objective-indicators.ts';

/**
 * Rating one dossier at the counter (the nine NĐ 61 indicators, questionnaire ND61-QUAY). The
 * receipt and result slips carry a link with a token only the slip holder has; the response keeps
 * a keyed hash of the dossier code (one rating per dossier), never the applicant. The objective
 * indicators come from the dossier's record, not from the respondent.
 */
export const RATING_QUESTIONNAIRE = 'ND61-QUAY';

function dossierKey(secret: string, code: string): string {
  return keyedHash(secret, `dossier|${code}`);
}

async function rateable(ctx: AppContext, code: string, token: string) {
  const d = await repo.findByCode(ctx.db, code);
  // A missing dossier and a wrong token get the same answer: the link tells nothing about other codes.
  if (!d || !ratingTokenMatches(ctx.secret, d.d.code, token)) {
    throw ratingTokenInvalid();
  }
  if (await repo.ratedAlready(ctx.db, dossierKey(ctx.secret, d.d.code))) throw alreadyRated();
  return d;
}

async function objectiveFor(ctx: AppContext, d: NonNullable<Awaited<ReturnType<typeof repo.findByCode>>>) {
  const handovers = await repo.handoversOf(ctx.db, d.d.id);
  return objectiveAnswers({
    dueAt: d.d.dueAt,
    resultReadyAt: d.d.resultReadyAt,
    supplementRequests: d.d.supplementRequests,
    handovers,
  });
}

/** The form to rate a dossier: the questions the citizen answers, and the indicators already known. */
export async function ratingForm(ctx: AppContext, code: string, token: string) {
  const d = await rateable(ctx, code, token);
  const version = await getQuestionnaire(ctx, RATING_QUESTIONNAIRE);
  const objective = await objectiveFor(ctx, d);
  return {
    dossier: { code: d.d.code, unitName: d.unitName },
    questionnaire: {
      code: version.code,
      version: version.version,
      title: version.title,
      criteria: version.definition.criteria
        .map((c) => ({
          ...c,
          questions: c.questions.filter((q) => q.source !== 'dossier'),
        }))
        .filter((c) => c.questions.length > 0),
    },
    fromDossier: objective,
  };
}

export async function submitRating(
  ctx: AppContext,
  actor: Actor | null,
  code: string,
  token: string,
  answers: Record<string, number | null>,
) {
  const d = await rateable(ctx, code, token);
  if (actor?.kind === 'user' && d.d.handledBy === actor.userId) {
    throw selfRating();
  }
  const version = await getQuestionnaire(ctx, RATING_QUESTIONNAIRE);
  const dossierSourced = new Set(
    version.definition.criteria.flatMap((c) =>
      c.questions.filter((q) => q.source === 'dossier').map((q) => q.code),
    ),
  );
  const asked = Object.keys(answers).filter((k) => dossierSourced.has(k));
  if (asked.length > 0) {
    throw answersFromDossier(asked);
  }
  const merged = { ...answers, ...(await objectiveFor(ctx, d)) };
  const positional = positionalAnswers(version, merged);
  try {
    await ctx.db.transaction((tx) =>
      insertResponses(tx, version.id, version.compiled, [
        {
          unitId: d.d.unitId,
          waveId: null,
          submittedAt: ctx.now(),
          channel: 'counter',
          answers: positional.answers,
          servedBy: d.d.handledBy,
          dossierKey: dossierKey(ctx.secret, d.d.code),
        },
      ]),
    );
  } catch (error) {
    if (isUniqueViolation(error)) throw alreadyRated();
    throw error;
  }
  return { received: true as const };
}
