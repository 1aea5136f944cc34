/**
 * The API fuzz generator, shared by test/fuzz.test.ts (seeded, bounded, in CI) and bench/fuzz.ts
 * (a longer run over loopback HTTP). It reads the OpenAPI document the server publishes and, for
 * every operation, builds requests a careless user or an attacker would send: path parameters,
 * queries and JSON bodies with NUL bytes, 100 kB strings, impossible dates, wrong types, broken
 * JSON, empty and nested bodies, and otherwise plausible values so that a request gets past
 * validation into the services. Everything comes from one seeded PRNG: a seed replays a run.
 */

/** mulberry32: small, fast, good enough to pick cases; the same seed gives the same requests. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rng = () => number;
const pick = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() * list.length)]!;

// biome-ignore lint/suspicious/noExplicitAny: OpenAPI documents are untyped JSON
type Json = any;

export interface Operation {
  method: string;
  /** "/api/v1/units/{code}" */
  path: string;
  pathParams: { name: string; schema: Json }[];
  queryParams: { name: string; schema: Json; required: boolean }[];
  /** The JSON body schema, when the operation takes one. */
  jsonBody: Json | null;
  /** Other body types it declares (text/csv, multipart…). */
  otherBodies: string[];
}

export interface FuzzRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string;
  /** What the case tries, for the report of a failure. */
  label: string;
}

/** Values of the seeded data that a path or a body may name, so requests reach real rows. */
export interface Known {
  unitCodes: string[];
  ids: number[];
  /** Any other codes (used where the kind is unclear). */
  codes: string[];
  dossierCodes: string[];
  feedbackCodes: string[];
  questionnaires: string[];
  categories: string[];
  usernames: string[];
}

