import {
  Accordion,
  Anchor,
  Button,
  Group,
  Loader,
  NativeSelect,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { ErrorAlert } from '../../components/errors.tsx';
import { PageTitle } from '../../components/PageTitle.tsx';
import { PendingPage } from '../../components/RoutePages.tsx';
import { CodeBadge, StatusBadge } from '../../components/StatusBadge.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { PublicLayout } from '../public/PublicLayout.tsx';
import { legalTimeText, ProcedureDetails } from './ProcedureDetails.tsx';
import { useProcedureList } from './queries.ts';

const route = getRouteApi('/thu-tuc');

const LEVEL_TONE = { toan_trinh: 'ok', mot_phan: 'info', truc_tiep: 'neutral' } as const;

/**
 * /thu-tuc — the public procedure catalogue ("niêm yết công khai"), no sign-in, phone first. The
 * search is debounced and sent to the server, which ignores diacritics ("chung thuc" finds
 * "Chứng thực…"); the query stays in the address so a result can be shared or bookmarked.
 */
export function ProceduresPage() {
  const { t, number } = useI18n();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const [input, setInput] = useState(search.q ?? '');
  const [debounced] = useDebouncedValue(input.trim(), 350);
  const field = search.field ?? '';
  const unit = search.unit ?? '';

  useEffect(() => {
    if ((search.q ?? '') !== debounced) {
      void navigate({ search: (prev) => ({ ...prev, q: debounced || undefined }), replace: true });
    }
  }, [debounced, search.q, navigate]);

  const list = useProcedureList({ q: debounced, field, unit });
  const pages = list.data?.pages ?? [];
  const first = pages[0];
  const procedures = pages.flatMap((page) => page.procedures);
  const total = first?.total ?? 0;
  const fields = first?.fields ?? [];
  const waiting = input.trim() !== debounced || (list.isFetching && !list.isFetchingNextPage);

  let status = '';
  if (waiting) status = t('procedures.status.searching');
  else if (first && total > 0)
    status = debounced
      ? t('procedures.status.found', { count: number(total), q: debounced })
      : t('procedures.status.count', { count: number(total) });
  else if (first)
    status = debounced ? t('procedures.status.none', { q: debounced }) : t('procedures.status.empty');

  return (
    <PublicLayout heading={first?.unit?.name}>
      <Stack gap="md">
        <PageTitle title={t('procedures.title')}>{t('procedures.title')}</PageTitle>
        <Text>{t('procedures.intro')}</Text>
        {first?.unit ? (
          <Group gap="xs" wrap="wrap">
            <Text fw={600}>{t('procedures.unit.only', { unit: first.unit.name })}</Text>
            <Anchor
              renderRoot={(props) => (
                <Link {...props} to="/thu-tuc" search={(prev) => ({ ...prev, unit: undefined })} />
              )}
            >
              {t('procedures.unit.clear')}
            </Anchor>
          </Group>
        ) : null}
        <Stack component="form" role="search" gap="sm" onSubmit={(e) => e.preventDefault()}>
          <TextInput
            type="search"
            size="md"
            label={t('procedures.search.label')}
            description={t('procedures.search.description')}
            placeholder={t('procedures.search.placeholder')}
            value={input}
            onChange={(e) => setInput(e.currentTarget.value)}
            rightSection={waiting && input.trim() ? <Loader size="xs" /> : null}
            maxLength={100}
            autoComplete="off"
            spellCheck={false}
            enterKeyHint="search"
          />
          <NativeSelect
            size="md"
            label={t('procedures.field.label')}
            value={field}
            onChange={(e) =>
              void navigate({
                search: (prev) => ({ ...prev, field: e.currentTarget.value || undefined }),
                replace: true,
              })
            }
            data={[
              { value: '', label: t('procedures.field.all') },
              ...[...new Set([...fields, ...(field ? [field] : [])])].map((f) => ({ value: f, label: f })),
            ]}
          />
        </Stack>
        <Text role="status" aria-live="polite" aria-atomic="true" fw={500}>
          {status}
        </Text>
        <ErrorAlert error={list.error} />
        {list.isPending ? <PendingPage /> : null}
        {procedures.length ? (
          <Accordion
            multiple
            order={2}
            variant="separated"
            chevronPosition="right"
            keepMounted={false}
            aria-label={t('procedures.list')}
            styles={{
              item: {
                background: 'var(--mantine-color-white)',
                border: '1px solid var(--mantine-color-gray-3)',
              },
            }}
          >
            {procedures.map((p) => (
              <Accordion.Item key={p.code} value={p.code}>
                <Accordion.Control>
                  <Text
                    component="span"
                    display="block"
                    fw={700}
                    lh={1.35}
                    lang="vi"
                    style={{ overflowWrap: 'anywhere' }}
                  >
                    {p.name}
                  </Text>
                  <Group component="span" gap={6} mt={6} wrap="wrap">
                    <CodeBadge>{t('procedures.code', { code: p.code })}</CodeBadge>
                    <StatusBadge tone={LEVEL_TONE[p.level]}>{t(`procedures.level.${p.level}`)}</StatusBadge>
                    {p.demo ? <StatusBadge tone="warn">{t('procedures.demo')}</StatusBadge> : null}
                  </Group>
                  <Text component="span" display="block" size="sm" c="dark.6" mt={4}>
                    <span lang="vi">{p.field}</span> ·{' '}
                    {legalTimeText(t, p.processingTime, number(p.processingTime.amount))}
                  </Text>
                </Accordion.Control>
                <Accordion.Panel>
                  <ProcedureDetails procedure={p} />
                </Accordion.Panel>
              </Accordion.Item>
            ))}
          </Accordion>
        ) : null}
        {list.hasNextPage ? (
          <Button
            variant="default"
            size="md"
            onClick={() => void list.fetchNextPage()}
            loading={list.isFetchingNextPage}
          >
            {t('procedures.more', { shown: number(procedures.length), total: number(total) })}
          </Button>
        ) : null}
      </Stack>
    </PublicLayout>
  );
}
