/**
 * Finds anything in a cassette's text that looks like a secret that escaped scrubbing: bearer
 * tokens of 20+ token characters, Basic credentials, form or JSON values of `client_secret`,
 * `password`, `access_token`, `refresh_token` that are not placeholders (placeholders contain `*`,
 * see scrub.ts), and account numbers with more than their last four digits visible. Used by the
 * committed-cassette test and by `record` before it writes a file.
 */
import { SECRET_FIELDS } from './scrub.js';

/** One suspicious value: where (a JSON pointer into the HAR document, or into a body within it) and why. */
export interface SecretFinding {
  pointer: string;
  reason: string;
}

const BEARER = /\bBearer\s+([A-Za-z0-9\-._~+/]{20,}=*)/i;
const BASIC = /\bBasic\s+([A-Za-z0-9+/]{4,}=*)/i;
const FORM_SECRET = new RegExp(`(?:^|[&?\\s"])(${SECRET_FIELDS.join('|')})=([^&\\s"]*)`);

function formValue(raw: string): string {
  try {
    return decodeURIComponent(raw.replace(/\+/g, ' '));
  } catch {
    return raw;
  }
}

function isPlaceholder(value: string): boolean {
  return value.includes('*');
}

function isMaskedAccount(value: string): boolean {
  return /^\*+[0-9A-Za-z]{0,4}$/.test(value);
}

function scanString(text: string, pointer: string, findings: SecretFinding[]): void {
  if (BEARER.test(text)) findings.push({ pointer, reason: 'bearer token' });
  const basic = BASIC.exec(text);
  if (basic !== null && !isPlaceholder(basic[1] ?? '')) findings.push({ pointer, reason: 'Basic credentials' });
  const form = FORM_SECRET.exec(text);
  if (form !== null && form[2] !== undefined && form[2] !== '' && !isPlaceholder(formValue(form[2]))) {
    findings.push({ pointer, reason: `form field ${form[1]}` });
  }
  const trimmed = text.trim();
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    try {
      scanValue(JSON.parse(trimmed), `${pointer} (body)#`, findings);
    } catch {
      // Not JSON after all: the string checks above were all there is to do.
    }
  }
}

function scanField(key: string, value: unknown, pointer: string, findings: SecretFinding[]): void {
  if (typeof value !== 'string') return;
  if (SECRET_FIELDS.includes(key) && !isPlaceholder(value)) findings.push({ pointer, reason: `field ${key}` });
  if (key === 'accountNumber' && !isMaskedAccount(value)) findings.push({ pointer, reason: 'unmasked account number' });
}

function scanValue(value: unknown, pointer: string, findings: SecretFinding[]): void {
  if (typeof value === 'string') return scanString(value, pointer, findings);
  if (typeof value !== 'object' || value === null) return;
  const node = value as Record<string, unknown>;
  // HAR name/value pairs (headers, queryString, postData.params) name their secret in `name`.
  if (typeof node.name === 'string' && 'value' in node) scanField(node.name, node.value, `${pointer}/value`, findings);
  for (const [key, field] of Object.entries(node)) {
    const child = `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
    scanField(key, field, child, findings);
    scanValue(field, child, findings);
  }
}

/** Every suspicious value in HAR text `text` (the parsed document, and JSON/form bodies inside it). */
export function findSecrets(text: string): SecretFinding[] {
  const findings: SecretFinding[] = [];
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch {
    scanString(text, '#', findings);
    return findings;
  }
  scanValue(document, '#', findings);
  return findings;
}
