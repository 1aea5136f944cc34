import type { Translate } from '../../i18n/index.tsx';
import type { DossierDetail } from './types.ts';

/** Where a dossier stands, as the server judged it (src/modules/dossiers/public-status.ts). */
export type Standing = DossierDetail['standing'];

/**
 * The verdict in words: "trước hạn 2 ngày làm việc", "đúng hạn", "quá hạn" (late within the due
 * date itself); empty when the dossier is not judged.
 */
export function verdictText(t: Translate, s: Standing, number: (n: number) => string): string {
  if (!s.timeliness) return '';
  const days = s.workingDays ?? 0;
  if (s.timeliness === 'early' && days > 0) return t('standing.earlyDays', { days: number(days) });
  if (s.timeliness === 'late' && days > 0) return t('standing.lateDays', { days: number(days) });
  return t(`standing.${s.timeliness}`);
}

/**
 * The one sentence the clock, the rating page and the dossier page show: "Đã trả kết quả đúng hạn",
 * "Đang giải quyết tại Phòng Tư pháp", "Tạm dừng chờ bổ sung hồ sơ". In Vietnamese it is word for word
 * the server's `phrase` (standing.test.ts proves it), which the register prints.
 */
export function standingText(t: Translate, s: Standing, number: (n: number) => string): string {
  if (s.phase === 'processing') return t('standing.processing', { place: s.place ?? '' });
  const head = t(`standing.${s.phase}`);
  if (s.phase !== 'ready' && s.phase !== 'returned') return head;
  const verdict = verdictText(t, s, number);
  return verdict ? `${head} ${verdict}` : head;
}

/** The verdict as a badge's word, capitalised: "Trước hạn 2 ngày làm việc". */
export function verdictBadge(t: Translate, s: Standing, number: (n: number) => string): string {
  const words = verdictText(t, s, number);
  return words.charAt(0).toLocaleUpperCase() + words.slice(1);
}
