import type {
  Criterion as StoredCriterion,
  ProfileQuestion as StoredProfileQuestion,
  QuestionnaireSource as StoredSource,
} from './questionnaire.ts';
import type {
  Criterion,
  ProfileQuestion,
  QuestionnaireDefinition,
  QuestionnaireDetail,
  QuestionnaireSource,
  QuestionnaireSummary,
} from './questionnaires.schema.ts';
import type { QuestionnaireVersion } from './questionnaires.service.ts';

/**
 * Questionnaire responses. A definition is read back from a jsonb column, so its keys have always
 * been answered in PostgreSQL's jsonb order (shorter keys first, then alphabetical); the presenters
 * list the fields in that order so the bytes stay the same.
 */

export function presentQuestionnaireSummary(v: QuestionnaireVersion): QuestionnaireSummary {
  return {
    code: v.code,
    version: v.version,
    title: v.title,
    hash: v.hash,
    questionCount: v.compiled.questionCount,
    source: presentSource(v.definition.source),
    createdAt: v.createdAt.toISOString(),
  };
}

export function presentQuestionnaireDetail(v: QuestionnaireVersion): QuestionnaireDetail {
  return {
    code: v.code,
    version: v.version,
    title: v.title,
    hash: v.hash,
    definition: presentDefinition(v.definition),
  };
}

export function presentDefinition(d: QuestionnaireVersion['definition']): QuestionnaireDefinition {
  return {
    code: d.code,
    title: d.title,
    source: d.source && presentSource(d.source),
    profile: d.profile.map(presentProfileQuestion),
    criteria: d.criteria.map(presentCriterion),
    description: d.description,
  };
}

export function presentSource(s: StoredSource): QuestionnaireSource;
export function presentSource(s: StoredSource | undefined): QuestionnaireSource | null;
export function presentSource(s: StoredSource | undefined): QuestionnaireSource | null {
  return s ? { status: s.status, document: s.document } : null;
}

export function presentCriterion(c: StoredCriterion): Criterion {
  return {
    code: c.code,
    title: c.title,
    weight: c.weight,
    questions: c.questions.map((q) => ({
      code: q.code,
      text: q.text,
      source: q.source,
      weight: q.weight,
      options: q.options.map((o) => ({ label: o.label, score: o.score, value: o.value })),
    })),
  };
}

export function presentProfileQuestion(p: StoredProfileQuestion): ProfileQuestion {
  return {
    code: p.code,
    text: p.text,
    options: p.options.map((o) => ({ label: o.label, value: o.value })),
  };
}
