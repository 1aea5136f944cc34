/**
 * The national dossier status codes and the transitions the desk may make. Pure: the service asks
 * `canMove` before every change and records the event.
 */
export const STATUS = {
  REGISTERED: 1,
  ACCEPTED: 2,
  NOT_ACCEPTED: 3,
  PROCESSING: 4,
  SUPPLEMENT: 5,
  FINANCIAL: 6,
  WITHDRAWN: 7,
  STOPPED: 8,
  DONE: 9,
  RETURNED: 10,
} as const;
export type Status = (typeof STATUS)[keyof typeof STATUS];

export const STATUS_NAMES: Record<Status, string> = {
  1: 'Mới đăng ký',
  2: 'Được tiếp nhận',
  3: 'Không được tiếp nhận',
  4: 'Đang xử lý',
  5: 'Yêu cầu bổ sung giấy tờ',
  6: 'Yêu cầu thực hiện nghĩa vụ tài chính',
  7: 'Công dân yêu cầu rút hồ sơ',
  8: 'Dừng xử lý',
  9: 'Đã xử lý xong',
  10: 'Đã trả kết quả',
};

const NEXT: Record<Status, readonly Status[]> = {
  1: [2, 3, 7],
  2: [4, 5, 3, 7, 9],
  3: [],
  4: [5, 6, 8, 9, 7],
  5: [4, 7, 8],
  6: [4, 7, 8],
  7: [],
  8: [],
  9: [10],
  10: [],
};

export function canMove(from: Status, to: Status): boolean {
  return NEXT[from].includes(to);
}

/** No longer at the desk or in processing: the clock no longer runs. */
export function isClosed(status: Status): boolean {
  return status === 3 || status === 7 || status === 8 || status === 9 || status === 10;
}

/** Waiting for the citizen (supplement, financial obligation): the clock is paused. */
export function isWaitingForCitizen(status: Status): boolean {
  return status === 5 || status === 6;
}

export function isStatus(n: number): n is Status {
  return Number.isInteger(n) && n >= 1 && n <= 10;
}

/**
 * The legal regime of a dossier is fixed at reception: NĐ 61/2018 (with NĐ 107/2021) until
 * 30/6/2025, NĐ 118/2025 from 1/7/2025 (Vietnam time).
 */
export function ruleSetOn(receivedAt: Date): 'ND61-2018' | 'ND118-2025' {
  return receivedAt.getTime() >= Date.UTC(2025, 6, 1) - 7 * 3_600_000 ? 'ND118-2025' : 'ND61-2018';
}
