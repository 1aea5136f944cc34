import { verifyAuditChain } from '../modules/audit/audit.service.ts';
import { type Command, parseOptions, withDatabase } from './run.ts';

export const auditVerify: Command = {
  summary: 'Kiểm tra chuỗi băm của nhật ký thay đổi; chỉ ra dòng hỏng đầu tiên',
  usage: 'hailong audit verify',
  async run(args) {
    parseOptions(args, {});
    const result = await withDatabase('audit verify', ({ ctx }) => verifyAuditChain(ctx.db));
    if (result.ok) {
      process.stdout.write(`Nhật ký nguyên vẹn: ${result.rows} dòng, chuỗi băm khớp.\n`);
      return 0;
    }
    process.stdout.write(
      `Nhật ký bị thay đổi: dòng id ${result.brokenId} — ${result.reason} (đã kiểm ${result.rows} dòng).\n`,
    );
    return 1;
  },
};
