import type { JobProgress } from '../modules/imports/jobs.ts';

/**
 * Progress of a long import on stderr (stdout keeps only the result, for scripts): a line per
 * 50,000 rows read while checking, then a line per tenth of the rows stored.
 *   Đang kiểm tra tệp: 50.000 dòng…
 *   Đang ghi: 40.000/200.000 phiếu (20%)
 */
export function progressOnStderr(what: string): (p: JobProgress) => void {
  let lastChecked = 0;
  let lastTenth = -1;
  return (p) => {
    if (p.state === 'checking') {
      if (p.rows >= lastChecked + 50_000) {
        lastChecked = p.rows;
        process.stderr.write(`Đang kiểm tra tệp: ${thousands(p.rows)} dòng…\n`);
      }
      return;
    }
    const total = p.total ?? 0;
    const tenth = total > 0 ? Math.floor((p.rows / total) * 10) : 10;
    if (tenth > lastTenth) {
      lastTenth = tenth;
      process.stderr.write(
        `Đang ghi: ${thousands(p.rows)}/${thousands(total)} ${what} (${Math.round((p.rows / Math.max(total, 1)) * 100)}%)\n`,
      );
    }
  };
}

function thousands(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}
