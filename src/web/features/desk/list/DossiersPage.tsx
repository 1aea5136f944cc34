import { Checkbox, Paper, Select, SimpleGrid, Stack, Tabs, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { getRouteApi } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { useSession } from '../../../api/queries.ts';
import { Guard } from '../../../components/Guard.tsx';
import { ListResult } from '../../../components/ListResult.tsx';
import { PageTitle } from '../../../components/PageTitle.tsx';
import { UnitPicker } from '../../../components/UnitPicker.tsx';
import { useI18n } from '../../../i18n/index.tsx';
import { DESK_ROLES, hasRole } from '../../../nav.ts';
import { DeskLinks } from '../DeskLinks.tsx';
import { statusLabel } from '../labels.ts';
import { useDossierList, useWarnings } from '../queries.ts';
import { STATUSES } from '../types.ts';
import { DossierTable } from './DossierTable.tsx';

const route = getRouteApi('/app/mot-cua');
const WARNINGS = 'canh-bao';
/** The server answers at most this many by default. */
const LIST_LIMIT = 100;

/** /mot-cua — the dossiers of the officer (or the unit), and the ones due soon or late. */
export function DossiersPage() {
  return (
    <Guard path="/mot-cua">
      <Dossiers />
    </Guard>
  );
}

function Dossiers() {
  const { t, number } = useI18n();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const role = useSession().data?.user.role;
  const canHandle = hasRole(role, DESK_ROLES.handle);
  const mine = canHandle && (search.mine ?? role === 'officer');
  const [input, setInput] = useState(search.q ?? '');
  const [debounced] = useDebouncedValue(input.trim(), 300);
  const tab = search.tab === WARNINGS ? WARNINGS : 'list';

  useEffect(() => {
    if ((search.q ?? '') !== debounced) {
      void navigate({ search: (prev) => ({ ...prev, q: debounced || undefined }), replace: true });
    }
  }, [debounced, search.q, navigate]);

  const list = useDossierList({ mine, unitCode: search.unit, status: search.status, q: debounced });
  const warnings = useWarnings(search.unit);
  const dossiers = list.data?.dossiers ?? [];
  const warned = warnings.data?.dossiers ?? [];

  return (
    <Stack gap="lg">
      <PageTitle title={t('desk.list.title')}>{t('desk.list.title')}</PageTitle>
      <DeskLinks current="/mot-cua" />
      <Tabs
        value={tab}
        onChange={(value) =>
          void navigate({ search: (prev) => ({ ...prev, tab: value === WARNINGS ? WARNINGS : undefined }) })
        }
        keepMounted={false}
      >
        <Tabs.List>
          <Tabs.Tab value="list">{t('desk.tab.list')}</Tabs.Tab>
          <Tabs.Tab value={WARNINGS}>
            {warnings.data
              ? t('desk.tab.warningsCount', { count: number(warned.length) })
              : t('desk.tab.warnings')}
          </Tabs.Tab>
        </Tabs.List>

        <Tabs.Panel value="list" pt="md">
          <Stack gap="md">
            <Paper withBorder p={{ base: 'sm', sm: 'md' }}>
              <form onSubmit={(e) => e.preventDefault()} aria-label={t('desk.filter.label')}>
                <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} spacing="sm">
                  <TextInput
                    label={t('desk.filter.q')}
                    type="search"
                    value={input}
                    onChange={(e) => setInput(e.currentTarget.value)}
                    maxLength={100}
                  />
                  <Select
                    label={t('desk.filter.status')}
                    placeholder={t('desk.filter.allStatuses')}
                    data={STATUSES.map((s) => ({ value: String(s), label: statusLabel(t, s) }))}
                    value={search.status ? String(search.status) : null}
                    onChange={(value) =>
                      void navigate({
                        search: (prev) => ({ ...prev, status: value ? Number(value) : undefined }),
                        replace: true,
                      })
                    }
                    clearable
                    comboboxProps={{ withinPortal: true }}
                  />
                  <UnitPicker
                    label={t('desk.filter.unit')}
                    placeholder={t('desk.filter.allUnits')}
                    value={search.unit ?? null}
                    onChange={(value) =>
                      void navigate({
                        search: (prev) => ({ ...prev, unit: value ?? undefined }),
                        replace: true,
                      })
                    }
                    clearable
                  />
                  {canHandle ? (
                    <Checkbox
                      mt={{ base: 0, md: 30 }}
                      label={t('desk.filter.mine')}
                      checked={mine}
                      onChange={(e) => {
                        const checked = e.currentTarget.checked;
                        void navigate({ search: (prev) => ({ ...prev, mine: checked }), replace: true });
                      }}
                    />
                  ) : null}
                </SimpleGrid>
              </form>
            </Paper>
            <ListResult
              query={list}
              status={
                <Text role="status" size="sm">
                  {dossiers.length
                    ? t('desk.list.count', { count: number(dossiers.length) })
                    : t('desk.list.empty')}
                  {dossiers.length >= LIST_LIMIT ? ` ${t('desk.list.limit')}` : ''}
                </Text>
              }
            >
              {dossiers.length ? <DossierTable dossiers={dossiers} caption={t('desk.list.caption')} /> : null}
            </ListResult>
          </Stack>
        </Tabs.Panel>

        <Tabs.Panel value={WARNINGS} pt="md">
          <Stack gap="md">
            <Text>{t('desk.warnings.intro')}</Text>
            <ListResult
              query={warnings}
              status={warned.length === 0 ? <Text role="status">{t('desk.warnings.empty')}</Text> : null}
            >
              {warned.length ? <DossierTable dossiers={warned} caption={t('desk.warnings.caption')} /> : null}
            </ListResult>
          </Stack>
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
