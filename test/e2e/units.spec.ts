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
  // The unit's own validity (its headings table lists periods too).
  await expect(drawer.getByRole('definition').filter({ hasText: '01/07/2025 – nay' })).toBeVisible();
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
  // The unit's own validity (its headings table lists periods too).
  await expect(drawer.getByRole('definition').filter({ hasText: '01/07/2025 – nay' })).toBeVisible();
  await expect(drawer.getByText('Hình thành từ', { exact: true })).toBeVisible();
  await drawer.getByRole('button', { name: `${old.name} (${old.code})` }).click();
  const oldDrawer = page.getByRole('dialog', { name: old.name });
  await expect(oldDrawer.getByText('01/01/2008 – 30/06/2025')).toBeVisible();
  await expect(oldDrawer.getByText('Sáp nhập vào', { exact: true })).toBeVisible();
  await expect(oldDrawer.getByRole('button', { name: `${merged.name} (${merged.code})` })).toBeVisible();
});

test('a large units file: the page follows the server checking it, names the bad line and writes nothing; fixed, it goes in whole', async ({
  page,
}) => {
  const tag = runTag();
  const parent = `E2E${tag}P`;
  // Over 256 kB, so the server checks it in a worker thread; closed in 2001, so today's tree is unchanged.
  const lines = [
    'code,name,type,parent_code,peer_group,valid_from,valid_to',
    `${parent},Khối thử nhập lớn ${tag},ward,KH25,commune,2001-01-01,2001-12-31`,
    ...Array.from({ length: 5000 }, (_, i) => {
      const k = String(i + 1).padStart(5, '0');
      return `E2E${tag}N${k},Tổ thử nhập lớn ${tag} số ${k},ward,${parent},commune,2001-01-01,2001-12-31`;
    }),
  ];
  const csv = (rows: string[]) => Buffer.from(`${rows.join('\n')}\n`);
  const bad = [...lines];
  bad[4001] = bad[4001]!.replace(`,${parent},`, ',KHONG_CO,');

  await login(page, 'demo.admin');
  await page.goto('/don-vi');
  await page.getByRole('tab', { name: 'Nhập từ tệp CSV' }).click();
  const fileInput = page.getByLabel('Tệp CSV', { exact: true });
  await fileInput.setInputFiles({ name: 'don-vi-lon-loi.csv', mimeType: 'text/csv', buffer: csv(bad) });
  await page.getByRole('button', { name: 'Nhập đơn vị' }).click();
  // The upload answers with a job at once; the page shows what the server is doing with the file.
  await expect(
    page.getByRole('status').filter({ hasText: /đang chờ đến lượt nhập|Đang kiểm tra tệp: đã đọc|Đang ghi/ }),
  ).toBeVisible();
  const refused = page.getByRole('alert').filter({ hasText: 'không có đơn vị nào được nhập' });
  await expect(refused.getByRole('listitem')).toHaveText([
    'Dòng 4002: đơn vị cấp trên "KHONG_CO" không có trong tệp hay trong hệ thống [PARENT_UNKNOWN]',
  ]);
  expect((await page.request.get(`/api/v1/units/${parent}`)).status()).toBe(404);

  await fileInput.setInputFiles({ name: 'don-vi-lon.csv', mimeType: 'text/csv', buffer: csv(lines) });
  await page.getByRole('button', { name: 'Nhập đơn vị' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Đã nhập' })).toHaveText(
    'Đã nhập 5.001 đơn vị từ tệp don-vi-lon.csv.',
  );
  await expect(refused).toHaveCount(0);
  const last = await page.request.get(`/api/v1/units/E2E${tag}N05000`);
  expect(last.status()).toBe(200);
  expect(await last.json()).toMatchObject({ parentCode: parent, validTo: '2001-12-31' });
});

for (const [device, width, height] of [
  ['a desktop', 1280, 800],
  ['a 390-px phone', 390, 844],
] as const) {
  test(`on ${device}, a merged ward says where it went and its successor links every ward it was formed from`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height });
    await login(page, 'demo.admin');
    await page.goto('/don-vi?ma=P09');
    const old = page.getByRole('dialog', { name: 'UBND phường Phương Sài' });
    await expect(old.getByRole('note')).toHaveText(
      'Đã sáp nhập vào: UBND phường Tây Nha Trang (từ 01/07/2025)',
    );
    await expect(old.getByRole('definition').filter({ hasText: '01/01/2008 – 30/06/2025' })).toBeVisible();
    await expectNoSidewaysScroll(page, width);

    await old.getByRole('note').getByRole('button', { name: 'UBND phường Tây Nha Trang' }).click();
    const successor = page.getByRole('dialog', { name: 'UBND phường Tây Nha Trang' });
    await expect(page).toHaveURL(/\/don-vi\?ma=KH25-TNT$/);
    await expect(successor.getByRole('definition').filter({ hasText: '01/07/2025 – nay' })).toBeVisible();
    await expect(successor.getByText('Hình thành từ', { exact: true })).toBeVisible();
    const formedFrom = [
      'UBND phường Ngọc Hiệp (P04)',
      'UBND phường Phương Sài (P09)',
      'UBND xã Vĩnh Ngọc (P22)',
      'UBND xã Vĩnh Thạnh (P23)',
      'UBND xã Vĩnh Trung (P24)',
      'UBND xã Vĩnh Hiệp (P25)',
    ];
    for (const name of formedFrom) await expect(successor.getByRole('button', { name })).toBeVisible();
    await expect(successor.getByText('đến hết ngày 30/06/2025')).toHaveCount(formedFrom.length);
    // What formed it, and that this was not verified against the resolution's official text.
    await expect(
      successor.getByText('NQ 1667/NQ-UBTVQH15 ngày 16/6/2025, Điều 1 khoản 51', { exact: true }),
    ).toBeVisible();
    await expect(successor.getByText('Chưa kiểm chứng', { exact: true })).toBeVisible();
    await expectNoSidewaysScroll(page, width);

    // Each predecessor is a link back.
    await successor.getByRole('button', { name: 'UBND xã Vĩnh Hiệp (P25)' }).click();
    await expect(page.getByRole('dialog', { name: 'UBND xã Vĩnh Hiệp' }).getByRole('note')).toHaveText(
      'Đã sáp nhập vào: UBND phường Tây Nha Trang (từ 01/07/2025)',
    );
  });
}

/** Nothing on the page (the drawer included) reaches past the right edge of the window. */
async function expectNoSidewaysScroll(page: import('@playwright/test').Page, width: number) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
  const overflowing = await page.evaluate(
    (w) =>
      [...document.querySelectorAll('[role="dialog"] *')]
        .filter((el) => el.getBoundingClientRect().right > w + 1)
        .map((el) => `${el.tagName}.${el.className}`),
    width,
  );
  expect(overflowing).toEqual([]);
}
