import { Button, Group, Paper, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useSession } from '../../../api/queries.ts';
import { ErrorAlert } from '../../../components/errors.tsx';
import { Guard } from '../../../components/Guard.tsx';
import { PageTitle } from '../../../components/PageTitle.tsx';
import { useI18n } from '../../../i18n/index.tsx';
import { FEEDBACK_ROLES, hasRole } from '../../../nav.ts';
import { FeedbackLinks } from '../FeedbackLinks.tsx';
import { PolicyLine } from '../PolicyLine.tsx';
import { useDeadlinePolicies, useOfficerCategories, useUpdateCategory } from '../queries.ts';
import type { DeadlinePolicy, OfficerCategory } from '../types.ts';

/**
 * /phan-anh-xu-ly/linh-vuc — the feedback categories and the deadline policy each follows, with the
 * policies' sources. An admin changes a category's policy; items already received keep theirs.
 */
export function CategoriesPage() {
  return (
    <Guard path="/phan-anh-xu-ly/linh-vuc">
      <CategoriesView />
    </Guard>
  );
}

function CategoriesView() {
  const { t } = useI18n();
  const role = useSession().data?.user.role;
  const canManage = hasRole(role, FEEDBACK_ROLES.manage);
  const categories = useOfficerCategories();
  const policies = useDeadlinePolicies();

  return (
    <Stack gap="lg">
      <PageTitle title={t('fb.cat.title')}>{t('fb.cat.title')}</PageTitle>
      <FeedbackLinks current="/phan-anh-xu-ly/linh-vuc" />
      <Text>{t('fb.cat.intro')}</Text>
      {categories.error ? <ErrorAlert error={categories.error} /> : null}
      <Paper withBorder p={{ base: 'sm', sm: 'md' }}>
        <Table.ScrollContainer minWidth={640}>
          <Table striped>
            <Table.Caption>{t('fb.cat.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('fb.cat.col.code')}</Table.Th>
                <Table.Th scope="col">{t('fb.cat.col.name')}</Table.Th>
                <Table.Th scope="col">{t('fb.cat.col.unit')}</Table.Th>
                <Table.Th scope="col">{t('fb.cat.col.policy')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {(categories.data?.categories ?? []).map((c) => (
                <CategoryRow
                  key={c.code}
                  category={c}
                  policies={policies.data?.policies ?? []}
                  canManage={canManage}
                />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Paper>
      <section aria-labelledby="fb-policies">
        <Title order={2} size="h3" id="fb-policies" mb="sm">
          {t('fb.cat.policies')}
        </Title>
        <Stack gap="sm">
          {(policies.data?.policies ?? []).map((p) => (
            <Paper key={p.code} withBorder p="md" data-policy={p.code}>
              <Text fw={700}>{p.name}</Text>
              <Text size="sm">{p.appliesTo}</Text>
              <Text size="sm" mt={4}>
                {t('fb.cat.steps', {
                  reject: p.steps.reject,
                  transfer: Math.max(p.steps.transfer, p.steps.askInfo),
                  answer: p.steps.answer,
                  publish: p.steps.publish,
                })}
              </Text>
              <PolicyLine policy={p} />
              {p.source.note ? (
                <Text size="xs" c="dimmed" mt={4}>
                  {p.source.note}
                </Text>
              ) : null}
            </Paper>
          ))}
        </Stack>
      </section>
    </Stack>
  );
}

function CategoryRow({
  category,
  policies,
  canManage,
}: {
  category: OfficerCategory;
  policies: DeadlinePolicy[];
  canManage: boolean;
}) {
  const { t } = useI18n();
  const update = useUpdateCategory();
  const [choice, setChoice] = useState<string>(category.deadlinePolicy.code);
  const changed = choice !== category.deadlinePolicy.code;
  return (
    <Table.Tr data-category={category.code}>
      <Table.Td>{category.code}</Table.Td>
      <Table.Td>{category.name}</Table.Td>
      <Table.Td>{category.unitName}</Table.Td>
      <Table.Td>
        {canManage ? (
          <Stack gap={4}>
            <Group gap="xs" wrap="nowrap">
              <Select
                aria-label={t('fb.cat.policyOf', { name: category.name })}
                data={policies.map((p) => ({ value: p.code, label: p.name }))}
                value={choice}
                onChange={(v) => v && setChoice(v)}
                allowDeselect={false}
                w={320}
              />
              <Button
                size="sm"
                disabled={!changed}
                loading={update.isPending}
                onClick={() => update.mutate({ code: category.code, patch: { deadlinePolicy: choice } })}
              >
                {t('fb.cat.save')}
              </Button>
            </Group>
            {update.isSuccess && !changed ? (
              <Text size="xs" role="status">
                {t('fb.cat.saved')}
              </Text>
            ) : null}
            {update.error ? <ErrorAlert error={update.error} /> : null}
          </Stack>
        ) : (
          <Text size="sm">{category.deadlinePolicy.name}</Text>
        )}
      </Table.Td>
    </Table.Tr>
  );
}
