import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type * as procedures from '../../../modules/procedures/procedures.schema.ts';
import { api } from '../../api/client.ts';

/** The public procedure catalogue as the web app uses it (types inferred from the server's schemas). */
export type Procedure = z.infer<typeof procedures.Procedure>;
export type ProcedureDetail = z.infer<typeof procedures.ProcedureDetail>;
export type ProcedureList = z.infer<typeof procedures.PublicProcedureList>;
export type DocumentKind = Procedure['documents'][number]['kind'];

export interface CatalogueFilter {
  q: string;
  field: string;
  unit: string;
}

const PAGE_SIZE = 30;

export const procedureKeys = {
  all: ['public', 'procedures'] as const,
  list: (filter: CatalogueFilter) => ['public', 'procedures', 'list', filter] as const,
  detail: (code: string) => ['public', 'procedures', 'detail', code] as const,
};

/** Matching procedures, a page at a time ("show more" loads the next one). */
export function useProcedureList(filter: CatalogueFilter) {
  return useInfiniteQuery({
    queryKey: procedureKeys.list(filter),
    queryFn: ({ pageParam, signal }) =>
      api<ProcedureList>('/public/procedures', {
        query: {
          q: filter.q || undefined,
          field: filter.field || undefined,
          unitCode: filter.unit || undefined,
          limit: PAGE_SIZE,
          offset: pageParam,
        },
        signal,
      }),
    initialPageParam: 0,
    getNextPageParam: (last, pages) => {
      const shown = pages.reduce((n, page) => n + page.procedures.length, 0);
      return shown < last.total && last.procedures.length > 0 ? shown : undefined;
    },
    // Keep the previous results on screen while the next search runs (no flashing list).
    placeholderData: keepPreviousData,
    staleTime: 5 * 60_000,
  });
}

/** One procedure with its receiving units (loaded when its panel opens). */
export function useProcedureDetail(code: string) {
  return useQuery({
    queryKey: procedureKeys.detail(code),
    queryFn: ({ signal }) =>
      api<ProcedureDetail>(`/public/procedures/${encodeURIComponent(code)}`, { signal }),
    staleTime: 5 * 60_000,
  });
}
