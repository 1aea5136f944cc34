import { expect, test } from '@playwright/test';
import { login, mainNav } from './helpers.ts';

test('a ward leader sees only their own ward: another ward is neither listed, found nor opened', async ({
  page,
}) => {
  await login(page, 'demo.leader');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Xin chào, Chủ tịch UBND phường Tây Nha Trang (demo)',
  );
  // Leaders read users but do not manage units.
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
  await mainNav(page).getByRole('link', { name: 'Đơn vị' }).click();
  await expect(page.getByRole('button', { name: 'Thêm đơn vị' })).toHaveCount(0);
  await expect(page.getByRole('tab', { name: 'Nhập từ tệp CSV' })).toHaveCount(0);

  const tree = page.getByRole('tree', { name: 'Cây đơn vị' });
  await expect(tree.getByRole('treeitem').first()).toHaveAccessibleName('UBND phường Tây Nha Trang');
  await expect(
    tree.getByRole('treeitem', { name: 'Trạm Y tế phường Tây Nha Trang', exact: true }),
  ).toBeVisible();
  await expect(tree.getByText('Vĩnh Hòa')).toHaveCount(0);

  await page.getByLabel('Tìm đơn vị theo tên hoặc mã').fill('Vĩnh Hòa');
  await expect(page.getByRole('status').filter({ hasText: 'Không tìm thấy' })).toHaveText(
    'Không tìm thấy đơn vị nào khớp "Vĩnh Hòa" trong phạm vi của bạn.',
  );
  await expect(page.getByRole('button', { name: /Vĩnh Hòa/ })).toHaveCount(0);

  // A hand-typed link to P01 (UBND phường Vĩnh Hòa) is refused by the server.
  await page.goto('/don-vi?ma=P01');
  const drawer = page.getByRole('dialog');
  await expect(drawer.getByRole('alert')).toHaveText(/ngoài phạm vi/);
  await expect(drawer.getByText('UBND phường Vĩnh Hòa')).toHaveCount(0);
});
