import { expect, test } from '@playwright/test';
import { login, runTag } from './helpers.ts';

/** A minimal real PDF: what a scanned, signed decision is to the server (its bytes start with %PDF-). */
const SIGNED_PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

test('a result is drafted, previewed as the public will see it, approved, and published under its signed decision', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const tag = runTag();
  const title = `Chỉ số hài lòng năm 2026 phường Tây Nha Trang (${tag})`;
  await login(page, 'demo.admin');
  await page.goto('/cong-bo');

  // The scope is chosen on the first try (it used to stay empty and the draft failed).
  await page.getByRole('button', { name: 'Tạo bản nháp' }).click();
  const dialog = page.getByRole('dialog', { name: 'Tạo bản nháp công bố' });
  await dialog.getByRole('combobox', { name: 'Phiếu khảo sát' }).click();
  await page.getByRole('option', { name: /\(KH-UBND-XA\)/ }).click();
  await dialog.getByRole('textbox', { name: 'Kỳ' }).fill('2026');
  const scope = dialog.getByRole('combobox', { name: 'Phạm vi (đơn vị)' });
  await scope.click();
  await scope.fill('tay nha trang');
  await page.getByRole('option', { name: 'UBND phường Tây Nha Trang (KH25-TNT)' }).click();
  await expect(scope).toHaveValue('UBND phường Tây Nha Trang (KH25-TNT)');
  await dialog.getByRole('textbox', { name: 'Tiêu đề' }).fill(title);
  await dialog.getByRole('button', { name: 'Tạo bản nháp' }).click();
  await expect(dialog).toBeHidden();
  const card = page.getByRole('listitem').filter({ hasText: title });
  await expect(card.getByText('Bản nháp', { exact: true })).toBeVisible();

  // The preview is the public page itself, marked as not yet published.
  await card.getByRole('link', { name: `Xem trước trang công khai của "${title}"` }).click();
  await expect(page).toHaveURL(/\/cong-bo\/\d+\/xem-truoc$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(page.getByRole('status').filter({ hasText: 'Bản xem trước' })).toBeVisible();
  await expect(page.getByRole('table', { name: /^Xếp hạng: / }).first()).toContainText('Tây Nha Trang');
  await expect(page.getByRole('link', { name: 'Tải CSV' })).toHaveCount(0);
  await page.getByRole('link', { name: 'Quay lại danh sách công bố' }).click();

  await card.getByRole('button', { name: `Duyệt "${title}"` }).click();
  await expect(card.getByText('Đã duyệt', { exact: true })).toBeVisible();

  // Publishing asks for the whole decision, and says what is missing.
  await card.getByRole('button', { name: `Công bố "${title}"` }).click();
  const publish = page.getByRole('dialog', { name: 'Công bố kết quả' });
  await publish.getByRole('button', { name: 'Công bố' }).click();
  await expect(publish.getByText('Trường này bắt buộc')).toHaveCount(4);
  await publish.getByRole('textbox', { name: 'Số quyết định' }).fill(`15/QĐ-UBND-${tag}`);
  const date = publish.getByRole('textbox', { name: 'Ngày ký quyết định' });
  await date.fill('31/02/2026');
  await date.blur();
  await expect(publish.getByText(/ngày 31 không có trong tháng 2\/2026/)).toBeVisible();
  await date.fill('1/12/2026');
  await date.blur();
  await expect(date).toHaveValue('01/12/2026');
  await publish.getByRole('textbox', { name: 'Người ký' }).fill('Chủ tịch Trần Văn Thử');
  await publish.locator('input[type=file]').setInputFiles({
    name: 'QD-15-cong-bo.pdf',
    mimeType: 'application/pdf',
    buffer: SIGNED_PDF,
  });
  await publish.getByRole('button', { name: 'Công bố' }).click();
  await expect(publish).toBeHidden();
  await expect(card.getByText('Đã công bố', { exact: true })).toBeVisible();

  // The public page names the decision, its date and signer, and serves the signed PDF.
  await card.getByRole('link', { name: 'Xem trang công khai' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(page.getByText(`Số 15/QĐ-UBND-${tag} ngày 01/12/2026`)).toBeVisible();
  await expect(page.getByText('Chủ tịch Trần Văn Thử')).toBeVisible();
  const link = page.getByRole('link', { name: 'Bản quyết định đã ký (PDF)' });
  const response = await page.request.get((await link.getAttribute('href')) ?? '');
  expect(response.headers()['content-type']).toBe('application/pdf');
  expect(Buffer.from(await response.body()).equals(SIGNED_PDF)).toBe(true);
});

test('the results explorer opens on the latest wave with responses, and its fields say so', async ({
  page,
}) => {
  await login(page, 'demo.leader');
  await page.goto('/chi-so-hai-long');
  await expect(page).toHaveURL(/[?&]q=[A-Z-]+&period=/);
  await expect(page.getByRole('textbox', { name: 'Kỳ' })).toHaveValue('2026');
  await expect(page.getByRole('status').filter({ hasText: /kỳ 2026$/ })).toBeVisible();
  await expect(page.getByRole('table').first()).toContainText('Tây Nha Trang');
});

test('a wave is created with its dates typed as Vietnamese write them, whatever the browser locale', async ({
  browser,
}) => {
  // An English-US browser showed 12/05/2026 for 5 December in the native date field.
  const context = await browser.newContext({ locale: 'en-US', timezoneId: 'Asia/Ho_Chi_Minh' });
  const page = await context.newPage();
  const tag = runTag();
  await login(page, 'demo.admin');
  await page.goto('/khao-sat');
  await page.getByRole('button', { name: 'Tạo đợt khảo sát' }).click();
  const dialog = page.getByRole('dialog', { name: 'Tạo đợt khảo sát' });
  await dialog.getByRole('textbox', { name: 'Mã đợt' }).fill(`E2E-${tag}`);
  await dialog.getByRole('textbox', { name: 'Tên đợt khảo sát' }).fill(`Đợt thử ngày tháng ${tag}`);
  await dialog.getByRole('combobox', { name: 'Phiếu khảo sát' }).click();
  await page
    .getByRole('option', { name: /\(KH-UBND-XA, phiên bản \d+\)/ })
    .first()
    .click();
  await dialog.getByRole('textbox', { name: 'Kỳ báo cáo' }).fill('2027');
  const opens = dialog.getByRole('textbox', { name: 'Ngày mở' });
  await opens.fill('5/1/2027');
  await opens.blur();
  await expect(opens).toHaveValue('05/01/2027');
  await dialog.getByRole('textbox', { name: 'Ngày đóng' }).fill('31/12/2027');
  const units = dialog.getByLabel('Đơn vị được khảo sát');
  await units.fill('tay nha trang');
  await page.getByRole('option', { name: 'UBND phường Tây Nha Trang (KH25-TNT)' }).click();
  await dialog.getByRole('button', { name: 'Tạo', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(`Đợt thử ngày tháng ${tag}`).first()).toBeVisible();
  // Stored as 5 January to 31 December 2027, not 1 May.
  const waves = (await (await page.request.get('/api/v1/surveys/waves')).json()) as {
    waves: { code: string; opensOn: string; closesOn: string }[];
  };
  expect(waves.waves.find((w) => w.code === `E2E-${tag}`)).toMatchObject({
    opensOn: '2027-01-05',
    closesOn: '2027-12-31',
  });
  await context.close();
});
