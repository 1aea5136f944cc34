import { systemActor } from '../src/access/actor.ts';
import type { Role } from '../src/access/roles.ts';
import type { AppContext } from '../src/lib/context.ts';
import { createUser } from '../src/modules/accounts/accounts.service.ts';
import { createUnit } from '../src/modules/units/units.service.ts';

let sequence = 0;

export async function buildUnit(
  ctx: AppContext,
  fields: {
    code?: string;
    name?: string;
    type?: string;
    parentCode?: string | null;
    peerGroup?: string;
  } = {},
) {
  sequence++;
  return createUnit(ctx, systemActor('test'), {
    code: fields.code ?? `U${sequence}`,
    name: fields.name ?? `Đơn vị thử ${sequence}`,
    type: fields.type ?? 'commune',
    parentCode: fields.parentCode ?? null,
    ...(fields.peerGroup ? { peerGroup: fields.peerGroup } : {}),
  });
}

export const TEST_PASSWORD = 'Mat-khau-thu-2025';

export async function buildUser(
  ctx: AppContext,
  fields: { unitCode: string; role?: Role; username?: string },
) {
  sequence++;
  const username = fields.username ?? `user${sequence}`;
  await createUser(ctx, systemActor('test'), {
    username,
    displayName: `Người dùng ${sequence}`,
    password: TEST_PASSWORD,
    role: fields.role ?? 'admin',
    unitCode: fields.unitCode,
  });
  return { username, password: TEST_PASSWORD };
}

/** A province with two communes, each with its own admin: the usual permission fixture. */
export async function buildTwoUnitTree(ctx: AppContext) {
  const province = await buildUnit(ctx, { code: 'T', name: 'Tỉnh Thử', type: 'province' });
  const a = await buildUnit(ctx, { code: 'A', name: 'Xã An', parentCode: 'T' });
  const b = await buildUnit(ctx, { code: 'B', name: 'Xã Bình', parentCode: 'T' });
  const adminA = await buildUser(ctx, { unitCode: 'A', username: 'admin.a' });
  const adminB = await buildUser(ctx, { unitCode: 'B', username: 'admin.b' });
  const root = await buildUser(ctx, { unitCode: 'T', username: 'admin.t' });
  return { province, a, b, adminA, adminB, root };
}
