import { expect, test } from '@playwright/test';

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

test('a citizen opening the address finds the public front door, rates the health station she visited, and staff sign in from the corner', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hài Lòng — Tỉnh Khánh Hòa');
  // The same public links in the header and the footer.
  for (const nav of ['Trang công khai', 'Trang công khai (chân trang)']) {
    await expect(page.getByRole('navigation', { name: nav, exact: true }).getByRole('link')).toHaveText([
      'Trang chủ',
      'Tra cứu hồ sơ',
      'Phản ánh',
      'Chỉ số hài lòng',
      'Thủ tục',
    ]);
  }
  const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(await overflow()).toBeLessThanOrEqual(0);

  // Typed as people type: no diacritics, kind words in any place.
  const survey = page.getByRole('region', { name: 'Đánh giá sự hài lòng' });
  await survey.getByRole('textbox', { name: 'Tên đơn vị' }).fill('tram y te tay nha trang');
  await expect(survey.getByRole('status')).toHaveText(/^Tìm thấy \d+ đơn vị đang khảo sát$/);
  const first = survey.getByRole('link').first();
  await expect(first).toHaveAccessibleName(/^Mở phiếu khảo sát của Trạm Y tế phường Tây Nha Trang/);
  await first.click();
  await expect(page).toHaveURL(/\/khao-sat\/KH25-TNT-TYT$/);
  await expect(page.getByText('Trạm Y tế phường Tây Nha Trang').first()).toBeVisible();

  // Back home; the published ranking is one tap away.
  await page
    .getByRole('navigation', { name: 'Trang công khai', exact: true })
    .getByRole('link', { name: 'Trang chủ' })
    .click();
  await page.getByRole('region', { name: 'Chỉ số hài lòng đã công bố' }).getByRole('link').first().click();
  await expect(page).toHaveURL(/\/chi-so\/\d+$/);

  await page.getByRole('link', { name: 'Cán bộ đăng nhập' }).click();
  await expect(page).toHaveURL(/\/dang-nhap/);
});
