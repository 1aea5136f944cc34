import { Anchor, Button, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useSession } from '../../../api/queries.ts';
import { CasePage, Section } from '../../../components/CasePage.tsx';
import { Guard } from '../../../components/Guard.tsx';
import { PageTitle } from '../../../components/PageTitle.tsx';
import { CodeBadge, StatusBadge } from '../../../components/StatusBadge.tsx';
import { useI18n } from '../../../i18n/index.tsx';
import { FEEDBACK_ROLES, hasRole } from '../../../nav.ts';
import { FeedbackDueBadge, FeedbackStatusBadge, feedbackRemainingText } from '../Badges.tsx';
import { channelLabel, deadlineLabel } from '../labels.ts';
import { PolicyLine } from '../PolicyLine.tsx';
import { useFeedback } from '../queries.ts';
import type { FeedbackDetail } from '../types.ts';
import { type Dialog, FeedbackActions } from './FeedbackActions.tsx';
import { Timeline } from './Timeline.tsx';

const route = getRouteApi('/app/phan-anh-xu-ly/$code');

/** /phan-anh-xu-ly/:code — one item: where it stands, its deadlines, what happened, what can be done. */
export function FeedbackItemPage() {
  return (
    <Guard path="/phan-anh-xu-ly">
      <FeedbackItemView />
    </Guard>
  );
}

function FeedbackItemView() {
  const { t } = useI18n();
  const { code } = route.useParams();
  const item = useFeedback(code);
  return (
    <CasePage
      back="/phan-anh-xu-ly"
      backLabel={t('fb.item.back')}
      title={t('fb.item.title', { code })}
      query={item}
      body={(data) => <FeedbackBody item={data} />}
    />
  );
}

const percent = (share: number, number: (n: number) => string) => `${number(Math.round(share * 100))}%`;

