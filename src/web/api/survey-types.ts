import type { z } from 'zod';
import type * as publications from '../../modules/surveys/publications/publications.schema.ts';
import type * as questionnaires from '../../modules/surveys/questionnaires/questionnaires.schema.ts';
import type * as responses from '../../modules/surveys/responses/responses.schema.ts';
import type * as waves from '../../modules/surveys/waves/waves.schema.ts';

/**
 * The survey API as the web app uses it. Where the server's zod schema is precise the type is
 * inferred from it (type-only import, like types.ts); where it is loose (`z.unknown()` criteria,
 * the index table's `looseObject`) the shape the pages rely on is written out here.
 */

export type Channel = 'web' | 'kiosk' | 'paper' | 'import';
export const CHANNELS: readonly Channel[] = ['web', 'kiosk', 'paper', 'import'];

export interface UnitRef {
  code: string;
  name: string;
}

export interface FormOption {
  value: number;
  label: string;
  score?: number | null;
}

export interface FormQuestion {
  code: string;
  text: string;
  options: FormOption[];
}

export interface FormCriterion {
  code: string;
  title: string;
  questions: FormQuestion[];
}

export interface ProfileQuestion {
  code: string;
  text: string;
  options: { value: number; label: string }[];
}

/** GET /public/surveys/{unitCode} and GET /surveys/form/{unitCode}. */
export interface SurveyForm {
  unit: UnitRef;
  wave: { code: string; title: string; closesOn: string } | null;
  questionnaire: {
    code: string;
    version: number;
    title: string;
    criteria: FormCriterion[];
    profile?: ProfileQuestion[];
  };
  profile?: ProfileQuestion[];
  consentText?: string;
  /** Issued by the server with the public form (signed, expiring): sent back with the answers. */
  deviceToken?: string;
  expiresAt?: string;
  /** The ALTCHA proof-of-work challenge bound to that token. */
  challenge?: { algorithm: string; challenge: string; maxnumber: number; salt: string; signature: string };
}

/** questionCode → option value. Unanswered questions are left out. */
export type Answers = Record<string, number>;

export interface PublicResponseBody {
  answers: Answers;
  profile?: Answers;
  consent: true;
  deviceToken?: string;
  /** The ALTCHA solution (base64 JSON). */
  proof?: string;
}

export interface OfficerResponseBody {
  unitCode: string;
  channel: 'kiosk' | 'paper';
  answers: Answers;
  submittedAt?: string;
}

/** 201 of POST /surveys/responses: `unitCount` = the unit's responses in the wave, this one included. */
export type EnteredResponse = z.infer<typeof responses.EnteredResponse>;

export type QuestionnaireMeta = z.infer<typeof questionnaires.QuestionnaireSummary>;
/** GET /questionnaires/{CODE@N}; the definition has the questionnaire file's shape. */
export type QuestionnaireDetail = Omit<z.infer<typeof questionnaires.QuestionnaireDetail>, 'definition'> & {
  definition: { criteria: FormCriterion[]; profile?: ProfileQuestion[] };
};

export type Wave = z.infer<typeof waves.WaveSummary>;

export type CreateWaveBody = z.input<typeof waves.CreateWaveBody>;

export type WaveProgress = z.infer<typeof waves.WaveProgress>;
export type WaveUnitProgress = WaveProgress['units'][number];

export type ImportResponsesResult = z.infer<typeof responses.ImportResponsesResult>;

/** Change against the previous period. The engine names the p-value `p`; the contract `pValue`. */
export interface IndexChange {
  delta: number | null;
  pValue?: number | null;
  p?: number | null;
  significant: boolean;
  previous?: number | null;
}

export interface QuestionIndex {
  code: string;
  /** Present when the server adds the question's wording and option labels. */
  text?: string;
  options?: { value: number; label: string }[];
  index: number | null;
  answered: number;
  /** Option value → percent of the scored answers. */
  distribution: Record<string, number>;
  change?: IndexChange | null;
}

export interface CriterionIndex {
  code: string;
  title: string;
  index: number | null;
  ciLow: number | null;
  ciHigh: number | null;
  target: number | null;
  gap: number | null;
  change?: IndexChange | null;
  questions: QuestionIndex[];
}

export interface UnitIndex {
  unit: string;
  name: string | null;
  peerGroup: string | null;
  responses: number;
  /** Left out of the figures: held by the burst rule (absent in older publications) and excluded. */
  held?: number;
  excluded?: number;
  overall: {
    index: number | null;
    ciLow: number | null;
    ciHigh: number | null;
    target: number | null;
    gap: number | null;
    change?: IndexChange | null;
  };
  rank: number | null;
  rankOf: number;
  lowSample: boolean;
  criteria: CriterionIndex[];
}

export interface IndexResult {
  questionnaire: string;
  /** The questionnaire version the index was computed with. */
  version?: number;
  period: string | null;
  units: UnitIndex[];
}

export interface IndexQuery {
  questionnaire: string;
  period: string;
  unit?: string | undefined;
  channel?: Channel | undefined;
}

export type FlaggedResponse = z.infer<typeof responses.ReviewList>['responses'][number];

export type PublicationStatus = Publication['status'];

export type Publication = z.infer<typeof publications.Publication>;

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
  | 'supersededById'
>;

export interface PublicResult {
  publication: PublicPublication;
  result: IndexResult;
}
