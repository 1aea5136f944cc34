import type { z } from 'zod';
import { AppError } from '../lib/errors.ts';
import type { Channel } from './sender.ts';

const CHANNEL_LABEL: Record<Channel, string> = { email: 'thư điện tử', sms: 'SMS', zalo: 'Zalo' };

export const invalidRecipient = (channel: Channel, recipient: string) =>
  new AppError(
    'VALIDATION_FAILED',
    channel === 'email'
      ? `Địa chỉ thư điện tử "${recipient}" không hợp lệ.`
      : `Số điện thoại "${recipient}" không phải số di động Việt Nam hợp lệ (0xxxxxxxxx hoặc +84xxxxxxxxx) để gửi ${CHANNEL_LABEL[channel]}.`,
    { field: 'recipient', channel },
  );

export const invalidPayload = (template: string, error: z.ZodError) =>
  new AppError('VALIDATION_FAILED', `Nội dung thông báo "${template}" không hợp lệ.`, {
    template,
    issues: error.issues.map((i) => ({ field: ['payload', ...i.path].join('.'), message: i.message })),
  });

export const unknownTemplate = (template: string) =>
  new AppError('VALIDATION_FAILED', `Không có mẫu thông báo "${template}".`, { field: 'template', template });

export const unknownChannel = (channel: string) =>
  new AppError('VALIDATION_FAILED', `Không có kênh thông báo "${channel}".`, { field: 'channel', channel });

export const missingDedupeKey = () =>
  new AppError('VALIDATION_FAILED', 'Thiếu khóa chống gửi trùng (dedupeKey) của thông báo.', {
    field: 'dedupeKey',
  });
