/**
 * The rules of `PaymentJobResult` shared by the hand-written zod, valibot and TypeBox schemas:
 * token patterns and lengths as spec/payquicker.yaml states them, the enums read from the spec
 * itself (Currencies alone has 168 values, so copying them would invite drift), an RFC 3339
 * `date-time` check (JSON Schema 2020-12 §7.3.1) for libraries without one, and `uniqueItems`
 * by deep equality (§6.4.3).
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

/** Source, destination and receipt tokens: a type prefix and a UUID, 41 characters. */
export const SOURCE_TOKEN = /^(acct|user|dest)-[0-9A-Fa-f]{8}(?:-[0-9A-Fa-f]{4}){3}-[0-9A-Fa-f]{12}$/;
export const DESTINATION_TOKEN = /^(acct|dest|user)-[0-9A-Fa-f]{8}(?:-[0-9A-Fa-f]{4}){3}-[0-9A-Fa-f]{12}$/;
export const RECEIPT_TOKEN = /^rcpt-[0-9A-Fa-f]{8}(?:-[0-9A-Fa-f]{4}){3}-[0-9A-Fa-f]{12}$/;
export const FILE_TOKEN = /^docu-[0-9A-Fa-f]{8}(?:-[0-9A-Fa-f]{4}){3}-[0-9A-Fa-f]{12}$/;
export const EMAIL = /^.+@.+\..+/;
export const TOKEN_LENGTH = 41;
export const INT32_MIN = -2_147_483_648;
export const INT32_MAX = 2_147_483_647;

/** Path of the spec the rules (and ajv's schema) come from. */
export const SPEC_PATH = new URL('../../spec/payquicker.yaml', import.meta.url);

type NonEmpty = [string, ...string[]];

/** Loads spec/payquicker.yaml as plain data. */
export function loadSpec(): Record<string, unknown> {
  return parse(readFileSync(SPEC_PATH, 'utf8')) as Record<string, unknown>;
}

/**
 * The `enum` of component schema `name`.
 * @throws Error naming the JSON pointer when the schema has no non-empty string enum.
 */
export function specEnum(spec: Record<string, unknown>, name: string): NonEmpty {
  const schemas = (spec['components'] as { schemas: Record<string, { enum?: unknown }> }).schemas;
  const values = schemas[name]?.enum;
  if (!Array.isArray(values) || values.length === 0 || !values.every((v) => typeof v === 'string')) {
    throw new Error(`spec/payquicker.yaml #/components/schemas/${name}/enum: expected a non-empty list of strings`);
  }
  return values as NonEmpty;
}

/** The enums PaymentJobResult reaches, by component name. */
export function specEnums(): Record<'Currencies' | 'PaymentPurposes' | 'JobTypes' | 'JobStatusTypes' | 'TransferStatuses', NonEmpty> {
  const spec = loadSpec();
  return {
    Currencies: specEnum(spec, 'Currencies'),
    PaymentPurposes: specEnum(spec, 'PaymentPurposes'),
    JobTypes: specEnum(spec, 'JobTypes'),
    JobStatusTypes: specEnum(spec, 'JobStatusTypes'),
    TransferStatuses: specEnum(spec, 'TransferStatuses'),
  };
}

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(?:[Zz]|[+-](\d{2}):(\d{2}))$/;
const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** RFC 3339 `date-time` with a real calendar date, hour ≤ 23, minute ≤ 59, second ≤ 60 (leap). */
export function isDateTime(value: string): boolean {
  const m = DATE_TIME.exec(value);
  if (!m) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = month === 2 && leap ? 29 : (DAYS[month - 1] ?? 0);
  if (day < 1 || day > days) return false;
  if (Number(m[4]) > 23 || Number(m[5]) > 59 || Number(m[6]) > 60) return false;
  return m[7] === undefined || (Number(m[7]) <= 23 && Number(m[8]) <= 59);
}

function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => Object.hasOwn(b, k) && deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/** `uniqueItems`: no two items are deep-equal. Pairwise, which suits the ≤ 10 links allowed. */
export function hasUniqueItems(items: readonly unknown[]): boolean {
  for (let i = 1; i < items.length; i++) {
    for (let j = 0; j < i; j++) if (deepEqual(items[i], items[j])) return false;
  }
  return true;
}
