import { expect, test } from '@playwright/test';
import { login, mainNav } from './helpers.ts';

/**
 * Not assertions: screenshots of the main pages at phone and desktop widths, for a person to look
 * at (`E2E_SCREENSHOTS=1 npx playwright test --project screenshots`).
 */
const WIDTHS = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1280, height: 900 },
];
const DIR = 'var/playwright/screenshots';

for (const size of WIDTHS) {
  test(`screenshots at ${size.width} px`, async ({ page }) => {
    await page.setViewportSize({ width: size.width, height: size.height });
    await page.goto('/dang-nhap');
    await expect(page.getByRole('heading', { name: 'Đăng nhập' })).toBeVisible();
    await page.screenshot({ path: `${DIR}/${size.name}-01-login.png`, fullPage: true });
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await expect(page.getByText('Nhập tên đăng nhập')).toBeVisible();
    await page.screenshot({ path: `${DIR}/${size.name}-02-login-errors.png`, fullPage: true });

    await login(page, 'demo.admin');
    await page.screenshot({ path: `${DIR}/${size.name}-03-home.png`, fullPage: true });
    if (size.width < 768) {
      await page.getByRole('button', { name: 'Mở menu điều hướng' }).click();
      await page.screenshot({ path: `${DIR}/${size.name}-04-nav-open.png` });
      await mainNav(page).getByRole('link', { name: 'Đơn vị' }).click();
    } else {
      await mainNav(page).getByRole('link', { name: 'Đơn vị' }).click();
    }
    await expect(page.getByRole('tree')).toBeVisible();
    await page.getByRole('treeitem', { name: 'UBND phường Tây Nha Trang' }).click();
    await page.keyboard.press('Escape');
    await page.getByRole('treeitem', { name: 'UBND phường Tây Nha Trang' }).focus();
    await page.keyboard.press('ArrowRight');
    await page.getByLabel('Tìm đơn vị theo tên hoặc mã').fill('tay nha trang');
    await expect(page.getByRole('button', { name: /^UBND phường Tây Nha Trang/ })).toBeVisible();
    await page.screenshot({ path: `${DIR}/${size.name}-05-units.png`, fullPage: true });
    await page.getByRole('button', { name: /^UBND phường Tây Nha Trang/ }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await page.screenshot({ path: `${DIR}/${size.name}-06-unit-detail.png` });
    await page.getByRole('button', { name: 'Sửa' }).click();
    await page.screenshot({ path: `${DIR}/${size.name}-07-unit-edit.png` });
    await page.keyboard.press('Escape');

    await page.getByRole('tab', { name: 'Nhập từ tệp CSV' }).click();
    await page.getByLabel('Tệp CSV', { exact: true }).setInputFiles({
      name: 'sai.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('code,name,type,parent_code\nX1,Thử,ward,KHONGCO\nX2,,ward,NT\n'),
    });
    await page.getByRole('button', { name: 'Nhập đơn vị' }).click();
    await expect(page.getByText('[PARENT_UNKNOWN]')).toBeVisible();
    await page.screenshot({ path: `${DIR}/${size.name}-08-import-errors.png`, fullPage: true });

    await page.goto('/nguoi-dung');
    await expect(page.getByText('demo.leader')).toBeVisible();
    await page.screenshot({ path: `${DIR}/${size.name}-09-users.png`, fullPage: true });
    await page.getByRole('button', { name: 'Sửa tài khoản demo.leader' }).click();
    await page.screenshot({ path: `${DIR}/${size.name}-10-user-edit.png` });
    await page.keyboard.press('Escape');

    await page.goto('/tai-khoan');
    await page.getByLabel('Tên khoá').fill(`Thử ${size.name}`);
    await page.getByRole('button', { name: 'Tạo khoá' }).click();
    await expect(page.getByLabel('Khoá API mới')).toBeVisible();
    await page.screenshot({ path: `${DIR}/${size.name}-11-account.png`, fullPage: true });

    await page.getByText('EN', { exact: true }).click();
    await page.goto('/don-vi');
    await expect(page.getByRole('tree')).toBeVisible();
    await page.screenshot({ path: `${DIR}/${size.name}-12-units-en.png`, fullPage: true });
    await page.getByText('VI', { exact: true }).click();
  });
}
