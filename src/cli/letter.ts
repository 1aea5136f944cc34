import { randomBytes } from 'node:crypto';
import { existsSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { systemActor } from '../access/actor.ts';
import { buildDocx } from '../documents/index.ts';
import { formatNumberVi } from '../lib/format.ts';
import { draftDocument } from '../modules/plans/documents.service.ts';
import { type Command, parseOptions, UsageError, withDatabase } from './run.ts';

const USAGE = 'hailong letter --unit CODE --questionnaire CODE[@N] --period P [--target T] --out FILE.docx';

/**
 * Write a file atomically: a temporary file in the same folder, then a rename over the target, so a
 * reader never sees half a document and an existing file is replaced whole or not at all.
 */
export function writeFileAtomic(path: string, bytes: Uint8Array): void {
  const target = resolve(path);
  const tmp = join(
    dirname(target),
    `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`,
  );
  try {
    writeFileSync(tmp, bytes);
    renameSync(tmp, target);
  } catch (error) {
    rmSync(tmp, { force: true });
    throw error;
  }
}

export const letterCommand: Command = {
  summary:
    'Công văn triển khai Chỉ số hài lòng của một đơn vị (DOCX, theo NĐ 30/2020): chỉ số chung, từng tiêu chí so với chỉ tiêu, biện pháp',
  usage: USAGE,
  async run(args) {
    const { values } = parseOptions(args, {
      unit: { type: 'string' },
      questionnaire: { type: 'string' },
      period: { type: 'string' },
      target: { type: 'string' },
      out: { type: 'string' },
    });
    for (const name of ['unit', 'questionnaire', 'period', 'out'] as const) {
      if (!values[name]) throw new UsageError(`thiếu --${name}: ${USAGE}`);
    }
    const target = values.target === undefined ? undefined : Number(values.target.replace(',', '.'));
    if (target !== undefined && !(Number.isFinite(target) && target >= 0 && target <= 100)) {
      throw new UsageError(`--target phải là số từ 0 đến 100 (phần trăm), không phải "${values.target}"`);
    }
    const out = resolve(values.out!);
    if (!existsSync(dirname(out)) || !statSync(dirname(out)).isDirectory()) {
      process.stderr.write(`Lỗi: không có thư mục "${dirname(out)}" để ghi tệp.\n`);
      return 1;
    }
    if (existsSync(out) && statSync(out).isDirectory()) {
      process.stderr.write(`Lỗi: "${out}" là một thư mục, cần đường dẫn tệp .docx.\n`);
      return 1;
    }
    const draft = await withDatabase('letter', ({ ctx }) =>
      draftDocument(ctx, systemActor('cli'), {
        kind: 'letter',
        source: {
          unitCode: values.unit!,
          questionnaire: values.questionnaire!,
          period: values.period!,
          ...(target === undefined ? {} : { target }),
        },
      }),
    );
    writeFileAtomic(out, await buildDocx(draft.document));
    const figures = draft.document.body
      .filter(
        (b) =>
          b.type === 'paragraph' && typeof b.text === 'string' && b.text.startsWith('Chỉ số hài lòng chung'),
      )
      .map((b) => (b as { text: string }).text);
    process.stdout.write(
      `Đã ghi công văn của ${draft.unitName} vào ${out}\n${figures.join('\n')}${
        target === undefined ? '' : `\nChỉ tiêu áp dụng cho mọi tiêu chí: ${formatNumberVi(target, 2)}%`
      }\n`,
    );
    return 0;
  },
};
