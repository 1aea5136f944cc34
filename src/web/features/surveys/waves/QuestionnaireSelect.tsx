import { Select } from '@mantine/core';
import { latestQuestionnaires, useQuestionnaires } from '../../../api/survey-queries.ts';
import { useT } from '../../../i18n/index.tsx';
import { questionnaireSourceLabel } from '../QuestionnaireSourceLine.tsx';

interface Props {
  label: string;
  value: string | null;
  onChange: (value: string | null) => void;
  error?: string | undefined;
  /** Every version as "CODE@N" (to start a wave on a given version) or just the codes. */
  versions?: boolean;
  clearable?: boolean;
  required?: boolean;
}

/**
 * A questionnaire from GET /questionnaires: "Title (CODE)" or "Title (CODE, phiên bản N)"; the
 * chosen one's source ("Mẫu chính thức theo …", "Điều chỉnh từ …", …) is shown under the field.
 */
export function QuestionnaireSelect({ versions = false, ...props }: Props) {
  const t = useT();
  const list = useQuestionnaires();
  const all = list.data?.questionnaires ?? [];
  const data = versions
    ? [...all]
        .sort((a, b) => a.code.localeCompare(b.code) || b.version - a.version)
        .map((q) => ({
          value: `${q.code}@${q.version}`,
          label: t('questionnaire.optionVersion', { title: q.title, code: q.code, version: q.version }),
        }))
    : latestQuestionnaires(all).map((q) => ({
        value: q.code,
        label: t('questionnaire.option', { title: q.title, code: q.code }),
      }));
  const [code, version] = (props.value ?? '').split('@');
  const chosen = props.value
    ? version
      ? all.find((q) => q.code === code && String(q.version) === version)
      : latestQuestionnaires(all).find((q) => q.code === code)
    : undefined;
  return (
    <Select
      {...props}
      description={chosen ? questionnaireSourceLabel(t, chosen.source) : undefined}
      withAsterisk={props.required}
      data={data}
      searchable
      allowDeselect={props.clearable ?? false}
      comboboxProps={{ withinPortal: true }}
      nothingFoundMessage={t('questionnaire.none')}
    />
  );
}
