import { crc32, deflateSync } from 'node:zlib';
import { type Browser, expect, type Page, test } from '@playwright/test';
import { DEMO_PASSWORD, login, mainNav, runTag } from './helpers.ts';

/** A phone with no session: the citizen. */
async function citizenPhone(browser: Browser, baseURL: string | undefined): Promise<Page> {
  const context = await browser.newContext({
    baseURL,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
    reducedMotion: 'reduce',
  });
  return context.newPage();
}

const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

/** A real PNG (8×8, orange), made here: the server checks photos by their bytes. */
function smallPng(): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body) >>> 0);
    return Buffer.concat([length, body, crc]);
  };
  const size = 8;
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // RGB
  const row = Buffer.concat([
    Buffer.from([0]),
    Buffer.from(Array.from({ length: size }, () => [240, 120, 20]).flat()),
  ]);
  const pixels = Buffer.concat(Array.from({ length: size }, () => row));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(pixels)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

interface Category {
  code: string;
  name: string;
  unitCode: string;
}

/** A category that serves KH25-TNT: the demo's street lighting one, or one made here by the admin. */
let category: Category;

test.beforeAll(async ({ request }) => {
  const res = await request.get('/api/v1/public/feedback/categories?unitCode=KH25-TNT');
  expect(res.ok()).toBeTruthy();
  const { categories } = (await res.json()) as { categories: Category[] };
  const found = categories.find((c) => c.code === 'GT') ?? categories[0];
  if (found) {
    category = found;
    return;
  }
  const signIn = await request.post('/api/v1/auth/login', {
    data: { username: 'demo.admin', password: DEMO_PASSWORD },
  });
  const { csrfToken } = (await signIn.json()) as { csrfToken: string };
  const created = await request.post('/api/v1/feedback/categories', {
    headers: { 'X-CSRF-Token': csrfToken },
    data: {
      code: 'E2E-DEN',
      name: 'Đèn đường (kiểm thử)',
      unitCode: 'KH25-TNT',
      answerTemplate: 'UBND phường đã kiểm tra và khắc phục: …',
    },
  });
  expect(created.status()).toBe(201);
  category = (await created.json()) as Category;
});

