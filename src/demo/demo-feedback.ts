import { systemActor } from '../access/actor.ts';
import { addWorkingDays } from '../calendar/index.ts';
import type { AppContext } from '../lib/context.ts';
import { vnDate } from '../lib/time.ts';
import { unitCalendar } from '../modules/calendar/calendar.service.ts';
import { createCategory } from '../modules/feedback/categories.service.ts';
import * as feedback from '../modules/feedback/feedback.service.ts';
import { countFeedbackCategories, demoWards, markFeedbackDemo } from './demo.repo.ts';
import { seeded } from './seeded.ts';

/**
 * Feedback demo: six categories for the province (so Open311 `services.json` lists them), and a year
 * of reports, each from a ward or commune valid on its day (today's from 1/7/2025), walked through the
 * real service with a moving clock: most answered and
 * published in time, some late, a few refused, some rated, a few reopened after a dissatisfied
 * rating, the last weeks' still open.
 */
const actor = systemActor('demo');
const DAY = 86_400_000;

/** Deadline policies (data/feedback/deadline-policies.json): NĐ 20/2008 only for administrative regulations. */
const CATEGORIES = [
  {
    code: 'TTHC',
    policy: 'nd20-2008',
    name: 'Thủ tục hành chính, Bộ phận Một cửa',
    group: 'Hành chính',
    keywords: ['hồ sơ', 'một cửa', 'thủ tục'],
    template: 'UBND đã kiểm tra việc tiếp nhận, giải quyết hồ sơ được phản ánh. Kết quả: …',
  },
  {
    code: 'CB',
    policy: 'noi-bo-chung',
    name: 'Thái độ, tác phong cán bộ',
    group: 'Hành chính',
    keywords: ['cán bộ', 'thái độ'],
    template: 'UBND đã làm việc với cán bộ được phản ánh và chấn chỉnh: …',
  },
  {
    code: 'MT',
    policy: 'noi-bo-do-thi',
    name: 'Vệ sinh môi trường',
    group: 'Đô thị',
    keywords: ['rác', 'nước thải', 'ô nhiễm'],
    template: 'UBND đã phối hợp đơn vị vệ sinh môi trường xử lý: …',
  },
  {
    code: 'GT',
    policy: 'noi-bo-do-thi',
    name: 'Đường sá, chiếu sáng, giao thông',
    group: 'Đô thị',
    keywords: ['đường', 'đèn', 'ổ gà'],
    template: 'UBND đã chuyển đơn vị quản lý đường bộ, chiếu sáng kiểm tra, khắc phục: …',
  },
  {
    code: 'TTĐT',
    policy: 'noi-bo-do-thi',
    name: 'Trật tự đô thị, lấn chiếm vỉa hè',
    group: 'Đô thị',
    keywords: ['lấn chiếm', 'vỉa hè', 'xây dựng'],
    template: 'UBND đã kiểm tra, lập biên bản và yêu cầu khắc phục: …',
  },
  {
    code: 'YT',
    policy: 'noi-bo-chung',
    name: 'Y tế, trạm y tế',
    group: 'Y tế',
    keywords: ['trạm y tế', 'khám', 'tiêm'],
    template: 'Trạm Y tế đã tiếp thu và điều chỉnh: …',
  },
];

const REPORTS: Record<string, string[]> = {
  TTHC: [
    'Nộp hồ sơ chứng thực phải chờ quá lâu, không có số thứ tự.',
    'Hồ sơ khai sinh bị yêu cầu bổ sung hai lần.',
    'Không niêm yết phí, lệ phí tại Bộ phận Một cửa.',
  ],
  CB: ['Cán bộ tiếp dân trả lời thiếu tôn trọng.', 'Cán bộ một cửa đi làm muộn, người dân phải chờ.'],
  MT: ['Rác thải tập kết lâu ngày ở đầu hẻm, bốc mùi.', 'Cống thoát nước bị tắc sau mưa.'],
  GT: ['Đèn đường trên tuyến hẻm không sáng nhiều ngày.', 'Mặt đường có ổ gà lớn, nguy hiểm cho xe máy.'],
  TTĐT: [
    'Quán ăn lấn chiếm vỉa hè, người đi bộ phải xuống lòng đường.',
    'Công trình xây dựng để vật liệu tràn ra đường.',
  ],
  YT: ['Trạm y tế không có ghế chờ cho người già.', 'Lịch tiêm chủng không được thông báo trước.'],
};

