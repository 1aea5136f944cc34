import { expect, test } from '@playwright/test';
import { login, mainNav, runTag } from './helpers.ts';

test('an admin signs in to the Vietnamese shell, browses the units tree and finds a ward without diacritics', async ({
  page,
}) => {
  await page.goto('/don-vi');
  // Not signed in: the login page, then back to where the user was going.
  await expect(page).toHaveURL(/\/dang-nhap\?redirect=/);
  await login(page, 'demo.admin');
  await expect(page).toHaveURL(/\/don-vi$/);

  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  await expect(page.getByRole('banner').getByText('Hài Lòng', { exact: true })).toBeVisible();
  await expect(page.getByRole('banner').getByText('Quản trị tỉnh (demo)')).toBeVisible();
  await expect(page.getByRole('banner').getByText('Quản trị hệ thống · Tỉnh Khánh Hòa')).toBeVisible();
  await expect(page.getByText('Dữ liệu mẫu (demo)')).toBeVisible();
  await expect(mainNav(page).getByRole('link')).toHaveText([
    'Tổng quan',
    'Đơn vị',
    'Khảo sát',
    'Chỉ số hài lòng',
    'Hồ sơ một cửa',
    'Tiếp nhận hồ sơ',
    'Tổng hợp một cửa',
    'Phản ánh, kiến nghị',
    'Tổng hợp phản ánh',
    'Kế hoạch cải thiện',
    'Văn bản',
    'Báo cáo định kỳ',
    'Người dùng',
    'Tài khoản của tôi',
  ]);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Đơn vị');

  // The tree starts at the admin's province, expanded one level.
  const tree = page.getByRole('tree', { name: 'Cây đơn vị' });
  const province = tree.getByRole('treeitem', { name: 'Tỉnh Khánh Hòa', exact: true });
  await expect(province).toHaveAttribute('aria-expanded', 'true');
  const city = tree.getByRole('treeitem', { name: 'UBND phường Tây Nha Trang', exact: true });
  await expect(city).toHaveAttribute('aria-expanded', 'false');
  await expect(
    tree.getByRole('treeitem', { name: 'Trạm Y tế phường Tây Nha Trang', exact: true }),
  ).toHaveCount(0);

  // Keyboard only: focus the city, → opens it, ↓ moves into it.
  await city.focus();
  await page.keyboard.press('ArrowRight');
  await expect(city).toHaveAttribute('aria-expanded', 'true');
  const ward = tree.getByRole('treeitem', { name: 'Trạm Y tế phường Tây Nha Trang', exact: true });
  await expect(ward).toBeVisible();
  await expect(ward).toHaveAttribute('aria-level', '3');
  await page.keyboard.press('ArrowDown');
  await expect(page.locator(':focus')).toHaveAttribute('aria-level', '3');
  await page.keyboard.press('ArrowLeft');
  await expect(city).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(city).toHaveAttribute('aria-expanded', 'false');

  // Search ignores diacritics and names the ancestors.
  await page.getByLabel('Tìm đơn vị theo tên hoặc mã').fill('tay nha trang');
  const hit = page.getByRole('button', { name: /^UBND phường Tây Nha Trang/ });
  await expect(hit).toBeVisible();
  await expect(hit).toContainText('Tỉnh Khánh Hòa');
  await expect(page.getByRole('status').filter({ hasText: 'Tìm thấy' })).toHaveText('Tìm thấy 2 đơn vị.');

  // Its details, deep-linkable.
  await hit.click();
  const drawer = page.getByRole('dialog', { name: 'UBND phường Tây Nha Trang' });
  await expect(drawer).toBeVisible();
  await expect(page).toHaveURL(/\/don-vi\?ma=KH25-TNT$/);
  await expect(drawer.getByText('Phường', { exact: true })).toBeVisible();
  await expect(drawer.getByRole('button', { name: 'Tỉnh Khánh Hòa (KH25)' })).toBeVisible();
  await expect(drawer.getByText('01/07/2025 – nay')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(drawer).toBeHidden();
  await expect(page).toHaveURL(/\/don-vi$/);
});

test('a units CSV with a bad line is refused whole, line by line; a good file is imported', async ({
  page,
}) => {
  const tag = runTag();
  const good = { code: `E2E${tag}A`, name: `Tổ dân phố Kiểm Thử ${tag}` };
  const bad = { code: `E2E${tag}B`, name: `Khu phố Lạc Chỗ ${tag}` };
  await login(page, 'demo.admin');
  await mainNav(page).getByRole('link', { name: 'Đơn vị' }).click();
  await page.getByRole('tab', { name: 'Nhập từ tệp CSV' }).click();
  await expect(page.getByText('code,name,type,parent_code[,peer_group]')).toBeVisible();
  await expect(page.getByRole('cell', { name: 'health_station' })).toBeVisible();

  const fileInput = page.getByLabel('Tệp CSV', { exact: true });
  await fileInput.setInputFiles({
    name: 'don-vi-loi.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(
      `code,name,type,parent_code,peer_group\n${good.code},${good.name},ward,KH25-TNT,commune\n${bad.code},${bad.name},ward,KHONG_CO,commune\n`,
    ),
  });
  await page.getByRole('button', { name: 'Nhập đơn vị' }).click();
  const refused = page.getByRole('alert').filter({ hasText: 'không có đơn vị nào được nhập' });
  await expect(refused).toBeVisible();
  await expect(refused.getByRole('listitem')).toHaveText([
    'Dòng 3: đơn vị cấp trên "KHONG_CO" không có trong tệp hay trong hệ thống [PARENT_UNKNOWN]',
  ]);
  await expect(refused).toContainText('không có dữ liệu nào được nhập');

  // Nothing was written: the good line's unit does not exist either.
  const search = page.getByLabel('Tìm đơn vị theo tên hoặc mã');
  await search.fill(`kiem thu ${tag}`);
  await expect(page.getByRole('status').filter({ hasText: 'Không tìm thấy' })).toBeVisible();

  // The fixed file goes in whole.
  await fileInput.setInputFiles({
    name: 'don-vi.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(
      `code,name,type,parent_code,peer_group\n${good.code},${good.name},ward,KH25-TNT,commune\n${bad.code},${bad.name},ward,${good.code},commune\n`,
    ),
  });
  await page.getByRole('button', { name: 'Nhập đơn vị' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Đã nhập' })).toHaveText(
    'Đã nhập 2 đơn vị từ tệp don-vi.csv.',
  );
  await expect(refused).toHaveCount(0);

  await search.fill('');
  await search.fill(`kiem thu ${tag}`);
  const found = page.getByRole('button', { name: new RegExp(`^${good.name}`) });
  await expect(found).toBeVisible();
  await expect(found).toContainText('Tỉnh Khánh Hòa › UBND phường Tây Nha Trang');

  // The tree was refreshed too.
  await page.getByRole('tab', { name: 'Cây đơn vị' }).click();
  await page.getByRole('button', { name: 'Mở rộng tất cả' }).click();
  await expect(page.getByRole('treeitem', { name: bad.name, exact: true })).toHaveAttribute(
    'aria-level',
    '4',
  );
});

