/**
 * The words and times the slips print, pure and in Vietnam time (UTC+7, whatever the server's zone).
 */
import { formatDateTimeVi } from '../../../lib/format.ts';
import { vnDateTime } from '../../../lib/time.ts';
import { sameDayText } from '../../procedures/time-limit.ts';
import { timelinessOf } from '../public-status.ts';
import type { DocumentCopyKind, DossierChannel, TimeLimit } from './model.ts';

/** "08 giờ 05 phút, ngày 02/03/2026", as the forms write a moment. */
export function slipDateTime(instant: Date): string {
  const local = vnDateTime(instant); // YYYY-MM-DDTHH:MM
  const [y, m, d] = local.slice(0, 10).split('-');
  return `${local.slice(11, 13)} giờ ${local.slice(14, 16)} phút, ngày ${d}/${m}/${y}`;
}

/** "02/03/2026 08:05": the register's cells (Mẫu 06). */
export function registerDateTime(instant: Date): string {
  const [time, date] = formatDateTimeVi(instant).split(' ');
  return `${date} ${time}`;
}

/**
 * A legal time limit as every slip, register and page prints it, in the procedure's own unit:
 * "3 ngày làm việc", "8 giờ làm việc" (never the hours as days); a limit of 0 is handled at once.
 */
export function formatTimeLimit({ amount, unit, cutoff }: TimeLimit): string {
  if (unit === 'same_day') return sameDayText(cutoff);
  if (amount === 0) return 'giải quyết ngay khi nhận đủ hồ sơ';
  return `${amount} ${unit === 'working_hours' ? 'giờ' : 'ngày'} làm việc`;
}

export const COPY_KIND_LABEL: Record<DocumentCopyKind, string> = {
  original: 'Bản chính',
  certified_copy: 'Bản sao chứng thực',
  copy: 'Bản sao',
};

export const CHANNEL_LABEL: Record<DossierChannel, string> = {
  direct: 'Trực tiếp',
  online: 'Trực tuyến',
  postal: 'Qua dịch vụ bưu chính công ích',
};

export type Timeliness = 'Trước hạn' | 'Đúng hạn' | 'Quá hạn';

const WORDS = { early: 'Trước hạn', on_time: 'Đúng hạn', late: 'Quá hạn' } as const;

/**
 * Mẫu 05's verdict on a hand-over, in the words of public-status.ts: after the due moment is late;
 * on the due date's own (Vietnam) day is on time; an earlier day is early. Finishing at 09:00 on the
 * due date, due at 17:00, is "Đúng hạn": the forms and the national statistics count early by the day.
 */
export function timeliness(doneAt: Date, dueAt: Date): Timeliness {
  return WORDS[timelinessOf(doneAt, dueAt, () => 0).timeliness];
}
