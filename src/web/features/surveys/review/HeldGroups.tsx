import { Button, Group, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../../../api/client.ts';
import { surveyKeys } from '../../../api/survey-queries.ts';
import type { FlaggedResponse } from '../../../api/survey-types.ts';
import { ErrorAlert } from '../../../components/errors.tsx';
import { useI18n } from '../../../i18n/index.tsx';

interface HeldGroup {
  addressKey: string;
  unitNames: string[];
  from: string;
  to: string;
  count: number;
}

/** Held responses grouped by the rule that held them: the same address hash, one time window. */
export function heldGroups(responses: readonly FlaggedResponse[]): HeldGroup[] {
  const groups = new Map<string, HeldGroup>();
  for (const r of responses) {
    if (!r.held || !r.addressKey) continue;
    const g = groups.get(r.addressKey) ?? {
      addressKey: r.addressKey,
      unitNames: [],
      from: r.submittedAt,
      to: r.submittedAt,
      count: 0,
    };
    g.count++;
    if (!g.unitNames.includes(r.unitName)) g.unitNames.push(r.unitName);
    if (r.submittedAt < g.from) g.from = r.submittedAt;
    if (r.submittedAt > g.to) g.to = r.submittedAt;
    groups.set(r.addressKey, g);
  }
  return [...groups.values()].sort((a, b) => b.count - a.count);
}

/** Release or exclude a whole held group in one decision (audited on the server). */
export function HeldGroups({
  responses,
  onDone,
}: {
  responses: readonly FlaggedResponse[];
  onDone: (m: string) => void;
}) {
  const { t, dateTime, number } = useI18n();
  const queryClient = useQueryClient();
  const [reasons, setReasons] = useState<Record<string, string>>({});
  const groups = heldGroups(responses);
  const decide = useMutation({
    mutationFn: ({ group, action }: { group: HeldGroup; action: 'release' | 'exclude' }) =>
      api<{ count: number }>('/surveys/responses/held', {
        method: 'POST',
        body: {
          action,
          addressKey: group.addressKey,
          from: group.from,
          to: group.to,
          ...(action === 'exclude' ? { reason: reasons[group.addressKey] ?? '' } : {}),
        },
      }),
    onSuccess: async (result, { action }) => {
      onDone(
        t(action === 'release' ? 'review.groups.released.done' : 'review.groups.excluded.done', {
          count: number(result.count),
        }),
      );
      await queryClient.invalidateQueries({ queryKey: surveyKeys.all });
    },
  });
  if (groups.length === 0) return null;
  const short = (key: string) => key.slice(0, 8);
  return (
    <Paper withBorder p={{ base: 'sm', sm: 'md' }}>
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('review.groups.title')}
        </Title>
        <Text size="sm">{t('review.groups.intro')}</Text>
        <ErrorAlert error={decide.error} />
        <Table.ScrollContainer minWidth={720}>
          <Table withTableBorder verticalSpacing="xs">
            <caption className="visually-hidden">{t('review.groups.caption')}</caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('review.groups.address')}</Table.Th>
                <Table.Th scope="col">{t('index.col.unit')}</Table.Th>
                <Table.Th scope="col">{t('review.groups.window')}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('review.groups.count')}
                </Table.Th>
                <Table.Th scope="col">{t('common.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {groups.map((g) => {
                const busy = decide.isPending && decide.variables?.group.addressKey === g.addressKey;
                const labels = { count: number(g.count), address: short(g.addressKey) };
                return (
                  <Table.Tr key={g.addressKey}>
                    <Table.Th scope="row" fw={400}>
                      <code>{short(g.addressKey)}</code>
                    </Table.Th>
                    <Table.Td>{g.unitNames.join(', ')}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      {dateTime(g.from)} – {dateTime(g.to)}
                    </Table.Td>
                    <Table.Td ta="right">{number(g.count)}</Table.Td>
                    <Table.Td>
                      <Group gap="xs" align="end">
                        <Button
                          size="xs"
                          variant="default"
                          loading={busy && decide.variables?.action === 'release'}
                          onClick={() => decide.mutate({ group: g, action: 'release' })}
                          aria-label={t('review.groups.releaseLabel', labels)}
                        >
                          {t('review.groups.release')}
                        </Button>
                        <TextInput
                          size="xs"
                          label={t('review.groups.reason')}
                          value={reasons[g.addressKey] ?? ''}
                          onChange={(e) => {
                            const value = e.currentTarget.value;
                            setReasons((r) => ({ ...r, [g.addressKey]: value }));
                          }}
                          maxLength={500}
                        />
                        <Button
                          size="xs"
                          variant="light"
                          color="red.9"
                          loading={busy && decide.variables?.action === 'exclude'}
                          onClick={() => decide.mutate({ group: g, action: 'exclude' })}
                          aria-label={t('review.groups.excludeLabel', labels)}
                        >
                          {t('review.groups.exclude')}
                        </Button>
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Stack>
    </Paper>
  );
}
