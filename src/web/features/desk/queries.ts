import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, apiUrl } from '../../api/client.ts';
import type {
  Dashboard,
  DeskProcedure,
  DossierDetail,
  DossierSummary,
  PublicLookup,
  RatingForm,
  SlipForm,
  Violation,
} from './types.ts';

/**
 * Desk query keys and fetchers. Officer keys start with 'dossiers' (an action invalidates them all);
 * the citizen's clock and rating start with 'public'.
 */
export const deskKeys = {
  all: ['dossiers'] as const,
  list: (filter: DossierFilter) => ['dossiers', 'list', filter] as const,
  warnings: (unitCode: string | undefined) => ['dossiers', 'warnings', unitCode ?? ''] as const,
  detail: (code: string) => ['dossiers', 'detail', code] as const,
  dashboard: (unitCode: string | undefined, month: string) =>
    ['dossiers', 'dashboard', unitCode ?? '', month] as const,
  violations: (unitCode: string | undefined, month: string) =>
    ['dossiers', 'violations', unitCode ?? '', month] as const,
  procedures: (unitCode: string, q: string) => ['public', 'procedures', 'desk', unitCode, q] as const,
  publicDossier: (code: string) => ['public', 'dossier', code] as const,
  rating: (code: string, token: string) => ['public', 'dossier', code, 'rating', token] as const,
};

const enc = encodeURIComponent;

export interface DossierFilter {
  mine: boolean;
  unitCode?: string | undefined;
  status?: number | undefined;
  q?: string | undefined;
}

export function useDossierList(filter: DossierFilter) {
  return useQuery({
    queryKey: deskKeys.list(filter),
    queryFn: ({ signal }) =>
      api<{ dossiers: DossierSummary[] }>('/dossiers', {
        query: {
          mine: filter.mine ? 'true' : undefined,
          unitCode: filter.unitCode,
          status: filter.status,
          q: filter.q || undefined,
        },
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}

export function useWarnings(unitCode: string | undefined, enabled = true) {
  return useQuery({
    queryKey: deskKeys.warnings(unitCode),
    queryFn: ({ signal }) =>
      api<{ dossiers: DossierSummary[] }>('/dossiers/warnings', { query: { unitCode }, signal }),
    enabled,
  });
}

export function useDossier(code: string) {
  return useQuery({
    queryKey: deskKeys.detail(code),
    queryFn: ({ signal }) => api<DossierDetail>(`/dossiers/${enc(code)}`, { signal }),
  });
}

export function useDashboard(unitCode: string | undefined, month: string) {
  return useQuery({
    queryKey: deskKeys.dashboard(unitCode, month),
    queryFn: ({ signal }) => api<Dashboard>('/dossiers/dashboard', { query: { unitCode, month }, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useViolations(unitCode: string | undefined, month: string) {
  return useQuery({
    queryKey: deskKeys.violations(unitCode, month),
    queryFn: ({ signal }) =>
      api<{ violations: Violation[] }>('/dossiers/violations', { query: { unitCode, month }, signal }),
    placeholderData: keepPreviousData,
  });
}

/** The procedures a unit receives, matching `q` (the server ignores diacritics). */
export function useUnitProcedures(unitCode: string | null, q: string) {
  return useQuery({
    queryKey: deskKeys.procedures(unitCode ?? '', q),
    queryFn: ({ signal }) =>
      api<{ procedures: DeskProcedure[] }>('/public/procedures', {
        query: { unitCode: unitCode ?? undefined, q: q || undefined, limit: 50 },
        signal,
      }),
    enabled: Boolean(unitCode),
    placeholderData: keepPreviousData,
    staleTime: 5 * 60_000,
  });
}

/** One action on a dossier (POST …/{code}/{path}); the answer is the dossier afterwards. */
export function useDossierAction<B = undefined>(code: string, path: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: B) =>
      api<DossierDetail>(`/dossiers/${enc(code)}/${path}`, {
        method: 'POST',
        ...(body === undefined ? {} : { body }),
      }),
    onSuccess: async (detail) => {
      queryClient.setQueryData(deskKeys.detail(code), detail);
      await queryClient.invalidateQueries({ queryKey: deskKeys.all });
    },
  });
}

/** The public clock: with the check value the dossier, without it only that the dossier exists. */
export function usePublicDossier(code: string, check: string) {
  return useQuery({
    queryKey: [...deskKeys.publicDossier(code), check],
    queryFn: ({ signal }) =>
      api<PublicLookup>(`/public/dossiers/${enc(code)}`, { query: check ? { k: check } : {}, signal }),
    retry: false,
    enabled: Boolean(code),
    staleTime: 60_000,
  });
}

export function useRatingForm(code: string, token: string) {
  return useQuery({
    queryKey: deskKeys.rating(code, token),
    queryFn: ({ signal }) =>
      api<RatingForm>(`/public/dossiers/${enc(code)}/rating`, { query: { t: token }, signal }),
    enabled: Boolean(token),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/** A slip of the dossier as PDF (served as an attachment). */
export function slipUrl(code: string, form: SlipForm): string {
  return apiUrl(`/dossiers/${enc(code)}/slips/${form}`);
}

/** The guidance slip of a procedure: what to prepare (before reception). */
export function guideUrl(unitCode: string, procedureCode: string): string {
  return apiUrl('/dossiers/guide', { unitCode, procedureCode });
}

/** The month's register (Sổ theo dõi hồ sơ) as XLSX: Mẫu 06 or 07 by the month's regime. */
export function registerUrl(unitCode: string, month: string): string {
  return apiUrl('/dossiers/register.xlsx', { unitCode, month });
}
