import { expect, test } from '@playwright/test';
import { vnDate } from '../../src/lib/time.ts';
import { planWindowOn } from '../../src/modules/plans/plan-year.ts';
import { login, runTag } from './helpers.ts';

/** The year a plan drafted today from the 2026 result runs in by default, and the next one. */
const DEFAULT_YEAR = Number(planWindowOn('2026', vnDate(new Date())).label);
const NEXT_YEAR = DEFAULT_YEAR + 1;

test('the ward leader drafts a plan for the next year and names the desk officer on a task; the officer reports its progress from Nhiệm vụ của tôi', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const tag = runTag();

  // The leader of Tây Nha Trang drafts from the ward's 2026 result and chooses the following year.
  await login(page, 'demo.leader');
  await page.goto('/ke-hoach/moi?unit=KH25-TNT&questionnaire=KH-UBND-XA&period=2026');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lập kế hoạch cải thiện');
  const year = page.getByRole('combobox', { name: 'Năm thực hiện' });
  await expect(year).toHaveValue(String(DEFAULT_YEAR));
  await expect(year.getByRole('option')).toHaveText([`Năm ${DEFAULT_YEAR}`, `Năm ${NEXT_YEAR}`]);
  await year.selectOption(String(NEXT_YEAR));
  await page.getByRole('button', { name: 'Lưu dự thảo kế hoạch' }).click();
  await expect(page).toHaveURL(/\/ke-hoach\/\d+$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(`năm ${NEXT_YEAR}`);

  // A task with the desk officer named on it.
  await page.getByRole('button', { name: 'Thêm nhiệm vụ' }).click();
  const dialog = page.getByRole('dialog', { name: 'Thêm nhiệm vụ' });
  const task = `Hướng dẫn người dân nộp hồ sơ trực tuyến tại quầy (${tag})`;
  await dialog.getByRole('textbox', { name: 'Nhiệm vụ' }).fill(task);
  await dialog.getByRole('textbox', { name: 'Trách nhiệm thực hiện' }).fill('Bộ phận Một cửa');
  await dialog.getByRole('combobox', { name: 'Cán bộ được giao' }).click();
  await page.getByRole('option', { name: /Cán bộ một cửa Tây Nha Trang \(demo\)/ }).click();
  await dialog.getByRole('button', { name: 'Thêm vào kế hoạch' }).click();
  await expect(dialog).toBeHidden();
  const annex = page.getByRole('table', { name: /^Phụ lục nhiệm vụ: / });
  const row = annex.getByRole('row').filter({ hasText: task });
  await expect(row).toContainText('Cán bộ được giao: Cán bộ một cửa Tây Nha Trang (demo)');
  await page.getByRole('button', { name: 'Đăng xuất' }).click();

  // The officer (no plan management) finds the task on the home page and reports 40 %.
  await login(page, 'demo.officer');
  await page.goto('/');
  const mine = page.getByRole('region', { name: 'Nhiệm vụ của tôi' });
  const item = mine.getByRole('listitem').filter({ hasText: task });
  await expect(item).toContainText(/Tây Nha Trang/);
  await expect(item).toContainText('0%');
  await item.getByRole('button', { name: `Cập nhật tiến độ: ${task}` }).click();
  const progress = page.getByRole('dialog', { name: 'Cập nhật tiến độ' });
  await progress.getByRole('textbox', { name: 'Tiến độ (%)' }).fill('40');
  await progress.getByRole('textbox', { name: 'Ý kiến, kết quả thực hiện' }).fill('Đã hướng dẫn 12 lượt');
  await progress.getByRole('button', { name: 'Lưu tiến độ' }).click();
  await expect(progress).toBeHidden();
  await expect(mine.getByRole('status').filter({ hasText: 'Đã cập nhật' })).toContainText(
    '40%, Đang thực hiện',
  );
  await expect(item).toContainText('40%');
});