test('a citizen reports with a photo on a phone; an officer accepts and drafts the answer; a leader approves and publishes it; it shows on /phan-anh; the citizen is not satisfied and it is reopened', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(150_000);
  const tag = runTag();
  const description = `Đèn đường đầu hẻm 12 Lê Hồng Phong không sáng đã hai tuần, mã kiểm thử ${tag}.`;

  // The citizen's phone: from the sign-in page's footer to the public page, no sign-in, no shell.
  const phone = await citizenPhone(browser, baseURL);
  await phone.goto('/dang-nhap');
  await phone.getByRole('link', { name: 'Phản ánh, kiến nghị' }).click();
  await expect(phone).toHaveURL(/\/phan-anh$/);
  await expect(phone.getByRole('heading', { level: 1 })).toHaveText('Phản ánh, kiến nghị');
  await expect(phone.getByRole('navigation', { name: 'Điều hướng chính' })).toHaveCount(0);
  await phone.getByRole('link', { name: 'Gửi phản ánh, kiến nghị' }).click();
  await expect(phone.getByRole('heading', { level: 1 })).toHaveText('Gửi phản ánh, kiến nghị');

  // Sending empty: told what is missing, nothing sent.
  await phone.getByRole('button', { name: 'Gửi phản ánh' }).click();
  await expect(phone.getByRole('alert').filter({ hasText: 'Chưa gửi được' })).toBeFocused();
  await expect(phone.getByText('Hãy chọn lĩnh vực')).toBeVisible();
  await expect(phone.getByText('Hãy nhập nội dung phản ánh')).toBeVisible();

  const categoryBox = phone.getByRole('combobox', { name: 'Lĩnh vực' });
  await categoryBox.click();
  await categoryBox.fill(category.name.slice(0, 8));
  await phone
    .getByRole('option', { name: new RegExp(`^${category.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) })
    .click();
  await phone.getByRole('textbox', { name: 'Nội dung phản ánh, kiến nghị' }).fill(description);
  await phone.getByRole('textbox', { name: /^Địa điểm/ }).fill('hẻm 12 Lê Hồng Phong, phường Tây Nha Trang');
  // The unit is suggested from the place.
  await expect(phone.getByRole('radio', { name: /UBND phường Tây Nha Trang/ })).toBeChecked();

  // A photo, previewed, with a way to remove it.
  await phone
    .getByLabel(/^Ảnh/)
    .setInputFiles({ name: 'den-duong.png', mimeType: 'image/png', buffer: smallPng() });
  const preview = phone.getByRole('img', { name: 'Ảnh 1: den-duong.png' });
  await expect(preview).toBeVisible();
  expect(await preview.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(8);
  await expect(phone.getByText('Đã chọn 1/3 ảnh.')).toBeVisible();
  await expect(phone.getByRole('button', { name: 'Bỏ ảnh 1 (den-duong.png)' })).toBeVisible();

  // Contact details only with consent; without it the report is anonymous.
  await expect(phone.getByText('Nghị định 13/2023/NĐ-CP', { exact: false }).first()).toBeVisible();
  const consent = phone.getByRole('checkbox', {
    name: 'Tôi đồng ý để cơ quan liên hệ với tôi về phản ánh này',
  });
  await expect(phone.getByRole('textbox', { name: 'Số điện thoại' })).toHaveCount(0);
  await consent.check();
  await expect(phone.getByRole('textbox', { name: 'Số điện thoại' })).toBeVisible();
  await consent.uncheck();
  await expect(phone.getByRole('textbox', { name: 'Số điện thoại' })).toHaveCount(0);
  expect(await overflow(phone)).toBeLessThanOrEqual(0);

  await phone.getByRole('button', { name: 'Gửi phản ánh' }).click();
  await expect(phone.getByRole('heading', { level: 1 })).toHaveText('Đã gửi phản ánh');
  await expect(phone.getByText('Phản ánh đã được chuyển đến UBND phường Tây Nha Trang.')).toBeVisible();
  const code = ((await phone.locator('dd .dossier-code').textContent()) ?? '').trim();
  expect(code).toMatch(/^PA-\d{8}-\d{4}$/);
  await expect(phone.getByText('Hãy lưu lại đường dẫn theo dõi')).toBeVisible();
  const trackingHref = (await phone.getByTestId('tracking-url').getAttribute('href')) ?? '';
  const tracking = new URL(trackingHref);
  expect(tracking.pathname).toBe(`/phan-anh/theo-doi/${code}`);
  expect(tracking.searchParams.get('t')).toBeTruthy();
  expect(await overflow(phone)).toBeLessThanOrEqual(0);

  // The tracking page: waiting for reception, the answer deadline.
  await phone.getByRole('link', { name: 'Mở trang theo dõi' }).click();
  await expect(phone.getByRole('heading', { level: 1 })).toHaveText(`Theo dõi phản ánh ${code}`);
  await expect(phone.locator('.track-big')).toHaveText('Chờ tiếp nhận');
  await expect(phone.getByText(/^Hạn trả lời: \d{2}:\d{2} \d{2}\/\d{2}\/\d{4}$/)).toBeVisible();

  // The officer: the item in the unit's list, with the photo; accept it and draft the answer.
  await login(page, 'demo.officer');
  await mainNav(page).getByRole('link', { name: 'Phản ánh, kiến nghị' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Phản ánh, kiến nghị');
  await page.getByRole('searchbox', { name: 'Tìm theo mã hoặc nội dung' }).fill(code);
  await expect(page.getByText('1 phản ánh, mới nhất trước.')).toBeVisible();
  const row = page.getByRole('row', { name: new RegExp(code) });
  await expect(row).toContainText('Chờ tiếp nhận');
  await expect(row).toContainText('Trong hạn');
  await row.getByRole('link', { name: code }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Phản ánh ${code}`);
  const content = page.getByRole('region', { name: 'Nội dung phản ánh' });
  await expect(content).toContainText(tag);
  const photo = content.getByRole('img', { name: 'Ảnh 1 người phản ánh gửi kèm' });
  await expect(photo).toBeVisible();
  await expect.poll(() => photo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(8);
  await expect(page.getByRole('region', { name: 'Người phản ánh' })).toContainText('Ẩn danh');

  const actions = page.getByRole('region', { name: 'Thao tác' });
  await expect(actions.getByRole('button', { name: 'Duyệt trả lời' })).toHaveCount(0);
  await actions.getByRole('button', { name: 'Tiếp nhận xử lý' }).click();
  await expect(actions.getByRole('status')).toHaveText('Đã tiếp nhận, phản ánh đang được xử lý.');
  await expect(page.getByText('Đang xử lý').first()).toBeVisible();

  await actions.getByRole('button', { name: 'Dự thảo trả lời' }).click();
  const dialog = page.getByRole('dialog', { name: 'Dự thảo trả lời' });
  const answer = dialog.getByRole('textbox', { name: 'Nội dung trả lời' });
  // Prefilled from the category's answer template.
  await expect(answer).not.toHaveValue('');
  const answerText = `Ngày hôm qua, đội điện chiếu sáng đã thay bóng đèn đầu hẻm 12 (${tag}).`;
  await answer.fill(`${await answer.inputValue()}\n${answerText}`);
  await dialog.getByRole('button', { name: 'Trình lãnh đạo duyệt' }).click();
  await expect(dialog).toBeHidden();
  await expect(actions.getByRole('status')).toHaveText('Đã trình dự thảo trả lời, chờ lãnh đạo duyệt.');
  await expect(actions.getByText('Dự thảo trả lời đang chờ lãnh đạo duyệt.')).toBeVisible();
  const timeline = page.getByRole('region', { name: 'Quá trình xử lý' });
  await expect(timeline.getByRole('listitem')).toHaveCount(3);

  // The leader approves, then publishes.
  await page.getByRole('button', { name: 'Đăng xuất' }).click();
  await login(page, 'demo.leader');
  await page.goto(`/phan-anh-xu-ly/${code}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Phản ánh ${code}`);
  await expect(page.getByRole('region', { name: 'Câu trả lời' })).toContainText(answerText);
  await actions.getByRole('button', { name: 'Duyệt trả lời' }).click();
  await expect(actions.getByRole('status')).toContainText('Đã duyệt trả lời và gửi cho người phản ánh.');
  await expect(page.getByText('Đã trả lời').first()).toBeVisible();
  await actions.getByRole('button', { name: 'Công khai câu trả lời' }).click();
  await expect(actions.getByRole('status')).toHaveText('Đã công khai câu trả lời trên trang /phan-anh.');
  await expect(timeline).toContainText('Công khai câu trả lời');

  // On the public page, first (newest), with the answer and no personal data.
  await phone.goto('/phan-anh');
  const card = phone.getByRole('listitem').filter({ has: phone.getByRole('heading', { name: code }) });
  await expect(card).toContainText(tag);
  await expect(card).toContainText(answerText);
  await expect(card).toContainText(category.name);
  await expect(card).toContainText('UBND phường Tây Nha Trang');
  await expect(card).toContainText(/Công khai lúc \d{2}:\d{2} \d{2}\/\d{2}\/\d{4}/);
  // Search ignores diacritics.
  await phone
    .getByRole('searchbox', { name: 'Tìm trong câu trả lời' })
    .fill(`thay bong den dau hem 12 (${tag.toLowerCase()})`);
  await expect(phone.getByRole('listitem').filter({ has: phone.getByRole('heading') })).toHaveCount(1);
  await card.getByRole('link', { name: code }).click();
  await expect(phone.getByRole('heading', { level: 1 })).toHaveText(`Phản ánh ${code}`);
  await expect(phone.getByRole('article')).toContainText(answerText);
  expect(await overflow(phone)).toBeLessThanOrEqual(0);

  // The reporter is not satisfied: a reason is required, then the item is reopened.
  await phone.goto(`${tracking.pathname}${tracking.search}`);
  await expect(phone.locator('.track-big')).toHaveText('Đã công khai');
  await expect(phone.getByRole('region', { name: 'Câu trả lời của cơ quan' })).toContainText(answerText);
  await phone.getByRole('radio', { name: 'Chưa hài lòng' }).check();
  await phone.getByRole('button', { name: 'Gửi đánh giá' }).click();
  await expect(phone.getByRole('alert')).toContainText('Hãy cho biết vì sao chưa hài lòng');
  await phone
    .getByRole('textbox', { name: 'Vì sao Ông/Bà chưa hài lòng?' })
    .fill('Đèn lại tắt sau hai ngày.');
  await phone.getByRole('button', { name: 'Gửi đánh giá' }).click();
  await expect(phone.getByRole('status').filter({ hasText: 'mở lại' })).toContainText(
    'Phản ánh đã được mở lại để cơ quan xem xét, trả lời lại.',
  );
  await expect(phone.locator('.track-big')).toHaveText('Đang xử lý');
  await phone.context().close();

  // The leader sees it back in progress, rated "not satisfied" with the reason.
  await page.reload();
  await expect(page.getByText('Đang xử lý').first()).toBeVisible();
  await expect(page.getByText('Lý do: Đèn lại tắt sau hai ngày.').first()).toBeVisible();
});

test('a leader reads the feedback figures of the year and the officers named in verified complaints', async ({
  page,
}) => {
  await login(page, 'demo.leader');
  await mainNav(page).getByRole('link', { name: 'Tổng hợp phản ánh' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tổng hợp phản ánh, kiến nghị');
  const year = new Date(Date.now() + 7 * 3_600_000).getUTCFullYear();
  const figures = page.getByRole('region', { name: `Số liệu Năm ${year}` });
  await expect(figures.getByText('Tiếp nhận', { exact: true })).toBeVisible();
  await expect(figures.getByRole('listitem').filter({ hasText: 'Tỷ lệ trả lời đúng hạn' })).toContainText(
    /\d{1,3},\d{2}%|Chưa có/,
  );
  const officers = page.getByRole('region', { name: 'Cán bộ bị phản ánh đích danh' });
  await expect(officers.getByRole('table').or(officers.getByText(/Không có cán bộ nào/))).toBeVisible();
  await page.getByRole('textbox', { name: 'Ngưỡng đánh dấu cán bộ' }).fill('1');
  await expect(page).toHaveURL(/min=1/);
});

test('an officer logs a hotline call with the caller’s consent; the item keeps the call time and the contact', async ({
  page,
  request,
}) => {
  const tag = runTag();
  await login(page, 'demo.officer');
  await page.goto('/phan-anh-xu-ly');
  await page.getByRole('tab', { name: 'Ghi nhận cuộc gọi' }).click();
  const form = page.getByRole('region', { name: 'Ghi nhận cuộc gọi đường dây nóng' });
  await expect(form.getByRole('radio', { name: 'Đường dây nóng' })).toBeChecked();
  await form.getByRole('button', { name: 'Ghi nhận phản ánh' }).click();
  await expect(form.getByText('Trường này bắt buộc')).toHaveCount(2);

  const categoryBox = form.getByRole('combobox', { name: 'Lĩnh vực' });
  await categoryBox.click();
  await categoryBox.fill(category.name.slice(0, 8));
  await page
    .getByRole('option', { name: new RegExp(`^${category.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) })
    .click();
  await form
    .getByRole('textbox', { name: 'Nội dung phản ánh, kiến nghị' })
    .fill(`Người gọi báo cột đèn nghiêng trước nhà văn hoá ${tag}.`);
  await form.getByRole('textbox', { name: /^Địa điểm/ }).fill('phường Tây Nha Trang');
  await form
    .getByRole('checkbox', { name: 'Người gọi đồng ý để cơ quan liên hệ lại về phản ánh này' })
    .check();
  await form.getByRole('textbox', { name: 'Họ và tên' }).fill('Lê Văn Gọi');
  await form.getByRole('textbox', { name: 'Số điện thoại' }).fill('0905 111 222');
  // The call time as Vietnamese write it, whatever the browser's locale (yesterday 07:05, always past).
  const yesterday = new Date(Date.now() + 7 * 3_600_000 - 86_400_000).toISOString().slice(0, 10);
  const [y, m, d] = yesterday.split('-');
  await form.getByRole('textbox', { name: 'Thời điểm cuộc gọi' }).fill(`${d}/${m}/${y} 07:05`);
  await form.getByRole('button', { name: 'Ghi nhận phản ánh' }).click();

  const done = page.getByRole('heading', { name: /^Đã ghi nhận phản ánh PA-\d{8}-\d{4}$/ });
  await expect(done).toBeFocused();
  const code = ((await done.textContent()) ?? '').replace('Đã ghi nhận phản ánh ', '');
  await expect(page.getByRole('link', { name: new RegExp(`/phan-anh/theo-doi/${code}\\?t=`) })).toBeVisible();
  // The check value to read to the caller with the code: it follows the report on /phan-anh/theo-doi.
  await expect(page.getByText('Mã kiểm tra (đọc cho người phản ánh cùng mã)')).toBeVisible();
  const check = ((await page.getByTestId('check-value').textContent()) ?? '').trim();
  expect(check).toMatch(/^[2-9A-HJ-NP-Z]{6}$/);
  const followed = await request.post('/api/v1/public/feedback/lookup', { data: { code, key: check } });
  expect(((await followed.json()) as { verified: boolean }).verified).toBe(true);
  await page.getByRole('link', { name: 'Mở phản ánh' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Phản ánh ${code}`);
  const summary = page.getByRole('region', { name: 'Tóm tắt phản ánh' });
  await expect(summary).toContainText('Đường dây nóng');
  await expect(summary).toContainText(`07:05 ${d}/${m}/${y}`);
  const reporter = page.getByRole('region', { name: 'Người phản ánh' });
  await expect(reporter).toContainText('Lê Văn Gọi');
  await expect(reporter.getByRole('link', { name: '0905 111 222' })).toHaveAttribute(
    'href',
    'tel:0905 111 222',
  );
});