function FeedbackBody({ item: f }: { item: FeedbackDetail }) {
  const { t, dateTime, number } = useI18n();
  const role = useSession().data?.user.role;
  const canHandle = hasRole(role, FEEDBACK_ROLES.handle);
  const [dialog, setDialog] = useState<Dialog>(null);
  const title = t('fb.item.title', { code: f.code });
  const rest = feedbackRemainingText(t, f, number);
  const person = (p: FeedbackDetail['handler']) => (p ? `${p.displayName} (${p.username})` : '—');
  const open = !['tu_choi', 'da_tra_loi', 'da_cong_khai'].includes(f.status) && !f.mergedInto;

  return (
    <>
      <Stack gap="xs">
        <PageTitle title={title}>{title}</PageTitle>
        <Group gap="sm">
          <FeedbackStatusBadge status={f.status} name={f.statusName} />
          <FeedbackDueBadge item={f} />
          {rest ? <Text fw={600}>{rest}</Text> : null}
        </Group>
      </Stack>

      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Paper withBorder p={{ base: 'sm', sm: 'md' }} component="section" aria-label={t('fb.item.summary')}>
          <dl className="kv">
            <dt>{t('fb.item.category')}</dt>
            <dd>
              {f.categoryName} <CodeBadge>{f.category}</CodeBadge>
            </dd>
            <dt>{t('fb.item.unit')}</dt>
            <dd>
              {f.unitName} <CodeBadge>{f.unitCode}</CodeBadge>
            </dd>
            <dt>{t('fb.item.channel')}</dt>
            <dd>{channelLabel(t, f.channel)}</dd>
            <dt>{t(f.calledAt ? 'fb.item.calledAt' : 'fb.item.received')}</dt>
            <dd>{dateTime(f.calledAt ?? f.receivedAt)}</dd>
            {f.deadline ? (
              <>
                <dt>{deadlineLabel(t, f.deadline.kind, f.deadline.name)}</dt>
                <dd>
                  <Text span fw={700}>
                    {dateTime(f.deadline.at)}
                  </Text>
                </dd>
              </>
            ) : null}
            <dt>{t('fb.item.handler')}</dt>
            <dd>{person(f.handler)}</dd>
            {f.receivedBy ? (
              <>
                <dt>{t('fb.item.receivedBy')}</dt>
                <dd>{person(f.receivedBy)}</dd>
              </>
            ) : null}
            {f.reopenedCount > 0 ? (
              <>
                <dt>{t('fb.item.reopened')}</dt>
                <dd>{t('fb.item.reopenedTimes', { count: number(f.reopenedCount) })}</dd>
              </>
            ) : null}
            {f.rating ? (
              <>
                <dt>{t('fb.item.rating')}</dt>
                <dd>
                  <StatusBadge tone={f.rating === 'satisfied' ? 'ok' : 'bad'}>
                    {t(f.rating === 'satisfied' ? 'fb.rating.satisfied' : 'fb.rating.dissatisfied')}
                  </StatusBadge>
                  {f.ratingReason ? (
                    <Text size="sm" mt={4}>
                      {t('fb.event.reason', { reason: f.ratingReason })}
                    </Text>
                  ) : null}
                </dd>
              </>
            ) : null}
          </dl>
        </Paper>
        <Section id="fb-reporter" title={t('fb.item.reporter')}>
          {f.reporter.anonymous ? (
            <Text>{t('fb.item.anonymous')}</Text>
          ) : (
            <dl className="kv">
              <dt>{t('fb.contact.name')}</dt>
              <dd>{f.reporter.name ?? '—'}</dd>
              {f.reporter.phone ? (
                <>
                  <dt>{t('fb.contact.phone')}</dt>
                  <dd>
                    <Anchor href={`tel:${f.reporter.phone}`}>{f.reporter.phone}</Anchor>
                  </dd>
                </>
              ) : null}
              {f.reporter.email ? (
                <>
                  <dt>{t('fb.contact.email')}</dt>
                  <dd>{f.reporter.email}</dd>
                </>
              ) : null}
              {!f.reporter.name && !f.reporter.phone && !f.reporter.email ? (
                <>
                  <dt>{t('fb.item.contact')}</dt>
                  <dd>{t('fb.item.contactHidden')}</dd>
                </>
              ) : null}
              <dt>{t('fb.item.consent')}</dt>
              <dd>{t('fb.item.consentYes')}</dd>
            </dl>
          )}
        </Section>
      </SimpleGrid>

      <Section id="fb-content" title={t('fb.item.content')}>
        <Stack gap="sm">
          <Text style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>{f.description}</Text>
          {f.address ? (
            <Text size="sm">
              <Text span fw={600}>
                {t('fb.item.address')}:
              </Text>{' '}
              {f.address}
            </Text>
          ) : null}
          {f.photos.length ? (
            <div>
              <Text fw={600} size="sm" mb={4}>
                {t('fb.item.photos', { count: number(f.photos.length) })}
              </Text>
              <ul className="fb-photos">
                {f.photos.map((p, i) => (
                  <li key={p.id}>
                    <a href={p.url} target="_blank" rel="noopener">
                      <img src={p.url} alt={t('fb.item.photoAlt', { n: i + 1 })} loading="lazy" />
                    </a>
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
        </Stack>
      </Section>

      <Section id="fb-actions" title={t('fb.actions')}>
        {canHandle ? (
          <FeedbackActions item={f} dialog={dialog} onDialog={setDialog} />
        ) : (
          <Text>{t('fb.actions.readOnly')}</Text>
        )}
      </Section>

      {f.answer ? (
        <Section id="fb-answer" title={t('fb.item.answer')}>
          <Stack gap="sm">
            {f.status === 'cho_duyet' || f.status === 'dang_xu_ly' ? (
              <div>
                <StatusBadge tone="warn">
                  {t(f.status === 'cho_duyet' ? 'fb.item.answerDraft' : 'fb.item.answerPrevious')}
                </StatusBadge>
              </div>
            ) : null}
            <Text className="fb-answer" style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
              {f.answer}
            </Text>
            <dl className="kv">
              {f.answeredBy ? (
                <>
                  <dt>{t('fb.item.answeredBy')}</dt>
                  <dd>{person(f.answeredBy)}</dd>
                </>
              ) : null}
              {f.approvedBy && f.answeredAt ? (
                <>
                  <dt>{t('fb.item.approvedBy')}</dt>
                  <dd>
                    {person(f.approvedBy)} · {dateTime(f.answeredAt)}
                  </dd>
                </>
              ) : null}
              {f.publishedAt ? (
                <>
                  <dt>{t('fb.item.publishedAt')}</dt>
                  <dd>
                    {dateTime(f.publishedAt)} ·{' '}
                    <Anchor
                      renderRoot={(props) => (
                        <Link {...props} to="/phan-anh/$code" params={{ code: f.code }} />
                      )}
                    >
                      {t('fb.item.publicLink')}
                    </Anchor>
                  </dd>
                </>
              ) : null}
            </dl>
          </Stack>
        </Section>
      ) : null}

      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Section id="fb-deadlines" title={t('fb.deadlines')}>
          <dl className="kv">
            <dt>{t('fb.deadlines.rejectBy')}</dt>
            <dd>{dateTime(f.deadlines.rejectBy)}</dd>
            <dt>{t('fb.deadlines.transferBy')}</dt>
            <dd>{dateTime(f.deadlines.transferBy)}</dd>
            <dt>{t('fb.deadlines.answerBy')}</dt>
            <dd>{dateTime(f.deadlines.answerBy)}</dd>
            <dt>{t('fb.deadlines.publishBy')}</dt>
            <dd>
              {f.deadlines.publishBy
                ? dateTime(f.deadlines.publishBy)
                : t('fb.deadlines.afterAnswer', { publish: f.deadlinePolicy.steps.publish })}
            </dd>
          </dl>
          <Text size="xs" mt="sm">
            {t('fb.deadlines.rule', {
              reject: f.deadlinePolicy.steps.reject,
              transfer: Math.max(f.deadlinePolicy.steps.transfer, f.deadlinePolicy.steps.askInfo),
              answer: f.deadlinePolicy.steps.answer,
              publish: f.deadlinePolicy.steps.publish,
            })}
          </Text>
          <PolicyLine policy={f.deadlinePolicy} />
        </Section>
        <Section id="fb-officer" title={t('fb.officer.section')}>
          <Stack gap="sm">
            {f.officer ? (
              <Group gap="xs">
                <Text>{person(f.officer)}</Text>
                <StatusBadge tone={f.officerVerified ? 'bad' : 'neutral'}>
                  {t(f.officerVerified ? 'fb.officer.verified' : 'fb.officer.unverified')}
                </StatusBadge>
              </Group>
            ) : (
              <Text>{t('fb.officer.none')}</Text>
            )}
            {canHandle ? (
              <Group gap="xs">
                <Button variant="default" size="sm" onClick={() => setDialog({ kind: 'officer' })}>
                  {t(f.officer ? 'fb.action.officerChange' : 'fb.action.officer')}
                </Button>
                {f.officer ? (
                  <Button variant="default" size="sm" onClick={() => setDialog({ kind: 'verify' })}>
                    {t(f.officerVerified ? 'fb.action.unverify' : 'fb.action.verify')}
                  </Button>
                ) : null}
              </Group>
            ) : null}
          </Stack>
        </Section>
      </SimpleGrid>

      {f.mergedInto || f.duplicatesLinked.length || f.duplicateSuggestions.length ? (
        <Section id="fb-duplicates" title={t('fb.dup.title')}>
          <Stack gap="sm">
            {f.mergedInto ? (
              <Text>
                {t('fb.dup.mergedInto')}{' '}
                <Anchor
                  renderRoot={(props) => (
                    <Link {...props} to="/phan-anh-xu-ly/$code" params={{ code: f.mergedInto ?? '' }} />
                  )}
                  fw={700}
                >
                  {f.mergedInto}
                </Anchor>
              </Text>
            ) : null}
            {f.duplicatesLinked.length ? (
              <Text>
                {t('fb.dup.linked')}{' '}
                {f.duplicatesLinked.map((c, i) => (
                  <span key={c}>
                    {i ? ', ' : ''}
                    <Anchor
                      renderRoot={(props) => (
                        <Link {...props} to="/phan-anh-xu-ly/$code" params={{ code: c }} />
                      )}
                    >
                      {c}
                    </Anchor>
                  </span>
                ))}
              </Text>
            ) : null}
            {open && f.duplicateSuggestions.length ? (
              <>
                <Text size="sm">{t('fb.dup.intro')}</Text>
                <ul className="fb-duplicates">
                  {f.duplicateSuggestions.map((d) => (
                    <li key={d.code}>
                      <Group justify="space-between" align="flex-start" gap="xs">
                        <div style={{ minWidth: 0, flex: 1 }}>
                          <Group gap="xs">
                            <Anchor
                              renderRoot={(props) => (
                                <Link {...props} to="/phan-anh-xu-ly/$code" params={{ code: d.code }} />
                              )}
                              fw={700}
                            >
                              {d.code}
                            </Anchor>
                            <FeedbackStatusBadge status={d.status} name={d.statusName} />
                            <Text size="sm">
                              {t('fb.dup.similarity', { percent: percent(d.similarity, number) })}
                            </Text>
                          </Group>
                          <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                            {d.description}
                          </Text>
                          <Text size="xs">
                            {dateTime(d.receivedAt)}
                            {d.address ? ` · ${d.address}` : ''}
                          </Text>
                        </div>
                        {canHandle ? (
                          <Button
                            variant="default"
                            size="sm"
                            onClick={() => setDialog({ kind: 'merge', into: d.code })}
                          >
                            {t('fb.dup.merge', { into: d.code })}
                          </Button>
                        ) : null}
                      </Group>
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
          </Stack>
        </Section>
      ) : null}

      <Section id="fb-timeline" title={t('fb.item.timeline')}>
        <Timeline events={f.events} />
      </Section>
    </>
  );
}
