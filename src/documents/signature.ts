/**
 * The signer's lines of NĐ 30/2020 (ô số 7): capacity in capitals and bold, a gap for the
 * signature and seal, then the name in bold. "TM." (thay mặt) signs for a collective body,
 * "KT." (ký thay) is a deputy signing for the head.
 */
import type { Signature } from './model.ts';

/** The capitals lines above the gap: ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]. */
export function signatureTitleLines(signature: Signature): string[] {
  const lines = [signature.authority, signature.deputyOf, signature.title];
  return lines
    .map((line) => line?.trim() ?? '')
    .filter((line) => line !== '')
    .map((line) => line.toLocaleUpperCase('vi'));
}
