import {
  Alert,
  Anchor,
  Button,
  Checkbox,
  Group,
  Modal,
  NativeSelect,
  Paper,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { useMemo, useState } from 'react';
import { ErrorAlert, fieldError } from '../../../components/errors.tsx';
import { Guard } from '../../../components/Guard.tsx';
import { PageTitle } from '../../../components/PageTitle.tsx';
import { PendingPage } from '../../../components/RoutePages.tsx';
import { CodeBadge } from '../../../components/StatusBadge.tsx';
import { useIsPhone } from '../../../components/useIsPhone.ts';
import { type Translate, useI18n } from '../../../i18n/index.tsx';
import { useIndexFormat } from '../../surveys/results/format.ts';
import { AnnexTable } from '../AnnexTable.tsx';
import { WrapBadge } from '../Badges.tsx';
import { useCreatePlan, useProposal } from '../queries.ts';
import { SourceForm } from '../SourceForm.tsx';
import { type CriterionOption, TaskForm } from '../TaskForm.tsx';
import type { Proposal, TaskInput } from '../types.ts';

const route = getRouteApi('/app/ke-hoach/moi');

/**
 * /ke-hoach/moi?unit=&questionnaire=&period= — drafting a plan: every criterion shows its gap and the
 * library's measures, ordered by gap and ticked when under target; the officer ticks, edits or adds
 * rows and saves the draft for the plan's year (shown with its rule).
 */
export function NewPlanPage() {
  return (
    <Guard path="/ke-hoach/moi">
      <NewPlan />
    </Guard>
  );
}

function NewPlan() {
  const { t } = useI18n();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const ready = search.unit && search.questionnaire && search.period;
  const proposal = useProposal(
    ready
      ? {
          unitCode: search.unit!,
          questionnaire: search.questionnaire!,
          period: search.period!,
          publicationId: search.publication,
        }
      : null,
  );
  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/ke-hoach" size="sm" className="tap-link">
        ← {t('plans.back')}
      </Anchor>
      <PageTitle title={t('plans.new.title')}>{t('plans.new.title')}</PageTitle>
      {ready ? null : (
        <Paper withBorder p={{ base: 'sm', sm: 'md' }}>
          <SourceForm
            initial={search}
            submitLabel={t('plans.source.submit')}
            onSubmit={(source) => void navigate({ search: source })}
          />
        </Paper>
      )}
      <ErrorAlert error={proposal.error} />
      {ready && proposal.isPending ? <PendingPage /> : null}
      {proposal.data ? (
        <ProposalEditor
          key={`${proposal.data.unitCode}|${proposal.data.questionnaire}|${proposal.data.period}`}
          proposal={proposal.data}
        />
      ) : null}
    </Stack>
  );
}

interface Row {
  key: string;
  chosen: boolean;
  input: TaskInput;
}

function achievementText(t: Translate, achievement: string): string {
  if (achievement === 'chua_dat') return t('plans.achievement.chua_dat');
  if (achievement === 'vuot') return t('plans.achievement.vuot');
  if (achievement === 'dat') return t('plans.achievement.dat');
  return t('plans.achievement.unknown');
}

/** "thiếu 10,73 điểm %", "cao hơn 2,10 điểm %", "bằng chỉ tiêu", decided on the unrounded gap. */
function gapText(t: Translate, gap: number, number: (v: number, d?: number) => string): string {
  const shown = Number(gap.toFixed(2));
  if (gap >= 0 && shown === 0) return t('plans.gap.equal');
  // Under target by less than what prints: still short (the badge says so too).
  const points = shown === 0 ? `< ${number(0.01, 2)}` : number(Math.abs(gap), 2);
  return shown < 0 ? t('plans.gap.short', { points }) : t('plans.gap.over', { points });
}

