import {
  keepPreviousData,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import type {
  Category,
  CategoryPatch,
  DeadlinePolicy,
  FeedbackDashboard,
  FeedbackDetail,
  FeedbackStatus,
  FeedbackSummary,
  IntakeBody,
  OfficerCategory,
  OfficerComplaint,
  PublicFeedback,
  Tracking,
} from './types.ts';

/**
 * Feedback query keys and fetchers. Officer keys start with 'feedback' (an action invalidates
 * them all); the citizen's pages start with 'public'.
 */
export const feedbackKeys = {
  all: ['feedback'] as const,
  categories: (unitCode: string | undefined) => ['feedback', 'categories', unitCode ?? ''] as const,
  list: (filter: FeedbackFilter) => ['feedback', 'list', filter] as const,
  warnings: (unitCode: string | undefined) => ['feedback', 'warnings', unitCode ?? ''] as const,
  detail: (code: string) => ['feedback', 'detail', code] as const,
  dashboard: (unitCode: string | undefined, period: string, min: number) =>
    ['feedback', 'dashboard', unitCode ?? '', period, min] as const,
  officers: (unitCode: string | undefined, period: string, min: number) =>
    ['feedback', 'officers', unitCode ?? '', period, min] as const,
  publicCategories: ['public', 'feedback', 'categories'] as const,
  publicList: (unitCode: string | undefined, category: string | undefined) =>
    ['public', 'feedback', 'list', unitCode ?? '', category ?? ''] as const,
  publicUnits: ['public', 'feedback', 'units'] as const,
  publicItem: (code: string) => ['public', 'feedback', 'item', code] as const,
  suggest: (category: string, address: string) =>
    ['public', 'feedback', 'suggest', category, address] as const,
  tracking: (code: string, token: string) => ['public', 'feedback', 'tracking', code, token] as const,
};

const enc = encodeURIComponent;

export interface FeedbackFilter {
  mine: boolean;
  unitCode?: string | undefined;
  status?: FeedbackStatus | undefined;
  category?: string | undefined;
  q?: string | undefined;
}

/** The categories of the user's scope (and those of the units above that serve it). */
export function useCategories(unitCode?: string) {
  return useQuery({
    queryKey: feedbackKeys.categories(unitCode),
    queryFn: ({ signal }) =>
      api<{ categories: Category[] }>('/feedback/categories', { query: { unitCode }, signal }),
    staleTime: 5 * 60_000,
  });
}

export function useFeedbackList(filter: FeedbackFilter) {
  return useQuery({
    queryKey: feedbackKeys.list(filter),
    queryFn: ({ signal }) =>
      api<{ items: FeedbackSummary[] }>('/feedback', {
        query: {
          mine: filter.mine ? 'true' : undefined,
          unitCode: filter.unitCode,
          status: filter.status,
          category: filter.category,
          q: filter.q || undefined,
        },
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}

export function useFeedbackWarnings(unitCode: string | undefined) {
  return useQuery({
    queryKey: feedbackKeys.warnings(unitCode),
    queryFn: ({ signal }) =>
      api<{ items: FeedbackSummary[] }>('/feedback/warnings', { query: { unitCode }, signal }),
  });
}

export function useFeedback(code: string) {
  return useQuery({
    queryKey: feedbackKeys.detail(code),
    queryFn: ({ signal }) => api<FeedbackDetail>(`/feedback/${enc(code)}`, { signal }),
  });
}

export function useFeedbackDashboard(unitCode: string | undefined, period: string, min: number) {
  return useQuery({
    queryKey: feedbackKeys.dashboard(unitCode, period, min),
    queryFn: ({ signal }) =>
      api<FeedbackDashboard>('/feedback/dashboard', { query: { unitCode, period, min }, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useOfficerComplaints(unitCode: string | undefined, period: string, min: number) {
  return useQuery({
    queryKey: feedbackKeys.officers(unitCode, period, min),
    queryFn: ({ signal }) =>
      api<{ officers: OfficerComplaint[] }>('/feedback/officers', {
        query: { unitCode, period, min },
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}

/** An officer logs a hotline call or a counter report; the answer carries the tracking link. */
export function useIntake() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: IntakeBody) => api<FeedbackDetail>('/feedback', { method: 'POST', body }),
    onSuccess: async (detail) => {
      queryClient.setQueryData(feedbackKeys.detail(detail.code), detail);
      await queryClient.invalidateQueries({ queryKey: feedbackKeys.all });
    },
  });
}

/** One action on an item (POST /feedback/{code}/{path}); the answer is the item afterwards. */
export function useFeedbackAction<B = undefined>(code: string, path: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: B) =>
      api<FeedbackDetail>(`/feedback/${enc(code)}/${path}`, {
        method: 'POST',
        ...(body === undefined ? {} : { body }),
      }),
    onSuccess: async (detail) => {
      if (!detail.outOfScope) queryClient.setQueryData(feedbackKeys.detail(code), detail);
      await queryClient.invalidateQueries({ queryKey: feedbackKeys.all });
    },
  });
}

/** The categories of the user's scope with their deadline policies (the categories page). */
export function useOfficerCategories() {
  return useQuery({
    queryKey: [...feedbackKeys.categories(undefined), 'officer'] as const,
    queryFn: ({ signal }) => api<{ categories: OfficerCategory[] }>('/feedback/categories', { signal }),
  });
}

/** Every deadline policy a category may follow, with its source (data/feedback/deadline-policies.json). */
export function useDeadlinePolicies() {
  return useQuery({
    queryKey: ['feedback', 'deadline-policies'] as const,
    queryFn: ({ signal }) => api<{ policies: DeadlinePolicy[] }>('/feedback/deadline-policies', { signal }),
    staleTime: 60 * 60_000,
  });
}

/** Change a category (PATCH /feedback/categories/{code}): new items follow it, received ones keep theirs. */
export function useUpdateCategory() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ code, patch }: { code: string; patch: CategoryPatch }) =>
      api<OfficerCategory>(`/feedback/categories/${enc(code)}`, { method: 'PATCH', body: patch }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: feedbackKeys.all });
    },
  });
}

