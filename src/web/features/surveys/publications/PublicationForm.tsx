import { Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { api } from '../../../api/client.ts';
import { useSession } from '../../../api/queries.ts';
import { surveyKeys } from '../../../api/survey-queries.ts';
import type { CreatePublicationBody, Publication } from '../../../api/survey-types.ts';
import { ErrorAlert, fieldError } from '../../../components/errors.tsx';
import { FormButtons } from '../../../components/FormButtons.tsx';
import { UnitPicker } from '../../../components/UnitPicker.tsx';
import { useT } from '../../../i18n/index.tsx';
import { QuestionnaireSelect } from '../waves/QuestionnaireSelect.tsx';

/**
 * A draft publication: the index of a questionnaire and period over a scope unit's subtree,
 * frozen when approved. A correction names the publication it supersedes.
 */
export function PublicationForm({
  publications,
  onDone,
  onCancel,
}: {
  publications: Publication[];
  onDone: () => void;
  onCancel: () => void;
}) {
  const t = useT();
  const queryClient = useQueryClient();
  const me = useSession().data?.user;
  const [questionnaire, setQuestionnaire] = useState<string | null>(null);
  const [period, setPeriod] = useState(String(new Date().getFullYear() - 1));
  const [scope, setScope] = useState<string | null>(me?.unitCode ?? null);
  const [title, setTitle] = useState('');
  const [supersedes, setSupersedes] = useState<string | null>(null);
  const [missing, setMissing] = useState<Record<string, boolean>>({});

  const mutation = useMutation({
    mutationFn: () => {
      const body: CreatePublicationBody = {
        questionnaire: questionnaire ?? '',
        period: period.trim(),
        scopeUnitCode: scope ?? '',
        title: title.trim(),
      };
      if (supersedes) body.supersedesId = Number(supersedes);
      return api('/surveys/publications', { method: 'POST', body });
    },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: surveyKeys.publications });
      onDone();
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next = {
      questionnaire: !questionnaire,
      period: !period.trim(),
      scope: !scope,
      title: !title.trim(),
    };
    setMissing(next);
    if (!Object.values(next).some(Boolean)) mutation.mutate();
  };
  const err = (field: string, server = field) =>
    missing[field] ? t('common.required') : fieldError(mutation.error, server);
  const replaceable = publications.filter((p) => p.status === 'published' && p.supersededById == null);

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <ErrorAlert error={mutation.error} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <QuestionnaireSelect
            label={t('index.filter.questionnaire')}
            value={questionnaire}
            onChange={setQuestionnaire}
            error={err('questionnaire')}
            required
          />
          <TextInput
            label={t('index.filter.period')}
            description={t('index.filter.periodHint')}
            value={period}
            onChange={(e) => setPeriod(e.currentTarget.value)}
            error={err('period')}
            withAsterisk
            maxLength={7}
          />
        </SimpleGrid>
        <UnitPicker
          label={t('publications.field.scope')}
          description={t('publications.field.scopeHint')}
          value={scope}
          onChange={setScope}
          error={err('scope', 'scopeUnitCode')}
          required
        />
        <TextInput
          label={t('publications.field.title')}
          description={t('publications.field.titleHint')}
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
          error={err('title')}
          withAsterisk
          maxLength={300}
        />
        <Select
          label={`${t('publications.field.supersedes')} (${t('common.optional')})`}
          description={t('publications.field.supersedesHint')}
          data={replaceable.map((p) => ({ value: String(p.id), label: `${p.title} (#${p.id})` }))}
          value={supersedes}
          onChange={setSupersedes}
          clearable
          comboboxProps={{ withinPortal: true }}
          error={fieldError(mutation.error, 'supersedesId')}
        />
        <FormButtons
          onCancel={onCancel}
          pending={mutation.isPending}
          submitLabel={t('publications.create.submit')}
          gap="md"
        />
      </Stack>
    </form>
  );
}
