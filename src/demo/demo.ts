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
import { demoPlans } from './demo-plans.ts';
import { demoPublications, demoQuestionnaires, demoSurveys } from './demo-surveys.ts';

/**
 * Demo data (labelled `demo` in the database and in the UI): Khánh Hòa, Nha Trang's 27 wards and
 * communes with their People's Committees and health stations, a few communes of Vạn Ninh and
 * Khánh Sơn, two departments, and one account per role. Every step is idempotent: running the
 * demo twice changes nothing.
 */
export const DEMO_PASSWORD = 'hailong-demo';

export const DEMO_ACCOUNTS: { username: string; role: Role; unitCode: string; displayName: string }[] = [
  { username: 'demo.admin', role: 'admin', unitCode: 'KH', displayName: 'Quản trị tỉnh (demo)' },
  {
    username: 'demo.leader',
    role: 'leader',
    unitCode: 'P09',
    displayName: 'Chủ tịch UBND phường Phương Sài (demo)',
  },
  {
    username: 'demo.officer',
    role: 'officer',
    unitCode: 'P09',
    displayName: 'Cán bộ một cửa Phương Sài (demo)',
  },
  {
    username: 'demo.specialist',
    role: 'specialist',
    unitCode: 'NT',
    displayName: 'Chuyên viên Phòng Nội vụ Nha Trang (demo)',
  },
  {
    username: 'demo.surveyor',
    role: 'surveyor',
    unitCode: 'NT',
    displayName: 'Điều tra viên Nha Trang (demo)',
  },
  { username: 'demo.viewer', role: 'viewer', unitCode: 'KH', displayName: 'Người xem cấp tỉnh (demo)' },
];

const UNITS_FILE = new URL('../../data/demo/units.csv', import.meta.url);

export interface DemoReport {
  steps: { name: string; created: number }[];
}

export async function loadDemo(ctx: AppContext, log: (line: string) => void = () => {}): Promise<DemoReport> {
  const steps = [
    { name: 'đơn vị', run: () => demoUnits(ctx) },
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

async function demoUnits(ctx: AppContext): Promise<number> {
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

/** Twelve commune-level procedures (hộ tịch, chứng thực) received by the 27 People's Committees. */
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
