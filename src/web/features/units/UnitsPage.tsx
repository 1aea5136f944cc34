import { Button, Group, Modal, Paper, Stack, Switch, Tabs, Text, TextInput, Title } from '@mantine/core';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { vnDate } from '../../../lib/time.ts';
import { useSession } from '../../api/queries.ts';
import type { UnitNode } from '../../api/types.ts';
import { ErrorAlert } from '../../components/errors.tsx';
import { PageTitle } from '../../components/PageTitle.tsx';
import { PendingPage } from '../../components/RoutePages.tsx';
import { SuccessMessage } from '../../components/Status.tsx';
import { useIsPhone } from '../../components/useIsPhone.ts';
import { useI18n } from '../../i18n/index.tsx';
import { parseDayMonthYear, useCanManageUnits, useUnitTreeOn } from './hooks.ts';
import { UnitDrawer } from './UnitDrawer.tsx';
import { UnitForm } from './UnitForms.tsx';
import { UnitImport } from './UnitImport.tsx';
import { UnitSearch } from './UnitSearch.tsx';
import { UnitTree } from './UnitTree.tsx';

const route = getRouteApi('/app/don-vi');

function countUnits(nodes: UnitNode[]): number {
  return nodes.reduce((n, node) => n + 1 + countUnits(node.children), 0);
}

function allCodesWithChildren(nodes: UnitNode[], out = new Set<string>()): Set<string> {
  for (const node of nodes) {
    if (node.children.length) {
      out.add(node.code);
      allCodesWithChildren(node.children, out);
    }
  }
  return out;
}

/** /don-vi: search, the tree, details in a drawer (?ma=CODE), and for admins create and import. */
export function UnitsPage() {
  const { t, number, date } = useI18n();
  const { ma } = route.useSearch();
  const navigate = useNavigate({ from: '/don-vi' });
  const canManage = useCanManageUnits();
  const user = useSession().data?.user;
  const isPhone = useIsPhone();
  const [includeClosed, setIncludeClosed] = useState(false);
  // "Xem theo ngày": today in Vietnam by default; the tree follows the last valid day typed.
  const today = vnDate(new Date());
  const [dateText, setDateText] = useState(() => date(today));
  const [dateBlurred, setDateBlurred] = useState(false);
  const [day, setDay] = useState(today);
  const dateInvalid = parseDayMonthYear(dateText) === null && (dateBlurred || dateText.trim().length >= 10);
  const changeDate = (text: string) => {
    setDateText(text);
    setDateBlurred(false);
    const parsed = parseDayMonthYear(text);
    if (parsed) setDay(parsed);
  };
  const tree = useUnitTreeOn(includeClosed ? null : day);
  const [expanded, setExpanded] = useState<Set<string> | null>(null);
  const [message, setMessage] = useState('');
  const [creating, setCreating] = useState(false);

  // Open the top level (and its children) the first time the tree arrives.
  useEffect(() => {
    if (expanded === null && tree.data) setExpanded(new Set(tree.data.units.map((u) => u.code)));
  }, [expanded, tree.data]);

  const open = (code: string) => void navigate({ search: { ma: code } });
  const closeDrawer = () => void navigate({ search: {} });

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-start">
        <PageTitle title={t('units.title')}>{t('units.title')}</PageTitle>
        {canManage ? <Button onClick={() => setCreating(true)}>{t('units.add')}</Button> : null}
      </Group>
      <div aria-live="polite">
        {message ? <SuccessMessage onClose={() => setMessage('')}>{message}</SuccessMessage> : null}
      </div>

      <Paper withBorder p={{ base: 'sm', sm: 'md' }}>
        <UnitSearch onOpen={open} />
      </Paper>

      <Tabs defaultValue="tree" keepMounted={false}>
        <Tabs.List aria-label={t('units.tabs.label')}>
          <Tabs.Tab value="tree">{t('units.tabs.tree')}</Tabs.Tab>
          {canManage ? <Tabs.Tab value="import">{t('units.tabs.import')}</Tabs.Tab> : null}
        </Tabs.List>

        <Tabs.Panel value="tree" pt="md">
          <Stack gap="sm">
            <Title order={2} size="h3">
              {t('units.tree.label')}
            </Title>
            <Group align="flex-end" gap="xs">
              <TextInput
                label={t('units.tree.date')}
                description={t('units.tree.dateHint')}
                placeholder="dd/mm/yyyy"
                inputMode="numeric"
                autoComplete="off"
                maxLength={10}
                value={dateText}
                onChange={(e) => changeDate(e.currentTarget.value)}
                onBlur={() => setDateBlurred(true)}
                error={dateInvalid ? t('units.tree.dateInvalid') : undefined}
                disabled={includeClosed}
                w={{ base: '100%', xs: 320 }}
              />
              <Button variant="default" onClick={() => changeDate(date(today))} disabled={includeClosed}>
                {t('units.tree.today')}
              </Button>
            </Group>
            <Group justify="space-between" gap="sm">
              <Switch
                label={t('units.tree.includeClosed')}
                checked={includeClosed}
                onChange={(e) => setIncludeClosed(e.currentTarget.checked)}
              />
              <Group gap="xs">
                <Button
                  variant="default"
                  size="xs"
                  onClick={() => tree.data && setExpanded(allCodesWithChildren(tree.data.units))}
                >
                  {t('units.tree.expandAll')}
                </Button>
                <Button variant="default" size="xs" onClick={() => setExpanded(new Set())}>
                  {t('units.tree.collapseAll')}
                </Button>
              </Group>
            </Group>
            <Text fw={500} aria-live="polite">
              {includeClosed ? t('units.tree.allDates') : t('units.tree.onDate', { date: date(day) })}
              {tree.data && !tree.isPlaceholderData
                ? `: ${t('units.tree.count', { count: number(countUnits(tree.data.units)) })}.`
                : ''}
            </Text>
            <Text size="sm" c="dimmed">
              {t('units.tree.help')}
            </Text>
            <ErrorAlert error={tree.error} />
            {tree.isPending ? <PendingPage /> : null}
            {tree.data && tree.data.units.length === 0 ? <Text>{t('units.tree.empty')}</Text> : null}
            {tree.data && tree.data.units.length > 0 ? (
              <Paper withBorder p={{ base: 4, sm: 'xs' }}>
                <UnitTree
                  units={tree.data.units}
                  label={t('units.tree.label')}
                  selected={ma}
                  onOpen={open}
                  expanded={expanded ?? new Set()}
                  onExpandedChange={setExpanded}
                />
              </Paper>
            ) : null}
          </Stack>
        </Tabs.Panel>

        {canManage ? (
          <Tabs.Panel value="import" pt="md">
            <UnitImport />
          </Tabs.Panel>
        ) : null}
      </Tabs>

      <UnitDrawer code={ma} onClose={closeDrawer} onOpen={open} onMessage={setMessage} />

      <Modal
        opened={creating}
        onClose={() => setCreating(false)}
        title={t('units.create.title')}
        fullScreen={isPhone}
        size="lg"
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        {creating ? (
          <UnitForm
            parentCode={user?.unitCode ?? null}
            onCancel={() => setCreating(false)}
            onDone={(saved) => {
              setCreating(false);
              setMessage(t('units.create.done', { name: saved.name, code: saved.code }));
              open(saved.code);
            }}
          />
        ) : null}
      </Modal>
    </Stack>
  );
}
