import type { SurveyForm } from '../../../api/survey-types.ts';

type Issued = Pick<SurveyForm, 'deviceToken' | 'expiresAt' | 'challenge'>;

const key = (unitCode: string) => `hl-survey-form:${unitCode.toUpperCase()}`;
/** A stored form is reused only while it has this long to live, so the answers can still be sent. */
const MARGIN_MS = 10 * 60_000;

/**
 * The device token and challenge this browser uses for a unit's form. The server issues them; the
 * browser keeps them in localStorage until they expire (2 h), so reloading the page does not make
 * this phone a new device: a second response within that time is refused as a duplicate.
 * Private mode without storage: the token of this page only.
 */
export function issuedFormFor(unitCode: string, form: SurveyForm): Issued {
  try {
    const stored = JSON.parse(localStorage.getItem(key(unitCode)) ?? 'null') as Issued | null;
    if (stored?.deviceToken && stored.expiresAt && Date.parse(stored.expiresAt) - MARGIN_MS > Date.now()) {
      return stored;
    }
    const issued: Issued = {
      deviceToken: form.deviceToken,
      expiresAt: form.expiresAt,
      challenge: form.challenge,
    };
    if (issued.deviceToken) localStorage.setItem(key(unitCode), JSON.stringify(issued));
    return issued;
  } catch {
    return form;
  }
}
