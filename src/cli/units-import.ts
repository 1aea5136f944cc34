import { basename } from 'node:path';
import { systemActor } from '../access/actor.ts';
import { importUnitsCsv } from '../modules/units/units.service.ts';
import { UNITS_INLINE_BYTES } from '../modules/units/units-import.ts';
import { readCsvFile } from './csv-file.ts';
import { progressOnStderr } from './progress.ts';
import { type Command, parseOptions, UsageError, withDatabase } from './run.ts';

export const unitsImport: Command = {
  summary:
    'Nhập đơn vị từ CSV (code,name,type,parent_code[,peer_group,valid_from,valid_to,successor_codes]; các cột ghi chú predecessor_names, status, source, note được chấp nhận, không lưu); một dòng lỗi thì không nhập gì',
  usage: 'hailong units import FILE.csv',
  async run(args) {
    const { positionals } = parseOptions(args, {}, true);
    const [file] = positionals;
    if (!file || positionals.length > 1)
      throw new UsageError('cần đúng một tệp CSV: hailong units import FILE.csv');
    // The limits of the web import, checked before the file is read and parsed.
    const read = readCsvFile(file);
    if (read === null) return 1;
    const { bytes, text } = read;
    const result = await withDatabase('units import', ({ ctx }) =>
      importUnitsCsv(
        ctx,
        systemActor('cli'),
        text,
        basename(file),
        // A small file is done before progress matters: stderr stays empty.
        bytes.length > UNITS_INLINE_BYTES ? progressOnStderr('đơn vị') : undefined,
      ),
    );
    process.stdout.write(`Đã nhập ${result.imported} đơn vị.\n`);
    return 0;
  },
};
