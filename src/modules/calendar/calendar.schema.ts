import { z } from 'zod';
import { CALENDAR_FIRST_YEAR, CALENDAR_LAST_YEAR } from '../../calendar/index.ts';

/** Requests and responses of the unit calendars (the web infers its types from these). */
export const YearParam = z.object({
  year: z.coerce.number().int().min(CALENDAR_FIRST_YEAR).max(CALENDAR_LAST_YEAR),
});
const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Dạng HH:MM');
export const OfficeHoursBody = z.object({
  open: clock.meta({ example: '07:30' }),
  close: clock.meta({ example: '17:00' }),
  workWeek: z
    .array(z.number().int().min(1).max(7))
    .min(1)
    .max(7)
    .meta({ example: [1, 2, 3, 4, 5] }),
});
const NamedDay = z.object({ date: z.string(), name: z.string() });
const NoticeDay = NamedDay.extend({
  basis: z.string().optional().meta({ description: 'Số văn bản hoặc điều luật quy định ngày này' }),
});
const Notice = z.object({
  number: z.string().optional(),
  date: z.string().optional(),
  issuer: z.string(),
  subject: z.string(),
  summary: z.string(),
  sources: z.array(
    z.object({ url: z.string().optional(), excerpt: z.string().optional(), citation: z.string().optional() }),
  ),
});
/**
 * The official notice of a year (data/calendar notices' format). Every part is checked by the
 * calendar's own checker (checkNoticeFile), which names each wrong field; this schema documents it.
 */
export const NoticeFileBody = z.object({
  year: z.number().int(),
  status: z.enum(['official', 'unverified']).optional(),
  notices: z.array(Notice).optional(),
  daysOff: z.array(NoticeDay).optional(),
  workingDays: z.array(NoticeDay).optional(),
});
export const YearCalendar = z.object({
  year: z.number().int(),
  lunarNewYear: z.string(),
  hungKings: z.string(),
  daysOff: z.array(NoticeDay),
  workingDays: z.array(NoticeDay),
  source: z.enum(['admin', 'file', 'default']),
  notices: z.array(Notice),
  proposed: z
    .array(
      z.object({
        date: z.string(),
        name: z.string(),
        note: z.string(),
        sources: z.array(z.object({ url: z.string(), excerpt: z.string() })),
      }),
    )
    .meta({
      description:
        'Ngày được đề xuất làm ngày nghỉ nhưng chưa có luật có hiệu lực: chỉ để biết, không tính là ngày nghỉ',
    }),
  status: z.enum(['official', 'unverified', 'computed']).meta({
    description:
      'official: notice checked against its source; unverified: reported, not checked; computed: by law only',
  }),
});
export type YearCalendar = z.infer<typeof YearCalendar>;

export const UnitCodeParam = z.object({ code: z.string().trim().min(1).max(50) });
export const OfficeHours = OfficeHoursBody.extend({ unitCode: z.string() });
export type OfficeHours = z.infer<typeof OfficeHours>;
