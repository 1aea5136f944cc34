import { expect, test } from '@playwright/test';
import { login, mainNav, runTag } from './helpers.ts';

test('an admin creates an officer, who signs in, changes the password and manages an API token', async ({
  page,
}) => {
  const username = `e2e.${runTag().toLowerCase()}`;
  const firstPassword = 'mat-khau-ban-dau';
  const newPassword = 'mat-khau-moi-2025';

  await login(page, 'demo.admin');
  await mainNav(page).getByRole('link', { name: 'Người dùng' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Người dùng');
  await expect(page.getByRole('row', { name: /demo\.leader/ })).toContainText('Lãnh đạo đơn vị');

  await page.getByRole('button', { name: 'Thêm người dùng' }).click();
  const dialog = page.getByRole('dialog', { name: 'Thêm người dùng' });
  await dialog.getByLabel('Tên đăng nhập').fill(username);
  await dialog.getByLabel('Họ tên').fill('Nguyễn Thị Kiểm Thử');
  await dialog.getByRole('textbox', { name: 'Mật khẩu ban đầu' }).fill(firstPassword);
  await dialog.getByRole('combobox', { name: 'Đơn vị' }).fill('tay nha trang');
  await page.getByRole('option', { name: 'UBND phường Tây Nha Trang (KH25-TNT)' }).click();
  await dialog.getByRole('button', { name: 'Tạo' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Đã tạo' })).toHaveText(
    `Đã tạo tài khoản ${username}.`,
  );
  const row = page.getByRole('row', { name: new RegExp(username.replace('.', '\\.')) });
  await expect(row).toContainText('Cán bộ một cửa');
  await expect(row).toContainText('UBND phường Tây Nha Trang (KH25-TNT)');

  // Lock and unlock.
  await row.getByRole('button', { name: `Khoá tài khoản ${username}` }).click();
  await expect(row).toContainText('Đã khoá');
  await row.getByRole('button', { name: `Mở khoá tài khoản ${username}` }).click();
  await expect(row).toContainText('Đang hoạt động');

  await page.getByRole('button', { name: 'Đăng xuất' }).click();
  await login(page, username, firstPassword);
  await expect(mainNav(page).getByRole('link')).toHaveText([
    'Tổng quan',
    'Đơn vị',
    'Chỉ số hài lòng',
    'Hồ sơ một cửa',
    'Tiếp nhận hồ sơ',
    'Phản ánh, kiến nghị',
    'Tài khoản của tôi',
  ]);
  await mainNav(page).getByRole('link', { name: 'Tài khoản của tôi' }).click();

  // Change the password: a wrong current one is named under its field.
  await page.getByRole('textbox', { name: 'Mật khẩu hiện tại' }).fill('khong-dung');
  await page.getByRole('textbox', { name: 'Mật khẩu mới', exact: true }).fill(newPassword);
  await page.getByRole('textbox', { name: 'Nhập lại mật khẩu mới' }).fill(newPassword);
  await page.getByRole('button', { name: 'Đổi mật khẩu' }).click();
  await expect(page.getByText('Mật khẩu hiện tại không đúng.')).toBeVisible();
  await page.getByRole('textbox', { name: 'Mật khẩu hiện tại' }).fill(firstPassword);
  await page.getByRole('button', { name: 'Đổi mật khẩu' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Đã đổi mật khẩu' })).toBeVisible();

  // An API token is shown once, then listed by its prefix only.
  await page.getByLabel('Tên khoá').fill('Cổng dịch vụ công thử');
  await page.getByRole('button', { name: 'Tạo khoá' }).click();
  const tokenField = page.getByRole('textbox', { name: 'Khoá API mới' });
  await expect(tokenField).toHaveValue(/^hl_/);
  await expect(page.getByRole('button', { name: 'Sao chép' })).toBeVisible();
  const tokenRow = page.getByRole('row', { name: /Cổng dịch vụ công thử/ });
  await expect(tokenRow).toContainText('Đang dùng được');
  await tokenRow.getByRole('button', { name: 'Thu hồi khoá Cổng dịch vụ công thử' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Thu hồi', exact: true }).click();
  await expect(tokenRow).toContainText('Đã thu hồi');
  await expect(tokenField).toHaveCount(0);

  // The new password works.
  await page.getByRole('button', { name: 'Đăng xuất' }).click();
  await login(page, username, newPassword);
});
