import { Anchor } from '@mantine/core';
import type { PublicPublication } from '../../../api/survey-types.ts';
import { useI18n } from '../../../i18n/index.tsx';

/**
 * Period, scope, the decision that published the result (number, date, signer and the signed PDF)
 * and the date of publication, as a definition list.
 */
export function PublicationMeta({ publication }: { publication: PublicPublication }) {
  const { t, date } = useI18n();
  return (
    <dl className="kv">
      <dt>{t('public.meta.period')}</dt>
      <dd>{publication.period}</dd>
      <dt>{t('public.meta.scope')}</dt>
      <dd>{publication.scopeUnit.name}</dd>
      <dt>{t('public.meta.questionnaire')}</dt>
      <dd>{publication.questionnaire}</dd>
      {publication.decisionNumber ? (
        <>
          <dt>{t('public.meta.decision')}</dt>
          <dd>
            {publication.decisionDate
              ? t('public.meta.decisionOf', {
                  number: publication.decisionNumber,
                  date: date(publication.decisionDate),
                })
              : publication.decisionNumber}
            {publication.decisionFileUrl ? (
              <>
                {' · '}
                <Anchor href={publication.decisionFileUrl} download>
                  {t('public.meta.decisionFile')}
                </Anchor>
              </>
            ) : null}
          </dd>
        </>
      ) : null}
      {publication.decisionSigner ? (
        <>
          <dt>{t('public.meta.signer')}</dt>
          <dd>{publication.decisionSigner}</dd>
        </>
      ) : null}
      {publication.publishedAt ? (
        <>
          <dt>{t('public.meta.publishedAt')}</dt>
          <dd>{date(publication.publishedAt)}</dd>
        </>
      ) : null}
    </dl>
  );
}
