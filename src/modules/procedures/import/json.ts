import { stripBom } from '../../../lib/csv.ts';
import type { ImportCheck, ImportContext, ImportError, ImportedProcedure } from './catalogue.ts';
import { procedureItem } from './item.schema.ts';
import { checkItem } from './item-errors.ts';
import { outcome, refused } from './result.ts';

/** A JSON catalogue: an array of procedures, errors named "Mục N" (the item's 1-based index). */
export function checkProceduresJson(input: string, ctx: ImportContext): ImportCheck {
  const source = stripBom(input);
  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch {
    const where = locateJsonError(source);
    return refused(
      'Dòng',
      where.line,
      'JSON_SYNTAX',
      `tệp JSON sai cú pháp ở cột ${where.column}: ${where.reason}`,
    );
  }
  if (!Array.isArray(value))
    return refused(
      'Dòng',
      1,
      'NOT_ARRAY',
      'tệp JSON phải là một danh sách (mảng [...]) các thủ tục, mỗi thủ tục một đối tượng {code, name, …}',
    );
  if (value.length === 0) return refused('Dòng', 1, 'EMPTY_FILE', 'danh sách thủ tục rỗng');

  const schema = procedureItem(ctx);
  const errors: ImportError[] = [];
  const procedures: ImportedProcedure[] = [];
  value.forEach((item, i) => {
    const checked = checkItem(schema, item);
    if (checked.ok) procedures.push({ line: i + 1, ...checked.procedure });
    else errors.push(...checked.errors.map((e) => ({ label: 'Mục' as const, line: i + 1, ...e })));
  });
  return outcome(procedures, errors, 'Mục');
}

/** One token at the current position: a string, a number or literal, or a punctuation mark. */
const TOKEN =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: a JSON string may not hold a raw control character
  /("(?:[^"\\\u0000-\u001f]|\\["\\/bfnrt]|\\u[0-9a-fA-F]{4})*")|(true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)|([[\]{}:,])/y;
const SPACE = /[ \t\r\n]*/y;

/** What may come next: a value, a value or "]", a field name or "}", a field name, ":", "," or a closing bracket. */
type Expect = 'value' | 'item' | 'first' | 'key' | 'colon' | 'next' | 'end';

/**
 * Where a JSON text first breaks the grammar, with a reason a person can act on (the engine's own
 * message does not always give a position: Node 20 quotes a snippet instead). Reads token by token,
 * knowing only what may come next and which brackets are open.
 */
export function locateJsonError(source: string): { line: number; column: number; reason: string } {
  const open: string[] = [];
  let expect: Expect = 'value';
  for (let i = 0; ; ) {
    SPACE.lastIndex = i;
    SPACE.exec(source);
    const start = SPACE.lastIndex;
    const stop = (reason: string) => at(source, start, reason);
    if (start === source.length) {
      if (expect === 'end') return { line: 1, column: 1, reason: 'không đọc được' };
      return stop('tệp kết thúc khi chưa đóng hết ngoặc');
    }
    TOKEN.lastIndex = start;
    const m = TOKEN.exec(source);
    if (!m && source[start] === '"') return badString(source, start);
    const token = m?.[1] ? 'string' : m?.[2] ? 'literal' : (m?.[3] ?? source[start]!);
    const unexpected = () => stop(`ký tự "${source[start]}" không đúng chỗ`);
    const after = (): Expect => (open.length ? 'next' : 'end');
    const close = (): Expect => {
      open.pop();
      return after();
    };
    switch (expect) {
      case 'end':
        return stop(`còn nội dung sau khi danh sách đã đóng: "${source[start]}"`);
      case 'colon':
        if (token !== ':') return stop('thiếu dấu ":" sau tên trường');
        expect = 'value';
        break;
      case 'first':
      case 'key':
        if (expect === 'first' && token === '}') expect = close();
        else if (token === 'string') expect = 'colon';
        else return stop('tên trường phải đặt trong dấu ngoặc kép "…"');
        break;
      case 'item':
      case 'value':
        if (expect === 'item' && token === ']') expect = close();
        else if (token === '{' || token === '[') {
          open.push(token);
          expect = token === '{' ? 'first' : 'item';
        } else if (token === 'string' || token === 'literal') expect = after();
        else return unexpected();
        break;
      case 'next':
        if (token === ',') expect = open.at(-1) === '{' ? 'key' : 'value';
        else if (token === (open.at(-1) === '{' ? '}' : ']')) expect = close();
        else return unexpected();
    }
    i = TOKEN.lastIndex;
  }
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: a JSON string may not hold a raw control character
const STRING_BODY = /(?:[^"\\\u0000-\u001f]|\\["\\/bfnrt]|\\u[0-9a-fA-F]{4})*/y;

/** A string that does not close: where its first wrong character is, and what is wrong with it. */
function badString(source: string, start: number) {
  STRING_BODY.lastIndex = start + 1;
  STRING_BODY.exec(source);
  const i = STRING_BODY.lastIndex;
  const ch = source[i];
  const reason =
    ch === undefined
      ? 'chuỗi ký tự chưa đóng dấu ngoặc kép'
      : ch === '\n'
        ? 'chuỗi ký tự chưa đóng dấu ngoặc kép trên cùng dòng'
        : ch === '\\'
          ? 'ký tự thoát "\\" không hợp lệ trong chuỗi'
          : 'chuỗi ký tự chứa ký tự điều khiển';
  return at(source, i, reason);
}

function at(source: string, i: number, reason: string) {
  const before = source.slice(0, i);
  return { line: before.split('\n').length, column: i - before.lastIndexOf('\n'), reason };
}
