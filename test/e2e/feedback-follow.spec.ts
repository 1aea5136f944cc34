import { randomBytes } from 'node:crypto';
import { expect, test } from '@playwright/test';
import sharp from 'sharp';
import { DEMO_PASSWORD, runTag } from './helpers.ts';

/**
 * Issue #12 item 3: a citizen sends a report from a phone with a 6.5 MB camera photo (shrunk in
 * the browser, not refused), writes down the code and the check value, and follows the report on
 * the page "Theo dõi phản ánh" with the phone number given, then from another device with the
 * check value; a wrong key shows nothing. The stored photo is small, upright and without EXIF.
 */

const MB = 1024 * 1024;

/**
 * A phone camera's JPEG: 4,000 × 3,000 px of noise (so it does not compress), stored sideways
 * with EXIF orientation 6 (shown 3,000 × 4,000, upright), a GPS position and a camera serial.
 */
async function cameraPhoto(): Promise<Buffer> {
  const width = 4000;
  const height = 3000;
  return sharp(randomBytes(width * height * 3), { raw: { width, height, channels: 3 } })
    .jpeg({ quality: 76 })
    .withExif({
      IFD0: { Make: 'SerialCam', Model: 'SN-4711-0815' },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '12/1 14/1 3/1',
        GPSLongitudeRef: 'E',
        GPSLongitude: '109/1 11/1 0/1',
      },
    })
    .withMetadata({ orientation: 6 })
    .toBuffer();
}

