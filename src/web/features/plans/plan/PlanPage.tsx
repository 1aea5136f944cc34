import { Anchor, Button, Group, Modal, Paper, Stack, Tabs, Text, TextInput } from '@mantine/core';
import { getRouteApi, Link } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useSession } from '../../../api/queries.ts';
import { ErrorAlert, fieldError } from '../../../components/errors.tsx';
import { Guard } from '../../../components/Guard.tsx';
import { PageTitle } from '../../../components/PageTitle.tsx';
import { PrintButton } from '../../../components/PrintButton.tsx';
import { PendingPage } from '../../../components/RoutePages.tsx';
import { SuccessMessage } from '../../../components/Status.tsx';
import { CodeBadge, StatusBadge } from '../../../components/StatusBadge.tsx';
import { useIsPhone } from '../../../components/useIsPhone.ts';
import { useI18n } from '../../../i18n/index.tsx';
import { hasRole, PLAN_ROLES } from '../../../nav.ts';
import { PlanStatusBadge } from '../Badges.tsx';
import { useDoneText } from '../format.ts';
import { planStatusLabel } from '../labels.ts';
import { documentFileUrl, usePlan, usePlanChange } from '../queries.ts';
import type { PlanDetail } from '../types.ts';
import { EffectPanel } from './EffectPanel.tsx';
import { PlanDocuments } from './PlanDocuments.tsx';
import { TaskList } from './TaskList.tsx';

const route = getRouteApi('/app/ke-hoach/$id');
const TABS = ['nhiem-vu', 'hieu-qua', 'van-ban'] as const;
type Tab = (typeof TABS)[number];

/** /ke-hoach/:id — one plan: its annex, progress and evidence, its effect, its documents. */
export function PlanPage() {
  return (
    <Guard path="/ke-hoach">
      <PlanView />
    </Guard>
  );
}

function PlanView() {
  const { t } = useI18n();
  const id = Number(route.useParams().id);
  const plan = usePlan(id);
  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/ke-hoach" size="sm" className="tap-link">
        ← {t('plans.back')}
      </Anchor>
      {plan.data ? (
        <PlanBody plan={plan.data} />
      ) : (
        <>
          <PageTitle title={t('plans.plan.title', { id: String(id) })}>
            {t('plans.plan.title', { id: String(id) })}
          </PageTitle>
          <ErrorAlert error={plan.error} />
          {plan.isPending ? <PendingPage /> : null}
        </>
      )}
    </Stack>
  );
}

