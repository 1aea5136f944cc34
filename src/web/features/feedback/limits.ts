/** The server refuses a description shorter than this (feedback.service.ts). */
export const DESCRIPTION_MIN = 10;
/** The longest description the server takes (feedback.schema.ts). */
export const DESCRIPTION_MAX = 5000;
/** A "not satisfied" rating needs a reason at least this long (feedback.service.ts). */
export const RATING_REASON_MIN = 5;
