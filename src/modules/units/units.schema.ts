import { z } from 'zod';
import { businessDate } from '../../lib/dates.ts';
import { FORMULA_NAME_MESSAGE, startsLikeFormula } from '../../lib/text.ts';
import { UNIT_CODE_PATTERN } from './units-import.ts';

/** Request and response shapes of the units API; the web imports these too. */

const isoDate = businessDate;

export const UnitCode = z
  .string()
  .trim()
  .regex(UNIT_CODE_PATTERN, 'Mã chỉ gồm chữ không dấu, số, ".", "_" hoặc "-" (tối đa 50 ký tự)');

export const Unit = z
  .object({
    code: z.string(),
    name: z.string(),
    type: z.string(),
    parentCode: z.string().nullable(),
    peerGroup: z.string(),
    validFrom: z.string(),
    validTo: z.string().nullable(),
    demo: z.boolean(),
  })
  .meta({ id: 'Unit' });
export type Unit = z.infer<typeof Unit>;

export type UnitNode = Unit & { children: UnitNode[] };
export const UnitNode: z.ZodType<UnitNode> = Unit.extend({
  get children() {
    return z.array(UnitNode);
  },
}).meta({ id: 'UnitNode' });

export const UnitTreeQuery = z.object({
  root: z
    .string()
    .trim()
    .min(1)
    .optional()
    .meta({ description: 'Chỉ cây con của đơn vị này (mặc định: đơn vị của người dùng)' }),
  includeClosed: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => v === 'true')
    .meta({ description: 'Kèm các đơn vị đã ngừng hoạt động' }),
  date: isoDate.optional().meta({
    description:
      'Chỉ các đơn vị có hiệu lực vào ngày này (valid_from ≤ ngày ≤ valid_to), kể cả đơn vị nay đã ngừng hoạt động; khi có date thì bỏ qua includeClosed',
    example: '2025-07-01',
  }),
});

export const UnitTree = z.object({ units: z.array(UnitNode) });

/**
 * One unit of `hailong units list --json` (a contract other systems check: exactly these keys).
 * Dates are YYYY-MM-DD; `validTo` is the last day (inclusive) or null; successors and predecessors
 * are unit codes.
 */
export const UnitOnDate = z.object({
  code: z.string(),
  name: z.string(),
  type: z.string(),
  parentCode: z.string().nullable(),
  peerGroup: z.string(),
  validFrom: z.string(),
  validTo: z.string().nullable(),
  successors: z.array(z.string()),
  predecessors: z.array(z.string()),
});
export type UnitOnDate = z.infer<typeof UnitOnDate>;

export const UnitSearchQuery = z.object({
  q: z.string().trim().min(1, 'Nhập ít nhất 1 ký tự để tìm').max(100).meta({ example: 'phuong sai' }),
  limit: z.coerce.number().int().min(1).max(200).default(20),
  within: z.string().trim().min(1).optional().meta({ description: 'Chỉ tìm trong cây con của đơn vị này' }),
});

export const UnitSearchHit = Unit.extend({
  /** Names of the ancestors, root first, for telling apart two units of the same name. */
  ancestors: z.array(z.string()),
});
export const UnitSearchResult = z.object({ units: z.array(UnitSearchHit) });

export const UnitDetail = Unit.extend({
  ancestors: z.array(z.object({ code: z.string(), name: z.string() })),
  successors: z.array(z.object({ code: z.string(), name: z.string(), effectiveOn: z.string() })),
  predecessors: z.array(z.object({ code: z.string(), name: z.string(), effectiveOn: z.string() })),
  basis: z
    .object({ status: z.enum(['verified', 'unverified']), source: z.string() })
    .nullable()
    .describe(
      'Căn cứ hình thành đơn vị theo bản đồ data/units/khanh-hoa-2025.csv (nghị quyết, điều khoản, nguồn) và đã kiểm chứng hay chưa; null khi bản đồ không có đơn vị này',
    ),
});

export const CreateUnitBody = z.object({
  code: UnitCode,
  name: z
    .string()
    .trim()
    .min(1, 'Tên đơn vị không được để trống')
    .max(300)
    .refine((v) => !startsLikeFormula(v), FORMULA_NAME_MESSAGE),
  type: z.string().trim().min(1),
  parentCode: UnitCode.nullable().optional(),
  peerGroup: z.string().trim().min(1).max(50).optional(),
  validFrom: isoDate.optional(),
});

export const UpdateUnitBody = z
  .object({
    name: z
      .string()
      .trim()
      .min(1, 'Tên đơn vị không được để trống')
      .max(300)
      .refine((v) => !startsLikeFormula(v), FORMULA_NAME_MESSAGE),
    type: z.string().trim().min(1),
    parentCode: UnitCode,
    peerGroup: z.string().trim().min(1).max(50),
  })
  .partial()
  .refine((b) => Object.keys(b).length > 0, 'Cần ít nhất một trường để sửa');

export const CloseUnitBody = z.object({
  validTo: isoDate.optional().meta({ description: 'Ngày ngừng hoạt động; mặc định hôm nay (giờ Việt Nam)' }),
  successorCodes: z
    .array(UnitCode)
    .max(50)
    .default([])
    .meta({ description: 'Đơn vị kế thừa (sáp nhập, chia tách)' }),
});

export const UnitCodeParam = z.object({ code: UnitCode });

export const ImportUnitsResult = z.object({ imported: z.number().int(), codes: z.array(z.string()) });

export const LineErrorSchema = z.object({ line: z.number().int(), code: z.string(), message: z.string() });

export const UnitType = z.object({
  code: z.string(),
  nameVi: z.string(),
  nameEn: z.string(),
  sortOrder: z.number().int(),
});
export const UnitTypeList = z.object({ types: z.array(UnitType) });
export const CreateUnitTypeBody = z.object({
  code: z
    .string()
    .trim()
    .regex(/^[a-z][a-z0-9_]{0,39}$/, 'Mã loại gồm chữ thường không dấu, số và "_"'),
  nameVi: z.string().trim().min(1).max(200),
  nameEn: z.string().trim().min(1).max(200),
  sortOrder: z.number().int().default(100),
});
