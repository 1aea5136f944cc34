import { z } from 'zod';

/** A value JSON can hold. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/**
 * A JSON value of free shape (audit data, an error's details): any JSON in the OpenAPI document,
 * JsonValue (not unknown) to TypeScript. Not `z.json()`: its recursive definition overflows the
 * OpenAPI generator. Responses are built by presenters, never parsed, so the type is the contract.
 */
export const JsonValue = (z.unknown() as z.ZodType<JsonValue>).meta({ description: 'Giá trị JSON bất kỳ' });

/** An object of free shape: string keys, JSON values. */
export const JsonObject = z.record(z.string(), JsonValue);
export type JsonObject = z.infer<typeof JsonObject>;
