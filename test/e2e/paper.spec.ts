import { expect, test } from '@playwright/test';
import { login } from './helpers.ts';

/**
 * Paper surveys: from the wave page an officer downloads the questionnaire to print, for the whole
 * wave (blank unit line) or already named for one ward, as PDF or DOCX.
 */
test('an officer downloads the paper questionnaire of a wave from its page, for the wave and for one ward', async ({
  page,
}) => {
  await login(page, 'demo.admin');
  await page.goto('/khao-sat/dot/KS-UBND-2026');
  const box = page.getByTestId('paper-print');
  await expect(box.getByRole('heading', { name: 'In phiếu khảo sát giấy' })).toBeVisible();
  await expect(box).toContainText('Nghị định 13/2023/NĐ-CP');

  const pdf = box.getByRole('link', { name: 'Tải phiếu (PDF)' });
  const pdfAnswer = await page.request.get((await pdf.getAttribute('href'))!);
  expect(pdfAnswer.status()).toBe(200);
  expect(pdfAnswer.headers()['content-type']).toBe('application/pdf');
  expect((await pdfAnswer.body()).subarray(0, 5).toString()).toBe('%PDF-');

  const docx = box.getByRole('link', { name: 'Tải phiếu (DOCX, sửa trong Word)' });
  const download = page.waitForEvent('download');
  await docx.click();
  expect((await download).suggestedFilename()).toMatch(/^phieu-khao-sat-KH-UBND-XA-v\d+\.docx$/);

  const ward = page.getByRole('link', { name: /Phiếu khảo sát in giấy của .*Tây Nha Trang/ });
  const href = (await ward.getAttribute('href'))!;
  expect(href).toContain('unitCode=KH25-TNT');
  const wardAnswer = await page.request.get(href);
  expect(wardAnswer.status()).toBe(200);
  expect(wardAnswer.headers()['content-disposition']).toContain('KH25-TNT.pdf');
});
