import { Anchor, Box, List, Loader, Stack, Text, VisuallyHidden } from '@mantine/core';
import type { ReactNode } from 'react';
import { ErrorAlert } from '../../components/errors.tsx';
import { type Translate, useI18n } from '../../i18n/index.tsx';
import { type Procedure, useProcedureDetail } from './queries.ts';

/**
 * "10 ngày làm việc", "8 giờ làm việc", "Trong ngày (nhận sau 15:00 trả trong ngày làm việc tiếp
 * theo)" for a same-day procedure, or "handled at once" for a legal time of 0.
 */
export function legalTimeText(t: Translate, time: Procedure['processingTime'], amount: string): string {
  if (time.unit === 'same_day')
    return t('procedures.time.same_day', { cutoff: time.sameDayCutoff ?? '15:00' });
  if (time.amount === 0) return t('procedures.time.immediate');
  return t(time.unit === 'working_days' ? 'procedures.time.working_days' : 'procedures.time.working_hours', {
    amount,
  });
}

/** One labelled part of a procedure: a term and its description, in a description list. */
function Item({ term, children }: { term: string; children: ReactNode }) {
  return (
    <Box>
      <Text component="dt" fw={700} size="sm" c="dark.7">
        {term}
      </Text>
      <Box component="dd" m={0} mt={2}>
        {children}
      </Box>
    </Box>
  );
}

/**
 * What a citizen needs before going to the desk: level, time, fees, documents, forms, basis, where.
 * The catalogue's own texts are Vietnamese whatever the interface language: marked `lang="vi"` so a
 * screen reader reading the English page pronounces them right.
 */
export function ProcedureDetails({ procedure }: { procedure: Procedure }) {
  const { t, number } = useI18n();
  const detail = useProcedureDetail(procedure.code);
  return (
    <Stack component="dl" gap="sm" m={0}>
      <Item term={t('procedures.detail.level')}>
        <Text>{t(`procedures.levelHint.${procedure.level}`)}</Text>
      </Item>
      <Item term={t('procedures.detail.time')}>
        <Text>{legalTimeText(t, procedure.processingTime, number(procedure.processingTime.amount))}</Text>
      </Item>
      <Item term={t('procedures.detail.fees')}>
        {procedure.fees ? (
          <Text lang="vi" style={{ whiteSpace: 'pre-line' }}>
            {procedure.fees}
          </Text>
        ) : (
          <Text>{t('procedures.detail.noFees')}</Text>
        )}
      </Item>
      <Item term={t('procedures.detail.documents')}>
        <List type="ordered" spacing={4} withPadding>
          {procedure.documents.map((doc, i) => {
            const kind = t(`procedures.kind.${doc.kind}`);
            const count = number(doc.count);
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: documents have no id; the list never reorders
              <List.Item key={i}>
                <Text span lang="vi">
                  {doc.name}
                </Text>
                <Text span c="dark.6" fw={600}>
                  {' — '}
                  <span aria-hidden="true">{t('procedures.document.count', { kind, count })}</span>
                  <VisuallyHidden>{t('procedures.document.countLabel', { kind, count })}</VisuallyHidden>
                </Text>
              </List.Item>
            );
          })}
        </List>
      </Item>
      <Item term={t('procedures.detail.forms')}>
        {procedure.forms.length ? (
          <List spacing={4} withPadding>
            {procedure.forms.map((form) => (
              <List.Item key={`${form.name}|${form.url}`}>
                <Anchor href={form.url} target="_blank" rel="noopener noreferrer">
                  <span lang="vi">{form.name}</span>
                  <VisuallyHidden> {t('procedures.detail.newWindow')}</VisuallyHidden>
                </Anchor>
              </List.Item>
            ))}
          </List>
        ) : (
          <Text>{t('procedures.detail.noForms')}</Text>
        )}
      </Item>
      <Item term={t('procedures.detail.legalBasis')}>
        <List spacing={4} withPadding lang="vi">
          {procedure.legalBasis.split('\n').map((line, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: lines of one text, never reordered
            <List.Item key={i}>{line}</List.Item>
          ))}
        </List>
      </Item>
      <Item term={t('procedures.detail.units')}>
        {detail.isPending ? <Loader size="xs" aria-label={t('app.loading')} /> : null}
        <ErrorAlert error={detail.error} />
        {detail.data ? (
          detail.data.units.length ? (
            <Text lang="vi">{detail.data.units.map((u) => u.name).join('; ')}</Text>
          ) : (
            <Text>{t('procedures.detail.unitsNone')}</Text>
          )
        ) : null}
      </Item>
    </Stack>
  );
}
