import { expect, type Page, test } from '@playwright/test';
import { login } from './helpers.ts';

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

test('a citizen answers the web form on a phone and is thanked; a second response the same day is refused', async ({
  page,
}) => {
  await page.goto('/khao-sat/KH25-TNT');
  // No sign-in and no shell: a plain header with the unit and the language switch.
  await expect(page).toHaveURL(/\/khao-sat\/KH25-TNT$/);
  await expect(page.getByRole('banner')).toContainText('UBND phường Tây Nha Trang');
  await expect(page.getByRole('group', { name: 'Ngôn ngữ' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Điều hướng chính' })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Trước khi bắt đầu' })).toBeVisible();
  await expect(page.getByText('Nghị định 13/2023/NĐ-CP').first()).toBeVisible();

  // Sending without consent: told so, and the focus goes to the tick box.
  const consent = page.getByRole('checkbox', { name: 'Tôi đã đọc và đồng ý tham gia khảo sát' });
  const send = page.getByRole('button', { name: 'Gửi ý kiến' });
  await send.click();
  await expect(consent).toBeFocused();
  await expect(page.getByText('Hãy đánh dấu ô đồng ý ở đầu phiếu trước khi gửi.').first()).toBeVisible();
  await consent.check();

  // Every question on one page, options as large rows; one question is left unanswered.
  const questions = page.getByRole('group', { name: /^Câu \d+\./ });
  const total = await questions.count();
  expect(total).toBeGreaterThan(10);
  const row = await questions.first().locator('label').first().boundingBox();
  expect(row?.height ?? 0).toBeGreaterThanOrEqual(44);
  for (let i = 0; i < total - 1; i++) {
    await questions.nth(i).getByRole('radio').last().check();
  }
  await expect(questions.first().getByRole('radio').last()).toBeChecked();
  // An answer can be taken back.
  await questions.first().getByRole('button', { name: 'Bỏ chọn Câu 1' }).click();
  await expect(questions.first().getByRole('radio').last()).not.toBeChecked();
  await questions.first().getByRole('radio').first().check();
  await expect(page.getByText(`Đã trả lời ${total - 1}/${total} câu.`)).toBeVisible();

  // The optional questions about the respondent.
  await expect(page.getByRole('heading', { name: 'Thông tin thêm (không bắt buộc)' })).toBeVisible();
  await page.getByRole('group', { name: 'Ông/Bà thuộc nhóm tuổi nào?' }).getByRole('radio').nth(1).check();
  expect(await overflow(page)).toBeLessThanOrEqual(0);

  await send.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cảm ơn Ông/Bà!');
  await expect(
    page.getByText('Ý kiến của Ông/Bà về UBND phường Tây Nha Trang đã được ghi nhận.'),
  ).toBeVisible();
  // The device token came from the server with the form (signed), never made up by the page.
  const stored = await page.evaluate(() => localStorage.getItem('hl-survey-form:KH25-TNT'));
  expect(JSON.parse(stored ?? '{}').deviceToken).toMatch(/^s1\.\d+\.\d+\.[\w-]+\.[\w-]+$/);

  // Same phone, same unit, same day: the server's Vietnamese message, no thanks.
  await page.goto('/khao-sat/KH25-TNT');
  await page.getByRole('checkbox', { name: 'Tôi đã đọc và đồng ý tham gia khảo sát' }).check();
  await page
    .getByRole('group', { name: /^Câu 1\./ })
    .getByRole('radio')
    .last()
    .check();
  await page.getByRole('button', { name: 'Gửi ý kiến' }).click();
  const refused = page.getByRole('alert');
  await expect(refused).toContainText('hôm nay');
  await expect(refused).toBeFocused();
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Cảm ơn Ông/Bà!');
});

test('an unknown unit gets a message instead of a form', async ({ page }) => {
  await page.goto('/khao-sat/KHONG-CO');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Không mở được phiếu khảo sát');
  await expect(page.getByRole('alert')).not.toBeEmpty();
});

test('a burst from one address is held and shown to the reviewer, who releases the group', async ({
  page,
  request,
}) => {
  test.setTimeout(180_000);
  // A script: eleven responses from one address within a minute, each with its own server token
  // and a solved proof of work (the eleventh holds them all).
  const { solveChallenge } = await import('altcha-lib/v1');
  for (let i = 0; i < 11; i++) {
    const form = await (await request.get('/api/v1/public/surveys/KH25-BNT')).json();
    const c = form.challenge;
    const solution = await solveChallenge(c.challenge, c.salt, c.algorithm, c.maxnumber).promise;
    const proof = Buffer.from(
      JSON.stringify({
        algorithm: c.algorithm,
        challenge: c.challenge,
        number: solution?.number,
        salt: c.salt,
        signature: c.signature,
      }),
    ).toString('base64');
    const res = await request.post('/api/v1/public/surveys/KH25-BNT/responses', {
      data: { answers: { 'C1.1': 1 }, consent: true, deviceToken: form.deviceToken, proof },
    });
    expect(res.status()).toBe(201);
  }

  await login(page, 'demo.admin');
  await page.goto('/khao-sat/ra-soat');
  const groups = page.getByRole('table', { name: 'Nhóm phiếu tạm giữ: cùng mã mạng, cùng khoảng thời gian' });
  await expect(groups).toBeVisible();
  await expect(groups).toContainText('UBND phường');
  await expect(page.getByText('Tạm giữ, chưa tính').first()).toBeVisible();
  await groups
    .getByRole('button', { name: /^Mở \d+ phiếu tạm giữ của mã mạng / })
    .first()
    .click();
  await expect(page.getByText(/^Đã mở \d+ phiếu; các phiếu được tính vào chỉ số\.$/)).toBeVisible();
  await expect(groups).toHaveCount(0);
});
