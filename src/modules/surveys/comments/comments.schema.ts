import { z } from 'zod';
import { rowId } from '../../../lib/ids.ts';
import { code, period } from '../surveys.schema.ts';

/** Citizens' free-text comments sent with a survey response, and their moderation. */

export const COMMENT_STATUSES = ['pending', 'published', 'hidden'] as const;
export type CommentStatus = (typeof COMMENT_STATUSES)[number];
const status = z.enum(COMMENT_STATUSES);

export const CommentListQuery = z.object({
  unitCode: code.optional(),
  status: status
    .optional()
    .meta({ description: 'pending (chờ duyệt), published (đã công khai), hidden (đã ẩn)' }),
});

export const CommentItem = z.object({
  id: z.number().int(),
  unit: z.string(),
  unitName: z.string(),
  receivedOn: z.string().meta({ description: 'Ngày nhận (giờ Việt Nam); không có giờ, không gắn với phiếu' }),
  text: z.string().meta({ description: 'Đã che số điện thoại và địa chỉ email' }),
  status,
  moderatedAt: z.string().nullable(),
});

export const CommentList = z.object({ comments: z.array(CommentItem) });

export const CommentParams = z.object({ unitCode: code, id: rowId });

export const ModerateBody = z.object({
  status: z.enum(['published', 'hidden']).meta({ description: 'published: công khai; hidden: ẩn' }),
});

export const PublicCommentsQuery = z.object({ period });

export const PublicComments = z.object({
  comments: z.array(z.object({ receivedOn: z.string(), text: z.string() })),
});

export type CommentItem = z.infer<typeof CommentItem>;
export type CommentList = z.infer<typeof CommentList>;
export type PublicComments = z.infer<typeof PublicComments>;
