import { z } from 'zod';
import { FORMULA_NAME_MESSAGE, startsLikeFormula } from '../../../lib/text.ts';

/**
 * A questionnaire is data, not code: a JSON file with criteria, questions and scored options.
 * This file is the contract of that format and its validator. Everything a reader may get wrong is
 * reported with the JSON path, a Vietnamese reason and a stable code, all at once, so that a person
 * can fix the whole file in one pass.
 *
 * Format (extend, never rename):
 * {"code", "title", "description"?, "source"?: {"document", "status"},
 *  "criteria": [{"code", "title", "weight"?, "questions":
 *   [{"code", "text", "weight"?, "source"?, "options": [{"value", "label", "score"}]}]}],
 *  "profile"?: [{"code", "text", "options": [{"value", "label"}]}]}
 * - `score` is a number in [0, 1], or null for "no opinion / not applicable" (left out of the index).
 * - `weight` defaults to 1 and must be > 0.
 * - `source` (an extension) says who fills a question: "respondent" (default) or "dossier" (an
 *   objective item the dossier module computes from the dossier's own events).
 * - `profile` questions (age band, gender…) are never scored.
 * - the questionnaire's `source` says where it comes from: `document` names the text (number and
 *   date as written on it), `status` says how faithfully the file follows it: "official" (the form
 *   of that document, as issued), "adapted" (its items, reworded or trimmed), "reference" (only
 *   the criteria come from it; the questions are Hài Lòng's own). Optional so that files written
 *   before it still import; absent means "unknown", and is shown as such.
 */

export const QUESTIONNAIRE_CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,49}$/;

export const QUESTION_SOURCES = ['respondent', 'dossier'] as const;
export type QuestionSource = (typeof QUESTION_SOURCES)[number];

export const SOURCE_STATUSES = ['official', 'adapted', 'reference'] as const;
export type SourceStatus = (typeof SOURCE_STATUSES)[number];

/** Where a questionnaire comes from; see the format note above. */
export interface QuestionnaireSource {
  document: string;
  status: SourceStatus;
}

export interface ScoredOption {
  value: number;
  label: string;
  /** In [0, 1]; null = "no opinion / not applicable", excluded from the index. */
  score: number | null;
}

export interface Question {
  code: string;
  text: string;
  weight: number;
  source: QuestionSource;
  options: ScoredOption[];
}

export interface Criterion {
  code: string;
  title: string;
  weight: number;
  questions: Question[];
}

export interface ProfileOption {
  value: number;
  label: string;
}

export interface ProfileQuestion {
  code: string;
  text: string;
  options: ProfileOption[];
}

/** A validated questionnaire in canonical form: defaults filled, text NFC-normalised and trimmed. */
export interface Questionnaire {
  code: string;
  title: string;
  description?: string;
  /** Absent in files written before sources were recorded: unknown. */
  source?: QuestionnaireSource;
  criteria: Criterion[];
  profile: ProfileQuestion[];
}

export interface QuestionnaireError {
  /** JSON path in the file, e.g. `criteria[2].questions[0].options[1].score`; "" for the whole file. */
  path: string;
  /** Stable English code, e.g. SCORE_OUT_OF_RANGE. */
  code: string;
  /** Vietnamese reason for a person. */
  message: string;
}

export type QuestionnaireParse =
  | { ok: true; questionnaire: Questionnaire }
  | { ok: false; errors: QuestionnaireError[] };

/** `criteria[2].questions[0].options[1].score: điểm phải nằm trong [0, 1] [SCORE_OUT_OF_RANGE]`. */
export function formatQuestionnaireError(e: QuestionnaireError): string {
  return `${e.path || '(toàn tệp)'}: ${e.message} [${e.code}]`;
}

const code = z.string().trim().regex(QUESTIONNAIRE_CODE_PATTERN);
const text = (max: number) => z.string().trim().min(1).max(max);
const weight = z.number().positive().optional();

const ScoredOptionInput = z.strictObject({
  value: z.int(),
  label: text(300),
  score: z.number().min(0).max(1).nullable(),
});
const QuestionInput = z.strictObject({
  code,
  text: text(1000),
  weight,
  source: z.enum(QUESTION_SOURCES).optional(),
  options: z.array(ScoredOptionInput).min(2),
});
const CriterionInput = z.strictObject({
  code,
  title: text(300),
  weight,
  questions: z.array(QuestionInput).min(1),
});
const ProfileInput = z.strictObject({
  code,
  text: text(1000),
  options: z.array(z.strictObject({ value: z.int(), label: text(300) })).min(2),
});
export const QuestionnaireInput = z.strictObject({
  code,
  title: text(300).refine((v) => !startsLikeFormula(v), FORMULA_NAME_MESSAGE),
  description: text(4000).optional(),
  source: z.strictObject({ document: text(500), status: z.enum(SOURCE_STATUSES) }).optional(),
  criteria: z.array(CriterionInput).min(1),
  profile: z.array(ProfileInput).optional(),
});
export type QuestionnaireInput = z.input<typeof QuestionnaireInput>;

