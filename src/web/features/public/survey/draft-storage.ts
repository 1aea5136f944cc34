import { COMMENT_MAX } from '../../../../modules/surveys/comments/mask.ts';
import type { SurveyForm } from '../../../api/survey-types.ts';
import { type Draft, draftKey, EMPTY_DRAFT, restoreDraft } from './steps.ts';

/**
 * The answers in sessionStorage while the citizen answers, so a reload or a phone call does not
 * lose them; sessionStorage dies with the tab, and the draft is removed once the form is sent.
 * Private mode without storage: the answers live in the page only.
 */
export function loadDraft(unitCode: string, form: SurveyForm): Draft {
  try {
    const raw = sessionStorage.getItem(draftKey(unitCode, form));
    return raw ? restoreDraft(JSON.parse(raw), form, COMMENT_MAX) : EMPTY_DRAFT;
  } catch {
    return EMPTY_DRAFT;
  }
}

export function saveDraft(unitCode: string, form: SurveyForm, draft: Draft): void {
  try {
    sessionStorage.setItem(draftKey(unitCode, form), JSON.stringify(draft));
  } catch {
    // no storage: nothing to keep
  }
}

export function clearDraft(unitCode: string, form: SurveyForm): void {
  try {
    sessionStorage.removeItem(draftKey(unitCode, form));
  } catch {
    // no storage
  }
}
