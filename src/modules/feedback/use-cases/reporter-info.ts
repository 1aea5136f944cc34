import type { AppContext } from '../../../lib/context.ts';
import * as errors from '../feedback.errors.ts';
import * as repo from '../feedback.repo.ts';
import { infoArrived } from './info-received.ts';
import { byToken, CITIZEN, needText, tokenMatches } from './step.ts';

/** The reporter answers a request for more information from the tracking page. */
export async function reporterInfo(ctx: AppContext, code: string, token: string | undefined, text: string) {
  // A code that does not exist answers as a wrong token does: the public link is no existence oracle.
  const found = await repo.findByCode(ctx.db, code);
  if (!found || !tokenMatches(ctx.secret, found.f, token)) throw errors.tokenInvalid();
  return infoArrived(ctx, byToken(ctx.secret, token), CITIZEN, code, needText(text, 'text'));
}
