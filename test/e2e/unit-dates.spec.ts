import { expect, test } from '@playwright/test';
import { vnDate } from '../../src/lib/time.ts';
import { login, runTag } from './helpers.ts';

/** A Vietnam date as the app shows it: 05/12/2026. */
const shown = (iso: string) => iso.split('-').reverse().join('/');

test('an admin types a unit’s first and last day as dd/mm/yyyy; closing asks for the day instead of assuming today', async ({
  page,
}) => {
  const tag = runTag();
  await login(page, 'demo.admin');
  await page.goto('/don-vi?ma=KH25-TNT');
  let drawer = page.getByRole('dialog', { name: 'UBND phường Tây Nha Trang' });
  await drawer.getByRole('button', { name: 'Thêm đơn vị cấp dưới' }).click();
  drawer = page.getByRole('dialog', { name: 'Thêm đơn vị cấp dưới' });
  await drawer.getByRole('textbox', { name: 'Mã đơn vị' }).fill(`E2E-D${tag}`);
  await drawer.getByRole('textbox', { name: 'Tên đơn vị' }).fill(`Tổ thử ngày ${tag}`);
  await drawer.getByRole('combobox', { name: 'Loại đơn vị' }).click();
  await page.getByRole('option', { name: 'Sở, ban, ngành (department)' }).click();
  const from = drawer.getByRole('textbox', { name: 'Hoạt động từ ngày (không bắt buộc)' });
  await from.fill('31/02/2026');
  await from.blur();
  await expect(drawer.getByText('ngày 31 không có trong tháng 2/2026 (tháng có 28 ngày)')).toBeVisible();
  await from.fill('15/01/2026');
  await drawer.getByRole('button', { name: 'Tạo', exact: true }).click();

  drawer = page.getByRole('dialog', { name: `Tổ thử ngày ${tag}` });
  await expect(drawer.getByText('15/01/2026 – nay')).toBeVisible();
  expect(await (await page.request.get(`/api/v1/units/E2E-D${tag}`)).json()).toMatchObject({
    validFrom: '2026-01-15',
  });

  await drawer.getByRole('button', { name: 'Ngừng hoạt động' }).click();
  drawer = page.getByRole('dialog', { name: `Ngừng hoạt động đơn vị E2E-D${tag}` });
  const to = drawer.getByRole('textbox', { name: 'Ngừng hoạt động từ ngày' });
  await expect(to).toHaveValue(shown(vnDate(new Date())));
  await to.fill('');
  await drawer.getByRole('button', { name: 'Xác nhận ngừng hoạt động' }).click();
  await expect(drawer.getByText('Trường này bắt buộc')).toBeVisible();
  expect(await (await page.request.get(`/api/v1/units/E2E-D${tag}`)).json()).toMatchObject({ validTo: null });
  await to.fill('30/06/2026');
  await drawer.getByRole('button', { name: 'Xác nhận ngừng hoạt động' }).click();
  await expect(page.getByText(`Đơn vị E2E-D${tag} đã ngừng hoạt động.`)).toBeVisible();
  expect(await (await page.request.get(`/api/v1/units/E2E-D${tag}`)).json()).toMatchObject({
    validTo: '2026-06-30',
  });
});
