/**
 * How a figure is written in a letter (pure). Indexes are kept unrounded everywhere and rounded
 * only here: always two decimals with a decimal comma ("56,30%").
 *
 * Reaching a target is decided on the unrounded values (rule of the house: round only when
 * presenting):
 * - index < target → "chưa đạt" — even when both print alike: 82,995 against 83 prints
 *   "đạt 83,00%, chưa đạt chỉ tiêu (83,00%)", with a note that the index before rounding is
 *   still below the target, so the reader is not left with a contradiction;
 * - index ≥ target and the printed index equals the printed target → "đạt" (83,004 → "đạt chỉ tiêu");
 * - index ≥ target and the printed index is higher → "vượt".
 */
import { formatNumberVi } from '../../lib/format.ts';

export const ACHIEVEMENTS = ['vuot', 'dat', 'chua_dat', 'khong_co_chi_tieu', 'khong_co_so_lieu'] as const;
export type Achievement = (typeof ACHIEVEMENTS)[number];

/** 56.3 → "56,30%". */
export function pct(value: number): string {
  return `${formatNumberVi(value, 2)}%`;
}

export function achievement(index: number | null, target: number | null): Achievement {
  if (index === null) return 'khong_co_so_lieu';
  if (target === null) return 'khong_co_chi_tieu';
  if (index < target) return 'chua_dat';
  return formatNumberVi(index, 2) === formatNumberVi(target, 2) ? 'dat' : 'vuot';
}

/** True when the index is below the target but prints the same (82,995 vs 83 → "83,00%" both). */
export function hiddenByRounding(index: number | null, target: number | null): boolean {
  return (
    index !== null &&
    target !== null &&
    index < target &&
    formatNumberVi(index, 2) === formatNumberVi(target, 2)
  );
}

/**
 * The verdict after the figure: "vượt chỉ tiêu giao (83,00%)", "đạt chỉ tiêu giao (83,00%)",
 * "chưa đạt chỉ tiêu giao (83,00%)", "chưa có chỉ tiêu giao".
 */
export function verdict(index: number | null, target: number | null): string {
  const a = achievement(index, target);
  switch (a) {
    case 'vuot':
      return `vượt chỉ tiêu giao (${pct(target!)})`;
    case 'dat':
      return `đạt chỉ tiêu giao (${pct(target!)})`;
    case 'chua_dat':
      return hiddenByRounding(index, target)
        ? `chưa đạt chỉ tiêu giao (${pct(target!)}; chỉ số trước khi làm tròn vẫn thấp hơn chỉ tiêu)`
        : `chưa đạt chỉ tiêu giao (${pct(target!)})`;
    case 'khong_co_chi_tieu':
      return 'chưa có chỉ tiêu giao';
    default:
      return 'chưa có số liệu';
  }
}

/** "đạt 56,30%, chưa đạt chỉ tiêu giao (60,00%)", or "chưa có số liệu (không có phiếu trả lời)". */
export function figureWithVerdict(index: number | null, target: number | null): string {
  if (index === null) return 'chưa có số liệu (không có câu trả lời được tính điểm)';
  return `đạt ${pct(index)}, ${verdict(index, target)}`;
}

/** Lower-case the first letter, for a task put after a subject ("Giao X bố trí …"). */
export function lowerFirst(text: string): string {
  const t = text.trim();
  // Keep acronyms and proper names that start with two capitals ("UBND", "Cổng" stays if 2nd is lower).
  if (/^\p{Lu}\p{Lu}/u.test(t)) return t;
  return t.charAt(0).toLocaleLowerCase('vi') + t.slice(1);
}

/** Ends a sentence once: "…" + "." unless it already ends with ".", "!", "?" or "./.". */
export function sentence(text: string): string {
  const t = text.trim();
  return /[.!?]$/.test(t) ? t : `${t}.`;
}

/**
 * Names of bodies that keep their capital inside a sentence ("phối hợp Ủy ban MTTQ Việt Nam …",
 * "phối hợp Công an phường"); any other partner is a common noun and is lower-cased after
 * "phối hợp" ("Các bộ phận chuyên môn" → "các bộ phận chuyên môn").
 */
const PROPER_BODIES =
  /^(?:Ủy ban|Uỷ ban|Mặt trận|Ban Chỉ huy|Công an|Trạm [Yy] tế|Đảng ủy|Đảng uỷ|Hội đồng nhân dân|Đoàn Thanh niên|Hội Liên hiệp|Hội Cựu chiến binh|Hội Nông dân|Văn phòng - Thống kê|Văn phòng – Thống kê|Trung tâm Phục vụ hành chính công)(?=\s|$|,)/u;

/** A partner as written after "phối hợp": proper names and acronyms kept, common nouns lowered. */
export function partnerPhrase(text: string): string {
  const t = text.trim();
  if (PROPER_BODIES.test(t)) return t;
  return lowerFirst(t);
}
