/**
 * A procedure's legal time limit in words, as the catalogue, the pages and the slips print it. Pure.
 *
 * A same-day procedure (chứng thực: Nghị định 23/2015/NĐ-CP, Điều 7 — "ngay trong ngày cơ quan, tổ
 * chức tiếp nhận yêu cầu hoặc trong ngày làm việc tiếp theo, nếu tiếp nhận yêu cầu sau 15 giờ") is
 * due at the closing time of the day it is received, or of the next working day when it comes in at
 * or after its cut-off.
 */
import { SAME_DAY_CUTOFF } from '../../calendar/index.ts';

/** "Trong ngày (nhận sau 15:00 trả trong ngày làm việc tiếp theo)". */
export function sameDayText(cutoff: string | null | undefined): string {
  return `Trong ngày (nhận sau ${cutoff ?? SAME_DAY_CUTOFF} trả trong ngày làm việc tiếp theo)`;
}

/** "3 ngày làm việc", "8 giờ làm việc", "Trong ngày (…)", or at once for a limit of 0. */
export function processingTimeText(t: {
  amount: number;
  unit: string;
  sameDayCutoff: string | null;
}): string {
  if (t.unit === 'same_day') return sameDayText(t.sameDayCutoff);
  if (t.amount === 0) return 'Giải quyết ngay khi nhận đủ hồ sơ';
  return `${t.amount} ${t.unit === 'working_hours' ? 'giờ' : 'ngày'} làm việc`;
}