test('a 6.5 MB phone photo is shrunk and accepted; the report is followed by its code with the phone, then with the check value; a wrong key shows nothing', async ({
  browser,
  baseURL,
  request,
}) => {
  test.setTimeout(120_000);
  const tag = runTag();
  const photo = await cameraPhoto();
  expect(photo.length).toBeGreaterThan(6.5 * MB);
  expect(photo.length).toBeLessThan(8 * MB);
  const categories = (await (
    await request.get('/api/v1/public/feedback/categories?unitCode=KH25-TNT')
  ).json()) as { categories: { code: string; name: string }[] };
  const category = categories.categories.find((c) => c.code === 'GT') ?? categories.categories[0];
  expect(category).toBeDefined();

  const phoneContext = await browser.newContext({
    baseURL,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
    reducedMotion: 'reduce',
  });
  const phone = await phoneContext.newPage();
  await phone.goto('/phan-anh/gui');
  const categoryBox = phone.getByRole('combobox', { name: 'Lĩnh vực' });
  await categoryBox.click();
  await categoryBox.fill(category!.name.slice(0, 8));
  const escaped = category!.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  await phone.getByRole('option', { name: new RegExp(`^${escaped}`) }).click();
  await phone
    .getByRole('textbox', { name: 'Nội dung phản ánh, kiến nghị' })
    .fill(`Cây xanh gãy đổ chắn lối đi trước số 40 Trần Phú, mã kiểm thử ${tag}.`);
  await phone.getByRole('textbox', { name: /^Địa điểm/ }).fill('40 Trần Phú, phường Tây Nha Trang');

  // The camera photo: made smaller in the browser, upright, instead of "lớn hơn 5 MB".
  await phone
    .getByLabel(/^Ảnh/)
    .setInputFiles({ name: 'IMG_2026.jpg', mimeType: 'image/jpeg', buffer: photo });
  await expect(phone.getByText('Ảnh "IMG_2026.jpg" đã được thu nhỏ để gửi nhanh hơn.')).toBeVisible();
  const preview = phone.getByRole('img', { name: 'Ảnh 1: IMG_2026.jpg' });
  await expect(preview).toBeVisible();
  expect(await preview.evaluate((img: HTMLImageElement) => [img.naturalWidth, img.naturalHeight])).toEqual([
    1500, 2000,
  ]);
  await expect(phone.getByText(/lớn hơn 5 MB/)).toHaveCount(0);

  // Contact with consent: the phone number is the second way to follow the report.
  await phone
    .getByRole('checkbox', { name: 'Tôi đồng ý để cơ quan liên hệ với tôi về phản ánh này' })
    .check();
  await phone.getByRole('textbox', { name: 'Họ và tên' }).fill('Nguyễn Văn Kiểm');
  await phone.getByRole('textbox', { name: 'Số điện thoại' }).fill('0905 123 456');

  const upload = phone.waitForRequest(
    (r) => r.method() === 'POST' && new URL(r.url()).pathname === '/api/v1/public/feedback',
  );
  await phone.getByRole('button', { name: 'Gửi phản ánh' }).click();
  const sent = (await upload).postDataBuffer();
  expect(sent?.length ?? 0).toBeLessThan(5 * MB);
  await expect(phone.getByRole('heading', { level: 1 })).toHaveText('Đã gửi phản ánh');
  const code = ((await phone.locator('dd .dossier-code').textContent()) ?? '').trim();
  expect(code).toMatch(/^PA-\d{8}-\d{4}$/);
  const check = ((await phone.getByTestId('check-value').textContent()) ?? '').trim();
  expect(check).toMatch(/^[2-9A-HJ-NP-Z]{6}$/);

  // "Theo dõi phản ánh", the code filled in: a wrong key shows nothing, the phone number opens it.
  await phone.getByRole('link', { name: 'Trang Theo dõi phản ánh' }).click();
  await expect(phone.getByRole('heading', { level: 1 })).toHaveText('Theo dõi phản ánh');
  await expect(phone.getByRole('textbox', { name: 'Mã phản ánh' })).toHaveValue(code);
  const key = phone.getByRole('textbox', { name: 'Mã kiểm tra, hoặc số điện thoại / email' });
  await key.fill('0905 999 999');
  await phone.getByRole('button', { name: 'Xem tình trạng' }).click();
  await expect(phone.getByRole('alert')).toContainText('Thông tin kiểm tra không đúng');
  await expect(phone.locator('.track-big')).toHaveCount(0);
  await key.fill('+84 905 123 456');
  await phone.getByRole('button', { name: 'Xem tình trạng' }).click();
  await expect(phone.locator('.track-big')).toHaveText('Chờ tiếp nhận');
  await expect(phone.getByText(tag, { exact: false })).toBeVisible();
  await expect(phone.getByText('Trang này chỉ để xem.', { exact: false })).toBeVisible();
  await expect(phone.locator('main')).not.toContainText('Nguyễn Văn Kiểm');
  await expect(phone.locator('main')).not.toContainText('905');
  expect(
    await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
  ).toBeLessThanOrEqual(0);
  await phoneContext.close();

  // Another device, from the public front door: the code and the check value, typed in lower case.
  const other = await browser.newContext({ baseURL, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  const desk = await other.newPage();
  await desk.goto('/');
  await desk.getByRole('link', { name: 'Theo dõi phản ánh', exact: true }).click();
  await expect(desk.getByRole('heading', { level: 1 })).toHaveText('Theo dõi phản ánh');
  await desk.getByRole('textbox', { name: 'Mã phản ánh' }).fill(code.toLowerCase());
  await desk
    .getByRole('textbox', { name: 'Mã kiểm tra, hoặc số điện thoại / email' })
    .fill(check.toLowerCase());
  await desk.getByRole('button', { name: 'Xem tình trạng' }).click();
  await expect(desk.locator('.track-big')).toHaveText('Chờ tiếp nhận');
  await expect(desk.getByText(`Mã phản ánh: ${code}`)).toBeVisible();
  await other.close();

  // What was stored: one photo, far smaller than the camera's, upright, no EXIF (no GPS, no serial).
  const signIn = await request.post('/api/v1/auth/login', {
    data: { username: 'demo.officer', password: DEMO_PASSWORD },
  });
  expect(signIn.ok()).toBeTruthy();
  const item = (await (await request.get(`/api/v1/feedback/${code}`)).json()) as {
    photos: { url: string }[];
  };
  expect(item.photos).toHaveLength(1);
  const stored = await (await request.get(item.photos[0]!.url)).body();
  expect(stored.length).toBeLessThan(photo.length / 2);
  const meta = await sharp(stored).metadata();
  expect([meta.width, meta.height]).toEqual([1500, 2000]);
  expect(meta.exif).toBeUndefined();
  expect(meta.orientation ?? 1).toBe(1);
  expect(stored.includes(Buffer.from('SN-4711'))).toBe(false);
  expect(stored.includes(Buffer.from('Exif\0\0'))).toBe(false);
});
