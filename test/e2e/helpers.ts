import { expect, type Page } from '@playwright/test';

export const DEMO_PASSWORD = 'hailong-demo';

/** Sign in through the login form, the way a person does, and wait for the shell. */
export async function login(page: Page, username: string, password = DEMO_PASSWORD): Promise<void> {
  if (!page.url().includes('/dang-nhap')) await page.goto('/dang-nhap');
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByRole('textbox', { name: 'Mật khẩu', exact: true }).fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page).not.toHaveURL(/\/dang-nhap/);
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Đăng nhập');
}

/** The main navigation (on a phone, open it first with the burger button). */
export function mainNav(page: Page) {
  return page.getByRole('navigation', { name: 'Điều hướng chính' });
}

/** A tag unique to this run, so a journey can be re-run on the same database. */
export function runTag(): string {
  return `${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`.toUpperCase();
}
