import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useEffect, useRef } from 'react';
import { useI18n } from '../../../i18n/index.tsx';
import { DueBadge, remainingText } from '../DueBadge.tsx';
import { slipUrl } from '../queries.ts';
import type { DossierDetail } from '../types.ts';

/** The dossier just received: its code and due moment, the receipt to print, what next. */
export function ReceiptDone({ dossier, onNext }: { dossier: DossierDetail; onNext: () => void }) {
  const { t, dateTime, number } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);
  return (
    <Paper withBorder p={{ base: 'sm', sm: 'lg' }} className="receipt-done">
      <Stack gap="md">
        <Title order={2} size="h3" ref={heading} tabIndex={-1} c="green.9">
          {t('reception.done.title', { code: dossier.code })}
        </Title>
        <dl className="kv">
          <dt>{t('reception.done.code')}</dt>
          <dd>
            <Text span fw={800} fz="xl" className="dossier-code">
              {dossier.code}
            </Text>
          </dd>
          <dt>{t('reception.done.procedure')}</dt>
          <dd>{dossier.procedure}</dd>
          <dt>{t('reception.done.applicant')}</dt>
          <dd>{dossier.applicant.name}</dd>
          <dt>{t('reception.done.due')}</dt>
          <dd>
            <Text span fw={700}>
              {dateTime(dossier.dueAt)}
            </Text>
          </dd>
          <dt>{t('reception.done.remaining')}</dt>
          <dd>
            <Group gap="xs">
              <DueBadge dossier={dossier} />
              <Text span>{remainingText(t, dossier, number)}</Text>
            </Group>
          </dd>
        </dl>
        <Group gap="sm">
          <Button component="a" href={slipUrl(dossier.code, '01')} download>
            {t('reception.done.print')}
          </Button>
          <Button
            variant="default"
            renderRoot={(props) => (
              <Link {...props} to="/mot-cua/ho-so/$code" params={{ code: dossier.code }} />
            )}
          >
            {t('reception.done.open')}
          </Button>
          <Button variant="default" onClick={onNext}>
            {t('reception.done.next')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
