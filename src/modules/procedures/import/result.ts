import type { ImportCheck, ImportError, ImportedProcedure } from './catalogue.ts';

/** A whole file refused for one reason (bad syntax, empty, not a list). */
export function refused(
  label: ImportError['label'],
  line: number,
  code: string,
  message: string,
): ImportCheck {
  return { ok: false, errors: [{ label, line, code, message }] };
}

/** The outcome of a file: every error in line order, codes unique in the file, or the procedures. */
export function outcome(
  procedures: ImportedProcedure[],
  errors: ImportError[],
  label: ImportError['label'],
): ImportCheck {
  // Codes must be unique in the file: the second one is an error, naming where the first is.
  const first = new Map<string, number>();
  for (const item of procedures) {
    const seen = first.get(item.code);
    if (seen === undefined) first.set(item.code, item.line);
    else
      errors.push({
        label,
        line: item.line,
        code: 'CODE_DUPLICATE',
        message: `mã "${item.code}" đã có ở ${label.toLowerCase()} ${seen}`,
      });
  }
  if (errors.length) return { ok: false, errors: errors.sort((a, b) => a.line - b.line) };
  return { ok: true, procedures };
}
