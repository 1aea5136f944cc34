import { z } from 'zod';
import { QUESTION_SOURCES, SOURCE_STATUSES } from './questionnaire.ts';

/** Request and response shapes of the questionnaires API. */

/** A scored option of a question; score null = "no opinion / not applicable". */
export const ScoredOption = z.object({
  label: z.string(),
  score: z.number().nullable(),
  value: z.number().int(),
});
export const Question = z.object({
  code: z.string(),
  text: z.string(),
  source: z.enum(QUESTION_SOURCES),
  weight: z.number(),
  options: z.array(ScoredOption),
});
export const Criterion = z.object({
  code: z.string(),
  title: z.string(),
  weight: z.number(),
  questions: z.array(Question),
});
/** A profile question (age band, gender…): never scored. */
export const ProfileQuestion = z.object({
  code: z.string(),
  text: z.string(),
  options: z.array(z.object({ label: z.string(), value: z.number().int() })),
});
/** Where a questionnaire comes from (questionnaire.ts); the web shows it as one short line (SourceLine.tsx). */
export const QuestionnaireSource = z.object({
  document: z.string(),
  status: z.enum(SOURCE_STATUSES),
});
/** A stored questionnaire version in canonical form (questionnaire.ts describes the file format). */
export const QuestionnaireDefinition = z.object({
  code: z.string(),
  title: z.string(),
  profile: z.array(ProfileQuestion),
  criteria: z.array(Criterion),
  description: z.string().optional(),
  source: QuestionnaireSource.optional().meta({
    description: 'Văn bản làm nguồn của phiếu; không có = chưa rõ nguồn (tệp soạn trước khi ghi nguồn)',
  }),
});

export const QuestionnaireRef = z.object({
  ref: z.string().meta({ description: 'CODE (phiên bản mới nhất) hoặc CODE@N', example: 'KH-UBND-XA' }),
});

export const QuestionnaireSummary = z.object({
  code: z.string(),
  version: z.number().int(),
  title: z.string(),
  hash: z.string(),
  questionCount: z.number().int(),
  source: QuestionnaireSource.nullable().meta({ description: 'null = chưa rõ nguồn' }),
  createdAt: z.string(),
});

export const QuestionnaireList = z.object({ questionnaires: z.array(QuestionnaireSummary) });

export const QuestionnaireDetail = z.object({
  code: z.string(),
  version: z.number().int(),
  title: z.string(),
  hash: z.string(),
  definition: QuestionnaireDefinition.meta({ description: 'Phiếu dạng JSON chuẩn (như khi xuất ra tệp)' }),
});

export const ImportQuestionnaireResult = QuestionnaireDetail.extend({ created: z.boolean() });

/** 422 of an import: every error of the file, with its JSON path. */
export const QuestionnaireInvalidBody = z.object({
  error: z.object({
    code: z.literal('QUESTIONNAIRE_INVALID'),
    message: z.string(),
    details: z.object({
      errors: z.array(
        z.object({ path: z.string(), code: z.string(), message: z.string(), text: z.string() }),
      ),
    }),
  }),
});

export type QuestionnaireSummary = z.infer<typeof QuestionnaireSummary>;
export type QuestionnaireDetail = z.infer<typeof QuestionnaireDetail>;
export type QuestionnaireDefinition = z.infer<typeof QuestionnaireDefinition>;
export type Criterion = z.infer<typeof Criterion>;
export type ProfileQuestion = z.infer<typeof ProfileQuestion>;
export type QuestionnaireSource = z.infer<typeof QuestionnaireSource>;

const paperFormat = z
  .enum(['pdf', 'docx'])
  .default('pdf')
  .meta({ description: 'pdf (in ngay) hoặc docx (sửa trong Word)', example: 'pdf' });

/** A template's paper questionnaire: the format only (the unit line is left blank). */
export const PaperQuery = z.object({ format: paperFormat });

export const WavePaperParam = z.object({ code: z.string().trim().min(1).max(50) });

/** A wave's paper questionnaire: the format, and optionally one of the wave's units. */
export const WavePaperQuery = z.object({
  format: paperFormat,
  unitCode: z
    .string()
    .trim()
    .min(1)
    .max(50)
    .optional()
    .meta({ description: 'Mã một đơn vị của đợt (in tên đơn vị lên phiếu)', example: 'KH25-TNT' }),
});
