import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/app.ts';
import { buildUnit } from '../../../test/factories.ts';
import { buildCategory } from '../../../test/feedback-factories.ts';
import { queryRows } from '../../db/rows.ts';
import { PHOTO_MAX_BYTES } from './feedback-text.ts';

/**
 * The server's limits stay as they were when the browser learned to shrink photos (issue #12):
 * a photo over 5 MB that reaches the server (an old page, another client) is refused whole,
 * naming the photo and the limit; a body over 25 MB is refused before it is parsed.
 */
const t = await createTestApp();
type Err = { error: { code: string; message: string; details: { fields?: { field: string }[] } } };

const form = (photo: Uint8Array<ArrayBuffer>, name: string) => {
  const body = new FormData();
  body.set('categoryCode', 'CAT-H');
  body.set('unitCode', 'H');
  body.set('description', 'Biển báo giao thông bị đổ ở ngã tư, rất nguy hiểm');
  body.append('photos', new File([photo], name, { type: 'image/jpeg' }));
  return body;
};
const post = (body: FormData) =>
  t.app.request(
    '/api/v1/public/feedback',
    { method: 'POST', body },
    { incoming: { socket: { remoteAddress: '10.7.0.1' } } },
  );

beforeAll(async () => {
  await buildUnit(t.ctx, { code: 'H', name: 'UBND xã Hòa Thắng', type: 'commune' });
  await buildCategory(t.ctx, { unitCode: 'H', code: 'CAT-H' });
});

describe('photos the server still refuses', () => {
  it('a photo of 5 MB and one byte: 413 naming the photo, the 5 MB and the field; nothing stored', async () => {
    const big = new Uint8Array(PHOTO_MAX_BYTES + 1);
    big.set([0xff, 0xd8, 0xff, 0xe0]);
    const res = await post(form(big, 'IMG_0042.jpg'));
    expect(res.status).toBe(413);
    const body = (await res.json()) as Err;
    expect(body.error.code).toBe('PAYLOAD_TOO_LARGE');
    expect(body.error.message).toContain('"IMG_0042.jpg" lớn hơn 5 MB');
    expect(body.error.details.fields?.[0]?.field).toBe('photos[0]');
    const [stored] = await queryRows<{ n: number }>(
      t.ctx.db,
      sql`select count(*)::int as n from feedback_items`,
    );
    expect(stored?.n).toBe(0);
  });

  it('a body over 25 MB is refused before it is read, with the limit in the message', async () => {
    const res = await post(form(new Uint8Array(26 * 1024 * 1024), 'video.jpg'));
    expect(res.status).toBe(413);
    const body = (await res.json()) as Err;
    expect(body.error.code).toBe('PAYLOAD_TOO_LARGE');
    expect(body.error.message).toContain('25 MB');
  });
});
