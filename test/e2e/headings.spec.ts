import { expect, test } from '@playwright/test';
import { login } from './helpers.ts';

test('a unit’s page shows how it heads its documents over time, and marks a guessed heading', async ({
  page,
}) => {
  await login(page, 'demo.admin');

  // Today's ward: no parent line, its commune-level Public Administration Service Centre, a source.
  await page.goto('/don-vi?ma=KH25-TNT');
  const drawer = page.getByRole('dialog');
  const section = drawer.getByRole('region', { name: 'Tiêu đề văn bản theo thời gian' });
  await expect(section).toBeVisible();
  await expect(section.getByText(/^Áp dụng ngày \d{2}\/\d{2}\/\d{4}:/)).toContainText(
    'ỦY BAN NHÂN DÂN PHƯỜNG TÂY NHA TRANG',
  );
  await expect(section.getByText('mặc định, đoán từ tên đơn vị')).toHaveCount(0);
  const row = section.getByRole('listitem').first();
  await expect(row).toContainText('01/07/2025 – nay');
  await expect(row).toContainText('Trung tâm Phục vụ hành chính công phường Tây Nha Trang');
  await expect(row).toContainText('NĐ 118/2025/NĐ-CP khoản 3 Điều 10');
  await expect(section.getByText(/^Áp dụng ngày/)).not.toContainText('THÀNH PHỐ NHA TRANG');

  // The old ward kept its own heading until 30/06/2025.
  await page.goto('/don-vi?ma=P09');
  const old = page.getByRole('dialog').getByRole('region', { name: 'Tiêu đề văn bản theo thời gian' });
  await expect(old.getByRole('listitem').first()).toContainText('Bộ phận Một cửa');
  await expect(old.getByRole('listitem').first()).toContainText('30/06/2025');

  // An old health station has no heading in the data: the guess is shown, and said to be one.
  await page.goto('/don-vi?ma=KS01T');
  const guessed = page.getByRole('dialog').getByRole('region', { name: 'Tiêu đề văn bản theo thời gian' });
  await expect(guessed.getByText('mặc định, đoán từ tên đơn vị')).toBeVisible();
  await expect(
    guessed.getByText('Chưa có tiêu đề nào được nạp; văn bản dùng tiêu đề mặc định.'),
  ).toBeVisible();
});