/** The known values that fit a parameter or field, by its name and the path it is in. */
function knownFor(known: Known, name: string, path: string): string[] {
  if (/questionnaire/i.test(name) || (name === 'code' && path.includes('/questionnaires/')))
    return known.questionnaires;
  if (/categor/i.test(name)) return known.categories;
  if (/username/i.test(name)) return known.usernames;
  if (/unit/i.test(name)) return known.unitCodes;
  if (name === 'code' && path.includes('/dossiers/')) return known.dossierCodes;
  if (name === 'code' && path.includes('/feedback/')) return known.feedbackCodes;
  if (name === 'code' && /\/(units|surveys\/(form|posters))\//.test(path)) return known.unitCodes;
  return [...known.codes, ...known.unitCodes];
}

const NUL = '\u0000';
const HUGE = 'Ứ'.repeat(100 * 1024);
export const BAD_DATES = [
  '2026-02-30',
  '2026-13-01',
  '1900-01-01',
  '99999-01-01',
  '2026-12-01T25:61',
  '2026-02-30T08:00',
  '1900-01-01T08:00',
  '0000-00-00T00:00',
  '2026-03-02T14:30+99:00',
  '9999-12-31T23:59',
  '9999-12',
  '2026-13',
  '0000-00',
  '9999',
  '0000',
  '9999-Q4',
  'hôm qua',
] as const;
const BAD_STRINGS = [
  NUL,
  `A${NUL}B`,
  `Đèn đường trước chợ hỏng ${NUL} nhiều ngày, tối om`,
  `Đèn đường trước chợ hỏng \ud800 nhiều ngày, tối om`,
  HUGE,
  '',
  ' ',
  '../../etc/passwd',
  '%00',
  '%',
  "' or 1=1 --",
  '=HYPERLINK("http://x")',
  '😀'.repeat(50),
  '\ud800',
  '-1',
  '1e309',
  'NaN',
  ...BAD_DATES,
] as const;
const BAD_NUMBERS = [-1, 0, 2 ** 31, 2 ** 53 + 1, 1.5, -0, 1e308] as const;

function resolve(doc: Json, schema: Json, depth = 0): Json {
  if (!schema || depth > 20) return {};
  if (schema.$ref) {
    const name = String(schema.$ref).split('/').pop()!;
    return resolve(doc, doc.components?.schemas?.[name], depth + 1);
  }
  return schema;
}

/** Every operation of the document, with its parameters and body schemas resolved. */
export function operations(doc: Json): Operation[] {
  const out: Operation[] = [];
  for (const [path, item] of Object.entries<Json>(doc.paths ?? {})) {
    for (const [method, op] of Object.entries<Json>(item)) {
      if (!['get', 'post', 'put', 'patch', 'delete'].includes(method)) continue;
      const params: Json[] = (op.parameters ?? []).map((p: Json) => resolve(doc, p));
      const content = op.requestBody?.content ?? {};
      out.push({
        method: method.toUpperCase(),
        path,
        pathParams: params
          .filter((p) => p.in === 'path')
          .map((p) => ({ name: p.name, schema: resolve(doc, p.schema) })),
        queryParams: params
          .filter((p) => p.in === 'query')
          .map((p) => ({ name: p.name, schema: resolve(doc, p.schema), required: !!p.required })),
        jsonBody: content['application/json'] ? resolve(doc, content['application/json'].schema) : null,
        otherBodies: Object.keys(content).filter((k) => k !== 'application/json'),
      });
    }
  }
  return out;
}

/** A plausible value for a schema: enums, examples, known codes and ids, dates that exist. */
function plausible(
  doc: Json,
  raw: Json,
  rng: Rng,
  known: Known,
  name: string,
  depth = 0,
  path = '',
): unknown {
  const schema = resolve(doc, raw);
  if (depth > 6) return null;
  if (schema.enum) return pick(rng, schema.enum);
  if (schema.example !== undefined && rng() < 0.5) return schema.example;
  const variants = schema.anyOf ?? schema.oneOf;
  if (variants) return plausible(doc, pick(rng, variants), rng, known, name, depth + 1, path);
  if (schema.allOf) return plausible(doc, schema.allOf[0], rng, known, name, depth + 1, path);
  switch (schema.type) {
    case 'integer':
    case 'number':
      return /id$/i.test(name) ? pick(rng, known.ids) : Math.max(schema.minimum ?? 1, 1);
    case 'boolean':
      return rng() < 0.5;
    case 'array': {
      const n = Math.max(schema.minItems ?? 0, 1);
      return Array.from({ length: n }, () => plausible(doc, schema.items, rng, known, name, depth + 1, path));
    }
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const [key, inner] of Object.entries<Json>(schema.properties ?? {})) {
        if ((schema.required ?? []).includes(key) || rng() < 0.5)
          out[key] = plausible(doc, inner, rng, known, key, depth + 1, path);
      }
      return out;
    }
    default: {
      if (schema.format === 'date' || /(On|Date|date)$/.test(name)) return '2026-03-02';
      if (schema.format === 'date-time' || /At$/.test(name)) return '2026-03-02T09:00';
      if (/email/i.test(name)) return 'thu.nghiem@example.vn';
      if (/phone/i.test(name)) return '0905123456';
      if (/(code|unit|questionnaire|categor|username)/i.test(name))
        return pick(rng, knownFor(known, name, path));
      if (/period/i.test(name)) return pick(rng, ['2026', '2026-03', '2026-Q1']);
      if (/month/i.test(name)) return '2026-03';
      if (/year/i.test(name)) return '2026';
      const min = schema.minLength ?? 1;
      return 'Thử nghiệm'.padEnd(Math.max(min, 3), 'x').slice(0, schema.maxLength ?? 100);
    }
  }
}

/** A wrong value for a schema: another type, a NUL byte, a 100 kB string, an impossible date. */
function hostile(doc: Json, raw: Json, rng: Rng): unknown {
  const schema = resolve(doc, raw);
  const r = rng();
  if (r < 0.15) return pick(rng, [null, true, [], {}, 12, 'x']);
  if (schema.type === 'integer' || schema.type === 'number')
    return rng() < 0.7 ? pick(rng, BAD_NUMBERS) : pick(rng, BAD_STRINGS);
  if (schema.type === 'array') return rng() < 0.5 ? [pick(rng, BAD_STRINGS)] : HUGE;
  if (schema.type === 'object') return rng() < 0.5 ? { [NUL]: 1 } : pick(rng, BAD_STRINGS);
  return pick(rng, BAD_STRINGS);
}

