import { expect, type Page, test } from '@playwright/test';
import { DEMO_PASSWORD, login, mainNav } from './helpers.ts';

test('a desk officer opens the kiosk; a citizen answers screen by screen, sends, is thanked, and the kiosk starts over — also after 3 s idle', async ({
  page,
}) => {
  await login(page, 'demo.officer');
  await page.goto('/quay/KH25-TNT?idle=3');

  // Full screen, no shell, no text inputs: only large buttons.
  await expect(page.getByRole('button', { name: 'Toàn màn hình' })).toBeVisible();
  await expect(page.getByRole('banner')).toContainText('UBND phường Tây Nha Trang');
  await expect(mainNav(page)).toHaveCount(0);
  const step = page.getByText(/^Câu \d+\/\d+$/);
  await expect(step).toHaveText(/^Câu 1\/\d+$/);
  const total = Number((await step.textContent())?.split('/')[1]);
  expect(total).toBeGreaterThan(10);
  await expect(page.locator('input:not([type="radio"]), textarea')).toHaveCount(0);
  const back = page.getByRole('button', { name: /Quay lại/ });
  await expect(back).toBeDisabled();

  const options = page.getByRole('main').locator('.kiosk-options').getByRole('button');
  const firstBox = await options.first().boundingBox();
  expect(firstBox?.height ?? 0).toBeGreaterThanOrEqual(44);

  // Question 1, then back to it, then on through every question (a tap answers and moves on).
  await options.last().click();
  await expect(step).toHaveText(`Câu 2/${total}`);
  await back.click();
  await expect(step).toHaveText(`Câu 1/${total}`);
  await expect(options.last()).toHaveAttribute('aria-pressed', 'true');
  for (let i = 1; i <= total; i++) {
    await expect(step).toHaveText(`Câu ${i}/${total}`);
    await options.last().click();
  }
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Gửi ý kiến của Ông/Bà');
  await expect(page.getByText(`Ông/Bà đã trả lời ${total}/${total} câu.`)).toBeVisible();
  await page.getByRole('button', { name: 'Gửi', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cảm ơn Ông/Bà!');

  // Five seconds later the next person starts at question 1, with nothing answered.
  await expect(step).toHaveText(`Câu 1/${total}`, { timeout: 10_000 });
  await expect(options.last()).toHaveAttribute('aria-pressed', 'false');

  // Someone walks away mid-survey: after 3 s without a touch it starts over.
  await options.first().click();
  await options.first().click();
  await expect(step).toHaveText(`Câu 3/${total}`);
  await expect(step).toHaveText(`Câu 1/${total}`, { timeout: 8_000 });
  await expect(options.first()).toHaveAttribute('aria-pressed', 'false');

  // The staff dialog left open with a password half typed closes after the same 3 s, and forgets it.
  await page.getByRole('button', { name: 'Thoát', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Dành cho cán bộ' });
  await dialog.getByLabel('Mật khẩu của cán bộ').fill('hailong-de');
  await expect(dialog).toBeHidden({ timeout: 8_000 });
  await page.getByRole('button', { name: 'Thoát', exact: true }).click();
  await expect(dialog.getByLabel('Mật khẩu của cán bộ')).toHaveValue('');
});

const KIOSK = '/quay/KH25-TNT';

/** Open the kiosk's staff dialog, type a password, choose what to do, confirm. */
async function staffDialog(page: Page, password: string, action?: RegExp) {
  await page.getByRole('button', { name: 'Thoát', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Dành cho cán bộ' });
  await dialog.getByLabel('Mật khẩu của cán bộ').fill(password);
  if (action) await dialog.getByRole('radio', { name: action }).check();
  await dialog.getByRole('button', { name: 'Xác nhận' }).click();
  return dialog;
}

test('leaving the kiosk asks for the officer’s password: a wrong one, Back, typed addresses all stay on the kiosk; the right one goes home', async ({
  page,
}) => {
  await login(page, 'demo.officer');
  await page.goto('/mot-cua');
  await page.goto(KIOSK);
  await expect(page.getByText(/^Câu 1\/\d+$/)).toBeVisible();

  const dialog = await staffDialog(page, 'khong-phai-mat-khau');
  await expect(dialog.getByRole('alert')).toContainText('Mật khẩu không đúng.');
  await expect(page).toHaveURL(KIOSK);
  await dialog.getByRole('button', { name: 'Huỷ' }).click();

  // Back to the desk list it came from, a typed address, the front door: all come back here.
  await page.goBack();
  await expect(page).toHaveURL(KIOSK);
  await expect(page.getByText(/^Câu 1\/\d+$/)).toBeVisible();
  for (const path of ['/mot-cua', '/mot-cua/tong-hop', '/', '/tra-cuu']) {
    await page.goto(path);
    await expect(page).toHaveURL(KIOSK);
  }
  await expect(mainNav(page)).toHaveCount(0);

  await staffDialog(page, DEMO_PASSWORD);
  await expect(page).toHaveURL('/');
  await expect(mainNav(page)).toBeVisible();
  await page.goto('/mot-cua');
  await expect(page).toHaveURL('/mot-cua');
});

test('a kiosk bound to its unit brings / back to itself, in any tab, until it is unbound with the password', async ({
  page,
  context,
}) => {
  await login(page, 'demo.officer');
  await page.goto(KIOSK);
  await staffDialog(page, DEMO_PASSWORD, /Gắn máy này với quầy/);
  await expect(page.getByTestId('kiosk-bound')).toContainText('Máy đã gắn với quầy · Gắn bởi demo.officer');
  await expect(page).toHaveURL(KIOSK);

  // Leaving without unbinding frees this tab only; a new tab (or a restart) opens the kiosk.
  await staffDialog(page, DEMO_PASSWORD);
  await expect(page).toHaveURL('/');
  const other = await context.newPage();
  await other.goto('/');
  await expect(other).toHaveURL(KIOSK);
  await expect(other.getByTestId('kiosk-bound')).toBeVisible();

  // A token the server did not sign is refused and forgotten.
  const forged = await other.evaluate(() => {
    const stored = JSON.parse(localStorage.getItem('hailong.kiosk.binding') ?? '{}');
    const [prefix, payload] = stored.token.split('.');
    localStorage.setItem(
      'hailong.kiosk.binding',
      JSON.stringify({ ...stored, token: `${prefix}.${payload}.bWF1LXRo` }),
    );
    return stored.token as string;
  });
  await other.reload();
  await expect(other.getByRole('alert')).toContainText('mã không hợp lệ');
  await other.evaluate((token) => {
    localStorage.setItem(
      'hailong.kiosk.binding',
      JSON.stringify({ token, unitCode: 'KH25-TNT', mode: 'survey' }),
    );
  }, forged);
  await other.reload();
  await expect(other.getByTestId('kiosk-bound')).toBeVisible();

  await staffDialog(other, DEMO_PASSWORD, /Gỡ gắn máy này/);
  await expect(other).toHaveURL('/');
  const third = await context.newPage();
  await third.goto('/');
  await expect(third).toHaveURL('/');
  await expect(mainNav(third)).toBeVisible();
});
