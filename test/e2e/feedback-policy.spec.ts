import { expect, test } from '@playwright/test';
import { login, runTag } from './helpers.ts';

/**
 * Feedback deadline policies (data/feedback/deadline-policies.json): the admin sees which policy each
 * category follows and changes one; the reporter's tracking page says which rule the deadline
 * follows, an internal target labelled as such.
 */
test('the admin sets a category’s deadline policy; the reporter sees where the deadline comes from', async ({
  page,
  request,
}) => {
  test.setTimeout(90_000);
  await login(page, 'demo.admin');
  await page.goto('/phan-anh-xu-ly/linh-vuc');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lĩnh vực phản ánh và thời hạn xử lý');
  // The demo: regulations under NĐ 20/2008, urban order under a labelled internal target.
  await expect(
    page.getByRole('combobox', {
      name: 'Chính sách thời hạn của lĩnh vực Thủ tục hành chính, Bộ phận Một cửa',
    }),
  ).toHaveValue('Phản ánh, kiến nghị về quy định hành chính (NĐ 20/2008/NĐ-CP)');
  const urban = page.getByRole('combobox', {
    name: 'Chính sách thời hạn của lĩnh vực Trật tự đô thị, lấn chiếm vỉa hè',
  });
  await expect(urban).toHaveValue('Trật tự đô thị, giao thông, môi trường (mục tiêu nội bộ)');
  await expect(page.locator('[data-policy="noi-bo-do-thi"] [data-testid="deadline-policy"]')).toContainText(
    'mục tiêu nội bộ, không phải thời hạn do pháp luật quy định; chưa kiểm chứng',
  );

  // Health: from the general internal target to NĐ 20/2008's days, saved, then back.
  const health = page.getByRole('combobox', { name: 'Chính sách thời hạn của lĩnh vực Y tế, trạm y tế' });
  const row = page.locator('tr[data-category="YT"]');
  for (const [option, value] of [
    [
      'Phản ánh, kiến nghị về quy định hành chính (NĐ 20/2008/NĐ-CP)',
      'Phản ánh, kiến nghị về quy định hành chính (NĐ 20/2008/NĐ-CP)',
    ],
    [
      'Phản ánh khác (mục tiêu nội bộ, theo mốc của NĐ 20/2008)',
      'Phản ánh khác (mục tiêu nội bộ, theo mốc của NĐ 20/2008)',
    ],
  ] as const) {
    await health.click();
    await page.getByRole('option', { name: option }).click();
    await row.getByRole('button', { name: 'Lưu' }).click();
    await expect(row.getByRole('status')).toHaveText('Đã lưu; phản ánh đã tiếp nhận giữ thời hạn cũ.');
    await page.reload();
    await expect(health).toHaveValue(value);
  }

  // A citizen's report on urban order (no session): the tracking page names the rule and labels it.
  const res = await request.post('/api/v1/public/feedback', {
    data: {
      categoryCode: 'TTĐT',
      unitCode: 'KH25-TNT',
      description: `Quán ăn lấn chiếm vỉa hè trước chợ, người đi bộ phải xuống lòng đường (${runTag()}).`,
    },
  });
  expect(res.status()).toBe(201);
  const { trackingUrl } = (await res.json()) as { trackingUrl: string };
  await page.goto(new URL(trackingUrl).pathname + new URL(trackingUrl).search);
  await expect(page.getByTestId('deadline-policy')).toHaveText(
    'Thời hạn theo: Mục tiêu nội bộ của đơn vị (không có văn bản pháp luật quy định thời hạn) (mục tiêu nội bộ, không phải thời hạn do pháp luật quy định; chưa kiểm chứng)',
  );
});
