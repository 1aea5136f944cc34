import { Anchor, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useSession } from '../../../api/queries.ts';
import { CasePage, Section } from '../../../components/CasePage.tsx';
import { Guard } from '../../../components/Guard.tsx';
import { PageTitle } from '../../../components/PageTitle.tsx';
import { PrintButton } from '../../../components/PrintButton.tsx';
import { CodeBadge, StatusBadge } from '../../../components/StatusBadge.tsx';
import { useI18n } from '../../../i18n/index.tsx';
import { DESK_ROLES, hasRole } from '../../../nav.ts';
import { DossierStatus, DueBadge, remainingText } from '../DueBadge.tsx';
import { channelLabel, kindLabel, ruleSetLabel } from '../labels.ts';
import { useDossier } from '../queries.ts';
import { standingText, verdictBadge } from '../standing.ts';
import type { DossierDetail, Handover } from '../types.ts';
import { DossierActions } from './DossierActions.tsx';
import { HandoverTable } from './HandoverTable.tsx';
import { SlipList } from './SlipList.tsx';
import { Timeline } from './Timeline.tsx';

const route = getRouteApi('/app/mot-cua/ho-so/$code');

/** /mot-cua/ho-so/:code — one dossier: where it stands, what happened, what can be done next. */
export function DossierPage() {
  return (
    <Guard path="/mot-cua">
      <DossierView />
    </Guard>
  );
}

function DossierView() {
  const { t } = useI18n();
  const { code } = route.useParams();
  const dossier = useDossier(code);
  return (
    <CasePage
      back="/mot-cua"
      backLabel={t('desk.dossier.back')}
      title={t('desk.dossier.title', { code })}
      query={dossier}
      body={(data) => <DossierBody dossier={data} />}
    />
  );
}

