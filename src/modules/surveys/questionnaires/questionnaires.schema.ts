import { z } from 'zod';

/** Request and response shapes of the questionnaires API. */

export const QuestionnaireRef = z.object({
  ref: z.string().meta({ description: 'CODE (phiên bản mới nhất) hoặc CODE@N', example: 'KH-UBND-XA' }),
});

export const QuestionnaireSummary = z.object({
  code: z.string(),
  version: z.number().int(),
  title: z.string(),
  hash: z.string(),
  questionCount: z.number().int(),
  createdAt: z.string(),
});

export const QuestionnaireList = z.object({ questionnaires: z.array(QuestionnaireSummary) });

export const QuestionnaireDetail = z.object({
  code: z.string(),
  version: z.number().int(),
  title: z.string(),
  hash: z.string(),
  definition: z.unknown().meta({ description: 'Phiếu dạng JSON chuẩn (như khi xuất ra tệp)' }),
});

export const ImportQuestionnaireResult = QuestionnaireDetail.extend({ created: z.boolean() });
