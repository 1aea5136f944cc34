import { expect, test } from '@playwright/test';
import { login, mainNav } from './helpers.ts';

test('the language switch turns the interface to English and back, and remembers the choice', async ({
  page,
}) => {
  await login(page, 'demo.admin');
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Xin chào, Quản trị tỉnh (demo)');

  const languages = page.getByRole('group', { name: 'Ngôn ngữ' });
  await expect(languages.getByRole('radio', { name: 'Tiếng Việt' })).toBeChecked();
  await languages.getByText('EN', { exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welcome, Quản trị tỉnh (demo)');
  const nav = page.getByRole('navigation', { name: 'Main navigation' });
  await expect(nav.getByRole('link')).toHaveText([
    'Overview',
    'Units',
    'Surveys',
    'Satisfaction index',
    'Desk dossiers',
    'Receive a dossier',
    'Desk dashboard',
    'Citizen feedback',
    'Feedback dashboard',
    'Improvement plans',
    'Documents',
    'Periodic reports',
    'Users',
    'My account',
  ]);
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
  await expect(page.getByText('Demo data')).toBeVisible();
  // Role names come from the server in both languages.
  await expect(page.getByRole('banner').getByText('Administrator · Tỉnh Khánh Hòa')).toBeVisible();

  // Remembered across a reload.
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await nav.getByRole('link', { name: 'Units' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Units');
  await expect(page.getByRole('tree', { name: 'Unit tree' })).toBeVisible();
  await expect(page.getByText('Province', { exact: true })).toBeVisible();

  await page.getByRole('group', { name: 'Language' }).getByText('VI', { exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Đơn vị');
  await expect(mainNav(page).getByRole('link', { name: 'Tổng quan' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Đăng xuất' })).toBeVisible();
});
