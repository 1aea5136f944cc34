import { addWorkingDays } from '../calendar/index.ts';
import type { AppContext } from '../lib/context.ts';
import { vnDate } from '../lib/time.ts';
import { findUserByUsername } from '../modules/accounts/accounts.repo.ts';
import { unitCalendar } from '../modules/calendar/calendar.service.ts';
import { ruleSetOn, STATUS } from '../modules/dossiers/dossier-status.ts';
import { dossierCode } from '../modules/dossiers/dossiers.service.ts';
import { dueFor } from '../modules/dossiers/due.ts';
import {
  countDemoDossiers,
  demoWards,
  insertDossierHistory,
  type NewDossierEventRow,
  type NewDossierRow,
  type NewDossierSlipRow,
  proceduresOffered,
} from './demo.repo.ts';
import { seeded } from './seeded.ts';

/**
 * A year of dossiers for the demo's People's Committees, each dossier at the ward or commune valid on
 * the day it was received (today's wards from 1/7/2025: closed units receive no procedure), drawn
 * from a seeded model: most results
 * early or on time, about one in ten late (half of those with an apology), one in eight with a
 * supplement request, a few refused, and the last days' dossiers still open. Written in bulk (the
 * timeline, slips and violations as the desk would have written them), labelled demo.
 */
const NAMES = [
  'Nguyễn Văn An',
  'Trần Thị Bình',
  'Lê Văn Cường',
  'Phạm Thị Dung',
  'Hoàng Văn Em',
  'Võ Thị Giang',
  'Đặng Văn Hải',
  'Bùi Thị Hoa',
  'Đỗ Văn Khánh',
  'Ngô Thị Lan',
];
const PER_UNIT_PER_MONTH = 12;
/** The demo officer's ward (Tây Nha Trang, Phương Sài's successor): its dossiers are handled by demo.officer. */
const DEMO_WARD = 'KH25-TNT';
const DAY = 86_400_000;

