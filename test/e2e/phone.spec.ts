import { expect, test } from '@playwright/test';
import { login, mainNav } from './helpers.ts';

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

test('on a phone a user signs in, opens the menu, and reaches a page without sideways scrolling', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Cán bộ đăng nhập' }).click();
  await expect(page).toHaveURL(/\/dang-nhap/);
  await login(page, 'demo.officer');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Xin chào, Cán bộ một cửa Tây Nha Trang (demo)',
  );

  // The menu is closed (and out of the tab order) until the burger opens it.
  const burger = page.getByRole('button', { name: 'Mở menu điều hướng' });
  await expect(burger).toBeVisible();
  await expect(burger).toHaveAttribute('aria-expanded', 'false');
  const nav = mainNav(page);
  await expect(nav).toBeHidden();

  await burger.click();
  await expect(page.getByRole('button', { name: 'Đóng menu điều hướng' })).toHaveAttribute(
    'aria-expanded',
    'true',
  );
  await expect(nav).toBeVisible();
  // An officer: no user management.
  await expect(nav.getByRole('link')).toHaveText([
    'Tổng quan',
    'Đơn vị',
    'Chỉ số hài lòng',
    'Hồ sơ một cửa',
    'Tiếp nhận hồ sơ',
    'Phản ánh, kiến nghị',
    'Tài khoản của tôi',
  ]);
  await expect(nav.getByRole('button', { name: 'Đăng xuất' })).toBeVisible();

  await nav.getByRole('link', { name: 'Đơn vị' }).click();
  await expect(page).toHaveURL(/\/don-vi$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Đơn vị');
  await expect(nav).toBeHidden();
  await expect(page.getByRole('tree', { name: 'Cây đơn vị' })).toBeVisible();

  const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(await overflow()).toBeLessThanOrEqual(0);
  // The narrowest phones in use (360 px) too, on the densest pages.
  await page.setViewportSize({ width: 360, height: 740 });
  await page.getByLabel('Tìm đơn vị theo tên hoặc mã').fill('tram y te');
  await expect(page.getByRole('status').filter({ hasText: 'Tìm thấy' })).toBeVisible();
  expect(await overflow()).toBeLessThanOrEqual(0);
  await page.goto('/tai-khoan');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tài khoản của tôi');
  expect(await overflow()).toBeLessThanOrEqual(0);
  await page.setViewportSize({ width: 390, height: 844 });

  // Sign out from the menu.
  await page.getByRole('button', { name: 'Mở menu điều hướng' }).click();
  await nav.getByRole('button', { name: 'Đăng xuất' }).click();
  await expect(page).toHaveURL(/\/dang-nhap/);
  await page.goto('/tai-khoan');
  await expect(page).toHaveURL(/\/dang-nhap\?redirect=/);
});