test('on a phone, an officer of a merged province imports a ward that ends on 30/06/2025 and its successor, and sees the map of each day', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const tag = runTag();
  const old = { code: `E2E${tag}A`, name: `UBND phường Trước Sáp Nhập ${tag}` };
  const merged = { code: `E2E${tag}B`, name: `UBND phường Sau Sáp Nhập ${tag}` };
  await login(page, 'demo.admin');
  await page.goto('/don-vi');

  await page.getByRole('tab', { name: 'Nhập từ tệp CSV' }).click();
  await expect(page.getByText('successor_codes', { exact: true })).toBeVisible();
  await expect(page.getByText(/ngày hoạt động cuối cùng \(tính cả ngày đó\)/)).toBeVisible();
  await page.getByLabel('Tệp CSV', { exact: true }).setInputFiles({
    name: 'sap-nhap.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(
      'code,name,type,parent_code,peer_group,valid_from,valid_to,successor_codes\n' +
        `${merged.code},${merged.name},ward,KH25,commune,2025-07-01,,\n` +
        `${old.code},${old.name},ward,KH25,commune,2008-01-01,2025-06-30,${merged.code}\n`,
    ),
  });
  await page.getByRole('button', { name: 'Nhập đơn vị' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Đã nhập' })).toHaveText(
    'Đã nhập 2 đơn vị từ tệp sap-nhap.csv.',
  );

  // The tree on 30/06/2025: the old ward, not its successor.
  await page.getByRole('tab', { name: 'Cây đơn vị' }).click();
  const day = page.getByRole('textbox', { name: 'Xem theo ngày' });
  await day.fill('30/06/2025');
  await expect(page.getByText('Các đơn vị có hiệu lực ngày 30/06/2025:')).toBeVisible();
  await page.getByRole('button', { name: 'Mở rộng tất cả' }).click();
  const tree = page.getByRole('tree', { name: 'Cây đơn vị' });
  await expect(tree.getByRole('treeitem', { name: old.name, exact: true })).toBeVisible();
  await expect(tree.getByRole('treeitem', { name: merged.name, exact: true })).toHaveCount(0);

  // A day that does not exist is refused, and the tree stays on the last good day.
  await day.fill('31/06/2025');
  await expect(page.getByText('Ngày không hợp lệ')).toBeVisible();
  await expect(tree.getByRole('treeitem', { name: old.name, exact: true })).toBeVisible();

  // The tree on 01/07/2025: the successor, not the old ward.
  await day.fill('01/07/2025');
  await expect(page.getByText('Các đơn vị có hiệu lực ngày 01/07/2025:')).toBeVisible();
  await page.getByRole('button', { name: 'Mở rộng tất cả' }).click();
  const successor = tree.getByRole('treeitem', { name: merged.name, exact: true });
  await expect(successor).toBeVisible();
  await expect(tree.getByRole('treeitem', { name: old.name, exact: true })).toHaveCount(0);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

  // Keyboard: open the successor; it was formed from the old ward, a link to it.
  await successor.focus();
  await page.keyboard.press('Enter');
  const drawer = page.getByRole('dialog', { name: merged.name });
  await expect(drawer).toBeVisible();
  await expect(drawer.getByText('01/07/2025 – nay')).toBeVisible();
  await expect(drawer.getByText('Hình thành từ', { exact: true })).toBeVisible();
  await drawer.getByRole('button', { name: `${old.name} (${old.code})` }).click();
  const oldDrawer = page.getByRole('dialog', { name: old.name });
  await expect(oldDrawer.getByText('01/01/2008 – 30/06/2025')).toBeVisible();
  await expect(oldDrawer.getByText('Sáp nhập vào', { exact: true })).toBeVisible();
  await expect(oldDrawer.getByRole('button', { name: `${merged.name} (${merged.code})` })).toBeVisible();
});
