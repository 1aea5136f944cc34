import type { publicVi } from './public.vi.ts';

/** English strings of the public pages (same keys as public.vi.ts). */
export const publicEn: Record<keyof typeof publicVi, string> = {
  'survey.unavailable': 'The survey form cannot be opened',
  'survey.closesOn': 'Open until the end of {date}',
  'survey.intro':
    'The form has {count} questions; choose one answer for each. Skip any you prefer not to answer.',
  'survey.questionShort': 'Question {number}',
  'survey.clear': 'Clear answer',
  'survey.clearLabel': 'Clear answer to {question}',
  'survey.consent.title': 'Before you start',
  'survey.consent.text':
    'This survey measures how satisfied citizens and organisations are with how their administrative procedures were handled, so that the office can serve better. Answers are only used in aggregate, for that purpose, and are stored only when you press Send (Decree 13/2023/NĐ-CP on personal data protection).',
  'survey.consent.anonymous': 'The form is anonymous: no one can tell who answered.',
  'survey.consent.noPersonal': 'We do not ask for your name, phone number or ID.',
  'survey.consent.optional': 'You may skip any question.',
  'survey.consent.agree': 'I have read this and agree to take part',
  'survey.consent.required': 'Tick the consent box at the top of the form before sending.',
  'survey.profile.title': 'About you (optional)',
  'survey.profile.hint': 'Only used for statistics by group; it cannot identify you.',
  'survey.answered': '{answered}/{total} questions answered.',
  'survey.submit': 'Send my answers',
  'survey.thanks.title': 'Thank you!',
  'survey.thanks.body': 'Your opinion about {unit} has been recorded.',
  'survey.thanks.anonymous':
    'The form is stored anonymously and only used to compute the satisfaction index.',
  'survey.thanks.results': 'See the published satisfaction results',

  'public.list.title': 'Published satisfaction results',
  'public.list.intro':
    'Results of the surveys of citizen and organisation satisfaction with public offices, as approved and published.',
  'public.list.empty': 'No result has been published yet.',
  'public.list.meta': 'Period {period} · {scope}',
  'public.list.decision': 'Decision no. {number}',
  'public.list.publishedAt': 'published {date}',
  'public.meta.period': 'Period',
  'public.meta.scope': 'Scope',
  'public.meta.questionnaire': 'Questionnaire',
  'public.meta.decision': 'Decision',
  'public.meta.decisionOf': 'No. {number} of {date}',
  'public.meta.signer': 'Signed by',
  'public.meta.decisionFile': 'Signed decision (PDF)',
  'public.meta.publishedAt': 'Published on',
  'public.download.csv': 'Download CSV',
  'public.download.json': 'Download JSON',
  'public.result.missing': 'Result not found',
  'public.result.back': 'Back to the result',
  'public.result.howTo':
    'The index is the share of satisfied answers (%). Choose a unit to see each criterion, its confidence interval and the change from the previous year.',
  'public.result.ranking': 'Ranking: {group}',
  'public.superseded.title': 'This result has been corrected',
  'public.superseded.body': 'A new publication replaces this one.',
  'public.superseded.link': 'See the new one',
  'public.superseded.badge': 'Superseded',
  'public.unit.missing': 'This unit is not in the result',
  'public.unit.missingBody': 'This result has no unit with code {code}.',
  'public.unit.period': 'Period {period} · {scope}',
};
