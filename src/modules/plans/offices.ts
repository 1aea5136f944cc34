/**
 * The offices tasks are given to, over time (data/letters/offices.json): a measure written before
 * 1/7/2025 names "Công chức Văn phòng - Thống kê" or "Bộ phận Một cửa"; drafted for a date from
 * then on, it names the office that exists (Văn phòng HĐND và UBND, Trung tâm Phục vụ hành chính
 * công, Phòng Kinh tế or Phòng Kinh tế, Hạ tầng và Đô thị by the unit's type…) and drops an abolished
 * district office from its partners. Pure: the file is read and checked once.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';

export const OFFICES_FILE = new URL('../../../data/letters/offices.json', import.meta.url);

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const source = z
  .object({
    id: z.string().min(1),
    url: z.string().url(),
    title: z.string().min(1),
    kind: z.enum(['official', 'press', 'legal-database', 'secondary']),
    excerpt: z.string(),
  })
  .strict();
const office = z
  .object({
    name: z.string().min(1),
    unitTypes: z.array(z.string().min(1)).min(1),
    validFrom: day,
    validTo: day.optional(),
    fields: z.string(),
    legalBasis: z.string().min(1),
    verified: z.boolean(),
    sources: z.array(z.string()).min(1),
    note: z.string().optional(),
  })
  .strict();
const renamed = z
  .object({
    from: z.string().min(1),
    to: z.union([z.string().min(1), z.record(z.string(), z.string().min(1)), z.null()]),
    on: day,
    verified: z.boolean(),
    sources: z.array(z.string()).min(1),
    note: z.string().optional(),
  })
  .strict();
const officesFile = z
  .object({
    $comment: z.string().optional(),
    sources: z.array(source),
    offices: z.array(office),
    renamed: z.array(renamed),
  })
  .strict();

export type OfficesFile = z.infer<typeof officesFile>;
export type Office = z.infer<typeof office>;

/** Parses and checks an offices file; every source cited must be listed. Throws naming the field. */
export function parseOffices(json: unknown): OfficesFile {
  const parsed = officesFile.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`Tệp cơ quan giao việc không hợp lệ tại "${issue.path.join('.')}": ${issue.message}`);
  }
  const ids = new Set(parsed.data.sources.map((s) => s.id));
  for (const [i, entry] of [...parsed.data.offices, ...parsed.data.renamed].entries()) {
    const missing = entry.sources.find((s) => !ids.has(s));
    if (missing)
      throw new Error(`Tệp cơ quan giao việc: mục ${i} trích nguồn "${missing}" không có trong "sources".`);
  }
  return parsed.data;
}

let cache: OfficesFile | null = null;
export function shippedOffices(): OfficesFile {
  cache ??= parseOffices(JSON.parse(readFileSync(OFFICES_FILE, 'utf8')));
  return cache;
}

/** The offices of a commune-level unit of `unitType` that exist on `date`. */
export function officesOn(date: string, unitType: string, file: OfficesFile = shippedOffices()): Office[] {
  return file.offices.filter(
    (o) =>
      o.unitTypes.includes(unitType) && o.validFrom <= date && (o.validTo === undefined || date <= o.validTo),
  );
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The renames in force on `date`, longest name first so "Cán bộ, công chức Bộ phận Một cửa" wins over "Bộ phận Một cửa". */
function rulesOn(date: string, unitType: string, file: OfficesFile) {
  return file.renamed
    .filter((r) => r.on <= date)
    .map((r) => ({
      from: r.from,
      to:
        r.to === null ? null : typeof r.to === 'string' ? r.to : (r.to[unitType] ?? Object.values(r.to)[0]!),
    }))
    .sort((a, b) => b.from.length - a.from.length);
}

/**
 * A text (a task, a product) with the offices named as they are on `date`: a renamed office takes
 * its new name, case kept for the first letter ("bộ phận Một cửa" → "trung tâm Phục vụ…" is not
 * made: only the exact name, any first-letter case, is replaced). Abolished offices stay in running
 * text (dropping words would break a sentence); lists drop them (see `officeListOn`).
 */
export function officeTextOn(
  text: string,
  date: string,
  unitType: string,
  file: OfficesFile = shippedOffices(),
): string {
  let out = text;
  for (const rule of rulesOn(date, unitType, file)) {
    if (rule.to === null) continue;
    const head = rule.from.charAt(0);
    const pattern = new RegExp(
      `[${escapeRegExp(head.toLocaleUpperCase('vi'))}${escapeRegExp(head.toLocaleLowerCase('vi'))}]${escapeRegExp(rule.from.slice(1))}`,
      'gu',
    );
    const to = rule.to;
    out = out.replace(pattern, (match) =>
      match.charAt(0) === match.charAt(0).toLocaleLowerCase('vi')
        ? to.charAt(0).toLocaleLowerCase('vi') + to.slice(1)
        : to,
    );
  }
  return out;
}

/** A ";"-separated list of offices (responsible, partners) on `date`: renamed, abolished ones dropped, no repeats. */
export function officeListOn(
  list: string,
  date: string,
  unitType: string,
  file: OfficesFile = shippedOffices(),
): string {
  const abolished = rulesOn(date, unitType, file)
    .filter((r) => r.to === null)
    .map((r) => r.from.toLocaleLowerCase('vi'));
  const items = list
    .split(';')
    .map((item) => item.trim())
    .filter((item) => item !== '' && !abolished.includes(item.toLocaleLowerCase('vi')))
    .map((item) => officeTextOn(item, date, unitType, file));
  return [...new Set(items)].join('; ');
}

/** A measure as drafted for `date` at a unit of `unitType`. */
export function measureOn<
  T extends { task: string; responsible: string; partners: string; product?: string },
>(measure: T, date: string, unitType: string, file: OfficesFile = shippedOffices()): T {
  return {
    ...measure,
    task: officeTextOn(measure.task, date, unitType, file),
    responsible: officeListOn(measure.responsible, date, unitType, file) || measure.responsible,
    partners: officeListOn(measure.partners, date, unitType, file),
    ...(measure.product === undefined
      ? {}
      : { product: officeTextOn(measure.product, date, unitType, file) }),
  };
}
