import { expect, test } from '@playwright/test';
import { login } from './helpers.ts';

test('the desk’s holiday page labels each year: 2024 from its official notice, 2025 unverified, 2027 computed', async ({
  page,
}) => {
  await login(page, 'demo.admin');
  await page.goto('/mot-cua');
  await page
    .getByRole('navigation', { name: 'Các trang một cửa' })
    .getByRole('link', { name: 'Lịch nghỉ lễ' })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lịch nghỉ lễ');

  await page.goto('/mot-cua/lich-nghi?year=2024');
  await expect(page.getByText('Theo thông báo chính thức', { exact: true })).toBeVisible();
  await expect(page.getByText(/5015\/TB-LĐTBXH \(22\/11\/2023\)/)).toBeVisible();
  const daysOff = page.getByRole('table').first();
  await expect(daysOff.getByRole('row', { name: /08\/02\/2024 Tết Nguyên đán/ })).toBeVisible();
  await expect(daysOff.getByRole('row', { name: /14\/02\/2024 Nghỉ bù Tết Nguyên đán/ })).toBeVisible();
  await expect(daysOff.getByText('15/02/2024')).toHaveCount(0);

  await page.getByRole('combobox', { name: 'Năm' }).click();
  await page.getByRole('option', { name: '2025', exact: true }).click();
  await expect(page).toHaveURL(/year=2025/);
  await expect(page.getByText('Chưa xác minh', { exact: true }).first()).toBeVisible();
  await expect(page.getByText(/chưa đối chiếu được văn bản chính thức/)).toBeVisible();
  await expect(page.getByText('Theo thông báo chính thức', { exact: true })).toHaveCount(0);

  // 24/11 was announced as a holiday (NQ 80-NQ/TW) but no law makes it one yet: said, not counted.
  await page.goto('/mot-cua/lich-nghi?year=2026');
  await expect(
    page.getByText('Chưa áp dụng: Ngày Văn hóa Việt Nam (24/11/2026) chưa là ngày nghỉ theo luật'),
  ).toBeVisible();
  await expect(page.getByRole('table').first().getByText('24/11/2026')).toHaveCount(0);

  await page.goto('/mot-cua/lich-nghi?year=2027');
  await expect(page.getByText('Tính theo luật', { exact: true }).first()).toBeVisible();
  await expect(page.getByText(/Chưa có thông báo đã xác minh của năm này/)).toBeVisible();
});
