import { useI18n } from '../../i18n/index.tsx';
import type { TaskStats } from './types.ts';

/** "1/9 nhiệm vụ hoàn thành (11,11%)": tasks done of all. */
export function useDoneText() {
  const { t, number } = useI18n();
  return (tasks: TaskStats) =>
    tasks.total === 0
      ? t('plans.noTasks')
      : t('plans.doneOf', {
          done: number(tasks.done),
          total: number(tasks.total),
          percent: number((100 * tasks.done) / tasks.total, 2),
        });
}
