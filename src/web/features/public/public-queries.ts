import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { OpenSurveyList } from '../../../modules/surveys/waves/waves.schema.ts';
import type { Site as SiteSchema } from '../../../modules/units/public.routes.ts';
import { api } from '../../api/client.ts';

export type Site = z.infer<typeof SiteSchema>;
export type OpenSurveyUnit = z.infer<typeof OpenSurveyList>['units'][number];

/** Whom the installation serves ("Tỉnh Khánh Hòa"), for the public header and home page. */
export function usePublicSite() {
  return useQuery({
    queryKey: ['public', 'site'],
    queryFn: ({ signal }) => api<Site>('/public/site', { signal }),
    staleTime: 60 * 60_000,
  });
}

/** Units with an open survey answering what the citizen typed (at least 2 letters). */
export function useOpenSurveys(q: string) {
  const query = q.trim();
  return useQuery({
    queryKey: ['public', 'open-surveys', query],
    queryFn: ({ signal }) =>
      api<{ units: OpenSurveyUnit[] }>(`/public/surveys?q=${encodeURIComponent(query)}`, { signal }),
    enabled: query.length >= 2,
    staleTime: 60_000,
  });
}
