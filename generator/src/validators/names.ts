/**
 * Names in the emitted module, chosen to say what they check: functions after the schema they
 * check (`checkPaymentJob`, `collectPaymentJobErrors`, `checkPaymentJobLinksItem` for the `items`
 * of its `links` property), module-level constants after the schema and what they hold
 * (`JOB_STATUS_TYPES`, `PAYMENT_OBJECT_EMAIL_PATTERN`), locals after the property or the role of
 * the value they hold (`status`, `index`, `anyValid`). ASCII only: the module writer finds names
 * with `\w`.
 */
import { camelCase, pascalCase, screamingSnakeCase, words } from '../ir/naming.js';
import { isReservedWord } from '../source-text.js';
import { HELPER_FUNCTIONS } from './helpers.js';
import { pointerTokens } from './json-pointer.js';

/** Keywords whose next token is a name (a property, a definition), and the word put before it. */
const NAMED: Readonly<Record<string, string>> = {
  properties: '',
  $defs: '',
  definitions: '',
  dependentSchemas: 'With',
  dependencies: 'With',
};

/** Keywords whose next token is an index, and the word the index (from 1) is appended to. */
const INDEXED: Readonly<Record<string, string>> = { anyOf: 'Option', oneOf: 'Option', allOf: 'Part', prefixItems: 'Item' };

/** Keywords holding one subschema, and their word. */
const SINGLE: Readonly<Record<string, string>> = {
  items: 'Item',
  additionalItems: 'OtherItem',
  unevaluatedItems: 'OtherItem',
  additionalProperties: 'Value',
  unevaluatedProperties: 'OtherValue',
  patternProperties: 'Matching',
  propertyNames: 'Name',
  contains: 'Contained',
  not: 'Not',
  if: 'Condition',
  then: 'Then',
  else: 'Else',
};

/** Name parts kept from a long pointer: its first (the component) and its last ones. */
const MAX_PARTS = 4;

/**
 * The name of the schema at `pointer` in PascalCase: `#/components/schemas/Pet/properties/tags/items`
 * → `PetTagsItem`; `#` → `Root`. Long pointers keep the component and the last parts.
 */
export function schemaName(pointer: string): string {
  const parts = nameParts(pointerTokens(pointer) ?? []);
  const kept = parts.length > MAX_PARTS ? [parts[0] ?? '', ...parts.slice(parts.length - MAX_PARTS + 1)] : parts;
  const name = kept.join('');
  return name === '' || /^\d/.test(name) ? `Schema${name}` : name;
}

/** `schemaName` in SCREAMING_SNAKE_CASE with `suffix` words, for a module-level constant. */
export function constantName(pointer: string, suffix: string): string {
  return screamingSnakeCase(`${schemaName(pointer)} ${suffix}`).replace(/[^A-Z0-9_]/g, '');
}

function nameParts(tokens: readonly string[]): string[] {
  const rest = tokens[0] === 'components' && tokens[1] === 'schemas' ? tokens.slice(2) : tokens;
  const parts: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const token = rest[i] ?? '';
    const next = rest[i + 1];
    if (token in NAMED && next !== undefined && i > 0) {
      parts.push(`${NAMED[token] ?? ''}${ascii(pascalCase(next))}`);
      i++;
    } else if (token in INDEXED && next !== undefined && /^\d+$/.test(next)) {
      parts.push(`${INDEXED[token] ?? ''}${Number(next) + 1}`);
      i++;
    } else if (token === 'patternProperties' && next !== undefined) {
      parts.push('Matching');
      i++;
    } else if (token in SINGLE && i > 0) {
      parts.push(SINGLE[token] ?? '');
    } else {
      parts.push(ascii(pascalCase(token)));
    }
  }
  return parts.filter((p) => p !== '');
}

function ascii(name: string): string {
  return name.replace(/[^A-Za-z0-9_]/g, '');
}

/** Parameters of the emitted functions and what the module writer declares at module level. */
const MODULE_NAMES = new Set([
  ...['x', 'p', 'e', 's', 'k', 'i', 'value', 'options'],
  ...['VALID', 'SINK_FULL', 'errorLimit', 'addError', 'isStackOverflow', 'runFast', 'runCollect', 'failAssert', 'resultOf'],
  ...['SchemaValidationError', 'maxErrorsOf'],
  ...HELPER_FUNCTIONS,
]);

/** True when a local named `name` could hide a module-level name or is not a legal binding. */
function taken(name: string): boolean {
  return MODULE_NAMES.has(name) || isReservedWord(name) || /^(check|collect|propertyEvaluatedBy|itemEvaluatedBy|activeIn)[A-Z0-9_]/.test(name);
}

/**
 * The identifiers of one emitted function: `fresh('status')` is `status`, then `status2`, … A
 * hint that is not a safe local name (a reserved word, a name the module declares, a property
 * name without ASCII letters) gets a `Value` suffix or becomes `value`.
 */
export class FunctionScope {
  private readonly used = new Set<string>();

  fresh(hint: string): string {
    const camel = ascii(camelCase(words(hint).slice(0, 4).join(' ')));
    const base = camel === '' || /^\d/.test(camel) ? 'value' : taken(camel) ? `${camel}Value` : camel;
    let name = base;
    for (let n = 2; this.used.has(name); n++) name = `${base}${n}`;
    this.used.add(name);
    return name;
  }

  /** Gives back a name that was not declared after all, so the next `fresh` may take it. */
  release(name: string): void {
    this.used.delete(name);
  }
}
