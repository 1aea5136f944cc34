/**
 * A citizen's free-text comment may name a phone number or an e-mail address (their own, or an
 * officer's). The form is anonymous and comments may be published, so both are masked before the
 * comment is stored: nothing of the original number or address is kept.
 */

export const PHONE_MASK = '[số điện thoại đã ẩn]';
export const EMAIL_MASK = '[email đã ẩn]';

/** Anything shaped like an e-mail address, Unicode letters included. */
const EMAIL = /[\p{L}\p{N}._%+-]+\s*@\s*[\p{L}\p{N}-]+(?:\s*\.\s*[\p{L}\p{N}-]+)+/gu;

/**
 * A run of digits with separators (space, dot, dash, brackets, plus) holding at least 9 digits:
 * Vietnamese mobiles (10 digits, or 9 without the 0; +84 and 84 forms), landlines (0258 3 822 822)
 * and hotlines written in groups. Shorter numbers (dates such as 12/05/2026 or 12.05.2026, "câu 3",
 * most amounts) are left alone; a large amount written with dots (150.000.000) is masked too, the
 * price of never letting a number through.
 */
const DIGIT_RUN = /\+?\(?\d[\d\s.\-()]*\d/g;
const MIN_PHONE_DIGITS = 9;

export function maskContacts(text: string): string {
  const noEmail = text.replace(EMAIL, EMAIL_MASK);
  return noEmail.replace(DIGIT_RUN, (run) =>
    run.replace(/\D/g, '').length >= MIN_PHONE_DIGITS ? PHONE_MASK : run,
  );
}

/** The most a comment may hold, in characters (the form says so too). */
export const COMMENT_MAX = 1000;

/** The text to store, or null for an empty comment: trimmed, contacts masked. */
export function commentToStore(text: string | undefined | null): string | null {
  const trimmed = (text ?? '').trim();
  return trimmed ? maskContacts(trimmed) : null;
}