/** Validate a parsed JSON value; on success the questionnaire is returned in canonical form. */
export function parseQuestionnaire(json: unknown): QuestionnaireParse {
  const parsed = QuestionnaireInput.safeParse(json);
  if (!parsed.success) {
    return { ok: false, errors: parsed.error.issues.flatMap((issue) => describeIssue(issue, json)) };
  }
  const errors = semanticErrors(parsed.data);
  if (errors.length) return { ok: false, errors };
  return { ok: true, questionnaire: toCanonical(parsed.data) };
}

/** Same, from the text of a file: a JSON syntax error is reported like any other error. */
export function parseQuestionnaireText(textOfFile: string): QuestionnaireParse {
  let json: unknown;
  try {
    json = JSON.parse(textOfFile.replace(/^\uFEFF/, ''));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      errors: [{ path: '', code: 'INVALID_JSON', message: `tệp không phải JSON hợp lệ (${detail})` }],
    };
  }
  return parseQuestionnaire(json);
}

/**
 * Canonical form: defaults filled (weight 1, source "respondent", profile []), every text
 * NFC-normalised with runs of spaces collapsed, keys in one fixed order. Two files a person would
 * call identical (NFD vs NFC accents, an omitted default) give the same canonical form and hash.
 */
export function toCanonical(q: QuestionnaireInput | Questionnaire): Questionnaire {
  const canonical: Questionnaire = {
    code: clean(q.code),
    title: clean(q.title),
    criteria: [],
    profile: [],
  };
  if (q.description !== undefined) canonical.description = clean(q.description);
  // Absent stays absent, so that the hash of a file written before sources is unchanged.
  if (q.source !== undefined) {
    canonical.source = { document: clean(q.source.document), status: q.source.status };
  }
  canonical.criteria = q.criteria.map((c) => ({
    code: clean(c.code),
    title: clean(c.title),
    weight: c.weight ?? 1,
    questions: c.questions.map((question) => ({
      code: clean(question.code),
      text: clean(question.text),
      weight: question.weight ?? 1,
      source: question.source ?? 'respondent',
      options: question.options.map((o) => ({ value: o.value, label: clean(o.label), score: o.score })),
    })),
  }));
  canonical.profile = (q.profile ?? []).map((p) => ({
    code: clean(p.code),
    text: clean(p.text),
    options: p.options.map((o) => ({ value: o.value, label: clean(o.label) })),
  }));
  return canonical;
}

