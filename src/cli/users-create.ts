import { systemActor } from '../access/actor.ts';
import { CreateUserBody } from '../modules/accounts/accounts.schema.ts';
import { createUser } from '../modules/accounts/accounts.service.ts';
import { type Command, parseOptions, UsageError, withDatabase } from './run.ts';

export const usersCreate: Command = {
  summary: 'Tạo người dùng',
  usage: 'hailong users create --username U --password P --role R --unit CODE [--name "Họ tên"]',
  async run(args) {
    const { values } = parseOptions(args, {
      username: { type: 'string' },
      password: { type: 'string' },
      role: { type: 'string' },
      unit: { type: 'string' },
      name: { type: 'string' },
    });
    const parsed = CreateUserBody.safeParse({
      username: values.username,
      password: values.password,
      role: values.role,
      unitCode: values.unit,
      displayName: values.name ?? values.username,
    });
    if (!parsed.success) {
      const flag: Record<string, string> = { unitCode: 'unit', displayName: 'name' };
      throw new UsageError(
        parsed.error.issues
          .map((i) => `--${flag[String(i.path[0])] ?? String(i.path[0])}: ${i.message}`)
          .join('; '),
      );
    }
    const user = await withDatabase('users create', ({ ctx }) =>
      createUser(ctx, systemActor('cli'), parsed.data),
    );
    process.stdout.write(`Đã tạo người dùng ${user.username} (${user.role}) tại đơn vị ${user.unitCode}.\n`);
    return 0;
  },
};
