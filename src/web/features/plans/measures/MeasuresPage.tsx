import { Button, Checkbox, Group, Modal, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useSession } from '../../../api/queries.ts';
import { useQuestionnaire } from '../../../api/survey-queries.ts';
import { ErrorAlert } from '../../../components/errors.tsx';
import { Guard } from '../../../components/Guard.tsx';
import { PageTitle } from '../../../components/PageTitle.tsx';
import { PendingPage } from '../../../components/RoutePages.tsx';
import { SuccessMessage } from '../../../components/Status.tsx';
import { useIsPhone } from '../../../components/useIsPhone.ts';
import { useI18n } from '../../../i18n/index.tsx';
import { hasRole, PLAN_ROLES } from '../../../nav.ts';
import { QuestionnaireSelect } from '../../surveys/waves/QuestionnaireSelect.tsx';
import { WrapBadge } from '../Badges.tsx';
import { PlanLinks } from '../PlanLinks.tsx';
import type { CriterionOption } from '../TaskForm.tsx';
import { MeasureForm } from './MeasureForm.tsx';
import { type Measure, useCreateMeasure, useMeasures, useUpdateMeasure } from './queries.ts';

const route = getRouteApi('/app/ke-hoach/bien-phap');

type Dialog = { kind: 'add' } | { kind: 'edit'; measure: Measure } | null;

/**
 * /ke-hoach/bien-phap — the measures library of a questionnaire, by criterion. Everyone signed in
 * reads it; plan managers see the add and edit buttons (the server also requires the top-level
 * unit and answers 403 with its message otherwise).
 */
export function MeasuresPage() {
  return (
    <Guard path="/ke-hoach/bien-phap">
      <Measures />
    </Guard>
  );
}

