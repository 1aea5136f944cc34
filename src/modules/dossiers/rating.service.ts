import type { Actor } from '../../access/actor.ts';
import { evaluationOf } from '../../law/regimes.ts';
import type { AppContext } from '../../lib/context.ts';
import { keyedHash } from '../accounts/secrets.ts';
import { getQuestionnaire } from '../surveys/questionnaires/questionnaires.service.ts';
import { insertResponses } from '../surveys/responses/responses.repo.ts';
import { isUniqueViolation, positionalAnswers } from '../surveys/responses/responses.service.ts';
import {
  alreadyRated,
  answersFromDossier,
  ratingNotInRegime,
  ratingTokenInvalid,
  selfRating,
} from './dossiers.errors.ts';
import { presentStanding } from './dossiers.present.ts';
import { standingOf } from './dossiers.queries.ts';
import * as repo from './dossiers.repo.ts';
import { ratingToken, ratingTokenMatches } from './rating-token.ts';

export { ratingToken };

import { objectiveAnswers } from './objective-indicators.ts';

/**
 * Rating one dossier once, on the form of the regime it was received under (its stored `rule_set`,
 * never today's): NĐ 61's nine indicators (ND61-QUAY) before 1/7/2025, the adapted NĐ 118 form
 * (ND118-QUAY) from then on — data/regimes names the questionnaire. The receipt and result slips
 * carry a link with a token only the slip holder has; the response keeps a keyed hash of the dossier
 * code (one rating per dossier), never the applicant. The objective indicators come from the
 * dossier's record, not from the respondent.
 */
type Found = NonNullable<Awaited<ReturnType<typeof repo.findByCode>>>;

/** The evaluation of the dossier's regime and its questionnaire version. */
async function formOf(ctx: AppContext, d: Found) {
  const evaluation = evaluationOf(d.d.ruleSet);
  if (!evaluation) throw ratingNotInRegime(d.d.ruleSet);
  return { evaluation, version: await getQuestionnaire(ctx, evaluation.questionnaire) };
}

/** The codes of the questions the dossier's record answers (`"source": "dossier"`). */
function dossierSourced(version: Awaited<ReturnType<typeof getQuestionnaire>>): Set<string> {
  return new Set(
    version.definition.criteria.flatMap((c) =>
      c.questions.filter((q) => q.source === 'dossier').map((q) => q.code),
    ),
  );
}

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

/** The objective indicators this questionnaire asks, from the dossier's record. */
async function objectiveFor(ctx: AppContext, d: Found, asked: Set<string>) {
  const handovers = await repo.handoversOf(ctx.db, d.d.id);
  return { values: objectiveOf(d, handovers, asked), handedOver: handovers.length > 0 };
}

function objectiveOf(d: Found, handovers: Awaited<ReturnType<typeof repo.handoversOf>>, asked: Set<string>) {
  const all = objectiveAnswers({
    dueAt: d.d.dueAt,
    resultReadyAt: d.d.resultReadyAt,
    supplementRequests: d.d.supplementRequests,
    handovers,
  });
  return Object.fromEntries(Object.entries(all).filter(([code]) => asked.has(code)));
}

/** The form to rate a dossier: the questions the citizen answers, and the indicators already known. */
export async function ratingForm(ctx: AppContext, code: string, token: string) {
  const d = await rateable(ctx, code, token);
  const { evaluation, version } = await formOf(ctx, d);
  const objective = await objectiveFor(ctx, d, dossierSourced(version));
  return {
    dossier: { code: d.d.code, unitName: d.unitName },
    regime: evaluation.regime,
    evaluation: {
      status: evaluation.status,
      verified: evaluation.verified,
      legalBasis: evaluation.legalBasis,
      note: evaluation.note,
    },
    questionnaire: {
      code: version.code,
      version: version.version,
      title: version.title,
      document: version.definition.source?.document ?? null,
      criteria: version.definition.criteria
        .map((c) => ({
          ...c,
          questions: c.questions.filter((q) => q.source !== 'dossier'),
        }))
        .filter((c) => c.questions.length > 0),
    },
    fromDossier: objective.values,
    standing: presentStanding(await standingOf(ctx, d.d, d.unitName)),
    handedOver: objective.handedOver,
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
  const { version } = await formOf(ctx, d);
  const fromDossier = dossierSourced(version);
  const asked = Object.keys(answers).filter((k) => fromDossier.has(k));
  if (asked.length > 0) {
    throw answersFromDossier(asked);
  }
  const merged = { ...answers, ...(await objectiveFor(ctx, d, fromDossier)).values };
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
