import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type * as plans from '../../../../modules/plans/plans.schema.ts';
import { api } from '../../../api/client.ts';

/** The measures library API as the page uses it (types from the server's zod schemas). */
export type Measure = z.infer<typeof plans.Measure>;
export type MeasureList = z.infer<typeof plans.MeasureList>;
export type CreateMeasureBody = z.input<typeof plans.CreateMeasureBody>;
export type UpdateMeasureBody = z.input<typeof plans.UpdateMeasureBody>;

/** Keys start with 'plans' so a change also refreshes the plans' proposals. */
export const measureKeys = {
  all: ['plans', 'measures'] as const,
  list: (questionnaire: string, includeInactive: boolean) =>
    ['plans', 'measures', questionnaire, includeInactive] as const,
};

export function useMeasures(questionnaire: string | undefined, includeInactive: boolean) {
  return useQuery({
    queryKey: measureKeys.list(questionnaire ?? '', includeInactive),
    queryFn: ({ signal }) =>
      api<MeasureList>('/plans/measures', {
        query: { questionnaire, includeInactive: includeInactive ? 'true' : undefined },
        signal,
      }),
    enabled: Boolean(questionnaire),
    placeholderData: keepPreviousData,
  });
}

export function useCreateMeasure() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateMeasureBody) => api<Measure>('/plans/measures', { method: 'POST', body }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: measureKeys.all });
    },
  });
}

export function useUpdateMeasure() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, patch }: { id: number; patch: UpdateMeasureBody }) =>
      api<Measure>(`/plans/measures/${id}`, { method: 'PATCH', body: patch }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: measureKeys.all });
    },
  });
}
