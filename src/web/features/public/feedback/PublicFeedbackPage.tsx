import { Button, Paper, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useMemo, useState } from 'react';
import { compareVietnamese, foldVietnamese } from '../../../../lib/text.ts';
import { ErrorAlert } from '../../../components/errors.tsx';
import { PageTitle } from '../../../components/PageTitle.tsx';
import { PendingPage } from '../../../components/RoutePages.tsx';
import { foldedFilter } from '../../../components/UnitPicker.tsx';
import { useI18n } from '../../../i18n/index.tsx';
import { categoryOptions } from '../../feedback/categories.ts';
import { usePublicCategories, usePublicFeedback, usePublicFeedbackUnits } from '../../feedback/queries.ts';
import type { PublicFeedback } from '../../feedback/types.ts';
import { PublicLayout } from '../PublicLayout.tsx';
import { AnswerCard } from './AnswerCard.tsx';

const route = getRouteApi('/phan-anh');

const haystack = (f: PublicFeedback) =>
  foldVietnamese(
    [f.code, f.categoryName, f.unitName, f.description, f.address ?? '', f.answer ?? ''].join(' '),
  );

/**
 * /phan-anh — the answers the units published (no sign-in, phone first), filtered by category
 * and unit, with a search among them; and the way in to send a report.
 */
export function PublicFeedbackPage() {
  const { t, number } = useI18n();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const [q, setQ] = useState(search.q ?? '');
  const categories = usePublicCategories();
  const units = usePublicFeedbackUnits();
  const list = usePublicFeedback(search.unit, search.category);

  const unitOptions = useMemo(() => {
    const seen = new Map<string, string>();
    for (const c of categories.data?.categories ?? []) seen.set(c.unitCode, c.unitName);
    for (const u of units.data ?? []) seen.set(u.code, u.name);
    return [...seen]
      .map(([value, name]) => ({ value, label: name }))
      .sort((a, b) => compareVietnamese(a.label, b.label));
  }, [categories.data, units.data]);

  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  const needle = foldVietnamese(q);
  const shown = needle ? items.filter((f) => haystack(f).includes(needle)) : items;
  const setSearch = (patch: { category?: string | undefined; unit?: string | undefined }) =>
    void navigate({ search: (prev) => ({ ...prev, ...patch }), replace: true });

  return (
    <PublicLayout>
      <Stack gap="md">
        <PageTitle title={t('fb.public.title')}>{t('fb.public.title')}</PageTitle>
        <Text>{t('fb.public.intro')}</Text>
        <Button component={Link} to="/phan-anh/gui" size="lg" fullWidth>
          {t('fb.public.send')}
        </Button>
        <Button component={Link} to="/phan-anh/theo-doi" size="lg" fullWidth variant="default">
          {t('fb.follow.title')}
        </Button>
        <Text size="sm">{t('fb.public.trackHint')}</Text>

        <Paper withBorder p="sm" component="section" aria-label={t('fb.public.filters')}>
          <form
            onSubmit={(e) => {
              e.preventDefault();
              void navigate({ search: (prev) => ({ ...prev, q: q.trim() || undefined }), replace: true });
            }}
          >
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
              <TextInput
                label={t('fb.public.q')}
                description={t('fb.public.qHint')}
                type="search"
                value={q}
                onChange={(e) => {
                  // The address follows as one types (replace): no navigation left for the moment the
                  // field loses focus, which would race a click on an answer's link.
                  const value = e.currentTarget.value;
                  setQ(value);
                  void navigate({
                    search: (prev) => ({ ...prev, q: value.trim() || undefined }),
                    replace: true,
                  });
                }}
                maxLength={100}
                size="md"
              />
              <Select
                label={t('fb.public.category')}
                placeholder={t('fb.filter.allCategories')}
                data={categoryOptions(categories.data?.categories)}
                value={search.category ?? null}
                onChange={(value) => setSearch({ category: value ?? undefined })}
                searchable
                filter={foldedFilter}
                clearable
                nothingFoundMessage={t('fb.filter.noCategory')}
                size="md"
                comboboxProps={{ withinPortal: true }}
              />
              <Select
                label={t('fb.public.unit')}
                placeholder={t('fb.filter.allUnits')}
                data={unitOptions}
                value={search.unit ?? null}
                onChange={(value) => setSearch({ unit: value ?? undefined })}
                searchable
                filter={foldedFilter}
                clearable
                nothingFoundMessage={t('units.picker.none')}
                size="md"
                comboboxProps={{ withinPortal: true }}
              />
            </SimpleGrid>
          </form>
        </Paper>

        <ErrorAlert error={list.error} />
        {list.isPending ? <PendingPage /> : null}
        {list.data ? (
          <Text role="status" size="sm">
            {shown.length
              ? needle
                ? t('fb.public.found', { count: number(shown.length), total: number(items.length) })
                : t('fb.public.count', { count: number(shown.length) })
              : t('fb.public.empty')}
          </Text>
        ) : null}
        {shown.length ? (
          <Stack
            component="ul"
            gap="sm"
            p={0}
            m={0}
            style={{ listStyle: 'none' }}
            aria-label={t('fb.public.listLabel')}
          >
            {shown.map((f) => (
              <AnswerCard key={f.code} item={f} />
            ))}
          </Stack>
        ) : null}
        {list.hasNextPage ? (
          <Button
            variant="default"
            size="md"
            onClick={() => void list.fetchNextPage()}
            loading={list.isFetchingNextPage}
          >
            {t('fb.public.more')}
          </Button>
        ) : null}
      </Stack>
    </PublicLayout>
  );
}