// ---------------------------------------------------------------------------------------------
// The citizen's pages (no sign-in).

export function usePublicCategories() {
  return useQuery({
    queryKey: feedbackKeys.publicCategories,
    queryFn: ({ signal }) => api<{ categories: Category[] }>('/public/feedback/categories', { signal }),
    staleTime: 10 * 60_000,
  });
}

export const PUBLIC_PAGE_SIZE = 20;

/** Published answers, newest first, a page at a time. */
export function usePublicFeedback(unitCode: string | undefined, category: string | undefined) {
  return useInfiniteQuery({
    queryKey: feedbackKeys.publicList(unitCode, category),
    queryFn: ({ signal, pageParam }) =>
      api<{ items: PublicFeedback[] }>('/public/feedback', {
        query: { unitCode, category, limit: PUBLIC_PAGE_SIZE, offset: pageParam },
        signal,
      }),
    initialPageParam: 0,
    getNextPageParam: (last, pages) =>
      last.items.length < PUBLIC_PAGE_SIZE ? undefined : pages.length * PUBLIC_PAGE_SIZE,
    placeholderData: keepPreviousData,
  });
}

/**
 * The units that have published answers (for the unit filter). There is no public list of units:
 * the 200 newest published items stand in for it.
 */
export function usePublicFeedbackUnits() {
  return useQuery({
    queryKey: feedbackKeys.publicUnits,
    queryFn: async ({ signal }) => {
      const { items } = await api<{ items: PublicFeedback[] }>('/public/feedback', {
        query: { limit: 200 },
        signal,
      });
      const units = new Map<string, string>();
      for (const i of items) units.set(i.unitCode, i.unitName);
      return [...units].map(([code, name]) => ({ code, name }));
    },
    staleTime: 10 * 60_000,
  });
}

export function usePublicFeedbackItem(code: string) {
  return useQuery({
    queryKey: feedbackKeys.publicItem(code),
    queryFn: ({ signal }) => api<PublicFeedback>(`/public/feedback/${enc(code)}`, { signal }),
    staleTime: 60_000,
  });
}

/** The unit that would handle a report of this category at this place. */
export function useSuggestedUnit(category: string | null, address: string) {
  return useQuery({
    queryKey: feedbackKeys.suggest(category ?? '', address),
    queryFn: ({ signal }) =>
      api<{ unitCode: string; unitName: string }>('/public/feedback/suggest-unit', {
        query: { category: category ?? '', address: address || undefined },
        signal,
      }),
    enabled: Boolean(category),
    placeholderData: keepPreviousData,
    staleTime: 5 * 60_000,
  });
}

export function useTracking(code: string, token: string) {
  return useQuery({
    queryKey: feedbackKeys.tracking(code, token),
    queryFn: ({ signal }) =>
      api<Tracking>(`/public/feedback/${enc(code)}/tracking`, { query: { t: token }, signal }),
    enabled: Boolean(token),
    retry: false,
  });
}