function PlanBody({ plan }: { plan: PlanDetail }) {
  const { t, number, dateTime } = useI18n();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const role = useSession().data?.user.role;
  const canManage = hasRole(role, PLAN_ROLES.manage);
  const doneText = useDoneText();
  const isPhone = useIsPhone();
  const change = usePlanChange(plan.id);
  const [dialog, setDialog] = useState<'title' | 'close' | null>(null);
  const [message, setMessage] = useState('');
  const tab: Tab = (TABS as readonly string[]).includes(search.tab ?? '') ? (search.tab as Tab) : 'nhiem-vu';

  return (
    <>
      <Stack gap="xs">
        <PageTitle title={plan.title}>{plan.title}</PageTitle>
        <Group gap="sm">
          <PrintButton />
        </Group>
        <Group gap="sm">
          <PlanStatusBadge status={plan.status} />
          <Text fw={600}>{doneText(plan.tasks)}</Text>
          {plan.tasks.overdue > 0 ? (
            <StatusBadge tone="bad">
              {t('plans.overdueCount', { count: number(plan.tasks.overdue) })}
            </StatusBadge>
          ) : null}
        </Group>
      </Stack>
      <div aria-live="polite">
        {message ? <SuccessMessage onClose={() => setMessage('')}>{message}</SuccessMessage> : null}
      </div>

      <Paper withBorder p={{ base: 'sm', sm: 'md' }} component="section" aria-label={t('plans.plan.summary')}>
        <dl className="kv">
          <dt>{t('plans.field.unit')}</dt>
          <dd>
            {plan.unitName} <CodeBadge>{plan.unitCode}</CodeBadge>
          </dd>
          <dt>{t('plans.field.questionnaire')}</dt>
          <dd>{plan.questionnaire}</dd>
          <dt>{t('plans.field.period')}</dt>
          <dd>{t('plans.periodWindow', { period: plan.period, window: plan.window })}</dd>
          <dt>{t('plans.field.status')}</dt>
          <dd>{planStatusLabel(t, plan.status)}</dd>
          <dt>{t('plans.field.progress')}</dt>
          <dd>{plan.tasks.averageProgress === null ? '—' : `${number(plan.tasks.averageProgress, 2)}%`}</dd>
          {plan.documentId ? (
            <>
              <dt>{t('plans.field.decision')}</dt>
              <dd>
                <Group gap="xs">
                  <Anchor href={documentFileUrl(plan.documentId, 'docx')} download>
                    {t('docs.download.docx')}
                  </Anchor>
                  <Anchor href={documentFileUrl(plan.documentId, 'pdf')} download>
                    {t('docs.download.pdf')}
                  </Anchor>
                </Group>
              </dd>
            </>
          ) : null}
          <dt>{t('plans.field.updated')}</dt>
          <dd>{dateTime(plan.updatedAt)}</dd>
        </dl>
        {canManage && plan.status !== 'closed' ? (
          <Group gap="sm" mt="sm">
            {plan.status === 'draft' ? (
              <Button variant="default" size="sm" onClick={() => setDialog('title')}>
                {t('plans.plan.rename')}
              </Button>
            ) : null}
            {plan.status === 'issued' ? (
              <Button variant="outline" color="red.9" size="sm" onClick={() => setDialog('close')}>
                {t('plans.plan.close')}
              </Button>
            ) : null}
          </Group>
        ) : null}
      </Paper>

      <Tabs
        value={tab}
        onChange={(value) =>
          void navigate({
            search: (prev) => ({ ...prev, tab: value === 'nhiem-vu' ? undefined : (value ?? undefined) }),
            replace: true,
          })
        }
        keepMounted={false}
      >
        <Tabs.List>
          <Tabs.Tab value="nhiem-vu">{t('plans.tab.tasks')}</Tabs.Tab>
          <Tabs.Tab value="hieu-qua">{t('plans.tab.effect')}</Tabs.Tab>
          <Tabs.Tab value="van-ban">{t('plans.tab.documents')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="nhiem-vu" pt="md">
          <TaskList plan={plan} canManage={canManage} />
        </Tabs.Panel>
        <Tabs.Panel value="hieu-qua" pt="md">
          <EffectPanel plan={plan} />
        </Tabs.Panel>
        <Tabs.Panel value="van-ban" pt="md">
          <PlanDocuments plan={plan} canManage={canManage} />
        </Tabs.Panel>
      </Tabs>

      <Modal
        opened={dialog !== null}
        onClose={() => {
          setDialog(null);
          change.reset();
        }}
        title={dialog === 'title' ? t('plans.plan.rename') : t('plans.plan.close')}
        fullScreen={isPhone}
        size="lg"
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        {dialog === 'title' ? (
          <RenameForm
            plan={plan}
            error={change.error}
            pending={change.isPending}
            onCancel={() => setDialog(null)}
            onSubmit={(title) =>
              change.mutate(
                { kind: 'title', title },
                {
                  onSuccess: () => {
                    setDialog(null);
                    setMessage(t('plans.plan.renamed'));
                  },
                },
              )
            }
          />
        ) : null}
        {dialog === 'close' ? (
          <Stack gap="sm">
            <ErrorAlert error={change.error} />
            <Text>{t('plans.plan.closeWarning')}</Text>
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={() => setDialog(null)}>
                {t('common.cancel')}
              </Button>
              <Button
                color="red.9"
                loading={change.isPending}
                onClick={() =>
                  change.mutate(
                    { kind: 'close' },
                    {
                      onSuccess: () => {
                        setDialog(null);
                        setMessage(t('plans.plan.closed'));
                      },
                    },
                  )
                }
              >
                {t('plans.plan.closeConfirm')}
              </Button>
            </Group>
          </Stack>
        ) : null}
      </Modal>
    </>
  );
}

function RenameForm({
  plan,
  error,
  pending,
  onSubmit,
  onCancel,
}: {
  plan: PlanDetail;
  error: unknown;
  pending: boolean;
  onSubmit: (title: string) => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const [title, setTitle] = useState(plan.title);
  const [missing, setMissing] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!title.trim()) {
      setMissing(true);
      return;
    }
    onSubmit(title.trim());
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <ErrorAlert error={error} />
        <TextInput
          label={t('plans.field.title')}
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
          error={missing ? t('common.required') : fieldError(error, 'title')}
          withAsterisk
          maxLength={500}
          data-autofocus
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={pending}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
