import { expect, test } from '@playwright/test';

test('anyone can open the published ranking and a unit page; figures have a decimal comma', async ({
  page,
}) => {
  await page.goto('/chi-so');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Chỉ số hài lòng đã công bố');
  await expect(page.getByRole('navigation', { name: 'Điều hướng chính' })).toHaveCount(0);

  // A published result of Nha Trang for 2024.
  const result = page
    .getByRole('listitem')
    .filter({ hasText: /Kỳ 2024 · Thành phố Nha Trang/ })
    .first();
  await expect(result).toBeVisible();
  const link = result.getByRole('link');
  const title = (await link.textContent()) ?? '';
  await link.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(page.getByRole('link', { name: 'Tải CSV' })).toHaveAttribute(
    'href',
    /\/api\/v1\/public\/index\/\d+\/data\.csv$/,
  );
  await expect(page.getByRole('link', { name: 'Tải JSON' })).toHaveAttribute(
    'href',
    /\/api\/v1\/public\/index\/\d+\/data\.json$/,
  );

  // The open data downloads.
  const csv = await page.request.get(
    (await page.getByRole('link', { name: 'Tải CSV' }).getAttribute('href')) ?? '',
  );
  expect(csv.ok()).toBe(true);
  expect(csv.headers()['content-type']).toContain('text/csv');

  // A ranking per peer group: overall index with two decimals and a comma, rank "r/n".
  const ranking = page.getByRole('table', { name: /^Xếp hạng: / }).first();
  await expect(ranking).toBeVisible();
  const first = ranking.getByRole('row').nth(1);
  await expect(first.getByRole('cell').first()).toHaveText(/^1\/\d+$/);
  await expect(first.getByRole('cell').nth(1)).toHaveText(/^\d+,\d{2}%$/);

  // Under the target is said in words, not only in red.
  await expect(page.getByText(/▼ dưới chỉ tiêu \d+,\d{2} điểm$/).first()).toBeVisible();

  // One unit: its overall index, criteria (chart and table) and answers.
  const unitName = (await first.getByRole('link').textContent()) ?? '';
  await first.getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(unitName);
  await expect(page.getByText('Chỉ số hài lòng chung')).toBeVisible();
  await expect(page.getByText(/^\d+,\d{2}%$/).first()).toBeVisible();
  const criteria = page.getByRole('table', { name: `Chỉ số theo tiêu chí của ${unitName}` });
  await expect(criteria.getByRole('row')).not.toHaveCount(0);
  await expect(criteria.getByRole('cell').first()).toHaveText(/^\d+,\d{2}%$/);
  await expect(
    page.getByRole('img', { name: /^Chỉ số \d+,\d{2}%, khoảng tin cậy 95%/ }).first(),
  ).toBeVisible();

  // In English the same figure has a decimal point.
  await page.getByRole('group', { name: 'Ngôn ngữ' }).getByText('EN', { exact: true }).click();
  await expect(page.getByText('Overall satisfaction index')).toBeVisible();
  await expect(
    page
      .getByRole('table', { name: `Index by criterion of ${unitName}` })
      .getByRole('cell')
      .first(),
  ).toHaveText(/^\d+\.\d{2}%$/);
  await page.getByRole('group', { name: 'Language' }).getByText('VI', { exact: true }).click();
});
