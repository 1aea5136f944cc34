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

  // After 3 failures for one name from this address the server makes each next try wait (1 s,
  // 2 s, 4 s …), and the page says how long. (A made-up name, so the demo accounts stay usable.)
  await username.fill('khong.ton.tai');
  const alert = page.getByRole('alert');
  const wrong = 'Tên đăng nhập hoặc mật khẩu không đúng.';
  const wait = /^Đăng nhập sai nhiều lần\. Vui lòng thử lại sau \d+ (giây|phút)\.$/;
  let throttled = false;
  for (let i = 0; i < 10 && !throttled; i++) {
    await password.fill(`sai-${i}`);
    await submit.click();
    await expect(password).toHaveValue(''); // the answer has come
    const text = (await alert.textContent()) ?? '';
    if (i < 3) expect(text).toBe(wrong);
    else expect(text === wrong || wait.test(text)).toBe(true);
    throttled = wait.test(text);
  }
  expect(throttled).toBe(true);
  await expect(page).toHaveURL(/\/dang-nhap/);
});