function Measures() {
  const { t, number } = useI18n();
  const isPhone = useIsPhone();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const role = useSession().data?.user.role;
  const canManage = hasRole(role, PLAN_ROLES.manage);
  const [includeInactive, setIncludeInactive] = useState(false);
  const measures = useMeasures(search.questionnaire, includeInactive);
  const definition = useQuestionnaire(search.questionnaire ?? null);
  const criteria: CriterionOption[] = (definition.data?.definition.criteria ?? []).map((c) => ({
    code: c.code,
    title: c.title,
  }));
  const create = useCreateMeasure();
  const update = useUpdateMeasure();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [message, setMessage] = useState('');

  const list = measures.data?.measures ?? [];
  // Criteria in the questionnaire's order, then any code the questionnaire no longer has.
  const codes = [
    ...criteria.map((c) => c.code).filter((code) => list.some((m) => m.criterion === code)),
    ...[...new Set(list.map((m) => m.criterion))].filter((code) => !criteria.some((c) => c.code === code)),
  ];
  const groups = codes.map((code) => ({
    code,
    title: criteria.find((c) => c.code === code)?.title,
    rows: list.filter((m) => m.criterion === code).sort((a, b) => a.sortOrder - b.sortOrder || a.id - b.id),
  }));

  const close = () => {
    setDialog(null);
    create.reset();
    update.reset();
  };

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-start">
        <PageTitle title={t('measures.title')}>{t('measures.title')}</PageTitle>
        {canManage && search.questionnaire ? (
          <Button onClick={() => setDialog({ kind: 'add' })}>{t('measures.add')}</Button>
        ) : null}
      </Group>
      <PlanLinks current="/ke-hoach/bien-phap" />
      <Text size="sm">{t('measures.intro')}</Text>

      <Paper withBorder p={{ base: 'sm', sm: 'md' }}>
        <form onSubmit={(e) => e.preventDefault()} aria-label={t('measures.questionnaire')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <QuestionnaireSelect
              label={t('measures.questionnaire')}
              value={search.questionnaire ?? null}
              onChange={(value) =>
                void navigate({
                  search: (prev) => ({ ...prev, questionnaire: value ?? undefined }),
                  replace: true,
                })
              }
            />
            <Checkbox
              mt={{ base: 0, sm: 30 }}
              label={t('measures.includeInactive')}
              checked={includeInactive}
              onChange={(e) => setIncludeInactive(e.currentTarget.checked)}
            />
          </SimpleGrid>
        </form>
      </Paper>

      <div aria-live="polite">
        {message ? <SuccessMessage onClose={() => setMessage('')}>{message}</SuccessMessage> : null}
      </div>
      <ErrorAlert error={measures.error ?? definition.error} />
      {!search.questionnaire ? <Text role="status">{t('measures.pick')}</Text> : null}
      {search.questionnaire && measures.isPending ? <PendingPage /> : null}
      {search.questionnaire && measures.data ? (
        <Text role="status" size="sm">
          {list.length ? t('measures.count', { count: number(list.length) }) : t('measures.empty')}
        </Text>
      ) : null}

      {groups.map((group) => (
        <Stack gap="xs" key={group.code} component="section" aria-labelledby={`criterion-${group.code}`}>
          <Title order={2} size="h4" id={`criterion-${group.code}`}>
            {group.title
              ? t('measures.criterion', { code: group.code, title: group.title })
              : t('measures.criterionUnknown', { code: group.code })}
          </Title>
          <Table.ScrollContainer minWidth={960}>
            <Table withTableBorder withColumnBorders verticalSpacing="xs" striped>
              <caption className="visually-hidden">{t('measures.caption', { code: group.code })}</caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col" miw={220}>
                    {t('plans.col.task')}
                  </Table.Th>
                  <Table.Th scope="col">{t('plans.col.responsible')}</Table.Th>
                  <Table.Th scope="col">{t('plans.col.product')}</Table.Th>
                  <Table.Th scope="col">{t('measures.col.timing')}</Table.Th>
                  <Table.Th scope="col">{t('plans.col.partners')}</Table.Th>
                  <Table.Th scope="col">{t('measures.col.active')}</Table.Th>
                  {canManage ? <Table.Th scope="col">{t('common.actions')}</Table.Th> : null}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {group.rows.map((m) => (
                  <Table.Tr key={m.id}>
                    <Table.Th scope="row" fw={400}>
                      {m.task}
                    </Table.Th>
                    <Table.Td>{m.responsible}</Table.Td>
                    <Table.Td>{m.product || <Dash />}</Table.Td>
                    <Table.Td>{m.timing}</Table.Td>
                    <Table.Td>{m.partners || <Dash />}</Table.Td>
                    <Table.Td>
                      <WrapBadge tone={m.active ? 'ok' : 'neutral'}>
                        {m.active ? t('measures.active') : t('measures.inactive')}
                      </WrapBadge>
                    </Table.Td>
                    {canManage ? (
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>
                        <Button
                          size="xs"
                          variant="default"
                          aria-label={t('measures.editLabel', { task: m.task })}
                          onClick={() => setDialog({ kind: 'edit', measure: m })}
                        >
                          {t('common.edit')}
                        </Button>
                      </Table.Td>
                    ) : null}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Stack>
      ))}

      <Modal
        opened={dialog !== null}
        onClose={close}
        title={dialog?.kind === 'edit' ? t('measures.editTitle') : t('measures.addTitle')}
        fullScreen={isPhone}
        size="lg"
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        {dialog?.kind === 'add' && search.questionnaire ? (
          <MeasureForm
            criteria={criteria}
            submitLabel={t('measures.add')}
            error={create.error}
            pending={create.isPending}
            onCancel={close}
            onSubmit={(v) =>
              create.mutate(
                {
                  questionnaire: search.questionnaire ?? '',
                  criterion: v.criterion,
                  task: v.task,
                  responsible: v.responsible,
                  product: v.product,
                  timing: v.timing,
                  partners: v.partners,
                },
                {
                  onSuccess: (m) => {
                    close();
                    setMessage(t('measures.added', { code: m.criterion }));
                  },
                },
              )
            }
          />
        ) : null}
        {dialog?.kind === 'edit' ? (
          <MeasureForm
            initial={dialog.measure}
            criteria={criteria}
            submitLabel={t('common.save')}
            error={update.error}
            pending={update.isPending}
            onCancel={close}
            onSubmit={(v) =>
              update.mutate(
                {
                  id: dialog.measure.id,
                  patch: {
                    task: v.task,
                    responsible: v.responsible,
                    product: v.product,
                    timing: v.timing,
                    partners: v.partners,
                    active: v.active,
                  },
                },
                {
                  onSuccess: () => {
                    close();
                    setMessage(t('measures.saved'));
                  },
                },
              )
            }
          />
        ) : null}
      </Modal>
    </Stack>
  );
}

function Dash() {
  return (
    <Text span c="dimmed">
      —
    </Text>
  );
}
