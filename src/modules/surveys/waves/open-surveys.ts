import type { AppContext } from '../../../lib/context.ts';
import { vnDate } from '../../../lib/time.ts';
import { requiredWords, searchUnits } from '../../../lib/unit-search.ts';
import { openSurveyUnits } from './waves.repo.ts';

/** How many candidates the database hands over for ranking, and how many a citizen is shown. */
const CANDIDATES = 500;
const SHOWN = 20;

/**
 * The public front door's "rate a unit": units whose survey is open today that answer what the
 * citizen typed ("tram y te phuong sai"), best first, each with the wave it collects for.
 */
export async function findOpenSurveys(ctx: AppContext, q: string) {
  const candidates = await openSurveyUnits(ctx.db, vnDate(ctx.now()), requiredWords(q), CANDIDATES);
  return searchUnits(q, candidates, SHOWN).map((u) => ({
    code: u.code,
    name: u.name,
    wave: u.waveTitle,
    closesOn: u.closesOn,
  }));
}
