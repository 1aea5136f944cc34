/**
 * The measures library as a file (data/measures/<QUESTIONNAIRE>.json), checked whole before anything
 * is written (pure). Each measure names the criterion it serves, the task, who usually carries it
 * out, a suggested product or evidence, a suggested timing as plans write it ("Thường xuyên",
 * "Định kỳ hàng tháng", "Hàng quý", "Trong năm", "Tháng 01", "Quý I"…) and partner units.
 */
import { z } from 'zod';

const text = (max: number) => z.string().trim().min(1).max(max);

export const MeasureFields = z.object({
  criterion: text(50),
  task: text(1000),
  responsible: text(300),
  product: z.string().trim().max(1000).default(''),
  timing: text(200).default('Thường xuyên'),
  partners: z.string().trim().max(500).default(''),
});
export type MeasureFields = z.output<typeof MeasureFields>;

export const MeasuresFile = z.object({
  questionnaire: text(50),
  title: z.string().trim().max(500).optional(),
  source: z.string().trim().max(2000).optional(),
  measures: z.array(MeasureFields).min(1).max(5000),
});
export type MeasuresFile = z.output<typeof MeasuresFile>;

export interface FileError {
  path: string;
  message: string;
}

export type MeasuresCheck = { ok: true; file: MeasuresFile } | { ok: false; errors: FileError[] };

/**
 * Parse and check a library file. `criteria`, when given, are the criterion codes of the
 * questionnaire: a measure for any other criterion is refused by its path.
 */
export function checkMeasuresFile(textOrJson: string | unknown, criteria?: string[]): MeasuresCheck {
  let json: unknown = textOrJson;
  if (typeof textOrJson === 'string') {
    try {
      json = JSON.parse(textOrJson.replace(/^\uFEFF/, ''));
    } catch (error) {
      return {
        ok: false,
        errors: [{ path: '', message: `Tệp không phải JSON hợp lệ: ${(error as Error).message}` }],
      };
    }
  }
  const parsed = MeasuresFile.safeParse(json);
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.map((i) => ({ path: formatPath(i.path), message: i.message })),
    };
  }
  const file = parsed.data;
  const errors: FileError[] = [];
  if (criteria) {
    const known = new Set(criteria);
    file.measures.forEach((m, i) => {
      if (!known.has(m.criterion)) {
        errors.push({
          path: `measures[${i}].criterion`,
          message: `phiếu ${file.questionnaire} không có tiêu chí "${m.criterion}" (có: ${criteria.join(', ')})`,
        });
      }
    });
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, file };
}

function formatPath(path: PropertyKey[]): string {
  return path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`))
    .join('');
}