function DossierBody({ dossier: d }: { dossier: DossierDetail }) {
  const { t, dateTime, number } = useI18n();
  const role = useSession().data?.user.role;
  const canHandle = hasRole(role, DESK_ROLES.handle);
  const [receiving, setReceiving] = useState<Handover | null>(null);
  const title = t('desk.dossier.title', { code: d.code });
  const rest = remainingText(t, d, number);
  return (
    <>
      <Stack gap="xs">
        <PageTitle title={title}>{title}</PageTitle>
        <Group gap="sm">
          <PrintButton />
        </Group>
        <Group gap="sm">
          <DossierStatus status={d.status} name={d.statusName} />
          <DueBadge dossier={d} />
          {rest ? <Text fw={600}>{rest}</Text> : null}
          {d.standing.phase !== 'processing' && d.standing.timeliness ? (
            <StatusBadge tone={d.standing.timeliness === 'late' ? 'bad' : 'ok'}>
              {verdictBadge(t, d.standing, number)}
            </StatusBadge>
          ) : null}
        </Group>
      </Stack>

      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Paper
          withBorder
          p={{ base: 'sm', sm: 'md' }}
          component="section"
          aria-label={t('desk.dossier.summary')}
        >
          <dl className="kv">
            <dt>{t('desk.dossier.procedure')}</dt>
            <dd>
              {d.procedure} <CodeBadge>{d.procedureCode}</CodeBadge>
            </dd>
            <dt>{t('desk.dossier.unit')}</dt>
            <dd>{d.unitName}</dd>
            <dt>{t('desk.dossier.received')}</dt>
            <dd>{dateTime(d.receivedAt)}</dd>
            <dt>{t('desk.dossier.due')}</dt>
            <dd>
              <Text span fw={700}>
                {dateTime(d.dueAt)}
              </Text>
            </dd>
            {d.pausedWorkingDays > 0 ? (
              <>
                <dt>{t('desk.dossier.paused')}</dt>
                <dd>{t('desk.dossier.pausedDays', { days: number(d.pausedWorkingDays) })}</dd>
              </>
            ) : null}
            {d.resultReadyAt ? (
              <>
                <dt>{t('desk.dossier.resultReady')}</dt>
                <dd>{dateTime(d.resultReadyAt)}</dd>
              </>
            ) : null}
            {d.returnedAt ? (
              <>
                <dt>{t('desk.dossier.returned')}</dt>
                <dd>{dateTime(d.returnedAt)}</dd>
              </>
            ) : null}
            <dt>{t('standing.label')}</dt>
            <dd data-testid="dossier-standing">{standingText(t, d.standing, number)}</dd>
            <dt>{t('desk.dossier.handledBy')}</dt>
            <dd>{d.handledBy ? `${d.handledBy.name} (${d.handledBy.username})` : '—'}</dd>
            <dt>{t('desk.dossier.channel')}</dt>
            <dd>{channelLabel(t, d.channel)}</dd>
            <dt>{t('desk.dossier.ruleSet')}</dt>
            <dd>{ruleSetLabel(t, d.ruleSet)}</dd>
          </dl>
        </Paper>
        <Section id="dossier-applicant" title={t('desk.dossier.applicant')}>
          <dl className="kv">
            <dt>{t('desk.dossier.applicantKind')}</dt>
            <dd>
              {t(
                d.applicant.kind === 'organisation' ? 'desk.applicant.organisation' : 'desk.applicant.person',
              )}
            </dd>
            <dt>
              {t(
                d.applicant.kind === 'organisation' ? 'reception.name.organisation' : 'reception.name.person',
              )}
            </dt>
            <dd>{d.applicant.name}</dd>
            {d.applicant.phone ? (
              <>
                <dt>{t('desk.dossier.phone')}</dt>
                <dd>
                  <Anchor href={`tel:${d.applicant.phone}`}>{d.applicant.phone}</Anchor>
                </dd>
              </>
            ) : null}
            {d.applicant.email ? (
              <>
                <dt>{t('desk.dossier.email')}</dt>
                <dd>{d.applicant.email}</dd>
              </>
            ) : null}
            {d.applicant.address ? (
              <>
                <dt>{t('desk.dossier.address')}</dt>
                <dd>{d.applicant.address}</dd>
              </>
            ) : null}
            <dt>{t('desk.dossier.consent')}</dt>
            <dd>{t(d.applicant.contactConsent ? 'desk.dossier.consentYes' : 'desk.dossier.consentNo')}</dd>
          </dl>
        </Section>
      </SimpleGrid>

      <Section id="dossier-actions" title={t('desk.actions')}>
        {canHandle ? (
          <DossierActions dossier={d} receiving={receiving} onReceived={() => setReceiving(null)} />
        ) : (
          <Text>{t('desk.actions.readOnly')}</Text>
        )}
      </Section>

      <Section id="dossier-documents" title={t('desk.dossier.documents')}>
        {d.documents.length ? (
          <ul className="plain-list">
            {d.documents.map((doc) => (
              <li key={`${doc.name}-${doc.kind}`}>
                {doc.name} —{' '}
                <Text span fw={600}>
                  {t('desk.doc', { kind: kindLabel(t, doc.kind), count: number(doc.count) })}
                </Text>
              </li>
            ))}
          </ul>
        ) : (
          <Text>{t('desk.dossier.noDocuments')}</Text>
        )}
      </Section>

      <Section id="dossier-timeline" title={t('desk.dossier.timeline')}>
        <Timeline events={d.events} />
      </Section>

      <Section id="dossier-handovers" title={t('desk.dossier.handovers')}>
        {d.handovers.length ? (
          <HandoverTable handovers={d.handovers} onReceive={canHandle ? setReceiving : undefined} />
        ) : (
          <Text>{t('desk.dossier.noHandovers')}</Text>
        )}
      </Section>

      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Section id="dossier-slips" title={t('desk.dossier.slips')}>
          <SlipList code={d.code} slips={d.slips} regime={d.regime} />
        </Section>
        <Section id="dossier-citizen" title={t('desk.dossier.citizen')}>
          <Stack gap="sm">
            <div>
              <Text fw={600}>{t('desk.dossier.lookupUrl')}</Text>
              <Anchor href={d.lookupUrl} target="_blank" rel="noopener" className="token-value">
                {d.lookupUrl}
              </Anchor>
              <Text size="sm" mt={4}>
                {t('desk.dossier.lookupCheck')}: <strong className="token-value">{d.lookupCheck}</strong>
              </Text>
            </div>
            <div>
              <Text fw={600}>{t('desk.dossier.ratingUrl')}</Text>
              <Anchor href={d.ratingUrl} target="_blank" rel="noopener" className="token-value">
                {d.ratingUrl}
              </Anchor>
              <Text size="xs" mt={4}>
                {t('desk.dossier.ratingHint')}
              </Text>
            </div>
          </Stack>
        </Section>
      </SimpleGrid>
    </>
  );
}