export async function demoFeedback(ctx: AppContext): Promise<number> {
  if ((await countFeedbackCategories(ctx.db)) > 0) return 0;
  for (const c of CATEGORIES) {
    await createCategory(ctx, actor, {
      code: c.code,
      name: c.name,
      group: c.group,
      keywords: c.keywords,
      unitCode: 'KH25',
      answerTemplate: c.template,
      deadlinePolicy: c.policy,
    });
  }
  await markFeedbackDemo(ctx.db, 'categories');

  const wards = await demoWards(ctx.db);
  if (wards.length === 0) return CATEGORIES.length;
  const { calendar } = await unitCalendar(ctx, wards[0]!.id);
  const random = seeded('feedback-demo');
  const real = ctx.now();
  const base = 'http://localhost:3000';
  let created = 0;
  for (let k = 0; k < 120; k++) {
    const pick = random();
    const category = CATEGORIES[Math.floor(random() * CATEGORIES.length)]!;
    const texts = REPORTS[category.code]!;
    const day = addWorkingDays(
      vnDate(new Date(real.getTime() - (10 + Math.floor(random() * 350)) * DAY)),
      1,
      calendar,
    );
    const at = (d: string, hour: number) =>
      new Date(Date.parse(`${d}T${String(hour).padStart(2, '0')}:15:00+07:00`));
    const received = at(day, 8 + Math.floor(random() * 8));
    if (received.getTime() > real.getTime()) continue;
    const open = wards.filter((w) => w.validFrom <= day && (w.validTo === null || w.validTo >= day));
    if (open.length === 0) continue;
    const ward = open[Math.floor(pick * open.length)]!;
    const clock = (moment: Date) => ({ ...ctx, now: () => moment });
    const { item, token } = await feedback.receiveFeedback(
      clock(received),
      null,
      {
        channel: random() < 0.8 ? 'web' : 'open311',
        categoryCode: category.code,
        unitCode: ward.code,
        description: `${texts[Math.floor(random() * texts.length)]} (${ward.name})`,
        address: ward.name.replace(/^UBND /, ''),
        contactConsent: false,
      },
      { baseUrl: base },
    );
    created++;
    const roll = random();
    const step = (workingDays: number) => at(addWorkingDays(day, workingDays, calendar), 10);
    if (roll < 0.05) {
      await feedback.reject(
        clock(step(1)),
        actor,
        item.code,
        'Nội dung không thuộc thẩm quyền, không đủ thông tin để xác minh.',
      );
      continue;
    }
    await feedback.accept(clock(step(1)), actor, item.code);
    const answerDay = roll > 0.9 ? 17 + Math.floor(random() * 4) : 3 + Math.floor(random() * 10);
    if (step(answerDay + 2).getTime() > real.getTime()) continue; // still being handled
    await feedback.draftAnswer(clock(step(answerDay)), actor, item.code);
    await feedback.approve(clock(step(answerDay)), actor, item.code, { baseUrl: base });
    await feedback.publish(clock(step(answerDay + 1)), actor, item.code);
    const rating = random();
    if (rating < 0.25) {
      await feedback.rate(clock(step(answerDay + 2)), item.code, token, { rating: 'satisfied' });
    } else if (rating < 0.33) {
      await feedback.rate(clock(step(answerDay + 2)), item.code, token, {
        rating: 'dissatisfied',
        reason: 'Tình trạng vẫn chưa được khắc phục như trả lời.',
      });
    }
  }
  await markFeedbackDemo(ctx.db, 'items');
  return created;
}
