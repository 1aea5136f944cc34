import { Checkbox, Paper, Select, SimpleGrid, Stack, Tabs, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { getRouteApi } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { useSession } from '../../../api/queries.ts';
import { Guard } from '../../../components/Guard.tsx';
import { ListResult } from '../../../components/ListResult.tsx';
import { PageTitle } from '../../../components/PageTitle.tsx';
import { foldedFilter, UnitPicker } from '../../../components/UnitPicker.tsx';
import { useI18n } from '../../../i18n/index.tsx';
import { FEEDBACK_ROLES, hasRole } from '../../../nav.ts';
import { categoryOptions } from '../categories.ts';
import { FeedbackLinks } from '../FeedbackLinks.tsx';
import { statusLabel } from '../labels.ts';
import { useCategories, useFeedbackList, useFeedbackWarnings } from '../queries.ts';
import type { FeedbackSearch } from '../routes.tsx';
import { FEEDBACK_STATUSES, type FeedbackStatus } from '../types.ts';
import { FeedbackTable } from './FeedbackTable.tsx';
import { IntakeForm } from './IntakeForm.tsx';

const route = getRouteApi('/app/phan-anh-xu-ly');
const WARNINGS = 'canh-bao';
const INTAKE = 'ghi-nhan';
/** The server answers at most this many by default. */
const LIST_LIMIT = 100;

const isStatus = (value: string | undefined): value is FeedbackStatus =>
  (FEEDBACK_STATUSES as readonly string[]).includes(value ?? '');

/** /phan-anh-xu-ly — the feedback of the user's units, the warnings, and the hotline intake. */
export function FeedbackPage() {
  return (
    <Guard path="/phan-anh-xu-ly">
      <FeedbackList />
    </Guard>
  );
}

function FeedbackList() {
  const { t, number } = useI18n();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const role = useSession().data?.user.role;
  const canHandle = hasRole(role, FEEDBACK_ROLES.handle);
  const mine = canHandle && search.mine === true;
  const [input, setInput] = useState(search.q ?? '');
  const [debounced] = useDebouncedValue(input.trim(), 300);
  const tab = search.tab === WARNINGS ? WARNINGS : search.tab === INTAKE && canHandle ? INTAKE : 'list';
  const status = isStatus(search.status) ? search.status : undefined;

  useEffect(() => {
    if ((search.q ?? '') !== debounced) {
      void navigate({ search: (prev) => ({ ...prev, q: debounced || undefined }), replace: true });
    }
  }, [debounced, search.q, navigate]);

  const categories = useCategories();
  const list = useFeedbackList({
    mine,
    unitCode: search.unit,
    status,
    category: search.category,
    q: debounced,
  });
  const warnings = useFeedbackWarnings(search.unit);
  const items = list.data?.items ?? [];
  const warned = warnings.data?.items ?? [];
  const setSearch = (patch: Partial<FeedbackSearch>) =>
    void navigate({ search: (prev) => ({ ...prev, ...patch }), replace: true });

  return (
    <Stack gap="lg">
      <PageTitle title={t('fb.list.title')}>{t('fb.list.title')}</PageTitle>
      <FeedbackLinks current="/phan-anh-xu-ly" />
      <Tabs
        value={tab}
        onChange={(value) =>
          void navigate({
            search: (prev) => ({
              ...prev,
              tab: value === WARNINGS || value === INTAKE ? value : undefined,
            }),
          })
        }
        keepMounted={false}
      >
        <Tabs.List>
          <Tabs.Tab value="list">{t('fb.tab.list')}</Tabs.Tab>
          <Tabs.Tab value={WARNINGS}>
            {warnings.data
              ? t('fb.tab.warningsCount', { count: number(warned.length) })
              : t('fb.tab.warnings')}
          </Tabs.Tab>
          {canHandle ? <Tabs.Tab value={INTAKE}>{t('fb.tab.intake')}</Tabs.Tab> : null}
        </Tabs.List>

        <Tabs.Panel value="list" pt="md">
          <Stack gap="md">
            <Paper withBorder p={{ base: 'sm', sm: 'md' }}>
              <form onSubmit={(e) => e.preventDefault()} aria-label={t('fb.filter.label')}>
                <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="sm">
                  <TextInput
                    label={t('fb.filter.q')}
                    description={t('fb.filter.qHint')}
                    type="search"
                    value={input}
                    onChange={(e) => setInput(e.currentTarget.value)}
                    maxLength={100}
                  />
                  <Select
                    label={t('fb.filter.status')}
                    placeholder={t('fb.filter.allStatuses')}
                    data={FEEDBACK_STATUSES.map((s) => ({ value: s, label: statusLabel(t, s) }))}
                    value={status ?? null}
                    onChange={(value) => setSearch({ status: value ?? undefined })}
                    clearable
                    comboboxProps={{ withinPortal: true }}
                  />
                  <Select
                    label={t('fb.filter.category')}
                    placeholder={t('fb.filter.allCategories')}
                    data={categoryOptions(categories.data?.categories)}
                    value={search.category ?? null}
                    onChange={(value) => setSearch({ category: value ?? undefined })}
                    searchable
                    filter={foldedFilter}
                    clearable
                    nothingFoundMessage={t('fb.filter.noCategory')}
                    comboboxProps={{ withinPortal: true }}
                  />
                  <UnitPicker
                    label={t('fb.filter.unit')}
                    placeholder={t('fb.filter.allUnits')}
                    value={search.unit ?? null}
                    onChange={(value) => setSearch({ unit: value ?? undefined })}
                    clearable
                  />
                  {canHandle ? (
                    <Checkbox
                      mt={{ base: 0, sm: 30 }}
                      label={t('fb.filter.mine')}
                      checked={mine}
                      onChange={(e) => setSearch({ mine: e.currentTarget.checked || undefined })}
                    />
                  ) : null}
                </SimpleGrid>
              </form>
            </Paper>
            <ListResult
              query={list}
              status={
                <Text role="status" size="sm">
                  {items.length ? t('fb.list.count', { count: number(items.length) }) : t('fb.list.empty')}
                  {items.length >= LIST_LIMIT ? ` ${t('fb.list.limit')}` : ''}
                </Text>
              }
            >
              {items.length ? <FeedbackTable items={items} caption={t('fb.list.caption')} /> : null}
            </ListResult>
          </Stack>
        </Tabs.Panel>

        <Tabs.Panel value={WARNINGS} pt="md">
          <Stack gap="md">
            <Text>{t('fb.warnings.intro')}</Text>
            <ListResult
              query={warnings}
              status={warned.length === 0 ? <Text role="status">{t('fb.warnings.empty')}</Text> : null}
            >
              {warned.length ? <FeedbackTable items={warned} caption={t('fb.warnings.caption')} /> : null}
            </ListResult>
          </Stack>
        </Tabs.Panel>

        {canHandle ? (
          <Tabs.Panel value={INTAKE} pt="md">
            <IntakeForm />
          </Tabs.Panel>
        ) : null}
      </Tabs>
    </Stack>
  );
}
