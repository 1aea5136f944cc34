import type { PublicPublication } from '../../../api/survey-types.ts';
import { useI18n } from '../../../i18n/index.tsx';

/** Period, scope, decision and date of a published result, as a definition list. */
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
          <dd>{publication.decisionNumber}</dd>
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
