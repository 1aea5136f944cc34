import type { NoticeDay, NoticeFile, ProposedHoliday } from '../../calendar/index.ts';
import type { OfficeHours, YearCalendar } from './calendar.schema.ts';

/** GET /calendar/{year}: the year as the desk counts it, every field listed. */
export function presentYearCalendar(year: {
  year: number;
  lunarNewYear: string;
  hungKings: string;
  daysOff: NoticeDay[];
  workingDays: NoticeDay[];
  source: YearCalendar['source'];
  notices: NonNullable<NoticeFile['notices']>;
  status: YearCalendar['status'];
  proposed: ProposedHoliday[];
}): YearCalendar {
  return {
    year: year.year,
    lunarNewYear: year.lunarNewYear,
    hungKings: year.hungKings,
    daysOff: year.daysOff.map(presentDay),
    workingDays: year.workingDays.map(presentDay),
    source: year.source,
    notices: year.notices.map((n) => ({
      number: n.number,
      date: n.date,
      issuer: n.issuer,
      subject: n.subject,
      summary: n.summary,
      sources: n.sources.map((s) => ({ url: s.url, excerpt: s.excerpt, citation: s.citation })),
    })),
    proposed: year.proposed.map((p) => ({
      date: `${year.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`,
      name: p.name,
      note: p.note,
      sources: p.sources.map((s) => ({ url: s.url, excerpt: s.excerpt })),
    })),
    status: year.status,
  };
}

const presentDay = (d: NoticeDay) => ({ date: d.date, name: d.name, basis: d.basis });

export function presentOfficeHours(unitCode: string, hours: Omit<OfficeHours, 'unitCode'>): OfficeHours {
  return { unitCode, open: hours.open, close: hours.close, workWeek: hours.workWeek };
}