function fillPath(op: Operation, rng: Rng, known: Known, hostileParam: string | null): string {
  let path = op.path;
  for (const p of op.pathParams) {
    let value: string;
    if (p.name === hostileParam)
      value = String(
        pick(rng, [...BAD_STRINGS.filter((s) => s !== HUGE), 'x'.repeat(5000), '2147483648', '1'.repeat(30)]),
      );
    else if (p.schema.type === 'integer' || p.schema.type === 'number' || /id$/i.test(p.name))
      value = String(pick(rng, known.ids));
    else if (/year/i.test(p.name)) value = '2026';
    else if (/file/i.test(p.name)) value = 'x.json';
    else if (p.schema.enum) value = String(pick(rng, p.schema.enum));
    else value = pick(rng, knownFor(known, p.name, op.path));
    path = path.replace(`{${p.name}}`, uri(value));
  }
  return path;
}

function query(op: Operation, rng: Rng, known: Known, mode: 'plausible' | 'hostile'): string {
  const parts: string[] = [];
  for (const q of op.queryParams) {
    if (!q.required && rng() < 0.4) continue;
    const v =
      mode === 'hostile' && rng() < 0.7
        ? String(hostileScalar(rng))
        : String(plausible({}, q.schema, rng, known, q.name, 0, op.path));
    parts.push(`${uri(q.name)}=${uri(v)}`);
  }
  if (mode === 'hostile' && rng() < 0.3) parts.push(`extra=${uri(NUL)}`);
  return parts.length ? `?${parts.join('&')}` : '';
}

/** Percent-encode; a lone surrogate (not encodable) goes as the invalid UTF-8 bytes it would be. */
function uri(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    return '%ED%A0%80';
  }
}

function hostileScalar(rng: Rng): unknown {
  return rng() < 0.3
    ? pick(rng, BAD_NUMBERS)
    : pick(
        rng,
        BAD_STRINGS.filter((s) => s !== HUGE),
      );
}

const BOUNDARY = 'fuzz-boundary-7MA4YWxkTrZu0gW';

/** Fields (objects and lists as JSON text) as an URL-encoded or a multipart body. */
function formBody(type: string, fields: Record<string, unknown>): { type: string; body: string } {
  const text = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v));
  const entries = Object.entries(fields).map(([k, v]) => [k, text(v)] as const);
  if (type.startsWith('application/x-www-form-urlencoded'))
    return { type, body: entries.map(([k, v]) => `${uri(k)}=${uri(v)}`).join('&') };
  const parts = entries.map(
    ([k, v]) => `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`,
  );
  return { type: `multipart/form-data; boundary=${BOUNDARY}`, body: `${parts.join('')}--${BOUNDARY}--\r\n` };
}

/** The value with a NUL byte inside every string (keys left alone). */
function lace(value: unknown): unknown {
  if (typeof value === 'string') return `${value} ${NUL} thử`;
  if (Array.isArray(value)) return value.map(lace);
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, lace(v)]));
  return value;
}

function encode(value: unknown): string {
  return JSON.stringify(value);
}

/**
 * `perOperation` requests for one operation: the first one plausible, then hostile ones — in the
 * path, the query, the whole body or one field of an otherwise plausible body.
 */
