import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, apiUrl } from './client.ts';
import type {
  IndexQuery,
  IndexResult,
  PublicationList,
  PublicPublication,
  PublicResult,
  QuestionnaireDetail,
  QuestionnaireList,
  QuestionnaireMeta,
  ReviewList,
  SurveyForm,
  WaveList,
  WaveProgress,
} from './survey-types.ts';

/**
 * Survey query keys and fetchers (the units/accounts ones are in queries.ts). Every key starts
 * with 'surveys' or 'public', so a write invalidates by prefix.
 */
export const surveyKeys = {
  all: ['surveys'] as const,
  questionnaires: ['surveys', 'questionnaires'] as const,
  waves: ['surveys', 'waves'] as const,
  progress: (code: string) => ['surveys', 'waves', code, 'progress'] as const,
  form: (unitCode: string) => ['surveys', 'form', unitCode] as const,
  index: (q: IndexQuery) => ['surveys', 'index', q] as const,
  flagged: (filter: FlaggedFilter) => ['surveys', 'flagged', filter] as const,
  publications: ['surveys', 'publications'] as const,
  publicForm: (unitCode: string) => ['public', 'survey', unitCode] as const,
  publicIndex: ['public', 'index'] as const,
  publicResult: (id: number) => ['public', 'index', id] as const,
};

const enc = encodeURIComponent;

export function useQuestionnaires() {
  return useQuery({
    queryKey: surveyKeys.questionnaires,
    queryFn: ({ signal }) => api<QuestionnaireList>('/questionnaires', { signal }),
    staleTime: 5 * 60_000,
  });
}

/** One questionnaire version ("CODE@N"): the wording and option labels behind an index table. */
export function useQuestionnaire(ref: string | null) {
  return useQuery({
    queryKey: [...surveyKeys.questionnaires, ref],
    queryFn: ({ signal }) => api<QuestionnaireDetail>(`/questionnaires/${enc(ref ?? '')}`, { signal }),
    enabled: Boolean(ref),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/** Distinct questionnaire codes, latest version's title, for filters. */
export function latestQuestionnaires(list: QuestionnaireMeta[] | undefined): QuestionnaireMeta[] {
  const latest = new Map<string, QuestionnaireMeta>();
  for (const q of list ?? []) {
    const seen = latest.get(q.code);
    if (!seen || seen.version < q.version) latest.set(q.code, q);
  }
  return [...latest.values()].sort((a, b) => a.code.localeCompare(b.code));
}

export function useWaves() {
  return useQuery({
    queryKey: surveyKeys.waves,
    queryFn: ({ signal }) => api<WaveList>('/surveys/waves', { signal }),
  });
}

export const PROGRESS_REFRESH_MS = 15_000;

export function useWaveProgress(code: string) {
  return useQuery({
    queryKey: surveyKeys.progress(code),
    queryFn: ({ signal }) => api<WaveProgress>(`/surveys/waves/${enc(code)}/progress`, { signal }),
    refetchInterval: PROGRESS_REFRESH_MS,
    staleTime: 0,
  });
}

/** The form a kiosk or a surveyor fills for a unit (the unit's open wave). */
export function useOfficerForm(unitCode: string | null) {
  return useQuery({
    queryKey: surveyKeys.form(unitCode ?? ''),
    queryFn: ({ signal }) => api<SurveyForm>(`/surveys/form/${enc(unitCode ?? '')}`, { signal }),
    enabled: Boolean(unitCode),
    staleTime: 5 * 60_000,
  });
}

export function indexParams(q: IndexQuery): Record<string, string | undefined> {
  return { questionnaire: q.questionnaire, period: q.period, unit: q.unit, channel: q.channel };
}

export function useIndex(q: IndexQuery | null) {
  return useQuery({
    queryKey: surveyKeys.index(q ?? { questionnaire: '', period: '' }),
    queryFn: ({ signal }) =>
      api<IndexResult>('/surveys/index', { query: indexParams(q as IndexQuery), signal }),
    enabled: Boolean(q?.questionnaire && q.period),
    placeholderData: keepPreviousData,
  });
}

export function indexXlsxUrl(q: IndexQuery): string {
  return apiUrl('/surveys/index.xlsx', indexParams(q));
}

export interface FlaggedFilter {
  unitCode?: string | undefined;
  questionnaire?: string | undefined;
  period?: string | undefined;
}

export function useFlaggedResponses(filter: FlaggedFilter) {
  return useQuery({
    queryKey: surveyKeys.flagged(filter),
    queryFn: ({ signal }) =>
      api<ReviewList>('/surveys/responses', {
        query: { flagged: 'true', ...filter },
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}

export function usePublications() {
  return useQuery({
    queryKey: surveyKeys.publications,
    queryFn: ({ signal }) => api<PublicationList>('/surveys/publications', { signal }),
  });
}

export function usePublicForm(unitCode: string) {
  return useQuery({
    queryKey: surveyKeys.publicForm(unitCode),
    queryFn: ({ signal }) => api<SurveyForm>(`/public/surveys/${enc(unitCode)}`, { signal }),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function usePublicIndex() {
  return useQuery({
    queryKey: surveyKeys.publicIndex,
    queryFn: ({ signal }) => api<{ publications: PublicPublication[] }>('/public/index', { signal }),
  });
}

/** A publication in any state with its frozen table, for its staff (the preview before approval). */
export function usePublicationPreview(id: number) {
  return useQuery({
    queryKey: [...surveyKeys.publications, id] as const,
    queryFn: ({ signal }) => api<PublicResult>(`/surveys/publications/${id}`, { signal }),
  });
}

export function usePublicResult(id: number) {
  return useQuery({
    queryKey: surveyKeys.publicResult(id),
    queryFn: ({ signal }) => api<PublicResult>(`/public/index/${id}`, { signal }),
    staleTime: 10 * 60_000,
  });
}

/** The unit's QR poster (PDF, A4), served as an attachment. */
export function posterUrl(unitCode: string): string {
  return apiUrl(`/surveys/posters/${enc(unitCode)}`);
}

/** Open data of a published result. */
export function publicDownloadUrl(id: number, format: 'csv' | 'json'): string {
  return apiUrl(`/public/index/${id}/data.${format}`);
}
