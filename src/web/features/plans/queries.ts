import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  ApiError,
  api,
  apiUrl,
  handleUnauthenticated,
  parseJson,
  refreshCsrfToken,
  toApiError,
  writeHeaders,
} from '../../api/client.ts';
import { uploadJson } from '../../api/upload.ts';
import type {
  AddTaskBody,
  AssignableUsers,
  CreatePlanBody,
  DocumentDraft,
  DocumentKind,
  DocumentList,
  DocumentRequest,
  Effect,
  IssuedDocument,
  MyTasks,
  Overview,
  PeriodicReport,
  PlanDetail,
  PlanList,
  PlanStatus,
  PlanTask,
  ProgressBody,
  Proposal,
  Reminders,
  UpdateTaskBody,
} from './types.ts';

/**
 * Query keys and fetchers of plans, documents and reports. Keys start with 'plans', 'documents'
 * or 'reports', so a change invalidates by prefix (issuing a plan's decision touches both).
 */
export const planKeys = {
  all: ['plans'] as const,
  overview: (unitCode: string | undefined) => ['plans', 'overview', unitCode ?? ''] as const,
  list: (unitCode: string | undefined, status: PlanStatus | undefined) =>
    ['plans', 'list', unitCode ?? '', status ?? ''] as const,
  reminders: (unitCode: string | undefined) => ['plans', 'reminders', unitCode ?? ''] as const,
  detail: (id: number) => ['plans', 'detail', id] as const,
  assignable: (id: number) => ['plans', 'assignable', id] as const,
  mine: ['plans', 'mine'] as const,
  effect: (id: number) => ['plans', 'effect', id] as const,
  proposal: (q: ProposalQuery) => ['plans', 'proposal', q] as const,
  documents: ['documents'] as const,
  documentList: (unitCode: string | undefined, kind: DocumentKind | undefined) =>
    ['documents', 'list', unitCode ?? '', kind ?? ''] as const,
  report: (unitCode: string | undefined, period: string) => ['reports', unitCode ?? '', period] as const,
};

export interface ProposalQuery {
  unitCode: string;
  questionnaire: string;
  period: string;
  publicationId?: number | undefined;
}

export function usePlanOverview(unitCode: string | undefined) {
  return useQuery({
    queryKey: planKeys.overview(unitCode),
    queryFn: ({ signal }) => api<Overview>('/plans/overview', { query: { unitCode }, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useReminders(unitCode: string | undefined) {
  return useQuery({
    queryKey: planKeys.reminders(unitCode),
    queryFn: ({ signal }) => api<Reminders>('/plans/reminders', { query: { unitCode }, signal }),
    placeholderData: keepPreviousData,
  });
}

/** The users the plan's editors may name on its tasks (its unit and below). */
export function useAssignableUsers(planId: number, enabled: boolean) {
  return useQuery({
    queryKey: planKeys.assignable(planId),
    queryFn: ({ signal }) => api<AssignableUsers>(`/plans/${planId}/assignable-users`, { signal }),
    enabled,
    staleTime: 60_000,
  });
}

/** The tasks the signed-in user is named on ("Nhiệm vụ của tôi"). */
export function useMyTasks() {
  return useQuery({
    queryKey: planKeys.mine,
    queryFn: ({ signal }) => api<MyTasks>('/plans/my-tasks', { signal }),
  });
}

export function usePlans(unitCode: string | undefined, status?: PlanStatus) {
  return useQuery({
    queryKey: planKeys.list(unitCode, status),
    queryFn: ({ signal }) => api<PlanList>('/plans', { query: { unitCode, status }, signal }),
  });
}

export function usePlan(id: number) {
  return useQuery({
    queryKey: planKeys.detail(id),
    queryFn: ({ signal }) => api<PlanDetail>(`/plans/${id}`, { signal }),
    enabled: Number.isInteger(id) && id > 0,
  });
}

export function usePlanEffect(id: number, enabled: boolean) {
  return useQuery({
    queryKey: planKeys.effect(id),
    queryFn: ({ signal }) => api<Effect>(`/plans/${id}/effect`, { signal }),
    enabled,
  });
}

export function useProposal(q: ProposalQuery | null) {
  return useQuery({
    queryKey: planKeys.proposal(q ?? { unitCode: '', questionnaire: '', period: '' }),
    queryFn: ({ signal }) =>
      api<Proposal>('/plans/proposal', {
        query: {
          unitCode: q?.unitCode,
          questionnaire: q?.questionnaire,
          period: q?.period,
          publicationId: q?.publicationId,
        },
        signal,
      }),
    enabled: q !== null,
    staleTime: 60_000,
  });
}

export function useCreatePlan() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreatePlanBody) => api<PlanDetail>('/plans', { method: 'POST', body }),
    onSuccess: async (plan) => {
      queryClient.setQueryData(planKeys.detail(plan.id), plan);
      await queryClient.invalidateQueries({ queryKey: planKeys.all });
    },
  });
}

type PlanChange =
  | { kind: 'title'; title: string }
  | { kind: 'add'; task: AddTaskBody }
  | { kind: 'update'; taskId: number; patch: UpdateTaskBody }
  | { kind: 'delete'; taskId: number }
  | { kind: 'close' };

function changeRequest(id: number, change: PlanChange): Promise<PlanDetail> {
  switch (change.kind) {
    case 'title':
      return api(`/plans/${id}`, { method: 'PATCH', body: { title: change.title } });
    case 'add':
      return api(`/plans/${id}/tasks`, { method: 'POST', body: change.task });
    case 'update':
      return api(`/plans/${id}/tasks/${change.taskId}`, { method: 'PATCH', body: change.patch });
    case 'delete':
      return api(`/plans/${id}/tasks/${change.taskId}`, { method: 'DELETE' });
    case 'close':
      return api(`/plans/${id}/close`, { method: 'POST' });
  }
}

/** A change to a plan (title, rows of a draft, closing); the answer is the plan afterwards. */
export function usePlanChange(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: PlanChange) => changeRequest(id, change),
    onSuccess: async (plan) => {
      queryClient.setQueryData(planKeys.detail(id), plan);
      await queryClient.invalidateQueries({ queryKey: planKeys.all });
    },
  });
}

