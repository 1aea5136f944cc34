import { expect, test } from '@playwright/test';
import { login, mainNav } from './helpers.ts';

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
});
