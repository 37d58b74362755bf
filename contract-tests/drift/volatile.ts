/**
 * Which values change from run to run by design, so a changed value there is not drift: the
 * `example-changed` rule skips them. The rule is data so the README can state it exactly.
 */
import { formatOf, type SchemaView } from './schema-walk.js';

/** Schema formats whose values are generated per request (JSON Schema 2020-12 §7.3). */
export const VOLATILE_FORMATS: readonly string[] = ['date-time', 'date', 'time', 'uuid'];

/**
 * Property names whose values are generated per request: tokens (`token`, `access_token`,
 * `receiptToken`), ids (`id`, `portalId`, `jobDisplayId`, `bankId`), references (`requestRef`,
 * `referenceId`, links' `href`, which embed tokens), timestamps and expiries.
 */
export const VOLATILE_NAMES: readonly RegExp[] = [/token/i, /^id$/i, /[a-z]Id$/, /_id$/i, /ref/i, /timestamp/i, /expir/i];

/** Secrets are never written to a report, whatever the rule: values under these names are redacted. */
export const SECRET_NAMES: readonly RegExp[] = [/token/i, /secret/i, /password/i, /authorization/i, /api[-_]?key/i];

/**
 * True when the value at a place is volatile. `name` is the nearest property name on the way to it
 * (array items take their array's name), `view` the schema there.
 */
export function isVolatile(name: string | undefined, view: SchemaView): boolean {
  const format = formatOf(view);
  if (format !== undefined && VOLATILE_FORMATS.includes(format)) return true;
  return name !== undefined && VOLATILE_NAMES.some((pattern) => pattern.test(name));
}

/** True when values under property `name` must not be printed. */
export function isSecret(name: string | undefined): boolean {
  return name !== undefined && SECRET_NAMES.some((pattern) => pattern.test(name));
}

const MAX_SHOWN = 80;

/** `value` as short JSON for a report (at most 80 characters), or `<redacted>` under a secret name. */
export function showValue(value: unknown, name?: string): string {
  if (isSecret(name) && value !== null && value !== undefined) return '<redacted>';
  const text = value === undefined ? 'absent' : JSON.stringify(value);
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN - 1)}…` : text;
}
