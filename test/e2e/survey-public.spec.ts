import { expect, type Page, test } from '@playwright/test';
import { login, runTag } from './helpers.ts';

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

test('a citizen answers step by step on a phone, goes back, reloads, leaves a comment with a phone number and is thanked; a second response the same day is refused; an officer publishes the comment and the unit page shows it masked', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto('/khao-sat/KH25-TNT');
  // No sign-in and no shell: a plain header with the unit and the language switch.
  await expect(page).toHaveURL(/\/khao-sat\/KH25-TNT$/);
  await expect(page.getByRole('banner')).toContainText('UBND phường Tây Nha Trang');
  await expect(page.getByRole('group', { name: 'Ngôn ngữ' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Điều hướng chính' })).toHaveCount(0);
  // Step 1 is the consent notice, with the progress bar at the top.
  await expect(page.getByRole('heading', { level: 2, name: 'Trước khi bắt đầu' })).toBeVisible();
  await expect(page.getByText('Nghị định 13/2023/NĐ-CP').first()).toBeVisible();
  const progress = page.locator('#survey-progress-label');
  await expect(progress).toHaveText(/^Bước 1\/(\d+) · đã trả lời 0\/(\d+) câu$/);
  const [, stepsText, totalText] = (await progress.textContent())!.match(
    /Bước 1\/(\d+) · đã trả lời 0\/(\d+)/,
  )!;
  const steps = Number(stepsText);
  const total = Number(totalText);
  expect(steps).toBeGreaterThan(3);
  // One form of address throughout: the installation's default, Ông/Bà, never Anh/Chị.
  expect(await page.locator('main').textContent()).not.toMatch(/anh\/chị/i);

  // Going on without consent: told so, and the focus goes to the tick box.
  const consent = page.getByRole('checkbox', { name: 'Tôi đã đọc và đồng ý tham gia khảo sát' });
  await page.getByRole('button', { name: 'Bắt đầu trả lời' }).click();
  await expect(consent).toBeFocused();
  await expect(page.getByText('Hãy đánh dấu ô đồng ý để bắt đầu trả lời.').first()).toBeVisible();
  await consent.check();
  await page.getByRole('button', { name: 'Bắt đầu trả lời' }).click();

  // One criterion per step; the focus is on the step's heading for screen readers.
  const stepHeading = page.locator('#survey-step-heading');
  await expect(progress).toHaveText(`Bước 2/${steps} · đã trả lời 0/${total} câu`);
  await expect(stepHeading).toBeFocused();
  const firstCriterion = (await stepHeading.textContent())!;
  const next = page.getByRole('button', { name: 'Tiếp', exact: true });
  const back = page.getByRole('button', { name: 'Quay lại' });
  for (const button of [next, back]) {
    expect((await button.boundingBox())?.height ?? 0).toBeGreaterThanOrEqual(44);
  }
  const questions = page.getByRole('group', { name: /^Câu \d+\./ });
  const onStep = await questions.count();
  expect(onStep).toBeGreaterThan(0);
  expect(onStep).toBeLessThan(total);
  const row = await questions.first().locator('label').first().boundingBox();
  expect(row?.height ?? 0).toBeGreaterThanOrEqual(44);
  for (let i = 0; i < onStep; i++) await questions.nth(i).getByRole('radio').last().check();
  // An answer can be taken back, and given again.
  await questions.first().getByRole('button', { name: 'Bỏ chọn Câu 1' }).click();
  await expect(questions.first().getByRole('radio').last()).not.toBeChecked();
  await questions.first().getByRole('radio').first().check();
  await expect(progress).toHaveText(`Bước 2/${steps} · đã trả lời ${onStep}/${total} câu`);
  expect(await overflow(page)).toBeLessThanOrEqual(0);

  // Forward, then back: the answers are still there.
  await next.click();
  await expect(progress).toContainText(`Bước 3/${steps}`);
  await expect(stepHeading).toBeFocused();
  await expect(stepHeading).not.toHaveText(firstCriterion);
  await back.click();
  await expect(stepHeading).toHaveText(firstCriterion);
  await expect(questions.first().getByRole('radio').first()).toBeChecked();
  await expect(
    questions
      .nth(onStep - 1)
      .getByRole('radio')
      .last(),
  ).toBeChecked();

  // A reload loses nothing (sessionStorage): same step, same answers.
  await page.reload();
  await expect(progress).toHaveText(`Bước 2/${steps} · đã trả lời ${onStep}/${total} câu`);
  await expect(questions.first().getByRole('radio').first()).toBeChecked();

  // The remaining criteria, answering the first question of each.
  let answered = onStep;
  for (let s = 3; s < steps; s++) {
    await next.click();
    await expect(progress).toContainText(`Bước ${s}/${steps}`);
    await questions.first().getByRole('radio').first().check();
    answered += 1;
  }
  await next.click();
  await expect(progress).toHaveText(`Bước ${steps}/${steps} · đã trả lời ${answered}/${total} câu`);
  await expect(stepHeading).toHaveText('Gửi ý kiến');
  await expect(page.getByText(`Ông/Bà đã trả lời ${answered}/${total} câu.`, { exact: false })).toBeVisible();

  // The last step: the optional questions about the respondent and the free-text comment.
  await expect(page.getByRole('heading', { name: 'Thông tin thêm (không bắt buộc)' })).toBeVisible();
  await page.getByRole('group', { name: 'Ông/Bà thuộc nhóm tuổi nào?' }).getByRole('radio').nth(1).check();
  const tag = runTag();
  await page
    .getByRole('textbox', { name: 'Ý kiến khác (không bắt buộc)' })
    .fill(`Cán bộ rất nhiệt tình ${tag}. Cần gì gọi tôi 0905 123 456 nhé.`);
  expect(await overflow(page)).toBeLessThanOrEqual(0);

  await page.getByRole('button', { name: 'Gửi ý kiến' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cảm ơn Ông/Bà!');
  await expect(
    page.getByText('Ý kiến của Ông/Bà về UBND phường Tây Nha Trang đã được ghi nhận.'),
  ).toBeVisible();
  // The device token came from the server with the form (signed), never made up by the page;
  // the draft is gone once sent.
  const stored = await page.evaluate(() => localStorage.getItem('hl-survey-form:KH25-TNT'));
  expect(JSON.parse(stored ?? '{}').deviceToken).toMatch(/^s1\.\d+\.\d+\.[\w-]+\.[\w-]+$/);
  expect(
    await page.evaluate(() => Object.keys(sessionStorage).filter((k) => k.startsWith('hl-survey-draft'))),
  ).toEqual([]);

  // Same phone, same unit, same day: the server's Vietnamese message, no thanks.
  await page.goto('/khao-sat/KH25-TNT');
  await expect(progress).toContainText(`Bước 1/${steps}`);
  await consent.check();
  await page.getByRole('button', { name: 'Bắt đầu trả lời' }).click();
  await questions.first().getByRole('radio').last().check();
  for (let s = 2; s < steps; s++) await next.click();
  await page.getByRole('button', { name: 'Gửi ý kiến' }).click();
  const refused = page.getByRole('alert');
  await expect(refused).toContainText('hôm nay');
  await expect(refused).toBeFocused();
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Cảm ơn Ông/Bà!');

  // Not public yet: an officer reads it (masked) on the review page and publishes it.
  await login(page, 'demo.admin');
  await page.goto('/khao-sat/ra-soat');
  const comment = page.getByRole('article').filter({ hasText: tag });
  await expect(comment).toContainText('[số điện thoại đã ẩn]');
  await expect(comment).not.toContainText('0905');
  await comment
    .getByRole('button', { name: /^Công khai ý kiến ngày \d\d\/\d\d\/\d{4} của UBND phường Tây Nha Trang$/ })
    .click();
  await expect(page.getByText('Đã công khai ý kiến.')).toBeVisible();
  // The form of address is set on the same page (installation-wide): Ông/Bà today. Choosing
  // Anh/Chị sends the setting; the answer is stubbed here so that journeys running beside this one
  // keep the demo's Ông/Bà (the API test changes it for real).
  const address = page.getByRole('region', { name: 'Cách xưng hô với người dân' });
  await expect(address.getByRole('radio', { name: 'Ông/Bà' })).toBeChecked();
  let sent: unknown = null;
  await page.route('**/api/v1/surveys/settings/address-form', async (route) => {
    if (route.request().method() !== 'PUT') return route.fallback();
    sent = route.request().postDataJSON();
    await route.fulfill({ json: { addressForm: 'Anh/Chị' } });
  });
  await address.getByText('Anh/Chị').click();
  await expect(page.getByText('Từ nay phiếu khảo sát xưng hô "Anh/Chị".')).toBeVisible();
  expect(sent).toEqual({ addressForm: 'Anh/Chị' });
  await page.unroute('**/api/v1/surveys/settings/address-form');
  await expect(page.getByRole('article').filter({ hasText: tag })).toHaveCount(0);

  // The unit's public result page of this year shows it, masked.
  const { publications } = (await (await page.request.get('/api/v1/public/index')).json()) as {
    publications: { id: number; period: string; questionnaire: string }[];
  };
  const year = publications.find((p) => p.period === '2026' && p.questionnaire === 'KH-UBND-XA')!;
  await page.goto(`/chi-so/${year.id}/KH25-TNT`);
  const published = page.getByRole('region', { name: 'Ý kiến của người dân' });
  await expect(published).toContainText(tag);
  await expect(published).toContainText('[số điện thoại đã ẩn]');
  await expect(published).not.toContainText('0905');
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
