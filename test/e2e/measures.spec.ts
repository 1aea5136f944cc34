import { expect, test } from '@playwright/test';
import { login, runTag } from './helpers.ts';

test('the province admin reads the measures library of a questionnaire and adds a measure to a criterion', async ({
  page,
}) => {
  const tag = runTag();
  await login(page, 'demo.admin');
  await page.goto('/ke-hoach/bien-phap?questionnaire=KH-UBND-XA');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thư viện biện pháp');
  // The shipped library: every criterion of the commune questionnaire has measures.
  await expect(page.getByRole('table', { name: /Biện pháp của tiêu chí C1/ })).toBeVisible();
  await expect(page.getByText(/\d+ biện pháp/).first()).toBeVisible();

  await page.getByRole('button', { name: 'Thêm biện pháp' }).first().click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox', { name: /Nhiệm vụ/ }).fill(`Bố trí máy lấy số thứ tự ${tag}`);
  await dialog.getByRole('textbox', { name: /Trách nhiệm/ }).fill('Công chức Văn phòng - Thống kê');
  await dialog
    .getByRole('button', { name: /Lưu|Thêm/ })
    .last()
    .click();
  await expect(page.getByText(`Bố trí máy lấy số thứ tự ${tag}`)).toBeVisible();
});
