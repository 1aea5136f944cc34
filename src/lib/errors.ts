/**
 * The one table of error codes. A code is stable English for programs; the message that goes
 * with it is Vietnamese for people. Every module adds its codes here, so the HTTP status of a code
 * is decided in exactly one place (server/error-handler.ts reads it).
 */
export const ERROR_STATUS = {
  // generic
  VALIDATION_FAILED: 400,
  BAD_REQUEST: 400,
  NUL_BYTE: 400,
  TEXT_ENCODING_INVALID: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  CSRF_FAILED: 403,
  NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  IMPORT_INVALID: 422,
  RATE_LIMITED: 429,
  INTERNAL: 500,
  DATABASE_LOCKED: 503,
  DISK_FULL: 507,
  DATABASE_EXTENSION_MISSING: 500,
  // backups
  BACKUP_INVALID: 422,
  BACKUP_VERSION: 409,
  RESTORE_TARGET_NOT_EMPTY: 409,
  // accounts
  LOGIN_FAILED: 401,
  LOGIN_THROTTLED: 429,
  PASSWORD_WRONG: 400,
  PASSWORD_WEAK: 400,
  USERNAME_TAKEN: 409,
  USER_NOT_FOUND: 404,
  UNKNOWN_ROLE: 400,
  TOKEN_NOT_FOUND: 404,
  KIOSK_BINDING_INVALID: 400,
  // units
  UNIT_NOT_FOUND: 404,
  UNIT_CODE_TAKEN: 409,
  UNIT_TYPE_UNKNOWN: 400,
  UNIT_TYPE_TAKEN: 409,
  UNIT_PARENT_CYCLE: 409,
  UNIT_CLOSED: 409,
  // audit
  AUDIT_CHAIN_BROKEN: 500,
  // surveys
  QUESTIONNAIRE_INVALID: 422,
  QUESTIONNAIRE_NOT_FOUND: 404,
  PERIOD_INVALID: 400,
  WAVE_NOT_FOUND: 404,
  WAVE_CODE_TAKEN: 409,
  SURVEY_CLOSED: 404,
  CONSENT_REQUIRED: 400,
  ANSWERS_INVALID: 400,
  DUPLICATE_RESPONSE: 409,
  FORM_TOKEN_INVALID: 403,
  PROOF_OF_WORK_FAILED: 403,
  RESPONSE_NOT_HELD: 409,
  SELF_RATING: 403,
  RESPONSE_NOT_FOUND: 404,
  COMMENT_NOT_FOUND: 404,
  IMPORT_DUPLICATE: 409,
  // imports (every kind of file)
  IMPORT_TOO_LARGE: 413,
  IMPORT_TOO_MANY_ROWS: 413,
  IMPORT_JOB_NOT_FOUND: 404,
  PUBLICATION_NOT_FOUND: 404,
  PUBLICATION_STATE: 409,
  // dossiers
  PROCEDURE_NOT_FOUND: 404,
  DOSSIER_NOT_FOUND: 404,
  DOSSIER_STATE: 409,
  STOP_NOT_IN_REGIME: 409,
  REFUSAL_NOT_IN_REGIME: 409,
  RATING_NOT_IN_REGIME: 409,
  SUPPLEMENT_ALREADY_REQUESTED: 409,
  REFUSAL_NEEDS_LEGAL_BASIS: 400,
  APOLOGY_INVALID: 400,
  RATING_TOKEN_INVALID: 403,
  DOSSIER_CHECK_INVALID: 403,
  ALREADY_RATED: 409,
  // feedback
  FEEDBACK_NOT_FOUND: 404,
  FEEDBACK_STATE: 409,
  FEEDBACK_TOKEN_INVALID: 403,
  FEEDBACK_CHECK_INVALID: 403,
  FEEDBACK_ALREADY_RATED: 409,
  CATEGORY_NOT_FOUND: 404,
  CATEGORY_CODE_TAKEN: 409,
  DEADLINE_POLICY_UNKNOWN: 400,
  PHOTO_INVALID: 400,
  SERVICE_CODE_UNKNOWN: 400,
  // plans, measures, official documents, reports
  PLAN_NOT_FOUND: 404,
  TASK_NOT_FOUND: 404,
  PLAN_STATE: 409,
  MEASURE_NOT_FOUND: 404,
  DOCUMENT_NOT_FOUND: 404,
  EVIDENCE_NOT_FOUND: 404,
  EVIDENCE_TYPE_MISMATCH: 400,
  INDEX_NOT_AVAILABLE: 409,
  // legal regimes of the desk (src/law), dates typed on the command line
  DATE_INVALID: 400,
  REGIME_NOT_FOUND: 404,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export class AppError extends Error {
  readonly code: ErrorCode;
  /** Always an object in the error body (`{}` when there is nothing to add). */
  readonly details: unknown;
  constructor(code: ErrorCode, message: string, details: unknown = {}) {
    super(message);
    this.code = code;
    this.details = details;
    this.name = 'AppError';
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

/** One bad line of an imported file: `Dòng N: <lý do> [CODE]`. */
export interface LineError {
  line: number;
  code: string;
  message: string;
}

export function formatLineError(e: LineError): string {
  return `Dòng ${e.line}: ${e.message} [${e.code}]`;
}

/** A whole file rejected: nothing was written; `details.lines` names every bad line. */
export function importInvalid(lines: LineError[]): AppError {
  return new AppError('IMPORT_INVALID', `Tệp có ${lines.length} dòng lỗi; không có dữ liệu nào được nhập.`, {
    lines,
  });
}
