import { type Browser, expect, type Page, test } from '@playwright/test';
import { login, mainNav } from './helpers.ts';

/** A phone with no session: the citizen who holds the receipt. */
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

test('an officer receives a dossier by keyboard, asks once for a supplement, records it and the early result; the citizen follows it and rates it once', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  await login(page, 'demo.officer');
  await expect(mainNav(page).getByText('Một cửa', { exact: true })).toBeVisible();
  await mainNav(page).getByRole('link', { name: 'Tiếp nhận hồ sơ' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tiếp nhận hồ sơ');
  await expect(page.getByText('Đơn vị tiếp nhận:')).toBeVisible();

  // The unit's procedures, the first one highlighted: Enter picks it and moves on.
  const procedure = page.getByRole('combobox', { name: 'Thủ tục hành chính' });
  await procedure.click();
  const first = page.getByRole('option').first();
  await expect(first).toBeVisible();
  const procedureName = (await first.locator('p').first().textContent())?.trim() ?? '';
  expect(procedureName).not.toBe('');
  await procedure.press('Enter');
  await expect(procedure).toHaveValue(new RegExp(`^${procedureName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  await expect(page.getByRole('radio', { name: 'Cá nhân' })).toBeFocused();

  // The procedure's documents, ticked; the guidance slip can be printed before receiving.
  const documents = page.getByRole('region', { name: 'Giấy tờ nhận của người nộp' });
  await expect(documents.getByRole('checkbox').first()).toBeChecked();
  await expect(page.getByRole('link', { name: 'In phiếu hướng dẫn' })).toHaveAttribute(
    'href',
    /\/api\/v1\/dossiers\/guide\?unitCode=KH25-TNT&procedureCode=/,
  );

  // Enter from field to field; Ctrl+Enter receives.
  await page.keyboard.press('Enter');
  await expect(page.getByRole('textbox', { name: 'Họ và tên' })).toBeFocused();
  // Not a demo name: the demo's own "Nguyễn Văn An" could be a possible duplicate of this reception.
  await page.keyboard.type('Nguyễn Văn Anh');
  await page.keyboard.press('Enter');
  await page.keyboard.type('0905123456');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('textbox', { name: 'Thư điện tử' })).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.type('12 Lê Hồng Phong, Nha Trang');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('checkbox', { name: /Người nộp đồng ý nhận thông báo/ })).toBeFocused();
  await page.keyboard.press('Space');
  await page.keyboard.press('Control+Enter');

  const done = page.getByRole('heading', { name: /^Đã tiếp nhận hồ sơ KH25-TNT-\d{8}-\d{4}$/ });
  await expect(done).toBeFocused();
  const code = ((await done.textContent()) ?? '').replace('Đã tiếp nhận hồ sơ ', '');
  await expect(page.getByText('Hẹn trả kết quả')).toBeVisible();
  const receipt = page.getByRole('link', { name: 'In giấy tiếp nhận (Mẫu 01)' });
  await expect(receipt).toHaveAttribute('href', `/api/v1/dossiers/${code}/slips/01`);
  const download = page.waitForEvent('download');
  await receipt.click();
  expect((await download).suggestedFilename()).toBe(`${code}-mau-01.pdf`);

  // The dossier page: status, due, the receipt among the slips.
  await page.getByRole('link', { name: 'Mở hồ sơ' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Hồ sơ ${code}`);
  await expect(page.getByText('Được tiếp nhận').first()).toBeVisible();
  const slips = page.getByRole('region', { name: 'Phiếu đã cấp' });
  await expect(slips).toContainText('Giấy tiếp nhận hồ sơ và hẹn trả kết quả (Mẫu 01)');
  const timeline = page.getByRole('region', { name: 'Quá trình giải quyết' });

  // Ask for supplements: Mẫu 02, the clock pauses.
  const actions = page.getByRole('region', { name: 'Thao tác' });
  await actions.getByRole('button', { name: 'Yêu cầu bổ sung' }).click();
  let dialog = page.getByRole('dialog', { name: 'Yêu cầu bổ sung hồ sơ (Mẫu 02)' });
  await dialog.getByRole('textbox', { name: 'Giấy tờ cần bổ sung' }).fill('Giấy chứng sinh (bản chính)');
  await dialog.getByRole('textbox', { name: 'Lý do' }).fill('Thiếu giấy chứng sinh bản chính');
  await dialog.getByRole('button', { name: 'Gửi yêu cầu bổ sung' }).click();
  await expect(dialog).toBeHidden();
  await expect(actions.getByRole('status')).toContainText('Đã yêu cầu bổ sung (Mẫu 02)');
  await expect(page.getByText('Yêu cầu bổ sung giấy tờ').first()).toBeVisible();
  await expect(page.getByText('Tạm dừng', { exact: true })).toBeVisible();
  await expect(slips).toContainText('Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (Mẫu 02)');

  // The citizen brought the paper: the clock runs again.
  await actions.getByRole('button', { name: 'Đã bổ sung' }).click();
  await expect(actions.getByRole('status')).toContainText('Đã ghi nhận người nộp bổ sung');
  await expect(page.getByText('Đang xử lý').first()).toBeVisible();

  // A second request is refused by the server, in its words; an officer cannot override.
  await actions.getByRole('button', { name: 'Yêu cầu bổ sung' }).click();
  dialog = page.getByRole('dialog', { name: 'Yêu cầu bổ sung hồ sơ (Mẫu 02)' });
  await expect(dialog.getByText('Hồ sơ này đã được yêu cầu bổ sung 1 lần.')).toBeVisible();
  await dialog.getByRole('textbox', { name: 'Giấy tờ cần bổ sung' }).fill('Sổ hộ khẩu');
  await dialog.getByRole('textbox', { name: 'Lý do' }).fill('Còn thiếu');
  await dialog.getByRole('button', { name: 'Gửi yêu cầu bổ sung' }).click();
  await expect(dialog.getByRole('alert')).toContainText('chỉ được yêu cầu bổ sung một lần');
  await expect(dialog.getByText('Chỉ lãnh đạo đơn vị được cho phép yêu cầu bổ sung lần hai.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Huỷ' }).click();
  await expect(dialog).toBeHidden();

  // The result is ready before the due moment: the invitation to collect it early.
  await actions.getByRole('button', { name: 'Có kết quả' }).click();
  await expect(actions.getByRole('status')).toHaveText(
    'Có kết quả trước hạn. Đã gửi giấy mời nhận kết quả sớm.',
  );
  await expect(page.getByText('Đã xử lý xong').first()).toBeVisible();
  await expect(slips).toContainText('Giấy mời nhận kết quả sớm');
  await expect(timeline.getByRole('listitem')).toHaveCount(4);
  await expect(timeline).toContainText('Tiếp nhận');
  await expect(timeline).toContainText('Yêu cầu bổ sung');
  await expect(timeline).toContainText('Đã bổ sung');
  await expect(timeline).toContainText('Có kết quả');
  await expect(actions.getByRole('button', { name: 'Trả kết quả' })).toBeVisible();
  const standing = page.getByTestId('dossier-standing');
  await expect(standing).toHaveText(/^Đã có kết quả (trước|đúng) hạn/);
  const standingWords = (await standing.textContent())?.trim() ?? '';

  const ratingHref = await page.locator('a[href*="/danh-gia/"]').getAttribute('href');
  const rating = new URL(ratingHref ?? '', 'http://x');
  expect(rating.pathname).toBe(`/danh-gia/${code}`);
  expect(rating.searchParams.get('t')).toBeTruthy();

  // The receipt's lookup QR carries the check value printed beside the code.
  const lookupHref = await page.locator('a[href*="/tra-cuu/"]').getAttribute('href');
  const lookup = new URL(lookupHref ?? '', 'http://x');
  expect(lookup.pathname).toBe(`/tra-cuu/${code}`);
  const check = lookup.searchParams.get('k') ?? '';
  expect(check).toMatch(/^[2-9A-HJ-NP-Z]{6}$/);
  await expect(page.getByText(check, { exact: true })).toBeVisible();

  // The citizen's phone: from the sign-in page's footer to the lookup, no sign-in, no shell.
  const phone = await citizenPhone(browser, baseURL);
  await phone.goto('/dang-nhap');
  await phone.getByRole('link', { name: 'Tra cứu tình trạng hồ sơ' }).click();
  await expect(phone.getByRole('heading', { level: 1 })).toHaveText('Tra cứu hồ sơ');
  await expect(phone.getByRole('navigation', { name: 'Điều hướng chính' })).toHaveCount(0);
  // The code alone is not enough: the form asks for the check value too.
  await phone.getByRole('textbox', { name: 'Mã hồ sơ' }).fill(code.toLowerCase());
  await phone.getByRole('button', { name: 'Tra cứu' }).click();
  await expect(phone.getByText('Nhập mã kiểm tra in trên giấy tiếp nhận.')).toBeVisible();
  // A link with the code alone (guessed, or typed without the value) shows only that the dossier exists.
  await phone.goto(`/tra-cuu/${code}`);
  await expect(
    phone.getByRole('status').filter({ hasText: `Hồ sơ ${code} có trong hệ thống` }),
  ).toContainText('nhập mã kiểm tra gồm 6 ký tự');
  await expect(phone.getByText('N.V.A.', { exact: true })).toHaveCount(0);
  await expect(phone.getByText(/^Đã có kết quả/)).toHaveCount(0);
  await expect(phone.getByRole('textbox', { name: 'Mã hồ sơ' })).toHaveValue(code);
  // A wrong value is refused in words; the right one (typed in small letters) opens the clock.
  await phone.getByRole('textbox', { name: 'Mã kiểm tra' }).fill('ABCDEF');
  await phone.getByRole('button', { name: 'Tra cứu' }).click();
  await expect(phone.getByRole('alert')).toContainText('Mã kiểm tra không đúng');
  await phone.getByRole('textbox', { name: 'Mã kiểm tra' }).fill(check.toLowerCase());
  await phone.getByRole('button', { name: 'Tra cứu' }).click();
  await expect(phone).toHaveURL(new RegExp(`/tra-cuu/${code}\\?k=${check}$`));
  // The clock's big line says what the officer's page says, word for word.
  await expect(phone.locator('.track-big')).toHaveText(standingWords);
  await expect(phone.getByText('N.V.A.', { exact: true })).toBeVisible();
  await expect(phone.getByText('Nguyễn Văn Anh')).toHaveCount(0);
  const history = phone.getByRole('region', { name: 'Quá trình giải quyết' });
  await expect(history.getByRole('listitem')).toHaveCount(4);
  await expect(history).toContainText('Yêu cầu bổ sung');
  await expect(phone.getByRole('region', { name: 'Tạm dừng tính thời gian' })).toContainText(
    'Lý do: Thiếu giấy chứng sinh bản chính',
  );
  await expect(phone.getByRole('region', { name: 'Giấy tờ cơ quan đã cấp' })).toContainText(
    'Giấy mời nhận kết quả sớm',
  );
  expect(await overflow(phone)).toBeLessThanOrEqual(0);

  await phone.goto('/tra-cuu/KH25-TNT-19990101-9999');
  await expect(phone.getByRole('alert')).toContainText('Không tìm thấy hồ sơ');

  // Scanning the receipt's QR opens the clock at once, both fields filled from the link.
  await phone.goto(`${lookup.pathname}${lookup.search}`);
  await expect(phone.getByText('N.V.A.', { exact: true })).toBeVisible();

  // Rating from the QR: the indicators known from the dossier are shown, not asked.
  await phone.goto(`${rating.pathname}${rating.search}`);
  await expect(phone.getByRole('heading', { level: 1 })).toHaveText('Đánh giá việc giải quyết hồ sơ');
  // Received today: the form of NĐ 118/2025, adapted and said to be unverified in the footer.
  await expect(phone.getByTestId('rating-regime')).toContainText('Nghị định 118/2025/NĐ-CP');
  await expect(phone.getByTestId('rating-source')).toContainText('766/QĐ-TTg');
  await expect(phone.getByTestId('rating-source')).toContainText('chưa kiểm chứng');
  const known = phone.getByRole('region', { name: 'Tính từ hồ sơ' });
  await expect(known).toContainText('02 lần');
  const questions = phone.getByRole('group', { name: /^\d+\./ });
  const total = await questions.count();
  expect(total).toBeGreaterThanOrEqual(3);
  const row = await questions.first().locator('label').first().boundingBox();
  expect(row?.height ?? 0).toBeGreaterThanOrEqual(44);
  for (let i = 0; i < total; i++) await questions.nth(i).getByRole('radio').last().check();
  await expect(phone.getByText(`Đã trả lời ${total}/${total} câu.`)).toBeVisible();
  await phone.getByRole('button', { name: 'Gửi đánh giá' }).click();
  await expect(phone.getByRole('heading', { level: 1 })).toHaveText('Cảm ơn Ông/Bà!');

  // Once only: the same link again says so.
  await phone.goto(`${rating.pathname}${rating.search}`);
  await expect(phone.getByRole('heading', { level: 1 })).toHaveText('Hồ sơ này đã được đánh giá');
  await expect(phone.getByRole('alert')).toContainText('đã được đánh giá');
  await phone.context().close();
});

test('a leader reads the month: figures with a decimal comma, the violation register, the register file', async ({
  page,
}) => {
  await login(page, 'demo.leader');
  await mainNav(page).getByRole('link', { name: 'Tổng hợp một cửa' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tổng hợp một cửa');

  // Last month (Vietnam time), which the demo data has finished dossiers for.
  const vn = new Date(Date.now() + 7 * 3_600_000);
  const last = new Date(Date.UTC(vn.getUTCFullYear(), vn.getUTCMonth() - 1, 1));
  const month = `${last.getUTCFullYear()}-${String(last.getUTCMonth() + 1).padStart(2, '0')}`;
  const label = `Tháng ${month.slice(5)}/${month.slice(0, 4)}`;
  await page.getByRole('combobox', { name: 'Tháng', exact: true }).click();
  await page.getByRole('option', { name: label }).click();
  await expect(page).toHaveURL(new RegExp(`month=${month}`));

  const figures = page.getByRole('region', { name: `Số liệu tháng ${month.slice(5)}/${month.slice(0, 4)}` });
  await expect(figures.getByText('Tiếp nhận', { exact: true })).toBeVisible();
  const rate = figures.getByRole('listitem').filter({ hasText: 'Tỷ lệ đúng hạn' });
  await expect(rate).toContainText(/\d{1,3},\d{2}%/);

  const register = page.getByRole('region', { name: 'Sổ vi phạm nghĩa vụ một cửa' });
  await expect(
    register.getByRole('table').or(register.getByText('Không có vi phạm nào trong tháng.')),
  ).toBeVisible();
  if (await register.getByRole('table').isVisible()) {
    await expect(register.getByRole('row').nth(1)).toContainText(
      /Yêu cầu bổ sung lần hai|Quá hạn không xin lỗi/,
    );
    await expect(register.getByRole('row').nth(1).getByRole('link')).toHaveText(/^KH25-TNT-\d{8}-\d{4}$/);
  }

  const file = page.getByRole('link', { name: 'Tải sổ theo dõi (Mẫu 07)' });
  await expect(file).toHaveAttribute(
    'href',
    `/api/v1/dossiers/register.xlsx?unitCode=KH25-TNT&month=${month}`,
  );
  const download = page.waitForEvent('download');
  await file.click();
  expect((await download).suggestedFilename()).toBe(`so-theo-doi-ho-so-KH25-TNT-${month}.xlsx`);
});

test('an officer stops a dossier received under NĐ 118 with a reason and a legal basis, and prints the notice (TT 03/2025 Mẫu số 05)', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await login(page, 'demo.officer');
  await mainNav(page).getByRole('link', { name: 'Tiếp nhận hồ sơ' }).click();
  const procedure = page.getByRole('combobox', { name: 'Thủ tục hành chính' });
  await procedure.click();
  await expect(page.getByRole('option').first()).toBeVisible();
  await procedure.press('Enter');
  await expect(page.getByRole('radio', { name: 'Cá nhân' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('textbox', { name: 'Họ và tên' })).toBeFocused();
  await page.keyboard.type('Trần Thị Bình');
  await page.keyboard.press('Enter');
  await page.keyboard.type('0905765432');
  await page.keyboard.press('Control+Enter');
  // Whatever the demo unit's code prefix is.
  await expect(page.getByRole('heading', { name: /^Đã tiếp nhận hồ sơ \S+-\d{8}-\d{4}$/ })).toBeFocused();
  await page.getByRole('link', { name: 'Mở hồ sơ' }).click();

  // The regime the dossier was received under, named on its page.
  await expect(page.getByText('Nghị định 118/2025/NĐ-CP, Thông tư 03/2025/TT-VPCP')).toBeVisible();
  const actions = page.getByRole('region', { name: 'Thao tác' });
  await expect(actions.getByRole('button', { name: 'Dừng giải quyết' })).toHaveCount(0);
  await actions.getByRole('button', { name: 'Chuyển xử lý' }).click();
  await expect(actions.getByRole('status')).toContainText('Đã chuyển hồ sơ sang xử lý.');
  // Under NĐ 118 a dossier in processing is stopped (Mẫu số 05), not refused: no refuse button.
  await expect(actions.getByRole('button', { name: 'Từ chối' })).toHaveCount(0);
  // The control sheet is numbered by TT 03/2025, and its unverified numbering is said.
  const slipList = page.getByRole('region', { name: 'Phiếu đã cấp' });
  await expect(slipList.getByRole('link', { name: 'In phiếu kiểm soát (Mẫu 06)' })).toBeVisible();
  await expect(slipList).toContainText('chưa kiểm chứng');

  await actions.getByRole('button', { name: 'Dừng giải quyết' }).click();
  const dialog = page.getByRole('dialog', { name: 'Dừng giải quyết hồ sơ' });
  // Without a legal basis the server names the field.
  await dialog.getByRole('textbox', { name: 'Lý do dừng giải quyết' }).fill('Đang xác minh tranh chấp.');
  await dialog.getByRole('button', { name: 'Dừng giải quyết' }).click();
  await expect(dialog.getByRole('alert')).toBeVisible();
  await dialog.getByRole('textbox', { name: 'Căn cứ pháp lý' }).fill('Nghị định 118/2025/NĐ-CP');
  await dialog.getByRole('button', { name: 'Dừng giải quyết' }).click();
  await expect(dialog).toBeHidden();
  await expect(actions.getByRole('status')).toContainText('Đã dừng giải quyết hồ sơ và lập thông báo.');
  await expect(page.getByText('Dừng xử lý').first()).toBeVisible();
  const slips = page.getByRole('region', { name: 'Phiếu đã cấp' });
  await expect(slips).toContainText('Thông báo dừng giải quyết hồ sơ (Mẫu 05)');
  await expect(page.getByRole('region', { name: 'Quá trình giải quyết' })).toContainText('Dừng giải quyết');
});
