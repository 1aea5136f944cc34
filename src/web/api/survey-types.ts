import type { z } from 'zod';
import type * as index from '../../modules/surveys/index/index.schema.ts';
import type * as publications from '../../modules/surveys/publications/publications.schema.ts';
import type * as questionnaires from '../../modules/surveys/questionnaires/questionnaires.schema.ts';
import type * as responses from '../../modules/surveys/responses/responses.schema.ts';
import type * as waves from '../../modules/surveys/waves/waves.schema.ts';

/**
 * The survey API as the web app uses it: every type is inferred from the server's zod schemas
 * (type-only imports, like types.ts), so a renamed field fails the typecheck here.
 */

export type Channel = Exclude<NonNullable<z.input<typeof index.IndexQuery>['channel']>, 'counter'>;
export const CHANNELS: readonly Channel[] = ['web', 'kiosk', 'paper', 'import'];

/** GET /public/surveys/{unitCode} and GET /surveys/form/{unitCode}. */
export type SurveyForm = z.infer<typeof responses.SurveyForm>;
export type FormCriterion = SurveyForm['questionnaire']['criteria'][number];
export type FormQuestion = FormCriterion['questions'][number];
export type ProfileQuestion = SurveyForm['questionnaire']['profile'][number];

/** questionCode → option value. Unanswered questions are left out. */
export type Answers = Record<string, number>;

export type PublicResponseBody = z.input<typeof responses.PublicSubmissionBody>;
export type OfficerResponseBody = z.input<typeof responses.EnterResponseBody>;

/** 201 of POST /surveys/responses: `unitCount` = the unit's responses in the wave, this one included. */
export type EnteredResponse = z.infer<typeof responses.EnteredResponse>;

export type QuestionnaireMeta = z.infer<typeof questionnaires.QuestionnaireSummary>;
export type QuestionnaireList = z.infer<typeof questionnaires.QuestionnaireList>;
/** GET /questionnaires/{CODE@N}; the definition has the questionnaire file's shape. */
export type QuestionnaireDetail = z.infer<typeof questionnaires.QuestionnaireDetail>;

export type Wave = z.infer<typeof waves.WaveSummary>;
export type WaveList = z.infer<typeof waves.WaveList>;

export type CreateWaveBody = z.input<typeof waves.CreateWaveBody>;

export type WaveProgress = z.infer<typeof waves.WaveProgress>;
export type WaveUnitProgress = z.infer<typeof waves.WaveUnitProgress>;

export type ImportResponsesResult = z.infer<typeof responses.ImportResponsesResult>;

/** Change against the previous period, with its significance test. */
export type IndexChange = z.infer<typeof index.IndexChange>;

/** A question's figures; `text` and `options` are added from the questionnaire by withWording. */
export type QuestionIndex = z.infer<typeof index.QuestionIndex> & {
  text?: string;
  options?: FormQuestion['options'];
};
export type CriterionIndex = Omit<z.infer<typeof index.CriterionIndex>, 'questions'> & {
  questions: QuestionIndex[];
};
export type UnitIndex = Omit<z.infer<typeof index.UnitIndex>, 'criteria'> & { criteria: CriterionIndex[] };
export type IndexResult = Omit<z.infer<typeof index.IndexTable>, 'units'> & { units: UnitIndex[] };

export type IndexQuery = Pick<z.input<typeof index.IndexQuery>, 'questionnaire' | 'period' | 'unit'> & {
  channel?: Channel | undefined;
};

export type ReviewList = z.infer<typeof responses.ReviewList>;
export type FlaggedResponse = ReviewList['responses'][number];

export type PublicationStatus = Publication['status'];

export type Publication = z.infer<typeof publications.Publication>;
export type PublicationList = z.infer<typeof publications.PublicationList>;

export type CreatePublicationBody = z.input<typeof publications.CreatePublicationBody>;

export type PublicPublication = Pick<
  Publication,
  | 'id'
  | 'title'
  | 'questionnaire'
  | 'period'
  | 'scopeUnit'
  | 'publishedAt'
  | 'decisionNumber'
  | 'decisionDate'
  | 'decisionSigner'
  | 'decisionFileUrl'
  | 'supersededById'
>;

/** GET /public/index/{id}: a published result and its frozen index table. */
export type PublicResult = Omit<z.infer<typeof publications.PublicationWithResult>, 'result'> & {
  result: IndexResult;
};
