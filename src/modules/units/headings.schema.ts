import { z } from 'zod';
import { businessDate } from '../../lib/dates.ts';

/** A unit's document heading over time (NĐ 30/2020, Phụ lục I); the web infers its types from these. */
export const UnitHeading = z
  .object({
    parentAgency: z.string().meta({ description: 'Tên cơ quan chủ quản (dòng trên); rỗng với UBND' }),
    issuingAgency: z.string().meta({ description: 'Tên cơ quan ban hành; "\\n" xuống dòng' }),
    place: z.string().meta({ description: 'Địa danh ở dòng ngày tháng' }),
    short: z
      .string()
      .meta({ description: 'Chữ viết tắt tên cơ quan trong ký hiệu văn bản', example: 'UBND' }),
    deskName: z
      .string()
      .meta({ description: 'Nơi tiếp nhận hồ sơ (Bộ phận Một cửa / Trung tâm Phục vụ hành chính công)' }),
    source: z
      .string()
      .meta({ description: 'Căn cứ (quyết định, nghị quyết…) hoặc "mặc định, đoán từ tên đơn vị"' }),
    validFrom: z.string().nullable(),
    validTo: z.string().nullable(),
    fallback: z
      .boolean()
      .meta({ description: 'true: không có dữ liệu cho ngày này, tiêu đề đoán từ tên đơn vị' }),
  })
  .meta({ id: 'UnitHeading' });
export type UnitHeading = z.infer<typeof UnitHeading>;

export const UnitHeadingsQuery = z.object({
  date: businessDate
    .optional()
    .meta({ description: 'Ngày cần tiêu đề (mặc định hôm nay, giờ Việt Nam)', example: '2026-03-02' }),
});

export const UnitHeadings = z
  .object({
    unitCode: z.string(),
    date: z.string(),
    current: UnitHeading,
    headings: z.array(UnitHeading),
    fallbackLabel: z.string(),
  })
  .meta({ id: 'UnitHeadings' });
export type UnitHeadings = z.infer<typeof UnitHeadings>;