export async function demoDossiers(ctx: AppContext): Promise<number> {
  if ((await countDemoDossiers(ctx.db)) > 0) return 0;
  const wards = await demoWards(ctx.db);
  if (wards.length === 0) return 0;
  const offered = await proceduresOffered(
    ctx.db,
    wards.map((w) => w.id),
  );
  const officer = await findUserByUsername(ctx.db, 'demo.officer');
  const now = ctx.now();
  let created = 0;

  for (const ward of wards) {
    const list = offered.filter((o) => o.unitId === ward.id).map((o) => o.p);
    if (list.length === 0) continue;
    const { calendar, version } = await unitCalendar(ctx, ward.id);
    const random = seeded(`dossiers-${ward.code}`);
    const sequence = new Map<string, number>();
    const rows: NewDossierRow[] = [];
    const plans: {
      code: string;
      events: Omit<NewDossierEventRow, 'dossierId'>[];
      slips: Omit<NewDossierSlipRow, 'dossierId'>[];
      late: boolean;
      apologised: boolean;
    }[] = [];
    for (let k = 0; k < 12 * PER_UNIT_PER_MONTH; k++) {
      // A working day of the last year, in office hours.
      let day = vnDate(new Date(now.getTime() - Math.floor(random() * 365) * DAY));
      day = addWorkingDays(day, 1, calendar);
      const receivedAt = new Date(
        Date.parse(
          `${day}T${String(7 + Math.floor(random() * 9)).padStart(2, '0')}:${String(Math.floor(random() * 60)).padStart(2, '0')}:00+07:00`,
        ),
      );
      if (receivedAt.getTime() > now.getTime()) continue;
      if (day < ward.validFrom || (ward.validTo !== null && day > ward.validTo)) continue;
      const p = list[Math.floor(random() * list.length)]!;
      const dueAt = dueFor(
        receivedAt,
        { amount: p.processingAmount, unit: p.processingUnit as 'working_days' },
        calendar,
      );
      const seq = (sequence.get(day) ?? 0) + 1;
      sequence.set(day, seq);
      const code = dossierCode(ward.code, receivedAt, seq);
      const roll = random();
      const span = dueAt.getTime() - receivedAt.getTime();
      const refused = roll < 0.03;
      const late = !refused && roll > 0.9;
      const apologised = late && random() < 0.5;
      const supplement = !refused && random() < 0.12;
      const readyAt = refused
        ? null
        : new Date(
            late
              ? dueAt.getTime() + (1 + random() * 3) * DAY
              : receivedAt.getTime() + span * (0.3 + 0.65 * random()),
          );
      const finished = readyAt !== null && readyAt.getTime() <= now.getTime();
      const status = refused ? STATUS.NOT_ACCEPTED : finished ? STATUS.RETURNED : STATUS.PROCESSING;
      const handledBy = ward.code === DEMO_WARD ? (officer?.id ?? null) : null;
      const events: (typeof plans)[number]['events'] = [
        {
          at: receivedAt,
          kind: 'received',
          toStatus: 2,
          actorLabel: 'demo',
          data: { dueAt: dueAt.toISOString() },
        },
      ];
      const slips: (typeof plans)[number]['slips'] = [
        { form: '01', issuedAt: receivedAt, issuedBy: 'demo', content: { dueAt: dueAt.toISOString() } },
      ];
      if (refused) {
        const data = {
          reason: 'Người yêu cầu không thuộc trường hợp được giải quyết',
          legalBasis: 'Luật Hộ tịch 2014',
        };
        events.push({
          at: receivedAt,
          kind: 'refused',
          fromStatus: 2,
          toStatus: 3,
          actorLabel: 'demo',
          data,
        });
        slips.push({ form: '03', issuedAt: receivedAt, issuedBy: 'demo', content: data });
      } else {
        // Asked once for a supplement, brought the same day: the clock does not move.
        if (supplement) {
          const askedAt = new Date(receivedAt.getTime() + span * 0.1);
          const data = { missing: ['Bản sao giấy tờ tùy thân'], reason: 'Bản sao chưa được chứng thực' };
          events.push({
            at: askedAt,
            kind: 'supplement_requested',
            fromStatus: 4,
            toStatus: 5,
            actorLabel: 'demo',
            data,
          });
          events.push({
            at: new Date(askedAt.getTime() + 3_600_000),
            kind: 'supplement_completed',
            fromStatus: 5,
            toStatus: 4,
            actorLabel: 'demo',
            data: { pausedWorkingDays: 0 },
          });
          slips.push({ form: '02', issuedAt: askedAt, issuedBy: 'demo', content: data });
        }
        if (apologised) {
          const data = {
            reason: 'Chờ kết quả xác minh',
            oldDueAt: dueAt.toISOString(),
            newDueAt: new Date(dueAt.getTime() + 5 * DAY).toISOString(),
            signerTitle: 'Chủ tịch UBND',
            signerName: 'Nguyễn Văn Trưởng',
          };
          events.push({ at: new Date(dueAt.getTime() - DAY / 2), kind: 'apology', actorLabel: 'demo', data });
          slips.push({
            form: '04',
            issuedAt: new Date(dueAt.getTime() - DAY / 2),
            issuedBy: 'demo',
            content: data,
          });
        }
        if (finished) {
          events.push({
            at: readyAt!,
            kind: 'result_ready',
            fromStatus: 4,
            toStatus: 9,
            actorLabel: 'demo',
            data: { early: readyAt!.getTime() < dueAt.getTime() },
          });
          events.push({ at: readyAt!, kind: 'returned', fromStatus: 9, toStatus: 10, actorLabel: 'demo' });
        }
      }
      rows.push({
        code,
        unitId: ward.id,
        procedureId: p.id,
        channel: random() < 0.7 ? 'direct' : 'online',
        status,
        ruleSet: ruleSetOn(receivedAt),
        applicantKind: 'person',
        applicantName: NAMES[Math.floor(random() * NAMES.length)]!,
        contactConsent: false,
        documents: p.documents,
        receivedAt,
        handledBy,
        legalDays: p.processingAmount,
        dueAt: apologised ? new Date(dueAt.getTime() + 5 * DAY) : dueAt,
        calendarVersion: version,
        apologies: apologised ? 1 : 0,
        supplementRequests: supplement ? 1 : 0,
        resultReadyAt: finished ? readyAt : null,
        returnedAt: finished ? readyAt : null,
        heldBy: ward.name,
        demo: true,
        createdAt: receivedAt,
        updatedAt: finished ? readyAt! : receivedAt,
      });
      plans.push({ code, events, slips, late: late && finished, apologised });
    }
    const history = plans.map((p) => {
      const row = rows.find((r) => r.code === p.code)!;
      const violation =
        p.late && !p.apologised
          ? {
              unitId: ward.id,
              officerId: row.handledBy ?? null,
              kind: 'LATE_WITHOUT_APOLOGY',
              at: row.dueAt,
              note: 'Quá hạn chưa có phiếu xin lỗi (dữ liệu mẫu)',
            }
          : undefined;
      return { code: p.code, events: p.events, slips: p.slips, violation };
    });
    await ctx.db.transaction((tx) => insertDossierHistory(tx, ward.id, rows, history, sequence));
    created += rows.length;
  }
  return created;
}
