import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { login } from './helpers.ts';

/**
 * A large responses file (≈ 400 kB, checked in a worker thread on the server) imported from the
 * wave page: the upload answers at once with a job, the page shows its progress, then the result.
 */
test('the province admin imports a large responses file and sees it through to the result', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const q = JSON.parse(readFileSync('data/questionnaires/KH-UBND-XA.json', 'utf8')) as {
    criteria: { questions: { code: string }[] }[];
  };
  const codes = q.criteria.flatMap((c) => c.questions.map((x) => x.code));
  const n = 6000;
  // Today's wards (the demo's 2026 wave).
  const WARDS = ['KH25-NT', 'KH25-BNT', 'KH25-TNT', 'KH25-NNT', 'KH25-VNI', 'KH25-VTH', 'KH25-DLA'];
  // A second of its own per run: the same bytes are never imported twice.
  const second = String(Math.floor(Math.random() * 60)).padStart(2, '0');
  const lines = [`unit_code,submitted_at,${codes.join(',')}`];
  for (let i = 0; i < n; i++) {
    lines.push(
      `${WARDS[i % WARDS.length]},2026-03-02T08:${String(i % 60).padStart(2, '0')}:${second},${codes.map((_, k) => 1 + ((i + k) % 2)).join(',')}`,
    );
  }
  await login(page, 'demo.admin');
  await page.goto('/khao-sat/dot/KS-UBND-2026');
  // Where the questionnaire comes from, as the officer sees it (issue #11).
  await expect(page.getByTestId('questionnaire-source')).toHaveText(
    /^Mẫu tham khảo: câu hỏi do Hài Lòng soạn; tiêu chí theo Công văn số …\/UBND tháng 4 năm 2023/,
  );
  await page.getByLabel('Tệp phiếu (CSV hoặc XLSX)').setInputFiles({
    name: 'phieu-lon.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(`${lines.join('\n')}\n`),
  });
  await page.getByRole('button', { name: 'Nhập phiếu' }).click();
  await expect(page.getByText('Đã nhập 6.000 phiếu từ tệp phieu-lon.csv.')).toBeVisible({ timeout: 40_000 });
});
