import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { vnDate } from '../../src/lib/time.ts';
import { planWindowOn } from '../../src/modules/plans/plan-year.ts';
import { login, mainNav, runTag } from './helpers.ts';

/** The year a plan drafted today from the 2024 result runs in (2027 when drafted in December 2026). */
const PLAN_YEAR = planWindowOn('2024', vnDate(new Date())).label;

test('from the public ranking a specialist drafts a plan for the lowest-ranked ward, adds a task, records progress and issues the follow-up letter', async ({
  page,
}) => {
  test.setTimeout(150_000);
  const tag = runTag();

  // The latest published result of the ward and commune committees, and its last row.
  await page.goto('/chi-so');
  await page
    .getByRole('listitem')
    .filter({ hasText: /Kỳ 2024 · Thành phố Nha Trang/ })
    .filter({ hasText: 'UBND phường, xã' })
    .first()
    .getByRole('link')
    .click();
  const ranking = page.getByRole('table', { name: /^Xếp hạng: / }).first();
  const last = ranking.getByRole('row').last();
  await expect(last.getByRole('cell').first()).toHaveText(/^(\d+)\/\1$/);
  const unitName = ((await last.getByRole('link').textContent()) ?? '').trim();
  expect(unitName).toMatch(/^UBND (phường|xã) /);
  await last.getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(unitName);

  // Not signed in: the link goes through the sign-in page and comes back to the draft.
  await expect(page.getByText('Dành cho cán bộ: cần đăng nhập.')).toBeVisible();
  await page.getByRole('link', { name: 'Lập kế hoạch cải thiện' }).click();
  await expect(page).toHaveURL(/\/dang-nhap\?redirect=/);
  await login(page, 'demo.specialist');
  await expect(page).toHaveURL(/\/ke-hoach\/moi\?/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lập kế hoạch cải thiện');
  const basis = page.getByRole('region', { name: 'Căn cứ lập kế hoạch' });
  await expect(basis).toContainText(unitName);
  await expect(basis).toContainText(`2024 → ${PLAN_YEAR}`);
  await expect(basis).toContainText(/Chỉ số \d+,\d{2}% · chỉ tiêu \d+,\d{2}%/);

  // Every criterion shows its gap and its measures, largest shortfall first; only those under target
  // come ticked.
  const sections = page
    .getByRole('region')
    .filter({ has: page.getByRole('heading', { level: 2, name: /^C\d+\. / }) });
  const count = await sections.count();
  expect(count).toBeGreaterThan(1);
  const gaps: number[] = [];
  for (let i = 0; i < count; i++) {
    const section = sections.nth(i);
    const text = (await section.textContent()) ?? '';
    const gap = /(thiếu|cao hơn) (?:< )?(\d+),(\d{2}) điểm %|bằng chỉ tiêu/.exec(text);
    expect(gap, text.slice(0, 200)).not.toBeNull();
    gaps.push(gap![1] === undefined ? 0 : (gap![1] === 'thiếu' ? -1 : 1) * Number(`${gap![2]}.${gap![3]}`));
    const boxes = section.getByRole('checkbox');
    if ((await boxes.count()) === 0) continue;
    if (text.includes('Chưa đạt chỉ tiêu')) await expect(boxes.first()).toBeChecked();
    else await expect(boxes.first()).not.toBeChecked();
  }
  expect(gaps).toEqual([...gaps].sort((a, b) => a - b));

  // The officer unticks one of a criterion under target.
  const weak = page
    .getByRole('region')
    .filter({ has: page.getByText('Chưa đạt chỉ tiêu') })
    .first();
  await expect(weak).toBeVisible();
  const boxes = weak.getByRole('checkbox');
  await expect(boxes.first()).toBeChecked();
  const chosen = page.getByRole('status').filter({ hasText: /^Đã chọn \d+\/\d+ nhiệm vụ$/ });
  const before = ((await chosen.textContent()) ?? '').match(/(\d+)\/(\d+)/)!;
  expect(Number(before[1])).toBeGreaterThan(1);
  await boxes.first().uncheck();
  await expect(chosen).toHaveText(`Đã chọn ${Number(before[1]) - 1}/${before[2]} nhiệm vụ`);
  const saved = Number(before[1]) - 1;

  await page.getByRole('button', { name: 'Lưu dự thảo kế hoạch' }).click();
  await expect(page).toHaveURL(/\/ke-hoach\/\d+$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(
    `nâng cao chỉ số hài lòng của ${unitName} năm ${PLAN_YEAR}`,
  );
  // A plan drafted today starts with no overdue task.
  await expect(page.getByText(/Quá hạn \d+ ngày/)).toHaveCount(0);
  await expect(page.getByText('Dự thảo', { exact: true }).first()).toBeVisible();
  const annex = page.getByRole('table', { name: /^Phụ lục nhiệm vụ: / });
  await expect(annex.getByRole('row')).toHaveCount(saved + 1);
  await expect(annex.getByRole('columnheader')).toContainText([
    'TT',
    'Nhiệm vụ',
    'Thời gian hoàn thành',
    'Trách nhiệm thực hiện',
    'Sản phẩm/hoạt động',
    'Đơn vị phối hợp',
  ]);

  // Add a task with a date.
  await page.getByRole('button', { name: 'Thêm nhiệm vụ' }).click();
  let dialog = page.getByRole('dialog', { name: 'Thêm nhiệm vụ' });
  const task = `Tổ chức đối thoại với người dân về thủ tục hành chính (${tag})`;
  await dialog.getByRole('textbox', { name: 'Nhiệm vụ' }).fill(task);
  await dialog.getByRole('radio', { name: 'Ngày cụ thể' }).check();
  await dialog.getByRole('textbox', { name: 'Ngày hoàn thành' }).fill(`30/06/${PLAN_YEAR}`);
  await dialog.getByRole('textbox', { name: 'Trách nhiệm thực hiện' }).fill('Văn phòng UBND');
  await dialog.getByRole('textbox', { name: 'Sản phẩm/hoạt động' }).fill('Biên bản buổi đối thoại');
  await dialog.getByRole('textbox', { name: 'Đơn vị phối hợp' }).fill('Ủy ban MTTQ');
  await dialog.getByRole('button', { name: 'Thêm vào kế hoạch' }).click();
  await expect(dialog).toBeHidden();
  const position = saved + 1;
  await expect(page.getByRole('status').filter({ hasText: 'Đã thêm' })).toHaveText(
    `Đã thêm nhiệm vụ ${position}.`,
  );
  const row = annex.getByRole('row').filter({ hasText: task });
  await expect(row).toContainText(`30/06/${PLAN_YEAR}`);
  await expect(row).toContainText('Chưa bắt đầu');

  // Progress 50% with a comment and a link.
  await row.getByRole('button', { name: `Cập nhật tiến độ nhiệm vụ ${position}` }).click();
  dialog = page.getByRole('dialog', { name: 'Cập nhật tiến độ' });
  await dialog.getByRole('textbox', { name: 'Tiến độ (%)' }).fill('50');
  await dialog
    .getByRole('textbox', { name: 'Ý kiến, kết quả thực hiện' })
    .fill('Đã tổ chức buổi đối thoại đầu tiên');
  await dialog
    .getByRole('textbox', { name: 'Đường dẫn minh chứng' })
    .fill('https://example.gov.vn/doi-thoai');
  await dialog.getByRole('button', { name: 'Lưu tiến độ' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Đã cập nhật' })).toHaveText(
    `Đã cập nhật nhiệm vụ ${position}: 50%, Đang thực hiện.`,
  );
  await expect(row).toContainText('50%');
  await expect(row).toContainText('Đang thực hiện');
  await row.getByRole('button', { name: `Lịch sử cập nhật nhiệm vụ ${position}` }).click();
  dialog = page.getByRole('dialog', { name: 'Lịch sử cập nhật' });
  await expect(dialog).toContainText('Tiến độ 50%');
  await expect(dialog).toContainText('Đã tổ chức buổi đối thoại đầu tiên');
  await expect(dialog.getByRole('link', { name: 'https://example.gov.vn/doi-thoai' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Đóng' }).click();

  // The follow-up letter: the text is editable, the figures are not; issuing numbers it.
  await page.getByRole('tab', { name: 'Văn bản' }).click();
  await page.getByRole('button', { name: 'Soạn công văn triển khai chỉ số' }).click();
  const editor = page.getByRole('region', { name: 'Dự thảo công văn triển khai chỉ số' });
  await expect(editor.getByRole('textbox', { name: 'Ký hiệu' })).toHaveValue('UBND-VP');
  await expect(editor.getByRole('textbox', { name: 'Trích yếu (sau "V/v")' })).toHaveValue(
    new RegExp(`Chỉ số hài lòng .*${unitName} năm 2024`),
  );
  const preview = page.waitForEvent('download');
  await editor.getByRole('button', { name: 'Xem trước DOCX' }).click();
  expect((await preview).suggestedFilename()).toMatch(/^cong-van-du-thao-P\d+\.docx$/);

  await editor.getByRole('button', { name: 'Ban hành', exact: true }).click();
  await expect(editor.getByText('Cần ghi họ tên người ký trước khi ban hành.')).toBeVisible();
  await editor.getByRole('textbox', { name: 'Họ tên người ký' }).fill('Nguyễn Văn Ký');
  await editor.getByRole('button', { name: 'Ban hành', exact: true }).click();
  dialog = page.getByRole('dialog', { name: 'Ban hành văn bản' });
  await dialog.getByRole('button', { name: 'Ban hành văn bản' }).click();
  await expect(dialog).toBeHidden();
  await expect(editor.getByRole('status')).toContainText(
    /Đã ban hành Công văn triển khai chỉ số Số: \d+\/UBND-VP ngày/,
  );

  const download = page.waitForEvent('download');
  await editor.getByRole('link', { name: 'Tải DOCX' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^cong-van-\d+-UBND-VP-\d{4}\.docx$/);
  const bytes = await readFile((await file.path()) ?? '');
  expect(bytes.length).toBeGreaterThan(1000);
  expect(bytes.subarray(0, 2).toString()).toBe('PK');

  // The letter is in the plan's documents and in the register list.
  const issued = page.getByRole('table', { name: 'Văn bản đã ban hành' });
  await expect(issued).toContainText('Công văn triển khai chỉ số');
  await mainNav(page).getByRole('link', { name: 'Văn bản', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Văn bản');
  await expect(page.getByRole('table', { name: 'Văn bản đã ban hành' })).toContainText(unitName);
});

test('the plans overview lists the demo plan with its progress and no task overdue at once; the effect tab says what can be compared', async ({
  page,
}) => {
  await login(page, 'demo.admin');
  await mainNav(page).getByRole('link', { name: 'Kế hoạch cải thiện' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kế hoạch cải thiện');
  const overview = page.getByRole('region', { name: 'Tổng quan' });
  await expect(overview.getByRole('listitem').filter({ hasText: 'Tiến độ bình quân' })).toContainText(
    /\d+,\d{2}%/,
  );
  // The demo plan is drafted from the 2024 result when the demo loads: it runs in PLAN_YEAR, not in
  // 2025, so none of its tasks is overdue on its first day.
  const reminders = page.getByRole('region', { name: 'Nhắc việc' });
  await expect(
    reminders.getByRole('table', { name: 'Nhắc việc' }).or(reminders.getByRole('status')),
  ).toBeVisible();
  await expect(reminders.getByText(/Quá hạn \d+ ngày/)).toHaveCount(0);

  const list = page.getByRole('table', { name: 'Danh sách kế hoạch' });
  const demo = list.getByRole('row').filter({ hasText: 'UBND phường Phương Sài' }).first();
  await expect(demo).toContainText('Đã ban hành');
  await expect(demo).toContainText(`2024 → ${PLAN_YEAR}`);
  await expect(demo).toContainText(/\d+\/\d+ nhiệm vụ hoàn thành \(\d+,\d{2}%\)/);
  await demo.getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('UBND phường Phương Sài');
  // Issued: rows are frozen, progress goes on.
  await expect(page.getByRole('button', { name: 'Thêm nhiệm vụ' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^Cập nhật tiến độ nhiệm vụ / }).first()).toBeVisible();

  await page.getByRole('tab', { name: 'Hiệu quả' }).click();
  const effect = page.getByRole('table', { name: `Chỉ số trước và sau kế hoạch: 2024 → ${PLAN_YEAR}` });
  await expect(effect.getByRole('row').nth(1)).toContainText('Chỉ số hài lòng chung');
  await expect(effect.getByRole('row').nth(1)).toContainText(/\d+,\d{2}%/);
  await expect(
    effect
      .getByText(/^(khác biệt có ý nghĩa thống kê|chưa có ý nghĩa thống kê|chưa có số liệu để so sánh)/)
      .first(),
  ).toBeVisible();

  // The periodic report of the province for a year: figures on the page, files to download.
  await mainNav(page).getByRole('link', { name: 'Báo cáo định kỳ' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Báo cáo định kỳ');
  await page.getByRole('combobox', { name: 'Loại báo cáo' }).click();
  await page.getByRole('option', { name: 'Năm' }).click();
  await page.getByRole('combobox', { name: 'Năm' }).click();
  await page.getByRole('option', { name: '2024' }).click();
  await expect(page).toHaveURL(/period=(%222024%22|2024)(&|$)/);
  await expect(page.getByRole('heading', { level: 2 })).toHaveText('Báo cáo năm 2024: Tỉnh Khánh Hòa');
  await expect(page.getByRole('region', { name: 'Chỉ số hài lòng' })).toContainText(
    /chỉ số bình quân \d+,\d{2}%/,
  );
  const xlsx = page.getByRole('link', { name: 'Tải số liệu (XLSX)' });
  await expect(xlsx).toHaveAttribute(
    'href',
    /\/api\/v1\/reports\/periodic\/xlsx\?unitCode=KH25&period=2024$/,
  );
  const download = page.waitForEvent('download');
  await xlsx.click();
  expect((await download).suggestedFilename()).toBe('bao-cao-KH25-2024.xlsx');
});