/** A progress report; with a file the JSON goes through XMLHttpRequest to show upload progress. */
export function useReportProgress(planId: number, taskId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ body, onProgress }: { body: ProgressBody; onProgress?: (percent: number) => void }) =>
      body.file
        ? uploadJson<PlanTask>({
            path: `/plans/${planId}/tasks/${taskId}/updates`,
            body,
            ...(onProgress ? { onProgress } : {}),
          })
        : api<PlanTask>(`/plans/${planId}/tasks/${taskId}/updates`, { method: 'POST', body }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: planKeys.all });
    },
  });
}

/** An evidence file of one progress report (served as an attachment). */
export function evidenceUrl(planId: number, taskId: number, updateId: number): string {
  return apiUrl(`/plans/${planId}/tasks/${taskId}/updates/${updateId}/file`);
}

// ── documents ───────────────────────────────────────────────────────────────

export function useDocuments(unitCode: string | undefined, kind?: DocumentKind) {
  return useQuery({
    queryKey: planKeys.documentList(unitCode, kind),
    queryFn: ({ signal }) => api<DocumentList>('/documents', { query: { unitCode, kind }, signal }),
    placeholderData: keepPreviousData,
  });
}

/** The generated text (editable) of a document, with the officer's edits applied when sent. */
export function useDraftDocument() {
  return useMutation({
    mutationFn: (request: DocumentRequest) =>
      api<DocumentDraft>('/documents/draft', { method: 'POST', body: request }),
  });
}

export function useIssueDocument() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: DocumentRequest) =>
      api<IssuedDocument>('/documents', { method: 'POST', body: request }),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: planKeys.documents }),
        queryClient.invalidateQueries({ queryKey: planKeys.all }),
      ]);
    },
  });
}

export function documentFileUrl(id: number, format: 'docx' | 'pdf'): string {
  return apiUrl(`/documents/${id}/${format}`);
}

/** The file name of a `Content-Disposition: attachment; filename*=UTF-8''…` answer. */
export function dispositionName(header: string | null, fallback: string): string {
  if (!header) return fallback;
  const star = /filename\*=UTF-8''([^;]+)/i.exec(header);
  if (star?.[1]) {
    try {
      return decodeURIComponent(star[1]);
    } catch {
      // fall through to the plain name
    }
  }
  const plain = /filename="?([^";]+)"?/i.exec(header);
  return plain?.[1] ?? fallback;
}

/**
 * POST a JSON body and save the file the server answers with (a draft's DOCX/PDF preview): the
 * bytes become an object URL that a temporary link downloads. A stale CSRF token is refreshed once.
 */
export async function downloadPosted(
  path: string,
  body: unknown,
  fallbackName: string,
  retried = false,
): Promise<string> {
  let response: Response;
  try {
    response = await fetch(apiUrl(path), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...writeHeaders('POST') },
      credentials: 'same-origin',
      body: JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, 'NETWORK', 'Không kết nối được với máy chủ. Kiểm tra mạng rồi thử lại.');
  }
  if (!response.ok) {
    const error = toApiError(response.status, parseJson(await response.text()));
    if (error.code === 'CSRF_FAILED' && !retried && (await refreshCsrfToken())) {
      return downloadPosted(path, body, fallbackName, true);
    }
    if (response.status === 401) handleUnauthenticated();
    throw error;
  }
  const name = dispositionName(response.headers.get('content-disposition'), fallbackName);
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return name;
}

// ── periodic reports ────────────────────────────────────────────────────────

export function useReport(unitCode: string | undefined, period: string | null) {
  return useQuery({
    queryKey: planKeys.report(unitCode, period ?? ''),
    queryFn: ({ signal }) =>
      api<PeriodicReport>('/reports/periodic', { query: { unitCode, period: period ?? '' }, signal }),
    enabled: Boolean(period),
    placeholderData: keepPreviousData,
  });
}

export function reportUrl(unitCode: string | undefined, period: string, format: 'docx' | 'xlsx'): string {
  return apiUrl(`/reports/periodic/${format}`, { unitCode, period });
}
