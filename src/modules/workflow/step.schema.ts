import { z } from 'zod';

/**
 * What a workflow step recorded (reason, dates, calendar version, missing papers…): plain values,
 * lists of them, or one level of named values. Written out rather than `z.json()`: the OpenAPI
 * generator cannot follow a recursive schema.
 */
const Scalar = z.union([z.string(), z.number(), z.boolean(), z.null()]);
export const StepData = z.record(
  z.string(),
  z.union([Scalar, z.array(Scalar), z.record(z.string(), Scalar)]),
);
export type StepData = z.infer<typeof StepData>;
