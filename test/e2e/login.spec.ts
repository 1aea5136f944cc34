import { expect, test } from '@playwright/test';
import { DEMO_PASSWORD } from './helpers.ts';

test('the login page says what is wrong: empty fields, a wrong password, then throttling', async ({
  page,
}) => {
  await page.goto('/dang-nhap');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Đăng nhập');
  const username = page.getByLabel('Tên đăng nhập');
  const password = page.getByRole('textbox', { name: 'Mật khẩu', exact: true });
  const submit = page.getByRole('button', { name: 'Đăng nhập' });

  // Nothing typed: each field says what it needs, and the cursor goes to the first.
  await submit.click();
  await expect(page.getByText('Nhập tên đăng nhập')).toBeVisible();
  await expect(page.getByText('Nhập mật khẩu')).toBeVisible();
  await expect(username).toBeFocused();
  await expect(username).toHaveAttribute('aria-invalid', 'true');

  // Wrong password: the server's message, the password emptied for another try.
  await username.fill('demo.viewer');
  await password.fill(`${DEMO_PASSWORD}-sai`);
  await submit.click();
  await expect(page.getByRole('alert')).toHaveText('Tên đăng nhập hoặc mật khẩu không đúng.');
  await expect(password).toHaveValue('');
  await expect(password).toBeFocused();

  // After 5 failures for one name the server refuses for a while, and the page says so.
  // (A made-up name, so the demo accounts stay usable for the other journeys.)
  await username.fill('khong.ton.tai');
  for (let i = 0; i < 5; i++) {
    await password.fill(`sai-${i}`);
    await submit.click();
    await expect(page.getByRole('alert')).toHaveText('Tên đăng nhập hoặc mật khẩu không đúng.');
    await expect(password).toHaveValue('');
  }
  await password.fill('sai-nua');
  await submit.click();
  await expect(page.getByRole('alert')).toHaveText(
    'Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau 15 phút.',
  );
  await expect(page).toHaveURL(/\/dang-nhap/);
});
