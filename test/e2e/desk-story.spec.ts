import { type Browser, expect, type Page, test } from '@playwright/test';
import { login, mainNav, runTag } from './helpers.ts';

/** A phone with no session: the citizen who holds the receipt. */
async function citizenPhone(browser: Browser, baseURL: string | undefined): Promise<Page> {
  const context = await browser.newContext({
    baseURL,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    viewport: { width: 390, height: 844 },
    isMobile: true,
  });
  return context.newPage();
}

test('a returned demo dossier tells one story: the officer’s page, the public lookup and the rating page agree', async ({
  page,
  browser,
  baseURL,
}) => {
  await login(page, 'demo.officer');
  const list = await page.request.get('/api/v1/dossiers?status=10&limit=1');
  expect(list.status()).toBe(200);
  const [returned] = (await list.json()).dossiers as { code: string }[];
  expect(returned).toBeTruthy();
  const code = returned!.code;

  await page.goto(`/mot-cua/ho-so/${code}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Hồ sơ ${code}`);
  const standing = page.getByTestId('dossier-standing');
  await expect(standing).toHaveText(/^Đã trả kết quả (trước hạn|đúng hạn|quá hạn)/);
  const words = ((await standing.textContent()) ?? '').trim();
  const lookupHref = (await page.locator('a[href*="/tra-cuu/"]').getAttribute('href')) ?? '';
  const ratingHref = (await page.locator('a[href*="/danh-gia/"]').getAttribute('href')) ?? '';

  const phone = await citizenPhone(browser, baseURL);
  const lookup = new URL(lookupHref, 'http://x');
  await phone.goto(`${lookup.pathname}${lookup.search}`);
  await expect(phone.locator('.track-big')).toHaveText(words);
  // Returned: nowhere "still being handled at …".
  await expect(phone.getByText(/Đang giải quyết tại/)).toHaveCount(0);

  const rating = new URL(ratingHref, 'http://x');
  await phone.goto(`${rating.pathname}${rating.search}`);
  await expect(phone.getByTestId('rating-standing')).toHaveText(`Tình hình giải quyết: ${words}`);
  await expect(phone.getByText(/hồ sơ chưa có kết quả/)).toHaveCount(0);
  const verdict = /trước hạn/.test(words)
    ? 'Trước hạn quy định'
    : /đúng hạn/.test(words)
      ? 'Đúng hạn quy định'
      : 'Quá hạn quy định';
  await expect(phone.getByRole('region', { name: 'Tính từ hồ sơ' })).toContainText(verdict);
  await phone.context().close();
});

/** Reception through the form: the unit's first procedure, a name and a phone. */
async function receive(page: Page, name: string, phone: string) {
  const procedure = page.getByRole('combobox', { name: 'Thủ tục hành chính' });
  await procedure.click();
  await expect(page.getByRole('option').first()).toBeVisible();
  await procedure.press('Enter');
  await page.getByRole('textbox', { name: 'Họ và tên' }).fill(name);
  await page.getByRole('textbox', { name: 'Số điện thoại' }).fill(phone);
}

test('the same applicant and procedure again within days: a warning with the earlier dossier, acknowledged, then received', async ({
  page,
}) => {
  const name = `Trần Văn Trùng ${runTag()}`;
  await login(page, 'demo.officer');
  await mainNav(page).getByRole('link', { name: 'Tiếp nhận hồ sơ' }).click();
  await receive(page, name, '0905111222');
  await expect(page.getByTestId('duplicate-warning')).toHaveCount(0);
  await page.getByRole('button', { name: 'Tiếp nhận', exact: true }).click();
  const done = page.getByRole('heading', { name: /^Đã tiếp nhận hồ sơ / });
  await expect(done).toBeVisible();
  const first = ((await done.textContent()) ?? '').replace('Đã tiếp nhận hồ sơ ', '');

  await page.getByRole('button', { name: 'Tiếp nhận hồ sơ khác' }).click();
  // The name as another officer might type it: no diacritics, other case.
  await receive(page, name.replace('Trần Văn Trùng', 'tran van TRUNG'), '0905 111 222');
  const warning = page.getByTestId('duplicate-warning');
  await expect(warning).toContainText('Có thể trùng hồ sơ đã tiếp nhận trong 5 ngày làm việc gần đây');
  await expect(warning.getByRole('link', { name: first })).toHaveAttribute('href', `/mot-cua/ho-so/${first}`);

  // Receiving asks for the acknowledgement first; ticked, it goes through.
  await page.getByRole('button', { name: 'Tiếp nhận', exact: true }).click();
  await expect(warning).toContainText('Đánh dấu đã kiểm tra hồ sơ có thể trùng');
  await expect(done).toHaveCount(0);
  await warning.getByRole('checkbox', { name: /Tôi đã kiểm tra/ }).check();
  await page.getByRole('button', { name: 'Tiếp nhận', exact: true }).click();
  await expect(done).toBeVisible();
  const second = ((await done.textContent()) ?? '').replace('Đã tiếp nhận hồ sơ ', '');
  expect(second).not.toBe(first);

  // The dossier's first event keeps what the officer saw and acknowledged.
  const detail = await (await page.request.get(`/api/v1/dossiers/${second}`)).json();
  expect(detail.events[0].data).toMatchObject({ possibleDuplicates: [first], duplicatesAcknowledged: true });
});
