import { AppError } from '../lib/errors.ts';

/** The database already holds units with the demo's codes: loading the demo would mix them. */
export const demoUnitsClash = (count: number, example: string) =>
  new AppError(
    'CONFLICT',
    `Không nạp được dữ liệu mẫu: cơ sở dữ liệu đã có ${count} đơn vị trùng mã với dữ liệu mẫu (ví dụ "${example}").`,
  );
