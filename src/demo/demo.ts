import { readFileSync } from 'node:fs';
import { systemActor } from '../access/actor.ts';
import type { Role } from '../access/roles.ts';
import type { AppContext } from '../lib/context.ts';
import { parseCsv } from '../lib/csv.ts';
import { findUserByUsername } from '../modules/accounts/accounts.repo.ts';
import { createUser } from '../modules/accounts/accounts.service.ts';
import { findByCodes as findProcedures } from '../modules/procedures/procedures.repo.ts';
import { importProcedures } from '../modules/procedures/procedures.service.ts';
import { findByCodes, markDemo } from '../modules/units/units.repo.ts';
import { importUnitsCsv } from '../modules/units/units.service.ts';
import { demoUnitsClash } from './demo.errors.ts';
import { demoDossiers } from './demo-dossiers.ts';
import { demoFeedback } from './demo-feedback.ts';
import { demoHeadings } from './demo-headings.ts';
import { demoPlans } from './demo-plans.ts';
import { demoPublications, demoQuestionnaires, demoSurveys } from './demo-surveys.ts';

/**
 * Demo data (labelled `demo` in the database and in the UI): Khánh Hòa as it is today and as it was.
 * Until 30/6/2025 the old province, Nha Trang's 27 wards and communes (22 from 1/11/2024) with their
 * People's Committees and health stations, a few communes of Vạn Ninh and Khánh Sơn and their districts;
 * from 1/7/2025 the merged province (KH25, the root: its users see the history below it) and the new
 * wards and communes that took over the demo's old ones (data/units/khanh-hoa-2025.csv, mostly
 * unverified: see data/demo/README.md), two departments, and one account per role. Every step is
 * idempotent: running the demo twice changes nothing.
 */
export const DEMO_PASSWORD = 'hailong-demo';

/** The demo's ward today (1/7/2025 on): Phương Sài's successor, where the leader and officer work. */
export const DEMO_WARD = 'KH25-TNT';

export const DEMO_ACCOUNTS: { username: string; role: Role; unitCode: string; displayName: string }[] = [
  { username: 'demo.admin', role: 'admin', unitCode: 'KH25', displayName: 'Quản trị tỉnh (demo)' },
  {
    username: 'demo.leader',
    role: 'leader',
    unitCode: DEMO_WARD,
    displayName: 'Chủ tịch UBND phường Tây Nha Trang (demo)',
  },
  {
    username: 'demo.officer',
    role: 'officer',
    unitCode: DEMO_WARD,
    displayName: 'Cán bộ một cửa Tây Nha Trang (demo)',
  },
  {
    username: 'demo.specialist',
    role: 'specialist',
    unitCode: 'KH25',
    displayName: 'Chuyên viên Sở Nội vụ tỉnh Khánh Hòa (demo)',
  },
  {
    username: 'demo.surveyor',
    role: 'surveyor',
    unitCode: 'KH25',
    displayName: 'Điều tra viên tỉnh Khánh Hòa (demo)',
  },
  { username: 'demo.viewer', role: 'viewer', unitCode: 'KH25', displayName: 'Người xem cấp tỉnh (demo)' },
];

const UNITS_FILE = new URL('../../data/demo/units.csv', import.meta.url);

export interface DemoReport {
  steps: { name: string; created: number }[];
}

export async function loadDemo(ctx: AppContext, log: (line: string) => void = () => {}): Promise<DemoReport> {
  const steps = [
    { name: 'đơn vị', run: () => demoUnits(ctx) },
    { name: 'tiêu đề văn bản của đơn vị', run: () => demoHeadings(ctx) },
    { name: 'thủ tục hành chính', run: () => demoProcedures(ctx) },
    { name: 'tài khoản', run: () => demoAccounts(ctx) },
    { name: 'phiếu khảo sát', run: () => demoQuestionnaires(ctx) },
    { name: 'đợt khảo sát và phiếu trả lời', run: () => demoSurveys(ctx) },
    { name: 'kết quả đã công bố', run: () => demoPublications(ctx) },
    { name: 'kế hoạch nâng cao chỉ số', run: () => demoPlans(ctx) },
    { name: 'hồ sơ một cửa', run: () => demoDossiers(ctx) },
    { name: 'phản ánh, kiến nghị', run: () => demoFeedback(ctx) },
  ];
  const report: DemoReport = { steps: [] };
  for (const step of steps) {
    const created = await step.run();
    log(`Dữ liệu mẫu — ${step.name}: ${created > 0 ? `đã tạo ${created}` : 'đã có sẵn'}`);
    report.steps.push({ name: step.name, created });
  }
  return report;
}

export async function demoUnits(ctx: AppContext): Promise<number> {
  const text = readFileSync(UNITS_FILE, 'utf8');
  const codes = parseCsv(text)
    .slice(1)
    .map((r) => r.fields[0]!);
  const present = await findByCodes(ctx.db, codes);
  if (present.length === codes.length) return 0;
  if (present.length > 0) {
    throw demoUnitsClash(present.length, present[0]!.code);
  }
  const result = await importUnitsCsv(ctx, systemActor('demo'), text, 'demo');
  await markDemo(ctx.db, codes);
  return result.imported;
}

const PROCEDURES_FILE = new URL('../../data/demo/procedures.json', import.meta.url);

/** Twelve commune-level procedures (hộ tịch, chứng thực) received by today's People's Committees. */
async function demoProcedures(ctx: AppContext): Promise<number> {
  const text = readFileSync(PROCEDURES_FILE, 'utf8');
  const codes = (JSON.parse(text) as { code: string }[]).map((p) => p.code);
  if ((await findProcedures(ctx.db, codes)).length === codes.length) return 0;
  const result = await importProcedures(ctx, systemActor('demo'), text, 'json', 'demo', { demo: true });
  return result.created;
}

async function demoAccounts(ctx: AppContext): Promise<number> {
  let created = 0;
  for (const account of DEMO_ACCOUNTS) {
    if (await findUserByUsername(ctx.db, account.username)) continue;
    await createUser(ctx, systemActor('demo'), { ...account, password: DEMO_PASSWORD }, { demo: true });
    created++;
  }
  return created;
}
