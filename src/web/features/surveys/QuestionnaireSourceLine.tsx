import { Text } from '@mantine/core';
import { useQuestionnaires } from '../../api/survey-queries.ts';
import type { QuestionnaireMeta } from '../../api/survey-types.ts';
import { type Translate, useT } from '../../i18n/index.tsx';

/**
 * Where a questionnaire comes from, in one short line: "Mẫu chính thức theo …", "Điều chỉnh từ …",
 * "Mẫu tham khảo: câu hỏi do Hài Lòng soạn; tiêu chí theo …", or that it is unknown (a file
 * imported before sources were recorded).
 */
export function questionnaireSourceLabel(t: Translate, source: QuestionnaireMeta['source']): string {
  if (!source) return t('questionnaire.source.unknown');
  return t(`questionnaire.source.${source.status}`, { document: source.document });
}

/** The source line of one questionnaire version, read from GET /questionnaires. */
export function QuestionnaireSourceLine({ code, version }: { code: string; version?: number | undefined }) {
  const t = useT();
  const list = useQuestionnaires();
  const all = list.data?.questionnaires ?? [];
  const meta =
    version === undefined
      ? all.filter((q) => q.code === code).sort((a, b) => b.version - a.version)[0]
      : all.find((q) => q.code === code && q.version === version);
  if (!meta) return null;
  return (
    <Text size="sm" c="dimmed" data-testid="questionnaire-source">
      {questionnaireSourceLabel(t, meta.source)}
    </Text>
  );
}
