import { type AddressForm, addressText } from '../../../lib/address-form.ts';
import { presentCriterion, presentProfileQuestion } from '../questionnaires/questionnaires.present.ts';
import type { QuestionnaireVersion } from '../questionnaires/questionnaires.service.ts';
import type { IssuedForm } from './form-guard.ts';
import type { ReviewRow } from './responses.repo.ts';
import type { ReviewItem, SurveyForm } from './responses.schema.ts';

/**
 * The open form of a unit with the device token and challenge issued with it, every text speaking
 * to the citizen with the installation's form of address.
 */
export function presentSurveyForm(
  issued: IssuedForm,
  unit: { code: string; name: string },
  wave: { code: string; title: string; closesOn: string },
  version: QuestionnaireVersion,
  consentText: string,
  addressForm: AddressForm,
): SurveyForm {
  const say = (text: string) => addressText(text, addressForm);
  const criteria = version.definition.criteria.map(presentCriterion);
  const profile = version.definition.profile.map(presentProfileQuestion);
  return {
    deviceToken: issued.deviceToken,
    expiresAt: issued.expiresAt,
    challenge: {
      algorithm: issued.challenge.algorithm,
      challenge: issued.challenge.challenge,
      maxnumber: issued.challenge.maxnumber,
      salt: issued.challenge.salt,
      signature: issued.challenge.signature,
    },
    unit: { code: unit.code, name: unit.name },
    wave: { code: wave.code, title: wave.title, closesOn: wave.closesOn },
    questionnaire: {
      code: version.code,
      version: version.version,
      title: version.title,
      criteria: criteria.map((c) => ({
        ...c,
        title: say(c.title),
        questions: c.questions.map((q) => ({
          ...q,
          text: say(q.text),
          options: q.options.map((o) => ({ ...o, label: say(o.label) })),
        })),
      })),
      profile: profile.map((p) => ({
        ...p,
        text: say(p.text),
        options: p.options.map((o) => ({ ...o, label: say(o.label) })),
      })),
    },
    consentText: say(consentText),
    addressForm,
  };
}

/** A response as the review list shows it: no answers, only flags; held = still waiting for a decision. */
export function presentReviewItem(r: ReviewRow): ReviewItem {
  return {
    id: r.id,
    unit: r.unit,
    unitName: r.unitName,
    submittedAt: r.submittedAt.toISOString(),
    channel: r.channel,
    flags: r.flags,
    excluded: r.excluded,
    excludedReason: r.excludedReason,
    held: r.held && !r.excluded,
    addressKey: r.addressKey,
  };
}