function ProposalEditor({ proposal }: { proposal: Proposal }) {
  const { t, number, date } = useI18n();
  const { pct } = useIndexFormat();
  const isPhone = useIsPhone();
  const navigate = useNavigate();
  const create = useCreatePlan();
  const [title, setTitle] = useState('');
  const [planYear, setPlanYear] = useState(proposal.planYears[0] ?? null);
  const [rows, setRows] = useState<Row[]>(() =>
    proposal.criteria.flatMap((c) =>
      c.measures.map((input, i) => ({ key: `${c.code}-${i}`, chosen: c.chosen, input })),
    ),
  );
  const [editing, setEditing] = useState<{ key: string | null; criterion: string | null } | null>(null);
  const criteria: CriterionOption[] = proposal.criteria.map((c) => ({ code: c.code, title: c.title }));

  /** TT of each chosen row, in the order they will be saved. */
  const positions = useMemo(() => {
    const out = new Map<string, number>();
    let n = 0;
    for (const c of proposal.criteria)
      for (const r of rows) if (r.chosen && r.input.criterionCode === c.code) out.set(r.key, ++n);
    for (const r of rows) if (r.chosen && !out.has(r.key)) out.set(r.key, ++n);
    return out;
  }, [rows, proposal.criteria]);
  const ordered = [...rows]
    .filter((r) => r.chosen)
    .sort((a, b) => positions.get(a.key)! - positions.get(b.key)!);
  const editingRow = editing?.key ? rows.find((r) => r.key === editing.key) : undefined;

  const save = () =>
    create.mutate(
      {
        unitCode: proposal.unitCode,
        questionnaire: `${proposal.questionnaire}@${proposal.questionnaireVersion}`,
        period: proposal.period,
        ...(proposal.source.kind === 'publication' ? { publicationId: proposal.source.id } : {}),
        ...(title.trim() ? { title: title.trim() } : {}),
        ...(planYear !== null ? { planYear } : {}),
        tasks: ordered.map((r) => r.input),
      },
      {
        onSuccess: (plan) => void navigate({ to: '/ke-hoach/$id', params: { id: String(plan.id) } }),
      },
    );

  const source = proposal.source;
  const rowsOf = (code: string | null) =>
    rows
      .filter((r) => (r.input.criterionCode ?? null) === code)
      .map((r) => ({
        ...r.input,
        key: r.key,
        position: positions.get(r.key) ?? null,
        row: r,
      }));
  const other = rowsOf(null);

  return (
    <Stack gap="lg">
      <Paper withBorder p={{ base: 'sm', sm: 'md' }} component="section" aria-label={t('plans.new.summary')}>
        <dl className="kv">
          <dt>{t('plans.field.unit')}</dt>
          <dd>
            {proposal.unitName} <CodeBadge>{proposal.unitCode}</CodeBadge>
          </dd>
          <dt>{t('plans.field.questionnaire')}</dt>
          <dd>{proposal.questionnaire}</dd>
          <dt>{t('plans.field.period')}</dt>
          <dd>
            {t('plans.periodWindow', { period: proposal.period, window: proposal.window })}
            <Text size="sm" c="dimmed">
              {t('plans.new.windowRule')}
            </Text>
          </dd>
          <dt>{t('plans.field.source')}</dt>
          <dd>
            {source.kind === 'publication'
              ? t('plans.source.published', {
                  title: source.title,
                  decision: source.decisionNumber ?? '—',
                })
              : t('plans.source.computed', { date: date(source.computedOn) })}
          </dd>
          <dt>{t('plans.field.overall')}</dt>
          <dd>
            {t('plans.indexVsTarget', {
              index: pct(proposal.overall.index),
              target: pct(proposal.overall.target),
            })}
          </dd>
        </dl>
      </Paper>
      {source.kind === 'computed' ? (
        <Alert color="yellow" variant="light" c="dark.9" role="note">
          {t('plans.source.computedNote')}
        </Alert>
      ) : null}

      <TextInput
        label={t('plans.field.title')}
        description={t('plans.field.titleHint')}
        value={title}
        onChange={(e) => setTitle(e.currentTarget.value)}
        error={fieldError(create.error, 'title')}
        maxLength={500}
      />
      {proposal.planYears.length > 0 ? (
        <NativeSelect
          label={t('plans.new.year')}
          description={t('plans.new.yearHint')}
          value={String(planYear)}
          onChange={(e) => setPlanYear(Number(e.currentTarget.value))}
          error={fieldError(create.error, 'planYear')}
          data={proposal.planYears.map((y) => ({
            value: String(y),
            label: t('plans.new.yearOption', { year: y }),
          }))}
          maw={240}
        />
      ) : null}

      <Text size="sm">{t('plans.new.order')}</Text>
      {proposal.criteria.map((c) => {
        const own = rowsOf(c.code);
        const headingId = `criterion-${c.code}`;
        return (
          <Paper
            key={c.code}
            withBorder
            p={{ base: 'sm', sm: 'md' }}
            component="section"
            aria-labelledby={headingId}
          >
            <Stack gap="sm">
              <Group justify="space-between" align="flex-start">
                <div>
                  <Title order={2} size="h4" id={headingId}>
                    {c.code}. {c.title}
                  </Title>
                  <Group gap="xs" mt={4}>
                    <Text size="sm">
                      {t('plans.indexVsTarget', { index: pct(c.index), target: pct(c.target) })}
                      {c.gap === null ? null : ` · ${gapText(t, c.gap, number)}`}
                      {c.targetFrom === 'overall' ? ` (${t('plans.gap.overallTarget')})` : null}
                    </Text>
                    <WrapBadge tone={c.achievement === 'chua_dat' ? 'bad' : 'ok'}>
                      {achievementText(t, c.achievement)}
                    </WrapBadge>
                  </Group>
                </div>
                <Button
                  variant="default"
                  size="sm"
                  onClick={() => setEditing({ key: null, criterion: c.code })}
                >
                  {t('plans.task.addFor', { code: c.code })}
                </Button>
              </Group>
              {own.length > 0 && !c.chosen ? <Text size="sm">{t('plans.new.metMeasures')}</Text> : null}
              {own.length === 0 ? (
                <Text size="sm">
                  {c.achievement === 'chua_dat' ? t('plans.new.noMeasures') : t('plans.new.met')}
                </Text>
              ) : (
                <AnnexTable
                  rows={own}
                  caption={t('plans.new.caption', { code: c.code, title: c.title })}
                  lead={{
                    header: t('plans.col.choose'),
                    cell: (r) => (
                      <Checkbox
                        aria-label={t('plans.task.choose', { task: r.task })}
                        checked={r.row.chosen}
                        onChange={(e) => {
                          const checked = e.currentTarget.checked;
                          setRows((list) =>
                            list.map((x) => (x.key === r.key ? { ...x, chosen: checked } : x)),
                          );
                        }}
                      />
                    ),
                  }}
                  extra={[
                    {
                      header: t('common.actions'),
                      nowrap: true,
                      cell: (r) => (
                        <Button
                          size="xs"
                          variant="default"
                          aria-label={t('plans.task.editLabel', { task: r.task })}
                          onClick={() => setEditing({ key: r.key, criterion: c.code })}
                        >
                          {t('common.edit')}
                        </Button>
                      ),
                    },
                  ]}
                />
              )}
            </Stack>
          </Paper>
        );
      })}

      <Paper withBorder p={{ base: 'sm', sm: 'md' }} component="section" aria-labelledby="criterion-other">
        <Stack gap="sm">
          <Group justify="space-between">
            <Title order={2} size="h4" id="criterion-other">
              {t('plans.new.other')}
            </Title>
            <Button variant="default" size="sm" onClick={() => setEditing({ key: null, criterion: null })}>
              {t('plans.task.add')}
            </Button>
          </Group>
          {other.length === 0 ? (
            <Text size="sm">{t('plans.new.otherNone')}</Text>
          ) : (
            <AnnexTable
              rows={other}
              caption={t('plans.new.other')}
              lead={{
                header: t('plans.col.choose'),
                cell: (r) => (
                  <Checkbox
                    aria-label={t('plans.task.choose', { task: r.task })}
                    checked={r.row.chosen}
                    onChange={(e) => {
                      const checked = e.currentTarget.checked;
                      setRows((list) => list.map((x) => (x.key === r.key ? { ...x, chosen: checked } : x)));
                    }}
                  />
                ),
              }}
              extra={[
                {
                  header: t('common.actions'),
                  nowrap: true,
                  cell: (r) => (
                    <Button
                      size="xs"
                      variant="default"
                      aria-label={t('plans.task.editLabel', { task: r.task })}
                      onClick={() => setEditing({ key: r.key, criterion: null })}
                    >
                      {t('common.edit')}
                    </Button>
                  ),
                },
              ]}
            />
          )}
        </Stack>
      </Paper>

      <Paper withBorder p={{ base: 'sm', sm: 'md' }}>
        <Stack gap="sm">
          <ErrorAlert error={create.error} />
          <Group justify="space-between">
            <Text role="status" fw={600}>
              {t('plans.new.chosen', { count: number(ordered.length), total: number(rows.length) })}
            </Text>
            <Button onClick={save} loading={create.isPending}>
              {t('plans.new.save')}
            </Button>
          </Group>
          <Text size="sm">{t('plans.new.saveHint')}</Text>
        </Stack>
      </Paper>

      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editingRow ? t('plans.task.editTitle') : t('plans.task.addTitle')}
        fullScreen={isPhone}
        size="lg"
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        {editing ? (
          <TaskForm
            initial={
              editingRow?.input ?? {
                criterionCode: editing.criterion,
                task: '',
                due: { kind: 'recurring', recurrence: 'thuong_xuyen' },
                responsible: '',
              }
            }
            criteria={criteria}
            submitLabel={editingRow ? t('plans.task.saveRow') : t('plans.task.addRow')}
            onCancel={() => setEditing(null)}
            onSubmit={(input) => {
              setRows((list) =>
                editingRow
                  ? list.map((x) => (x.key === editingRow.key ? { ...x, input } : x))
                  : [...list, { key: `new-${Date.now()}-${list.length}`, chosen: true, input }],
              );
              setEditing(null);
            }}
          />
        ) : null}
      </Modal>
    </Stack>
  );
}