function clean(s: string): string {
  return s.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** Checks zod cannot express: uniqueness across the whole file, and at least one scored option. */
function semanticErrors(q: z.output<typeof QuestionnaireInput>): QuestionnaireError[] {
  const errors: QuestionnaireError[] = [];
  // Codes compare case-insensitively: "C1.1" and "c1.1" in one file can only be a mistake.
  const criterionCodes = new Map<string, string>();
  const questionCodes = new Map<string, string>();
  const claim = (seen: Map<string, string>, value: string, path: string) => {
    const key = clean(value).toUpperCase();
    const first = seen.get(key);
    if (first !== undefined) {
      errors.push({ path, code: 'DUPLICATE_CODE', message: `mã "${clean(value)}" đã dùng ở ${first}` });
    } else {
      seen.set(key, path);
    }
  };
  const uniqueValues = (options: { value: number }[], base: string) => {
    const seen = new Map<number, number>();
    options.forEach((o, k) => {
      const first = seen.get(o.value);
      if (first !== undefined) {
        errors.push({
          path: `${base}.options[${k}].value`,
          code: 'DUPLICATE_VALUE',
          message: `giá trị ${o.value} đã dùng cho phương án ở ${base}.options[${first}]`,
        });
      } else {
        seen.set(o.value, k);
      }
    });
  };

  q.criteria.forEach((criterion, i) => {
    claim(criterionCodes, criterion.code, `criteria[${i}].code`);
    criterion.questions.forEach((question, j) => {
      const base = `criteria[${i}].questions[${j}]`;
      claim(questionCodes, question.code, `${base}.code`);
      uniqueValues(question.options, base);
      if (question.options.every((o) => o.score === null)) {
        errors.push({
          path: `${base}.options`,
          code: 'NO_SCORED_OPTION',
          message: 'câu hỏi phải có ít nhất một phương án được chấm điểm (score khác null)',
        });
      }
    });
  });
  (q.profile ?? []).forEach((p, i) => {
    // Profile and question codes share one namespace: answers are keyed by code.
    claim(questionCodes, p.code, `profile[${i}].code`);
    uniqueValues(p.options, `profile[${i}]`);
  });
  return errors;
}

// ---- zod issue → {path, code, message} -------------------------------------------------------

type Issue = z.core.$ZodIssue;

const TYPE_NAMES: Record<string, string> = {
  string: 'chuỗi ký tự',
  number: 'số',
  int: 'số nguyên',
  array: 'danh sách (mảng JSON)',
  object: 'đối tượng JSON',
  boolean: 'true hoặc false',
};

const LIST_NAMES: Record<string, string> = {
  criteria: 'cần ít nhất một tiêu chí',
  questions: 'cần ít nhất một câu hỏi',
  options: 'cần ít nhất hai phương án trả lời',
};

function describeIssue(issue: Issue, input: unknown): QuestionnaireError[] {
  const path = issue.path as PropertyKey[];
  const at = formatPath(path);
  const field = lastKey(path);
  const error = (code: string, message: string): QuestionnaireError[] => [{ path: at, code, message }];

  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({
        path: formatPath([...path, key]),
        code: 'UNKNOWN_FIELD',
        message: `trường "${key}" không có trong định dạng phiếu`,
      }));
    case 'invalid_type': {
      if (isMissing(input, path)) {
        if (field === 'score') {
          return error(
            'MISSING_FIELD',
            'thiếu trường "score" (điểm từ 0 đến 1, hoặc null cho phương án không ý kiến)',
          );
        }
        return error('MISSING_FIELD', `thiếu trường bắt buộc "${String(field)}"`);
      }
      if (field === 'score') return error('SCORE_INVALID', 'điểm phải là một số trong [0, 1] hoặc null');
      if (field === 'weight') return error('WEIGHT_INVALID', 'trọng số phải là một số lớn hơn 0');
      if (field === 'value' && typeof valueAt(input, path) === 'number') {
        return error('VALUE_NOT_INTEGER', 'giá trị phương án phải là số nguyên');
      }
      return error('INVALID_TYPE', `phải là ${TYPE_NAMES[issue.expected] ?? issue.expected}`);
    }
    case 'too_small':
      if (field === 'score') return error('SCORE_OUT_OF_RANGE', 'điểm phải nằm trong [0, 1]');
      if (field === 'weight') return error('WEIGHT_INVALID', 'trọng số phải lớn hơn 0');
      if (issue.origin === 'string') return error('EMPTY_TEXT', 'không được để trống');
      if (issue.origin === 'array') {
        const code = field === 'options' ? 'TOO_FEW_OPTIONS' : 'EMPTY_LIST';
        return error(code, LIST_NAMES[String(field)] ?? `cần ít nhất ${String(issue.minimum)} phần tử`);
      }
      break;
    case 'too_big':
      if (field === 'score') return error('SCORE_OUT_OF_RANGE', 'điểm phải nằm trong [0, 1]');
      if (issue.origin === 'string') {
        return error('TEXT_TOO_LONG', `dài quá ${String(issue.maximum)} ký tự`);
      }
      if (issue.origin === 'number') return error('NUMBER_TOO_LARGE', 'số quá lớn');
      break;
    case 'invalid_format':
      return error(
        'CODE_INVALID',
        'mã chỉ được gồm chữ không dấu, số, ".", "_" hoặc "-", bắt đầu bằng chữ hoặc số (tối đa 50 ký tự)',
      );
    case 'invalid_value':
      if (at === 'source.status') {
        return error(
          'SOURCE_STATUS_INVALID',
          'trạng thái nguồn của phiếu (source.status) phải là "official" (mẫu chính thức), "adapted" (điều chỉnh) hoặc "reference" (tham khảo)',
        );
      }
      return error(
        'INVALID_VALUE',
        `phải là một trong: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`,
      );
  }
  return error('INVALID', issue.message);
}

function lastKey(path: PropertyKey[]): PropertyKey | undefined {
  for (let i = path.length - 1; i >= 0; i--) {
    if (typeof path[i] === 'string') return path[i];
  }
  return undefined;
}

/** ["criteria", 2, "questions", 0, "code"] → `criteria[2].questions[0].code`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key)) out += out ? `.${key}` : key;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out;
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let current = input;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

function isMissing(input: unknown, path: readonly PropertyKey[]): boolean {
  const key = path[path.length - 1];
  if (key === undefined || typeof key === 'number') return false;
  const parent = valueAt(input, path.slice(0, -1));
  return (
    parent !== null && typeof parent === 'object' && !Array.isArray(parent) && !Object.hasOwn(parent, key)
  );
}
