import { QueryClient, queryOptions, useQuery } from '@tanstack/react-query';
import { ApiError, api, setCsrfToken } from './client.ts';
import type {
  ApiTokenList,
  RoleInfo,
  Session,
  UnitDetail,
  UnitSearchResult,
  UnitTree,
  UnitTypeList,
  UserList,
} from './types.ts';

/** Query keys and fetchers in one place, so a mutation knows what to refresh. */
export const keys = {
  session: ['session'] as const,
  units: ['units'] as const,
  unitTree: (includeClosed: boolean) => ['units', 'tree', { includeClosed }] as const,
  unitSearch: (q: string) => ['units', 'search', q] as const,
  unit: (code: string) => ['units', 'detail', code] as const,
  unitTypes: ['unit-types'] as const,
  roles: ['roles'] as const,
  users: ['users'] as const,
  tokens: ['tokens'] as const,
};

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        // A 4xx will not change by asking again; a network hiccup might.
        retry: (count, error) => count < 2 && !(error instanceof ApiError && error.status >= 400),
      },
      mutations: { retry: false },
    },
  });
}

/** The signed-in session, or null. Also keeps the CSRF token for later writes. */
export const sessionQuery = queryOptions({
  queryKey: keys.session,
  queryFn: async (): Promise<Session | null> => {
    try {
      const session = await api<Session>('/auth/me', { expect401: true });
      setCsrfToken(session.csrfToken);
      return session;
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) {
        setCsrfToken(null);
        return null;
      }
      throw error;
    }
  },
  staleTime: 5 * 60_000,
});

export function useSession() {
  return useQuery(sessionQuery);
}

export function useUnitTree(includeClosed: boolean) {
  return useQuery({
    queryKey: keys.unitTree(includeClosed),
    queryFn: ({ signal }) =>
      api<UnitTree>('/units', { query: { includeClosed: includeClosed ? 'true' : undefined }, signal }),
  });
}

export function useUnitSearch(q: string) {
  return useQuery({
    queryKey: keys.unitSearch(q),
    queryFn: ({ signal }) => api<UnitSearchResult>('/units/search', { query: { q, limit: 50 }, signal }),
    enabled: q.length > 0,
    placeholderData: (previous) => previous,
  });
}

export function useUnit(code: string | undefined) {
  return useQuery({
    queryKey: keys.unit(code ?? ''),
    queryFn: ({ signal }) => api<UnitDetail>(`/units/${encodeURIComponent(code ?? '')}`, { signal }),
    enabled: Boolean(code),
  });
}

export function useUnitTypes() {
  return useQuery({
    queryKey: keys.unitTypes,
    queryFn: ({ signal }) => api<UnitTypeList>('/unit-types', { signal }),
    staleTime: 10 * 60_000,
  });
}

export function useRoles() {
  return useQuery({
    queryKey: keys.roles,
    queryFn: ({ signal }) => api<{ roles: RoleInfo[] }>('/roles', { signal }),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useUsers(enabled = true) {
  return useQuery({
    queryKey: keys.users,
    queryFn: ({ signal }) => api<UserList>('/users', { signal }),
    enabled,
  });
}

export function useTokens() {
  return useQuery({
    queryKey: keys.tokens,
    queryFn: ({ signal }) => api<ApiTokenList>('/tokens', { signal }),
  });
}