export function casesFor(
  doc: Json,
  op: Operation,
  rng: Rng,
  known: Known,
  perOperation: number,
): FuzzRequest[] {
  const out: FuzzRequest[] = [];
  const json = { 'content-type': 'application/json' };
  // Only what the operation can receive is varied: a GET with no parameters gets one request.
  const kinds = [
    ...(op.pathParams.length ? (['path', 'path'] as const) : []),
    ...(op.queryParams.length ? (['query'] as const) : []),
    ...(op.method === 'GET' ? [] : (['body', 'field', 'field', 'raw'] as const)),
  ];
  const count = kinds.length ? perOperation : 1;
  for (let i = 0; i < count; i++) {
    const kind = i === 0 ? 'plausible' : pick(rng, kinds);
    const hostileParam = kind === 'path' && op.pathParams.length ? pick(rng, op.pathParams).name : null;
    const path =
      fillPath(op, rng, known, hostileParam) +
      query(op, rng, known, kind === 'query' ? 'hostile' : 'plausible');
    const req: FuzzRequest = {
      method: op.method,
      path,
      headers: {},
      label: `${op.method} ${op.path} [${kind}]`,
    };
    if (op.jsonBody) {
      req.headers = json;
      const base = plausible(doc, op.jsonBody, rng, known, 'body', 0, op.path);
      const forms = op.otherBodies.filter((t) => /form/.test(t));
      if (i === 1 || (i === 2 && forms.length)) {
        // Every string of a plausible body laced with a NUL byte (as JSON, then as a form).
        const laced = encode(lace(base));
        const form = i === 2 ? formBody(forms[0]!, JSON.parse(laced) as Record<string, unknown>) : null;
        req.headers = form ? { 'content-type': form.type } : json;
        req.body = form ? form.body : laced;
        req.label = `${op.method} ${op.path} [every string with NUL${form ? `, ${forms[0]}` : ''}]`;
        out.push(req);
        continue;
      }
      if (kind === 'body') req.body = encode(hostile(doc, op.jsonBody, rng));
      else if (kind === 'raw')
        req.body = pick(rng, [
          '{',
          '[1,',
          '{"a":1}}',
          'null',
          '"x"',
          '\u0000',
          `{"x":"${NUL}"}`,
          '{"__proto__":{"x":1}}',
          '[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]',
        ]);
      else if (kind === 'field' && base && typeof base === 'object' && !Array.isArray(base)) {
        const props = Object.entries<Json>(resolve(doc, op.jsonBody).properties ?? {});
        if (props.length) {
          const [key, schema] = pick(rng, props);
          (base as Record<string, unknown>)[key] = hostile(doc, schema, rng);
        }
        req.body = encode(base);
      } else req.body = encode(base);
      // The same fields as a form (URL-encoded or multipart), where the route also takes one.
      if (forms.length && kind === 'field' && rng() < 0.5) {
        const fields = JSON.parse(req.body) as Record<string, unknown>;
        const form = formBody(pick(rng, forms), fields);
        req.headers = { 'content-type': form.type };
        req.body = form.body;
        req.label += ` ${form.type.split(';')[0]}`;
      }
    } else if (op.otherBodies.length) {
      const type = pick(rng, op.otherBodies);
      req.headers = { 'content-type': type };
      req.body = pick(rng, [
        '',
        NUL,
        `code,name\n${NUL},x\n`,
        'a,b,c\n"unterminated\n',
        HUGE,
        'PK\u0003\u0004not really a zip',
      ]);
      req.label += ` ${type}`;
    } else if ((kind === 'body' || kind === 'raw') && op.method !== 'GET') {
      // A body where none is expected, sometimes with a type the route does not take.
      req.headers = pick(rng, [
        json,
        { 'content-type': 'text/plain' },
        { 'content-type': 'application/xml' },
      ]);
      req.body = pick(rng, ['{}', `{"x":"${NUL}"}`, '<x/>']);
    }
    out.push(req);
  }
  return out;
}

export interface FuzzFinding {
  label: string;
  path: string;
  status: number;
  body: string;
  /** The start of the body that was sent. */
  sent?: string | undefined;
}

/**
 * Whether a response is acceptable: below 500, and an error (4xx) under /api carries the one
 * shape `{"error": {"code", "message", "details"}}` with `details` an object.
 */
export function judge(path: string, status: number, contentType: string | null, text: string): string | null {
  if (status >= 500) return `status ${status}`;
  if (status < 400 || !path.startsWith('/api/')) return null;
  if (!contentType?.includes('json')) return `error without JSON body (${contentType})`;
  try {
    const body = JSON.parse(text) as Json;
    const e = body?.error;
    if (!e || typeof e.code !== 'string' || typeof e.message !== 'string')
      return 'error without code or message';
    if (!e.details || typeof e.details !== 'object' || Array.isArray(e.details))
      return 'error without details object';
    if (Object.keys(body).length !== 1) return 'error body with extra keys';
    return null;
  } catch {
    return 'error body is not JSON';
  }
}
