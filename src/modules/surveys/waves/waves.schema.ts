import { z } from 'zod';
import { code, isoDate, period } from '../surveys.schema.ts';

/** Request and response shapes of survey waves (đợt khảo sát) and their progress. */

export const WaveSummary = z
  .object({
    id: z.number().int(),
    code: z.string(),
    title: z.string(),
    questionnaire: z.object({ code: z.string(), version: z.number().int(), title: z.string() }),
    period: z.string(),
    opensOn: z.string(),
    closesOn: z.string(),
    ownerUnit: z.object({ code: z.string(), name: z.string() }),
    unitCount: z.number().int(),
    collected: z.number().int(),
    target: z.number().int(),
  })
  .meta({ id: 'Wave' });

export const WaveList = z.object({ waves: z.array(WaveSummary) });

export const WaveListQuery = z.object({
  unitCode: code.optional().meta({ description: 'Chỉ các đợt có đơn vị này hoặc cấp dưới' }),
});

export const CreateWaveBody = z.object({
  code: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,49}$/, 'Mã chỉ gồm chữ không dấu, số, ".", "_" hoặc "-"'),
  title: z.string().trim().min(1).max(300),
  questionnaire: z.string().trim().min(1).max(60),
  period,
  opensOn: isoDate,
  closesOn: isoDate,
  ownerUnitCode: code,
  unitCodes: z.array(code).min(1).max(20000),
  targetSample: z.number().int().min(1).max(100000),
});

export const WaveCodeParam = z.object({ code });

export const WaveUnitProgress = z.object({
  unit: z.string(),
  name: z.string(),
  target: z.number().int(),
  collected: z.number().int(),
  excluded: z.number().int(),
  held: z.number().int().meta({ description: 'Phiếu tạm giữ theo quy tắc gửi dồn, chưa tính' }),
  flagged: z.number().int(),
  percent: z.number(),
  neededForTarget: z.number().int(),
  neededForInterval: z
    .number()
    .int()
    .meta({ description: 'Số phiếu cần thêm để khoảng tin cậy 95% còn ±5 điểm' }),
});
export const WaveProgress = z.object({ wave: WaveSummary, units: z.array(WaveUnitProgress) });

export type WaveSummary = z.infer<typeof WaveSummary>;
export type WaveUnitProgress = z.infer<typeof WaveUnitProgress>;
export type WaveProgress = z.infer<typeof WaveProgress>;

/** The public search of units whose survey is open today. */
export const OpenSurveyQuery = z.object({
  q: z
    .string()
    .trim()
    .min(2, 'Gõ ít nhất 2 ký tự')
    .max(100)
    .meta({ description: 'Tên hoặc mã đơn vị, có dấu hay không dấu', example: 'tram y te phuong sai' }),
});

export const OpenSurveyList = z
  .object({
    units: z.array(z.object({ code: z.string(), name: z.string(), wave: z.string(), closesOn: z.string() })),
  })
  .meta({ id: 'OpenSurveyList' });
