import { expect, type Page, test } from '@playwright/test';
import { readPdf } from '../../src/documents/testing/pdf-reader.ts';
import { login, mainNav } from './helpers.ts';

/** Today in Vietnam, dd/mm/yyyy: the date the print line must show. */
function todayVi(): string {
  const [y, m, d] = new Date(Date.now() + 7 * 3600 * 1000).toISOString().slice(0, 10).split('-');
  return `${d}/${m}/${y}`;
}

/**
 * Press "In" (window.print is counted, not opened), then print the page as Chromium does: the
 * print stylesheet, A4 with its @page margins, to a PDF whose text a reader sees.
 */
async function printPage(page: Page): Promise<string> {
  await page.evaluate(() => {
    const w = window as unknown as { printed: number };
    w.printed = 0;
    window.print = () => {
      w.printed += 1;
    };
  });
  await page.getByRole('button', { name: /^In trang này/ }).click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: /^In trang này/ })).toBeHidden();
  await expect(mainNav(page)).toBeHidden();
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: false });
  const pages = await readPdf(pdf);
  expect(pages[0]?.width).toBeCloseTo(595.28, 0); // A4: 210 mm
  return pages.map((p) => `${p.topMargin}\n${p.text}`).join('\n');
}

/** What the shell shows on screen and paper must not: header, navigation, language, demo banner. */
function expectNoShell(text: string) {
  for (const shell of [
    'Hài Lòng',
    'Đăng xuất',
    'Tổng quan',
    'Người dùng',
    'Tài khoản của tôi',
    'Dữ liệu mẫu (demo)',
    'English',
    'Ngôn ngữ',
  ]) {
    expect(text, `"${shell}" printed`).not.toContain(shell);
  }
}

test('a dossier prints its title, the print date and its timeline, without the shell or buttons', async ({
  page,
}) => {
  await login(page, 'demo.officer');
  await page.goto('/mot-cua');
  const first = page.getByRole('table').first().getByRole('link').first();
  const code = ((await first.textContent()) ?? '').trim();
  await first.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Hồ sơ ${code}`);
  await expect(page.getByText('Dữ liệu mẫu (demo)')).toBeVisible();

  const text = await printPage(page);
  expect(text).toContain(`Hồ sơ ${code}`);
  expect(text).toContain(`In ngày ${todayVi()}`);
  expect(text).toContain('Quá trình giải quyết');
  expect(text).not.toContain('Về danh sách hồ sơ');
  expect(text).not.toContain('Thao tác'); // the actions section: only buttons
  expect(text).not.toMatch(/\(Mẫu \d+\)\s+In(\s|$)|In phiếu kiểm soát/); // the slips' print links
  expectNoShell(text);
});

test('a plan prints its title, the print date and its task table, without the shell or buttons', async ({
  page,
}) => {
  await login(page, 'demo.admin');
  await page.goto('/ke-hoach');
  const list = page.getByRole('table', { name: 'Danh sách kế hoạch' });
  await list.getByRole('row').filter({ hasText: 'UBND phường Phương Sài' }).first().getByRole('link').click();
  await expect(page).toHaveURL(/\/ke-hoach\/\d+$/);
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toContainText('UBND phường Phương Sài');
  const title = ((await heading.textContent()) ?? '').trim();
  const annex = page.getByRole('table', { name: /^Phụ lục nhiệm vụ/ });
  const cells = await annex.getByRole('row').nth(1).getByRole('cell').allInnerTexts();
  const longest = cells.reduce((a, b) => (b.length > a.length ? b : a), '');
  const taskStart = longest.split(/\s+/).slice(0, 3).join(' ');
  expect(taskStart.length).toBeGreaterThan(5);

  const text = await printPage(page);
  expect(text.replace(/\s+/g, ' ')).toContain(title.replace(/\s+/g, ' ').slice(0, 40));
  expect(text).toContain(`In ngày ${todayVi()}`);
  expect(text.replace(/\s+/g, ' ')).toContain(taskStart);
  expect(text).not.toContain('Cập nhật tiến độ');
  expect(text).not.toContain('Thao tác'); // the column of buttons
  expect(text).not.toContain('Về danh sách');
  expectNoShell(text);
});

test('the results table prints whole with its unit names, the print date, and no filters or export button', async ({
  page,
}) => {
  await login(page, 'demo.leader');
  await page.goto('/chi-so-hai-long');
  await expect(page.getByRole('table').first()).toContainText('Tây Nha Trang');

  const text = await printPage(page);
  expect(text).toContain('Chỉ số hài lòng');
  expect(text).toContain(`In ngày ${todayVi()}`);
  expect(text.replace(/\s+/g, ' ')).toContain('Trạm Y tế phường Tây Nha Trang 110');
  // The unit's name keeps a readable column, not one word a line.
  const nameLine = text.split('\n').find((line) => line.startsWith('Trạm Y tế')) ?? '';
  expect(nameLine.split(' ').length).toBeGreaterThanOrEqual(4);
  expect(text).not.toContain('Xuất Excel');
  expect(text).not.toContain('Xem kết quả');
  expectNoShell(text);
});
