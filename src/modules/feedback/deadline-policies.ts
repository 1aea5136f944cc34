/**
 * Feedback deadline policies (data/feedback/deadline-policies.json): the working days each step of a
 * piece of feedback is allowed, by policy, each with the document it comes from and whether that was
 * verified. NĐ 20/2008/NĐ-CP governs feedback on administrative regulations only; other categories
 * choose another policy — a provincial rule, or an internal target labelled as such.
 *
 * Pure: the file is imported statically and checked once when this module loads.
 */
import { z } from 'zod';
import data from '../../../data/feedback/deadline-policies.json' with { type: 'json' };

const days = z.number().int().min(1).max(60);

const sourceSchema = z.strictObject({
  id: z.string().min(1),
  url: z.url(),
  title: z.string().min(1),
  kind: z.enum(['official', 'press', 'legal-database', 'secondary', 'mirror']),
  excerpt: z.string().min(1),
});

export const POLICY_STATUSES = ['official', 'provincial', 'internal-target'] as const;
export type PolicyStatus = (typeof POLICY_STATUSES)[number];

const policySchema = z.strictObject({
  code: z.string().regex(/^[a-z0-9-]{2,40}$/),
  name: z.string().min(1),
  appliesTo: z.string().min(1),
  /** Working days: refuse, transfer, ask for information (from reception), answer (from reception), publish (after the answer). */
  steps: z.strictObject({ reject: days, transfer: days, askInfo: days, answer: days, publish: days }),
  source: z.strictObject({
    document: z.string().min(1),
    article: z.string().min(1).nullable(),
    status: z.enum(POLICY_STATUSES),
    verified: z.boolean(),
    sources: z.array(z.string().min(1)),
    note: z.string().min(1).optional(),
  }),
});

const fileSchema = z.strictObject({
  note: z.string(),
  sources: z.array(sourceSchema),
  policies: z.array(policySchema).min(1),
});

export type DeadlinePolicy = z.infer<typeof policySchema>;
export type DeadlineSteps = DeadlinePolicy['steps'];

/** The code categories and items default to (the database column's default too). */
export const DEFAULT_POLICY = 'nd20-2008';

/** Check a policies file: shape, unique codes, cited sources exist, verified only over an official or press source. */
export function checkPolicies(input: unknown): DeadlinePolicy[] {
  const file = fileSchema.parse(input);
  const sources = new Map(file.sources.map((s) => [s.id, s]));
  const seen = new Set<string>();
  for (const p of file.policies) {
    if (seen.has(p.code)) throw new Error(`deadline policy "${p.code}" appears twice`);
    if (!(p.steps.reject <= p.steps.transfer && p.steps.transfer <= p.steps.answer))
      throw new Error(`deadline policy "${p.code}": the steps must keep reject ≤ transfer ≤ answer`);
    seen.add(p.code);
    for (const id of p.source.sources) {
      if (!sources.has(id)) throw new Error(`deadline policy "${p.code}" cites a missing source "${id}"`);
    }
    const strong = p.source.sources.some((id) =>
      ['official', 'press', 'legal-database'].includes(sources.get(id)!.kind),
    );
    if (p.source.verified && !strong)
      throw new Error(
        `deadline policy "${p.code}" is verified without an official, press or legal-database source`,
      );
    if (p.source.status !== 'internal-target' && p.source.article === null && p.source.verified)
      throw new Error(`deadline policy "${p.code}" is verified without an article`);
  }
  if (!seen.has(DEFAULT_POLICY))
    throw new Error(`the default deadline policy "${DEFAULT_POLICY}" is missing`);
  return file.policies;
}

export const DEADLINE_POLICIES: readonly DeadlinePolicy[] = checkPolicies(data);

const BY_CODE = new Map(DEADLINE_POLICIES.map((p) => [p.code, p]));

export function findPolicy(code: string): DeadlinePolicy | undefined {
  return BY_CODE.get(code);
}

/**
 * The policy an item stored at reception. An item always names a policy of the file (reception
 * checks it); a code the file lost since is a data error, never read as another policy's days.
 */
export function policyOf(code: string): DeadlinePolicy {
  const p = BY_CODE.get(code);
  if (!p)
    throw new Error(`unknown feedback deadline policy "${code}" (data/feedback/deadline-policies.json)`);
  return p;
}

const STATUS_LABELS: Record<PolicyStatus, string> = {
  official: 'văn bản pháp luật',
  provincial: 'quy định của tỉnh',
  'internal-target': 'mục tiêu nội bộ, không phải thời hạn do pháp luật quy định',
};

/** "Thời hạn theo: …" as a citizen or an officer reads it, with what is unverified or internal said plainly. */
export function policyLine(p: DeadlinePolicy): string {
  const where = p.source.article ? `${p.source.document}, ${p.source.article}` : p.source.document;
  const labels = [STATUS_LABELS[p.source.status]];
  if (!p.source.verified) labels.push('chưa kiểm chứng');
  return `Thời hạn theo: ${where} (${labels.join('; ')})`;
}
