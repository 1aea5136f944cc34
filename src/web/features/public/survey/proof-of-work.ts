import { solveChallenge } from 'altcha-lib/v1';
import { useEffect, useRef } from 'react';
import type { SurveyForm } from '../../../api/survey-types.ts';

/**
 * The ALTCHA proof of work of the public form (docs/decisions/0009-survey-stuffing.md): solved in
 * the background from the moment the form is shown, while the citizen reads and answers, so that
 * by the time they press Gửi it is usually done. Nothing leaves the browser but the solution.
 * Returns a function that resolves to the `proof` field to send (waiting for the solver if needed).
 */
export function useProofOfWork(form: Pick<SurveyForm, 'challenge'>): () => Promise<string | undefined> {
  const pending = useRef<Promise<string | undefined> | null>(null);
  useEffect(() => {
    const c = form.challenge;
    if (!c) {
      pending.current = Promise.resolve(undefined);
      return;
    }
    const { promise, controller } = solveChallenge(c.challenge, c.salt, c.algorithm, c.maxnumber);
    pending.current = promise.then((solution) =>
      solution
        ? btoa(
            JSON.stringify({
              algorithm: c.algorithm,
              challenge: c.challenge,
              number: solution.number,
              salt: c.salt,
              signature: c.signature,
            }),
          )
        : undefined,
    );
    return () => controller.abort();
  }, [form.challenge]);
  return () => pending.current ?? Promise.resolve(undefined);
}
